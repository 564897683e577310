// The header's "Kế hoạch mới" button: next year's plan from an existing one (reviewed before it is
// saved), or an empty plan; beside it, "Nhập kế hoạch từ tệp Word…" (reviewed before it is saved).
// The new plan becomes the one every screen works on. "Thông tin kế hoạch" opens the current plan's
// details and its "Ban hành".
import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import type { PlanSummary } from '../../../../shared/api/models';
import { NewPlanModal } from './NewPlanModal';
import { PlanDetailsModal } from './PlanDetailsModal';
import { ImportPlanModal } from './ImportPlanModal';

interface Props {
  plans: PlanSummary[];
  planId: number;
  choosePlan: (planId: number) => void;
}

export function PlanMenu({ plans, planId, choosePlan }: Props) {
  const [opened, setOpened] = useState(false);
  const [details, setDetails] = useState(false);
  const [importing, setImporting] = useState(false);
  return (
    <Group gap="xs" wrap="nowrap">
      <Button variant="subtle" onClick={() => setDetails(true)}>
        Thông tin kế hoạch
      </Button>
      <Button variant="light" onClick={() => setOpened(true)}>
        Kế hoạch mới…
      </Button>
      <PlanDetailsModal opened={details} planId={planId} onClose={() => setDetails(false)} onSaved={() => choosePlan(planId)} />
      <Button variant="light" onClick={() => setImporting(true)}>
        Nhập kế hoạch từ tệp Word…
      </Button>
      <ImportPlanModal
        opened={importing}
        onClose={() => setImporting(false)}
        onCreated={(id) => {
          setImporting(false);
          choosePlan(id);
        }}
      />
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
