// What the charts on Tổng quan and Báo cáo show, from the figures the API already returns: which
// periods have a reporting rate worth drawing, which targets can be drawn against their target, and
// the tasks in the four official status buckets. The screens only draw what these return.
import { lastOnTimeDay } from './report-status';
import type { ComplianceSummary } from './report-status';
import type { TargetProgress } from './statistics';
import type { TaskStatus } from './task-status';
import { TASK_STATUS_LABELS } from './labels';
import { formatNumberVi } from './target-format';

/** "66,7%"; "—" when there is no rate. */
export function formatPercentVi(value: number | null): string {
  return value === null ? '—' : `${formatNumberVi(value)}%`;
}

export interface PeriodForChart {
  id: number;
  label: string;
  adHoc: boolean;
  dueDate: string;
  dueInclusive: boolean;
  summary: ComplianceSummary;
}

export interface RatePoint {
  periodId: number;
  /** "6 tháng đầu năm 2022", "Đột xuất: …". */
  label: string;
  /** Received / required, in percent. */
  reportingRate: number;
  /** Received on time / required, in percent. */
  onTimeRate: number;
}

/**
 * The reporting and on-time rate of each period already due (its last day on time before today), or
 * that has reports in already; in due-date order. A period no one must report for has no rate and is
 * left out, as is one not yet due with nothing received (its 0% would only say "not yet").
 */
export function reportingRateSeries(periods: PeriodForChart[], today: string): RatePoint[] {
  return periods
    .filter((p) => p.summary.reportingRate !== null && p.summary.onTimeRate !== null)
    .filter((p) => lastOnTimeDay(p) < today || p.summary.received > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id)
    .map((p) => ({
      periodId: p.id,
      label: `${p.adHoc ? 'Đột xuất: ' : ''}${p.label}`,
      reportingRate: p.summary.reportingRate!,
      onTimeRate: p.summary.onTimeRate!,
    }));
}

export interface TargetForChart {
  id: number;
  code: string;
  wording: string;
}

export interface TargetPoint {
  targetId: number;
  /** The target's code as the plan numbers it ("CT1"). */
  code: string;
  wording: string;
  /** Achieved as a percent of the target (100 = reached). */
  percentOfTarget: number;
  met: boolean | null;
}

/**
 * Targets measured so far against their target, in the plan's order: qualitative targets and those
 * without reported figures have nothing to draw and are left out.
 */
export function targetProgressSeries(targets: TargetForChart[], progress: { targetId: number; toDate: { progress: TargetProgress } }[]): TargetPoint[] {
  const byTarget = new Map(progress.map((p) => [p.targetId, p.toDate.progress]));
  const points: TargetPoint[] = [];
  for (const t of targets) {
    const p = byTarget.get(t.id);
    if (!p || p.percentOfTarget === null) continue;
    points.push({ targetId: t.id, code: t.code, wording: t.wording, percentOfTarget: p.percentOfTarget, met: p.met });
  }
  return points;
}

/** The four buckets of the official statistics, in their order (ongoing work is counted apart). */
export const OFFICIAL_TASK_BUCKETS = ['done_on_time', 'done_late', 'open_on_time', 'open_overdue'] as const satisfies readonly TaskStatus[];

export interface BucketPoint {
  status: TaskStatus;
  label: string;
  count: number;
}

export function taskBucketSeries(byStatus: Record<TaskStatus, number>): BucketPoint[] {
  return OFFICIAL_TASK_BUCKETS.map((status) => ({ status, label: TASK_STATUS_LABELS[status], count: byStatus[status] }));
}
