// The header's "Kế hoạch mới" button: next year's plan from an existing one (reviewed before it is
// saved), or an empty plan. The new plan becomes the one every screen works on.
import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import type { PlanSummary } from '../../../../shared/api/models';
import { NewPlanModal } from './NewPlanModal';
import { PlanDetailsModal } from './PlanDetailsModal';

interface Props {
  plans: PlanSummary[];
  planId: number;
  choosePlan: (planId: number) => void;
}

export function PlanMenu({ plans, planId, choosePlan }: Props) {
  const [opened, setOpened] = useState(false);
  const [details, setDetails] = useState(false);
  return (
    <Group gap="xs" wrap="nowrap">
      <Button variant="subtle" onClick={() => setDetails(true)}>
        Thông tin kế hoạch
      </Button>
      <Button variant="light" onClick={() => setOpened(true)}>
        Kế hoạch mới…
      </Button>
      <PlanDetailsModal opened={details} planId={planId} onClose={() => setDetails(false)} onSaved={() => choosePlan(planId)} />
      <NewPlanModal
        opened={opened}
        plans={plans}
        planId={planId}
        onClose={() => setOpened(false)}
        onCreated={(id) => {
          setOpened(false);
          choosePlan(id);
        }}
      />
    </Group>
  );
}
