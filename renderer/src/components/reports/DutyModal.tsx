// Adding or changing a reporting duty, or the secretariat's own report upward (@mantine/form; values,
// rules and request in duty-form.ts): which report here, due when and the data window in
// DutySchedule, who must send it and to whom in DutyRecipients.
import { useState } from 'react';
import { Alert, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { call } from '../../api/client';
import type { AgencyRef, ReportingDutyRow } from '../../../../shared/api/models';
import type { PeriodType } from '../../../../shared/domain/types';
import { PERIOD_TYPE_LABELS } from '../../../../shared/domain/labels';
import { showApiError } from '../form-rules';
import { DUTY_KINDS, dutyFields, dutyProblems, initialDutyValues, type DutyFormValues } from './duty-form';
import { DutySchedule } from './DutySchedule';
import { DutyRecipients } from './DutyRecipients';
import { FormButtons } from '../FormButtons';

interface Props {
  planId: number;
  year: number;
  /** null: a new duty. */
  duty: ReportingDutyRow | null;
  agencies: AgencyRef[];
  /** Agencies that report under the plan: "Chọn các đơn vị phải báo cáo" picks them. */
  reportingAgencyIds: number[];
  upwardDefault?: boolean;
  onClose: () => void;
  onSaved: () => void;
}

export function DutyModal({ planId, year, duty, agencies, reportingAgencyIds, upwardDefault, onClose, onSaved }: Props) {
  const adHoc = duty?.periodType === 'ad_hoc';
  const form = useForm<DutyFormValues>({
    initialValues: initialDutyValues(duty, upwardDefault),
    validate: (values) => dutyProblems(values, adHoc),
  });
  const [formError, setFormError] = useState<string | null>(null);

  async function save(values: DutyFormValues) {
    setFormError(null);
    const fields = dutyFields(values);
    try {
      if (duty) await call('duties.update', { dutyId: duty.id, ...fields });
      else await call('duties.create', { planId, ...fields });
      onSaved();
      onClose();
    } catch (err) {
      setFormError(showApiError(form, err));
    }
  }

  const kinds: PeriodType[] = adHoc ? ['ad_hoc'] : DUTY_KINDS;
  return (
    <Modal opened onClose={onClose} title={duty ? `Sửa: ${duty.title}` : form.values.upward ? 'Thêm báo cáo của cơ quan thường trực' : 'Thêm chế độ báo cáo'} size="xl" closeOnClickOutside={false}>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" title="Không lưu được">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={2}>
          <Select
            label="Kỳ báo cáo"
            allowDeselect={false}
            disabled={adHoc}
            data={kinds.map((k) => ({ value: k, label: PERIOD_TYPE_LABELS[k] }))}
            {...form.getInputProps('periodType')}
          />
          <TextInput label="Tên báo cáo" {...form.getInputProps('title')} />
        </SimpleGrid>
        {!adHoc && <DutySchedule form={form} year={year} />}
        <DutyRecipients form={form} agencies={agencies} reportingAgencyIds={reportingAgencyIds} />
        <FormButtons placement="end" submitLabel="Lưu chế độ báo cáo" onSubmit={() => form.onSubmit(save)()} loading={form.submitting} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
