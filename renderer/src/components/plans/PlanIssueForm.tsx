// "Ban hành" in "Thông tin kế hoạch": once the plan is signed, its number and signing date, which
// every document cites from then on ("Kế hoạch số 15/KH-BCĐ138 ngày 20/03/2022 của …").
import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { PlanDetail } from '../../../../shared/api/models';
import { planReference } from '../../../../shared/domain/plan-setup';
import { call } from '../../api/client';
import { DateField } from '../DateField';
import { showApiError } from '../form-rules';
import { notifySuccess } from '../notify';
import { ErrorAlert } from '../status';

interface IssueValues {
  number: string;
  issuedDate: string | null;
}

interface Props {
  /** The plan as read for this opening: the form starts from its number and date. */
  opened: PlanDetail;
  /** The plan as stored now: the citation and the button follow it after a save. */
  plan: PlanDetail;
  onSaved: (plan: PlanDetail) => void;
}

export function PlanIssueForm({ opened, plan, onSaved }: Props) {
  const form = useForm<IssueValues>({
    initialValues: { number: opened.number ?? '', issuedDate: opened.issuedDate },
    validate: {
      number: (v) => (v.trim() ? null : 'Chưa nhập số của kế hoạch.'),
      issuedDate: (v) => (v ? null : 'Chưa nhập ngày ký.'),
    },
  });
  const [formError, setFormError] = useState<string | null>(null);

  const issue = async ({ number, issuedDate }: IssueValues) => {
    setFormError(null);
    try {
      const saved = await call('plans.issue', { planId: plan.id, number, issuedDate: issuedDate! });
      notifySuccess(`Đã ban hành: ${planReference(saved)}.`);
      onSaved(saved);
    } catch (err) {
      setFormError(showApiError(form, err));
    }
  };

  return (
    <Stack gap="sm">
      <Title order={5}>Ban hành</Title>
      <Text size="sm" c="dimmed">
        Khi kế hoạch đã ký, ghi số và ngày ký: mọi văn bản sẽ trích dẫn “{planReference(plan)}”.
      </Text>
      <Group align="flex-start">
        <TextInput
          label="Số"
          placeholder="ví dụ: 15"
          w={140}
          {...form.getInputProps('number')}
          rightSection={<Text size="xs" c="dimmed">/{plan.symbol}</Text>}
          rightSectionWidth={110}
        />
        <DateField label="Ngày ký" w={160} {...form.getInputProps('issuedDate')} value={form.values.issuedDate} />
        <Button mt={25} color="teal" onClick={() => form.onSubmit(issue)()} loading={form.submitting}>
          {plan.number ? 'Sửa số, ngày ban hành' : 'Ban hành'}
        </Button>
      </Group>
      {formError && <ErrorAlert message={formError} />}
    </Stack>
  );
}
