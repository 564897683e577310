// The clerk's changes to periods (@mantine/form; rules and requests in period-forms.ts): moving a
// period's deadline, and creating an ad-hoc request.
import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, ScrollArea, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { call } from '../../api/client';
import type { AgencyRef, ReportingPeriodRow } from '../../../../shared/api/models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { lastDayText } from '../../../../shared/domain/report-status';
import { DateField } from '../DateField';
import { fieldError, showApiError, typedDateProps, useTypedDates } from '../form-rules';
import { EMPTY_AD_HOC, adHocProblems, adHocRequest, dueDateRequest, initialDueDateValues, toggled, type AdHocValues, type DueDateValues } from './period-forms';
import { FormButtons } from '../FormButtons';

export function DueDateModal({ period, onClose }: { period: ReportingPeriodRow; onClose: () => void }) {
  const dates = useTypedDates();
  const form = useForm<DueDateValues>({
    initialValues: initialDueDateValues(period),
    validate: { dueDate: (iso) => dates.check('dueDate', iso, true) },
  });
  const [formError, setFormError] = useState<string | null>(null);

  async function save(values: DueDateValues) {
    setFormError(null);
    try {
      await call('reporting.updatePeriod', dueDateRequest(period.id, values));
      onClose();
    } catch (err) {
      setFormError(showApiError(form, err));
    }
  }

  const { dueDate, dueInclusive } = form.values;
  return (
    <Modal opened onClose={onClose} title={`Hạn gửi báo cáo ${period.label}`} size="lg">
      <Stack>
        <Text size="sm">
          Văn bản quy định: <b>{period.dueText}</b>
          {period.defaultDueDate && period.defaultDueDate !== period.dueDate && (
            <> (hạn theo kế hoạch: {formatDateVi(period.defaultDueDate)})</>
          )}
        </Text>
        {formError && <Alert color="red">{formError}</Alert>}
        <DateField label="Hạn gửi" {...typedDateProps(form, dates, 'dueDate')} error={fieldError(form, 'dueDate')} w={170} />
        <Checkbox
          label="Báo cáo đến đúng ngày hạn vẫn tính là đúng hạn (đọc “trước ngày 15/6” là nhận đến hết ngày 15/6)"
          {...form.getInputProps('dueInclusive', { type: 'checkbox' })}
        />
        {dueDate && !dates.typed.dueDate && (
          <Text size="sm" c="dimmed">
            Như vậy: {lastDayText({ dueDate, dueInclusive })}.
          </Text>
        )}
        <FormButtons placement="end" submitLabel="Lưu hạn gửi" onSubmit={() => form.onSubmit(save)()} loading={form.submitting} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}

interface AdHocProps {
  planId: number;
  agencies: AgencyRef[];
  onClose: () => void;
  onCreated: (periodId: number) => void;
}

export function AdHocModal({ planId, agencies, onClose, onCreated }: AdHocProps) {
  const dates = useTypedDates();
  const form = useForm<AdHocValues>({
    initialValues: EMPTY_AD_HOC,
    validate: (values) => ({
      ...adHocProblems(values),
      requestDate: dates.check('requestDate', values.requestDate, false),
      dueDate: dates.check('dueDate', values.dueDate, true),
    }),
  });
  const [formError, setFormError] = useState<string | null>(null);

  async function save(values: AdHocValues) {
    setFormError(null);
    try {
      const period = await call('reporting.createAdHoc', adHocRequest(planId, values));
      onCreated(period.id);
      onClose();
    } catch (err) {
      setFormError(showApiError(form, err));
    }
  }

  const chosen = form.values.agencyIds;
  const choose = (ids: number[]) => form.setFieldValue('agencyIds', ids);
  return (
    <Modal opened onClose={onClose} title="Yêu cầu báo cáo đột xuất" size="lg" closeOnClickOutside={false}>
      <Stack gap="sm">
        {formError && <Alert color="red">{formError}</Alert>}
        <TextInput label="Tên yêu cầu" withAsterisk {...form.getInputProps('title')} placeholder="Báo cáo nhanh kết quả kiểm tra dịp Tết" />
        <SimpleGrid cols={3}>
          <TextInput label="Số công văn yêu cầu" {...form.getInputProps('requestNumber')} placeholder="512/SLĐTBXH-PCTNXH" />
          <DateField label="Ngày công văn" {...typedDateProps(form, dates, 'requestDate')} error={fieldError(form, 'requestDate')} />
          <DateField label="Hạn gửi" withAsterisk {...typedDateProps(form, dates, 'dueDate')} error={fieldError(form, 'dueDate')} />
        </SimpleGrid>
        <Group justify="space-between">
          <Text fw={500} size="sm">
            Đơn vị phải báo cáo ({chosen.length})
          </Text>
          <Group gap="xs">
            <Button size="compact-xs" variant="light" onClick={() => choose(agencies.map((a) => a.id))}>
              Chọn tất cả
            </Button>
            <Button size="compact-xs" variant="subtle" onClick={() => choose([])}>
              Bỏ chọn
            </Button>
          </Group>
        </Group>
        {fieldError(form, 'agencyIds') && (
          <Text c="red" size="sm">
            {fieldError(form, 'agencyIds')}
          </Text>
        )}
        <ScrollArea h={220} type="auto">
          <SimpleGrid cols={2} spacing={4}>
            {agencies.map((a) => (
              <Checkbox key={a.id} label={a.shortName} checked={chosen.includes(a.id)} onChange={(e) => choose(toggled(chosen, a.id, e.currentTarget.checked))} />
            ))}
          </SimpleGrid>
        </ScrollArea>
        <FormButtons placement="end" submitLabel="Tạo yêu cầu" onSubmit={() => form.onSubmit(save)()} loading={form.submitting} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
