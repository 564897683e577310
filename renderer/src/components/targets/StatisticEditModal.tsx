// Adding or editing a statistic of the plan's own: code, name, unit, how its figures add up, group,
// and the statistic it is a part of. The form's values, rules and request are in statistic-form.ts.
import { useState } from 'react';
import { Alert, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { viOptionsFilter } from '../vi-filter';
import { call } from '../../api/client';
import { showApiError } from '../form-rules';
import type { StatisticRow } from '../../../../shared/api/models';
import { STATISTIC_KINDS } from '../../../../shared/domain/statistics';
import { initialStatisticValues, statisticRequest, STATISTIC_KIND_LABELS, validateStatistic, type StatisticFormValues } from './statistic-form';
import { FormButtons } from '../FormButtons';

export function StatisticEditModal({
  planId,
  statistic,
  statistics,
  onClose,
}: {
  planId: number;
  /** null: a new statistic. */
  statistic: StatisticRow | null;
  statistics: StatisticRow[];
  onClose: () => void;
}) {
  const form = useForm<StatisticFormValues>({ initialValues: initialStatisticValues(statistic), validate: validateStatistic });
  const [formError, setFormError] = useState<string | null>(null);
  const input = form.getInputProps;

  async function save(values: StatisticFormValues) {
    setFormError(null);
    try {
      const request = statisticRequest(planId, values);
      if (statistic) await call('statistics.update', request);
      else await call('statistics.create', request);
      onClose();
    } catch (err) {
      setFormError(showApiError(form, err));
    }
  }

  return (
    <Modal opened onClose={onClose} title={statistic ? `Sửa chỉ số ${statistic.code}` : 'Thêm chỉ số của kế hoạch'} size="lg" closeOnClickOutside={false}>
      <Stack gap="sm">
        {formError && <Alert color="red">{formError}</Alert>}
        <SimpleGrid cols={2}>
          <TextInput label="Mã chỉ số" placeholder="Ví dụ NB01" {...input('code')} disabled={!!statistic} />
          <TextInput label="Đơn vị tính" placeholder="Ví dụ xã, lượt người" {...input('unit')} />
        </SimpleGrid>
        <TextInput label="Tên chỉ số" {...input('label')} />
        <SimpleGrid cols={2}>
          <Select
            label="Cách cộng số liệu"
            allowDeselect={false}
            data={STATISTIC_KINDS.map((k) => ({ value: k, label: STATISTIC_KIND_LABELS[k] }))}
            {...input('kind')}
          />
          <TextInput label="Nhóm" {...input('group')} />
        </SimpleGrid>
        <Select
          label='Thuộc chỉ số ("trong đó")'
          description="Để trống nếu đây không phải một phần của chỉ số khác"
          searchable
          filter={viOptionsFilter}
          clearable
          data={statistics.filter((s) => s.code !== form.values.code).map((s) => ({ value: s.code, label: `${s.code}. ${s.label}` }))}
          {...input('partOf')}
        />
        <FormButtons placement="end" submitLabel="Lưu chỉ số" onSubmit={() => form.onSubmit(save)()} loading={form.submitting} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
