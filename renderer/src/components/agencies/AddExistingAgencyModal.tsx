// "Chọn cơ quan có sẵn": a plan takes its participants from the agencies of its own province and the
// national bodies (the Ministry, the national committee); never from another province. The form's
// rule and request are in agency-form.ts (@mantine/form); it starts empty at each opening.
import { useState } from 'react';
import { Checkbox, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AGENCY_LEVEL_LABELS } from '../../../../shared/domain/plan-setup';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { ErrorAlert } from '../status';
import { showApiError } from '../form-rules';
import { viOptionsFilter } from '../vi-filter';
import { joinRequest, validateJoin, type JoinValues } from './agency-form';
import { FormButtons } from '../FormButtons';

interface Props {
  opened: boolean;
  planId: number;
  onClose: () => void;
  onAdded: () => void;
}

export function AddExistingAgencyModal({ opened, planId, onClose, onAdded }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Chọn cơ quan có sẵn" size="lg">
      <AddExistingAgencyForm planId={planId} onClose={onClose} onAdded={onAdded} />
    </Modal>
  );
}

function AddExistingAgencyForm({ planId, onClose, onAdded }: Omit<Props, 'opened'>) {
  const available = useApi('agencies.available', { planId });
  const form = useForm<JoinValues>({ initialValues: { agencyId: null, reports: true }, validate: validateJoin });
  const [formError, setFormError] = useState<string | null>(null);
  const rows = available.data ?? [];

  const add = async (v: JoinValues) => {
    setFormError(null);
    try {
      await call('agencies.addToPlan', joinRequest(planId, { ...v, agencyId: v.agencyId! }));
      onAdded();
    } catch (err) {
      setFormError(showApiError(form, err));
    }
  };

  return (
    <Stack gap="sm">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Không còn cơ quan nào của tỉnh này hoặc của Trung ương chưa tham gia kế hoạch. Hãy dùng “Thêm cơ quan, đơn vị”.
        </Text>
      ) : (
        <Select
          label="Cơ quan, đơn vị"
          searchable
          filter={viOptionsFilter}
          data={rows.map((a) => ({ value: String(a.id), label: `${a.shortName} (${AGENCY_LEVEL_LABELS[a.level]})` }))}
          {...form.getInputProps('agencyId')}
        />
      )}
      <Checkbox label="Phải gửi báo cáo định kỳ của kế hoạch này" {...form.getInputProps('reports', { type: 'checkbox' })} />
      {formError && <ErrorAlert message={formError} />}
      <FormButtons
        submitLabel="Thêm vào kế hoạch"
        onSubmit={() => form.onSubmit(add)()}
        disabled={rows.length === 0}
        loading={form.submitting}
        onCancel={onClose}
      />
    </Stack>
  );
}
