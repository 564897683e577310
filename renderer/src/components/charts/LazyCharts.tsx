// The charts, loaded on first use: @mantine/charts and recharts are not part of the first screen's
// code. While they load, a box of the chart's size keeps the page from jumping.
import { Suspense, lazy } from 'react';
import { Card, Loader } from '@mantine/core';
import type { TaskStatus } from '../../../../shared/domain/task-status';

const charts = () => import('./PlanCharts');
const ReportingRates = lazy(() => charts().then((m) => ({ default: m.ReportingRatesChart })));
const TargetProgress = lazy(() => charts().then((m) => ({ default: m.TargetProgressChart })));
const TaskBuckets = lazy(() => charts().then((m) => ({ default: m.TaskBucketsChart })));

function Waiting() {
  return (
    <Card withBorder h={220} aria-label="Đang tải biểu đồ">
      <Loader size="sm" />
    </Card>
  );
}

export function ReportingRatesChart({ planId }: { planId: number }) {
  return (
    <Suspense fallback={<Waiting />}>
      <ReportingRates planId={planId} />
    </Suspense>
  );
}

export function TargetProgressChart({ planId }: { planId: number }) {
  return (
    <Suspense fallback={<Waiting />}>
      <TargetProgress planId={planId} />
    </Suspense>
  );
}

export function TaskBucketsChart({ byStatus }: { byStatus: Record<TaskStatus, number> }) {
  return (
    <Suspense fallback={<Waiting />}>
      <TaskBuckets byStatus={byStatus} />
    </Suspense>
  );
}
