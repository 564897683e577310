// Exempting an agency from one period's report, with the reason (@mantine/form; rule and request in
// exempt-form.ts). Any refusal is shown under the reason, the form's one input.
import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { RegisterEntry } from '../../../../shared/api/models';
import { call } from '../../api/client';
import { showApiError } from '../form-rules';
import { exemptReasonProblem, exemptRequest, type ExemptValues } from './exempt-form';
import { FormButtons } from '../FormButtons';

export function ExemptModal({ entry, onClose }: { entry: RegisterEntry; onClose: () => void }) {
  const form = useForm<ExemptValues>({ initialValues: { reason: '' }, validate: { reason: exemptReasonProblem } });
  async function save(values: ExemptValues) {
    try {
      await call('reporting.setExemption', exemptRequest(entry.expectedReportId, values));
      onClose();
    } catch (err) {
      const message = showApiError(form, err);
      if (message) form.setFieldError('reason', message);
    }
  }
  return (
    <Modal opened onClose={onClose} title={`Miễn báo cáo kỳ này: ${entry.agency.shortName}`}>
      <Stack>
        <TextInput label="Lý do" withAsterisk {...form.getInputProps('reason')} data-autofocus />
        <FormButtons placement="end" submitLabel="Miễn báo cáo" onSubmit={() => form.onSubmit(save)()} loading={form.submitting} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
