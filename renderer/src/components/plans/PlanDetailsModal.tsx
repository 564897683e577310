// "Thông tin kế hoạch": the plan's own details (PlanDetailsForm) and "Ban hành", which records the
// number and signing date once the plan is signed (PlanIssueForm). Every document cites them from
// then on. Opened from the header, Tổng quan and Cài đặt.
import { useEffect, useState } from 'react';
import { Divider, Modal, Stack } from '@mantine/core';
import type { PlanDetail } from '../../../../shared/api/models';
import { useApi } from '../../hooks/useApi';
import { ErrorAlert, Loading } from '../status';
import { PlanDetailsForm } from './PlanDetailsForm';
import { PlanIssueForm } from './PlanIssueForm';

interface Props {
  opened: boolean;
  planId: number;
  onClose: () => void;
  /** After a save or an issue: the plan as now stored. */
  onSaved: (plan: PlanDetail) => void;
}

export function PlanDetailsModal({ opened, planId, onClose, onSaved }: Props) {
  const plan = useApi('plans.get', opened ? { planId } : null);
  // The plan as read for this opening. Each opening fills the forms once, from it: the cached answer
  // kept since the last opening is shown by the query while it is read again, and filling from it
  // would replace the form under the clerk's typing when the fresh one arrives. The forms are mounted
  // only once it is known, so they start from it and keep what the clerk types.
  const [read, setRead] = useState<PlanDetail | null>(null);
  useEffect(() => {
    if (opened) setRead(null);
  }, [opened]);
  useEffect(() => {
    if (opened && read === null && plan.data && !plan.loading) setRead(plan.data);
  }, [plan.data, plan.loading, opened, read]);

  const p = plan.data;
  return (
    <Modal opened={opened} onClose={onClose} title="Thông tin kế hoạch" size="xl">
      {plan.error && <ErrorAlert message={plan.error} />}
      {(!p || !read) && !plan.error && <Loading />}
      {p && read && (
        <Stack gap="sm">
          <PlanDetailsForm plan={read} onClose={onClose} onSaved={onSaved} />
          <Divider my="xs" />
          <PlanIssueForm opened={read} plan={p} onSaved={onSaved} />
        </Stack>
      )}
    </Modal>
  );
}
