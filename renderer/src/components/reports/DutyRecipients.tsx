// Who must send a duty's report and to whom; for the secretariat's own report upward, where it goes.
import { Button, Group, MultiSelect, Select, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { AgencyRef } from '../../../../shared/api/models';
import { viOptionsFilter } from '../vi-filter';
import type { DutyFormValues } from './duty-form';

interface Props {
  form: UseFormReturnType<DutyFormValues>;
  agencies: AgencyRef[];
  /** Agencies that report under the plan: "Chọn các đơn vị phải báo cáo" picks them. */
  reportingAgencyIds: number[];
}

export function DutyRecipients({ form, agencies, reportingAgencyIds }: Props) {
  if (form.getValues().upward)
    return (
      <Textarea
        label="Nơi nhận báo cáo"
        placeholder="UBND tỉnh; Bộ Lao động - Thương binh và Xã hội; Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm"
        autosize
        minRows={2}
        {...form.getInputProps('recipientText')}
      />
    );
  const options = agencies.map((a) => ({ value: String(a.id), label: a.shortName }));
  return (
    <>
      <MultiSelect label="Đơn vị phải báo cáo" searchable filter={viOptionsFilter} data={options} {...form.getInputProps('obliged')} maxDropdownHeight={260} />
      <Group gap="xs">
        <Button size="compact-sm" variant="light" onClick={() => form.setFieldValue('obliged', reportingAgencyIds.map(String))}>
          Chọn các đơn vị phải báo cáo định kỳ ({reportingAgencyIds.length})
        </Button>
        <Button size="compact-sm" variant="subtle" onClick={() => form.setFieldValue('obliged', [])}>
          Bỏ chọn tất cả
        </Button>
      </Group>
      <Select
        label="Gửi về"
        description="Để trống: cơ quan thường trực"
        clearable
        searchable
        filter={viOptionsFilter}
        data={options}
        {...form.getInputProps('recipientAgencyId')}
      />
    </>
  );
}
