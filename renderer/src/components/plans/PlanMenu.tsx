// The header's "Kế hoạch mới" button: next year's plan from an existing one (reviewed before it is
// saved), or an empty plan. The new plan becomes the one every screen works on.
import { useState } from 'react';
import { Button } from '@mantine/core';
import type { PlanSummary } from '../../../../shared/api/models';
import { NewPlanModal } from './NewPlanModal';

interface Props {
  plans: PlanSummary[];
  planId: number;
  choosePlan: (planId: number) => void;
}

export function PlanMenu({ plans, planId, choosePlan }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)}>
        Kế hoạch mới…
      </Button>
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
    </>
  );
}
