// Editing a target: wording, kind, value, denominator and the statistics that measure it.
import { useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { call, ApiCallError } from '../../api/client';
import type { StatisticRow, TargetRow } from '../../../../shared/api/models';
import { TARGET_KINDS, type TargetComparator, type TargetKind } from '../../../../shared/domain/types';
import { TARGET_COMPARATOR_LABELS, TARGET_KIND_LABELS } from '../../../../shared/domain/labels';
import { figureProblem } from '../../../../shared/domain/statistics';

const COMPARATOR_LABELS = TARGET_COMPARATOR_LABELS;

export function TargetEditModal({
  target,
  statistics,
  onClose,
  onSaved,
}: {
  target: TargetRow;
  statistics: StatisticRow[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [wording, setWording] = useState(target.wording);
  const [kind, setKind] = useState<TargetKind>(target.kind);
  const [comparator, setComparator] = useState<TargetComparator>(target.comparator ?? 'exactly');
  const [value, setValue] = useState<string | number>(target.value ?? '');
  const [unit, setUnit] = useState(target.unit ?? '');
  const [denominator, setDenominator] = useState<string | number>(target.denominator ?? '');
  const [denominatorText, setDenominatorText] = useState(target.denominatorText ?? '');
  const [statistic, setStatistic] = useState<string | null>(target.statistic);
  const [denominatorStatistic, setDenominatorStatistic] = useState<string | null>(target.denominatorStatistic);
  const [note, setNote] = useState(target.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const statOptions = statistics.map((s) => ({ value: s.code, label: `${s.code}. ${s.label} (${s.unit})` }));
  const num = (v: string | number) => (v === '' ? null : Number(v));

  async function save() {
    const found: Record<string, string> = {};
    if (!wording.trim()) found.wording = 'Chưa nhập nội dung chỉ tiêu.';
    const v = num(value);
    if (kind !== 'qualitative') {
      if (v === null) found.value = 'Chưa nhập mức phải đạt.';
      else {
        const p = figureProblem(v, kind === 'percent' ? '%' : '');
        if (p) found.value = `Mức phải đạt ${p}.`;
      }
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await call('targets.update', {
        targetId: target.id,
        wording: wording.trim(),
        kind,
        comparator: kind === 'qualitative' ? null : comparator,
        value: kind === 'qualitative' ? null : v,
        unit: unit.trim() || null,
        denominator: kind === 'percent' ? num(denominator) : null,
        denominatorText: denominatorText.trim() || null,
        statistic,
        denominatorStatistic: kind === 'percent' ? denominatorStatistic : null,
        note: note.trim() || null,
      });
      onSaved();
      onClose();
    } catch (err) {
      if (err instanceof ApiCallError && err.error.field) setErrors({ [err.error.field]: err.error.message });
      else setFormError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <Modal opened onClose={onClose} title={`Sửa chỉ tiêu ${target.code}`} size="xl" closeOnClickOutside={false}>
      <Stack gap="sm">
        {formError && <Alert color="red">{formError}</Alert>}
        <Textarea label="Nội dung chỉ tiêu" autosize minRows={2} value={wording} onChange={(e) => setWording(e.currentTarget.value)} error={errors.wording} />
        <SimpleGrid cols={3}>
          <Select
            label="Loại chỉ tiêu"
            allowDeselect={false}
            data={TARGET_KINDS.map((k) => ({ value: k, label: TARGET_KIND_LABELS[k] }))}
            value={kind}
            onChange={(k) => k && setKind(k as TargetKind)}
          />
          {kind !== 'qualitative' && (
            <Select
              label="Cách so sánh"
              allowDeselect={false}
              data={Object.entries(COMPARATOR_LABELS).map(([value, label]) => ({ value, label }))}
              value={comparator}
              onChange={(c) => c && setComparator(c as TargetComparator)}
            />
          )}
          {kind !== 'qualitative' && (
            <NumberInput
              label={kind === 'percent' ? 'Mức phải đạt (%)' : 'Mức phải đạt'}
              decimalSeparator=","
              thousandSeparator="."
              allowNegative
              value={value}
              onChange={(v) => {
                setValue(v);
                setErrors(({ value: _old, ...rest }) => rest);
              }}
              error={errors.value}
            />
          )}
        </SimpleGrid>
        {kind === 'count' && <TextInput label="Đơn vị tính" value={unit} onChange={(e) => setUnit(e.currentTarget.value)} w={240} error={errors.unit} />}
        {kind !== 'qualitative' && (
          <SimpleGrid cols={2}>
            <Select
              label={kind === 'percent' ? 'Chỉ số đo (tử số)' : 'Chỉ số đo'}
              searchable
              clearable
              data={statOptions}
              value={statistic}
              onChange={setStatistic}
              error={errors.statistic}
            />
            {kind === 'percent' && (
              <Select
                label="Chỉ số mẫu số (nếu lấy từ báo cáo)"
                searchable
                clearable
                data={statOptions}
                value={denominatorStatistic}
                onChange={setDenominatorStatistic}
                error={errors.denominatorStatistic}
              />
            )}
          </SimpleGrid>
        )}
        {kind === 'percent' && (
          <SimpleGrid cols={2}>
            <NumberInput label="Mẫu số cố định" description="Ví dụ 125 xã, phường, thị trấn" value={denominator} onChange={setDenominator} error={errors.denominator} />
            <TextInput label="Diễn giải mẫu số" value={denominatorText} onChange={(e) => setDenominatorText(e.currentTarget.value)} />
          </SimpleGrid>
        )}
        <Textarea label="Ghi chú" autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button onClick={save}>Lưu chỉ tiêu</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
