// Adding or editing a target: code, group, wording, kind, comparison, value, denominator (a number
// or the locality's units), the statistics that measure it and the agencies responsible for it.
// The form's values, rules and request are in target-form.ts (@mantine/form).
import { useState } from 'react';
import { Alert, Modal, MultiSelect, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { viOptionsFilter } from '../vi-filter';
import { targetVersion } from '../../../../shared/domain/edit-version';
import { useForm } from '@mantine/form';
import { call } from '../../api/client';
import { showApiError } from '../form-rules';
import { initialTargetValues, knownUnitCount, targetFields, unitCountToSet, validateTarget, type TargetFormValues } from './target-form';
import type { AgencyRef, PlanUnitCount, StatisticRow, TargetRow } from '../../../../shared/api/models';
import { TARGET_COMPARATORS, TARGET_KINDS, UNIT_LEVELS } from '../../../../shared/domain/types';
import { TARGET_COMPARATOR_LABELS, TARGET_KIND_LABELS, UNIT_LEVEL_LABELS } from '../../../../shared/domain/labels';
import { FormButtons } from '../FormButtons';

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
  const form = useForm<TargetFormValues>({
    initialValues: initialTargetValues(target, groups),
    validate: (values) => validateTarget(values, !target, unitCounts),
  });
  const [formError, setFormError] = useState<string | null>(null);
  const input = form.getInputProps;
  const { kind, denominatorMode } = form.values;

  const statOptions = statistics.map((s) => ({ value: s.code, label: `${s.code}. ${s.label} (${s.unit})` }));
  const knownCount = knownUnitCount(form.values, unitCounts);

  async function save(values: TargetFormValues) {
    setFormError(null);
    const fields = targetFields(values);
    const count = unitCountToSet(planId, values);
    try {
      if (count) await call('targets.setUnitCount', count);
      // With the version the form was opened on: a save in another window since is not overwritten.
      if (target) await call('targets.update', { targetId: target.id, version: targetVersion(target), ...fields });
      else await call('targets.create', { planId, code: values.code.trim(), ...fields });
      onClose();
    } catch (err) {
      // The unit count's own refusal names `count`, typed in the unit count input.
      setFormError(showApiError(form, err, { count: 'unitCount' }));
    }
  }

  return (
    <Modal opened onClose={onClose} title={target ? `Sửa chỉ tiêu ${target.code}` : 'Thêm chỉ tiêu'} size="xl" closeOnClickOutside={false}>
      <Stack gap="sm">
        {formError && <Alert color="red">{formError}</Alert>}
        <SimpleGrid cols={2}>
          <TextInput label="Mã chỉ tiêu" placeholder="Ví dụ II.2.1" {...input('code')} disabled={!!target} />
          <TextInput label="Nhóm" placeholder="Ví dụ Về công tác tuyên truyền" {...input('group')} />
        </SimpleGrid>
        <Textarea label="Nội dung chỉ tiêu" autosize minRows={2} {...input('wording')} />
        <SimpleGrid cols={3}>
          <Select
            label="Loại chỉ tiêu"
            allowDeselect={false}
            data={TARGET_KINDS.map((k) => ({ value: k, label: TARGET_KIND_LABELS[k] }))}
            {...input('kind')}
          />
          {kind !== 'qualitative' && (
            <Select
              label="Cách so sánh"
              allowDeselect={false}
              data={TARGET_COMPARATORS.map((c) => ({ value: c, label: TARGET_COMPARATOR_LABELS[c] }))}
              {...input('comparator')}
            />
          )}
          {kind !== 'qualitative' && (
            <NumberInput
              label={kind === 'percent' ? 'Mức phải đạt (%)' : 'Mức phải đạt'}
              decimalSeparator=","
              thousandSeparator="."
              allowNegative
              {...input('value')}
            />
          )}
        </SimpleGrid>
        {kind === 'count' && <TextInput label="Đơn vị tính" w={240} {...input('unit')} />}
        {kind !== 'qualitative' && (
          <SimpleGrid cols={2}>
            <Select
              label={kind === 'percent' ? 'Chỉ số đo (tử số)' : 'Chỉ số đo'}
              searchable
              filter={viOptionsFilter}
              clearable
              data={statOptions}
              {...input('statistic')}
            />
            {kind === 'percent' && (
              <Select
                label="Chỉ số mẫu số (nếu lấy từ báo cáo)"
                searchable
                filter={viOptionsFilter}
                clearable
                data={statOptions}
                {...input('denominatorStatistic')}
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
              {...input('denominatorMode')}
              data={[{ value: 'number', label: 'Một số cố định' }, ...UNIT_LEVELS.map((l) => ({ value: l, label: `Số ${UNIT_LEVEL_LABELS[l]} của địa bàn` }))]}
            />
            <SimpleGrid cols={2}>
              {denominatorMode === 'number' ? (
                <NumberInput label="Mẫu số cố định" description="Ví dụ 125 xã, phường, thị trấn" {...input('denominator')} />
              ) : (
                <NumberInput
                  label={`Số ${UNIT_LEVEL_LABELS[denominatorMode]} của địa bàn`}
                  description={knownCount !== null ? `Đang ghi ${knownCount}; sửa nếu đã thay đổi (dùng chung cho cả kế hoạch)` : 'Dùng chung cho các chỉ tiêu của kế hoạch'}
                  placeholder={knownCount !== null ? String(knownCount) : ''}
                  {...input('unitCount')}
                />
              )}
              <TextInput label="Diễn giải mẫu số" {...input('denominatorText')} />
            </SimpleGrid>
          </Stack>
        )}
        <MultiSelect
          label="Cơ quan, đơn vị thực hiện"
          description="Các đơn vị này được giao báo cáo chỉ số đo của chỉ tiêu"
          searchable
          filter={viOptionsFilter}
          data={agencies.map((a) => ({ value: String(a.id), label: a.shortName }))}
          {...input('agencyIds')}
          maxDropdownHeight={260}
        />
        <Textarea label="Ghi chú" autosize minRows={1} {...input('note')} />
        <FormButtons placement="end" submitLabel="Lưu chỉ tiêu" onSubmit={() => form.onSubmit(save)()} loading={form.submitting} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
