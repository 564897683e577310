// Everything a report of a period is made from, read once for its texts, its preview and its export.
import type { HandlerContext } from '../types';
import type { PlanDetail } from '../../../../shared/api/models';
import type { ReportKind } from '../../../../shared/documents/types';
import { listTaskGroups } from '../../../../db/queries/tasks';
import { listTargets } from '../../../../db/queries/targets';
import { listStatistics } from '../../../../db/queries/statistics';
import { listPeriodFigures, listPlanProgressBetween, previousYearPeriodId } from '../../../../db/queries/documents';
import { countedFigures, figureChecks } from '../../../../shared/domain/statistic-sources';
import { expectedPercentAtPeriodEnd } from '../../../../shared/domain/target-pace';
import type { PeriodType } from '../../../../shared/domain/types';
import { type ReportFacts } from '../../../../shared/documents/defaults';
import { complianceAppendix, periodTotals, targetCounts, targetLine } from '../../../../shared/documents/content';
import { listTasksWithStatus } from '../tasks';
import { buildRegister } from '../reporting';
import { periodTargetProgress } from '../targets';
import { planStatisticSources } from '../statistic-sources';
import type { PeriodRow } from './plan-and-period';

/**
 * Everything a report of the period is made from: the register, the figures and their totals, the
 * targets' rows with their Đánh giá, and the facts the sections are prefilled from.
 */
export async function reportData(ctx: HandlerContext, plan: PlanDetail, period: PeriodRow, kind: ReportKind) {
  const [targets, register, catalogue, allFigures, groups, tasks] = await Promise.all([
    listTargets(ctx.db, plan.id),
    // Which reports came and when: their figures are the period's figures read below.
    buildRegister(ctx, period.id),
    listStatistics(ctx.db, plan.id),
    listPeriodFigures(ctx.db, period.id),
    listTaskGroups(ctx.db, plan.id),
    listTasksWithStatus(ctx, plan.id),
  ]);
  const from = period.windowFrom ?? `${period.year}-01-01`;
  const to = period.windowTo ?? period.dueDate;
  const notes = await listPlanProgressBetween(ctx.db, plan.id, from, to);
  // One source of truth per statistic: a figure the responsible agency reported is not added to others'.
  const sources = await planStatisticSources(ctx, plan.id);
  const figures = countedFigures(allFigures, sources);
  const totals = periodTotals(figures);
  // The targets' progress in this period from these same totals (targets.progress's row for it).
  const progress = await periodTargetProgress(ctx, plan.id, targets, catalogue, totals);
  const unitOf = (code: string) => catalogue.find((c) => c.code === code)?.unit ?? '';
  const expected = new Set(register.entries.filter((e) => !e.exempt).map((e) => e.agency.id));
  const reported = new Set(register.entries.filter((e) => e.report).map((e) => e.agency.id));
  const wordingCount = new Map<string, number>();
  for (const t of targets) wordingCount.set(t.wording.trim(), (wordingCount.get(t.wording.trim()) ?? 0) + 1);
  // "On track" at the period's end: the share of the year elapsed (6 months: 50%), one rule in shared/domain.
  const expectedPercent = expectedPercentAtPeriodEnd(period.periodType as PeriodType, period.index);
  const lines = targets.map((t) =>
    targetLine(t, { periods: [{ periodId: period.id, progress: progress.get(t.id)! }] }, period.id, {
      yearEnd: kind === 'annual',
      totals,
      unitOf,
      expected,
      reported,
      sharedWording: (wordingCount.get(t.wording.trim()) ?? 0) > 1,
      expectedPercent,
    }),
  );
  const compliance = complianceAppendix(register);
  // The same period of the previous year's plan, counted by the same sources.
  const previousId = await previousYearPeriodId(ctx.db, period);
  const previous = previousId ? countedFigures(await listPeriodFigures(ctx.db, previousId), sources) : null;
  const previousTotals = previous ? periodTotals(previous) : new Map<string, number>();
  const checks = figureChecks(totals, catalogue);
  const inconsistencies = checks.map((c) => c.text);
  const facts: ReportFacts = {
    windowFrom: period.windowFrom,
    windowTo: period.windowTo,
    today: ctx.today(),
    groups,
    tasks,
    notes,
    reports: {
      expected: expected.size,
      // Of those that must report: an exempted agency's report is not counted (never "10/2 … đã gửi").
      received: [...reported].filter((id) => expected.has(id)).length,
      onTime: compliance.onTime.length,
      onTimeAgencies: compliance.onTime,
      late: compliance.late.map((l) => l.name),
      unreadable: compliance.unreadable ?? [],
      // Not sent and past the due day; those whose due day is still ahead are counted apart, never
      // blamed (a report exported before its period's deadline).
      missing: register.entries.filter((e) => !e.exempt && e.status.state === 'missing').map((e) => e.agency.shortName),
      notYetDue: register.entries.filter((e) => !e.exempt && e.status.state === 'pending').map((e) => e.agency.shortName),
    },
    totals: catalogue
      .filter((c) => totals.has(c.code))
      .map((c) => ({ code: c.code, label: c.label, unit: c.unit, total: totals.get(c.code)! })),
    targets: targetCounts(lines),
    nextTo: kind === 'six_month' ? `${period.year}-12-31` : `${period.year + 1}-06-30`,
    previousTotals: [...previousTotals].map(([code, total]) => ({ code, total })),
    inconsistencies,
    unmetTargets: lines.filter((l) => l.assessment === 'Chưa đạt').map((l) => l.wording),
    // Each district's own figures, whoever the statistic's source is: where things happened, not a total.
    districts: register.entries
      .filter((e) => e.agency.kind === 'district_pc' && !e.exempt)
      .map((e) => ({
        name: e.agency.shortName,
        reported: !!e.report,
        figures: allFigures.filter((f) => f.agencyId === e.agency.id).map((f) => ({ code: f.statisticCode, value: f.value })),
      })),
  };
  return { targets, register, catalogue, figures, allFigures, totals, lines, compliance, facts, sources, previous, checks };
}
