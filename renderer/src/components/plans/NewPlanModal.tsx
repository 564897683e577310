// Creating a plan. "Từ kế hoạch có sẵn" (CopyPlanForm): choose the source and the year, review what
// will be copied and how the dates move, then save. "Kế hoạch trống" (EmptyPlanForm): the plan's
// heading, and optionally the agencies of an existing plan.
import { useState } from 'react';
import { Modal, Tabs } from '@mantine/core';
import type { PlanSummary } from '../../../../shared/api/models';
import { CopyPlanForm } from './CopyPlanForm';
import { EmptyPlanForm } from './EmptyPlanForm';

interface Props {
  opened: boolean;
  plans: PlanSummary[];
  planId: number;
  onClose: () => void;
  onCreated: (planId: number) => void;
}

export function NewPlanModal({ opened, plans, planId, onClose, onCreated }: Props) {
  const [tab, setTab] = useState<string | null>('copy');
  return (
    <Modal opened={opened} onClose={onClose} title="Kế hoạch mới" size="xl">
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="copy">Lập từ kế hoạch có sẵn</Tabs.Tab>
          <Tabs.Tab value="empty">Kế hoạch trống</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="copy" pt="md">
          {opened && <CopyPlanForm plans={plans} planId={planId} onCreated={onCreated} onClose={onClose} />}
        </Tabs.Panel>
        <Tabs.Panel value="empty" pt="md">
          {opened && <EmptyPlanForm plans={plans} planId={planId} onCreated={onCreated} onClose={onClose} />}
        </Tabs.Panel>
      </Tabs>
    </Modal>
  );
}
