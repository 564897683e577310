// Adding or editing a target: code, group, wording, kind, comparison, value, denominator (a number
// or the locality's units), the statistics that measure it and the agencies responsible for it.
import { useState } from 'react';
import { Alert, Button, Group, Modal, MultiSelect, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { viOptionsFilter } from '../vi-filter';
import { targetVersion } from '../../../../shared/domain/edit-version';
import { call, ApiCallError } from '../../api/client';
import type { AgencyRef, PlanUnitCount, StatisticRow, TargetRow } from '../../../../shared/api/models';
import { TARGET_COMPARATORS, TARGET_KINDS, UNIT_LEVELS, type TargetComparator, type TargetKind, type UnitLevel } from '../../../../shared/domain/types';
import { TARGET_COMPARATOR_LABELS, TARGET_KIND_LABELS, UNIT_LEVEL_LABELS } from '../../../../shared/domain/labels';
import { figureProblem } from '../../../../shared/domain/statistics';

export function TargetEditModal({
  planId,
  target,
  statistics,
  agencies,
  unitCounts,
  groups,
  onClose,
}: {
  planId: number;
  /** null: a new target. */
  target: TargetRow | null;
  statistics: StatisticRow[];
  agencies: AgencyRef[];
  unitCounts: PlanUnitCount[];
  /** Groups already used in the plan, offered first. */
  groups: string[];
  onClose: () => void;
}) {
  const [code, setCode] = useState(target?.code ?? '');
  const [group, setGroup] = useState(target?.group ?? groups.at(-1) ?? '');
  const [wording, setWording] = useState(target?.wording ?? '');
  const [kind, setKind] = useState<TargetKind>(target?.kind ?? 'count');
  const [comparator, setComparator] = useState<TargetComparator>(target?.comparator ?? 'exactly');
  const [value, setValue] = useState<string | number>(target?.value ?? '');
  const [unit, setUnit] = useState(target?.unit ?? '');
  const [denominatorMode, setDenominatorMode] = useState<'number' | UnitLevel>(target?.denominatorUnits ?? 'number');
  const [denominator, setDenominator] = useState<string | number>(target?.denominator ?? '');
  const [unitCount, setUnitCount] = useState<string | number>('');
  const [denominatorText, setDenominatorText] = useState(target?.denominatorText ?? '');
  const [statistic, setStatistic] = useState<string | null>(target?.statistic ?? null);
  const [denominatorStatistic, setDenominatorStatistic] = useState<string | null>(target?.denominatorStatistic ?? null);
  const [agencyIds, setAgencyIds] = useState<string[]>((target?.agencies ?? []).map((a) => String(a.id)));
  const [note, setNote] = useState(target?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const statOptions = statistics.map((s) => ({ value: s.code, label: `${s.code}. ${s.label} (${s.unit})` }));
  const num = (v: string | number) => (v === '' ? null : Number(v));
  const knownCount = denominatorMode === 'number' ? null : unitCounts.find((c) => c.level === denominatorMode)?.count ?? null;

  async function save() {
    const found: Record<string, string> = {};
    if (!target && !code.trim()) found.code = 'Chưa nhập mã chỉ tiêu.';
    if (!wording.trim()) found.wording = 'Chưa nhập nội dung chỉ tiêu.';
    const v = num(value);
    if (kind !== 'qualitative') {
      if (v === null) found.value = 'Chưa nhập mức phải đạt.';
      else {
        const p = figureProblem(v, kind === 'percent' ? '%' : '');
        if (p) found.value = `Mức phải đạt ${p}.`;
      }
    }
    const units = kind === 'percent' && denominatorMode !== 'number' ? denominatorMode : null;
    if (units && knownCount === null && num(unitCount) === null) found.unitCount = `Chưa nhập số ${UNIT_LEVEL_LABELS[units]} của địa bàn.`;
    setErrors(found);
    if (Object.keys(found).length) return;
    const fields = {
      group: group.trim() || null,
      wording: wording.trim(),
      kind,
      comparator: kind === 'qualitative' ? null : comparator,
      value: kind === 'qualitative' ? null : v,
      unit: unit.trim() || null,
      denominator: kind === 'percent' && !units ? num(denominator) : null,
      denominatorText: denominatorText.trim() || null,
      denominatorUnits: units,
      statistic: kind === 'qualitative' ? null : statistic,
      denominatorStatistic: kind === 'percent' ? denominatorStatistic : null,
      note: note.trim() || null,
      agencyIds: agencyIds.map(Number),
    };
    try {
      if (units && num(unitCount) !== null) await call('targets.setUnitCount', { planId, level: units, count: Number(unitCount) });
      // With the version the form was opened on: a save in another window since is not overwritten.
      if (target) await call('targets.update', { targetId: target.id, version: targetVersion(target), ...fields });
      else await call('targets.create', { planId, code: code.trim(), ...fields });
      onClose();
    } catch (err) {
      if (err instanceof ApiCallError && err.error.field && err.error.field !== 'version') setErrors({ [err.error.field]: err.error.message });
      else setFormError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <Modal opened onClose={onClose} title={target ? `Sửa chỉ tiêu ${target.code}` : 'Thêm chỉ tiêu'} size="xl" closeOnClickOutside={false}>
      <Stack gap="sm">
        {formError && <Alert color="red">{formError}</Alert>}
        <SimpleGrid cols={2}>
          <TextInput label="Mã chỉ tiêu" placeholder="Ví dụ II.2.1" value={code} onChange={(e) => setCode(e.currentTarget.value)} disabled={!!target} error={errors.code} />
          <TextInput label="Nhóm" placeholder="Ví dụ Về công tác tuyên truyền" value={group} onChange={(e) => setGroup(e.currentTarget.value)} error={errors.group} />
        </SimpleGrid>
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
              data={TARGET_COMPARATORS.map((c) => ({ value: c, label: TARGET_COMPARATOR_LABELS[c] }))}
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
              filter={viOptionsFilter}
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
                filter={viOptionsFilter}
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
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Mẫu số
            </Text>
            <SegmentedControl
              aria-label="Mẫu số"
              value={denominatorMode}
              onChange={(m) => setDenominatorMode(m as 'number' | UnitLevel)}
              data={[{ value: 'number', label: 'Một số cố định' }, ...UNIT_LEVELS.map((l) => ({ value: l, label: `Số ${UNIT_LEVEL_LABELS[l]} của địa bàn` }))]}
            />
            <SimpleGrid cols={2}>
              {denominatorMode === 'number' ? (
                <NumberInput label="Mẫu số cố định" description="Ví dụ 125 xã, phường, thị trấn" value={denominator} onChange={setDenominator} error={errors.denominator} />
              ) : (
                <NumberInput
                  label={`Số ${UNIT_LEVEL_LABELS[denominatorMode]} của địa bàn`}
                  description={knownCount !== null ? `Đang ghi ${knownCount}; sửa nếu đã thay đổi (dùng chung cho cả kế hoạch)` : 'Dùng chung cho các chỉ tiêu của kế hoạch'}
                  placeholder={knownCount !== null ? String(knownCount) : ''}
                  value={unitCount}
                  onChange={setUnitCount}
                  error={errors.unitCount ?? errors.count}
                />
              )}
              <TextInput label="Diễn giải mẫu số" value={denominatorText} onChange={(e) => setDenominatorText(e.currentTarget.value)} />
            </SimpleGrid>
          </Stack>
        )}
        <MultiSelect
          label="Cơ quan, đơn vị thực hiện"
          description="Các đơn vị này được giao báo cáo chỉ số đo của chỉ tiêu"
          searchable
          filter={viOptionsFilter}
          data={agencies.map((a) => ({ value: String(a.id), label: a.shortName }))}
          value={agencyIds}
          onChange={setAgencyIds}
          error={errors.agencyIds}
          maxDropdownHeight={260}
        />
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
