// reporting.*: the plan's reporting duties as listed, its periods, the register of a period, the
// compliance board and the overview's figures.
// Rules (on time, late, missing, rates) come from shared/domain/report-status.ts.
import type { HandlerContext, HandlerGroup } from './types';
import type {
  AgencyHistoryRow,
  PeriodFigures,
  PeriodOutstanding,
  PeriodRegister,
  RegisterEntry,
  UrgingRef,
  ReportingDutyRow,
  ReportingPeriodRow,
} from '../../../shared/api/models';
import {
  createAdHocPeriod,
  ensurePlanPeriods,
  getExpected,
  getStoredPeriod,
  listExpected,
  listReportingDuties,
  listStoredPeriods,
  planAgencyIds,
  setExemption,
  updatePeriodDue,
  type StoredExpected,
  type StoredPeriod,
} from '../../../db/queries/reporting';
import { listPlanFigures, loadRegisteredReports } from '../../../db/queries/received-reports';
import { listUrgings } from '../../../db/queries/urging';
import { listStatistics } from '../../../db/queries/statistics';
import { getPlan, getPlanYear } from '../../../db/queries/plans';
import { readSettings } from '../../../db/queries/settings';
import { complianceSummary, currentPeriod, periodsDueSoon, reportStatus } from '../../../shared/domain/report-status';
import { sumAcrossAgencies } from '../../../shared/domain/statistics';
import { periodsOfDuty } from '../../../shared/domain/periods';
import { AppError } from '../../../shared/api/errors';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';
import { currentActor } from '../../../db/queries/audit';
import { countReceivedInPeriod, deletePeriodRow, periodAgencyNames, recordDeletion } from '../../../db/queries/plan-setup';
import { adHocDeleteBlockedReason } from '../../../shared/domain/plan-setup';

function statusOf(e: StoredExpected, p: StoredPeriod, today: string) {
  return reportStatus({ exempt: e.exempt, arrivalDate: e.arrivalDate }, p, today);
}

/** `statuses`: the expected reports' statuses, when the caller has worked them out already. */
function toPeriodRow(p: StoredPeriod, expected: StoredExpected[], today: string, statuses = expected.map((e) => statusOf(e, p, today))): ReportingPeriodRow {
  return { ...p, summary: complianceSummary(statuses.map((s) => s.state)) };
}

const PLAN_NOT_FOUND = 'Không tìm thấy kế hoạch này.';

export async function requirePlan(ctx: HandlerContext, planId: number) {
  const plan = await getPlan(ctx.db, planId);
  if (!plan) throw new AppError('NOT_FOUND', PLAN_NOT_FOUND, 'planId');
  return plan;
}

/** Refuses a plan that is not there, reading only its year (not its whole detail). */
export async function requirePlanExists(ctx: HandlerContext, planId: number): Promise<void> {
  if ((await getPlanYear(ctx.db, planId)) === null) throw new AppError('NOT_FOUND', PLAN_NOT_FOUND, 'planId');
}

export async function requirePeriod(ctx: HandlerContext, periodId: number): Promise<StoredPeriod> {
  const period = await getStoredPeriod(ctx.db, periodId);
  if (!period) throw new AppError('NOT_FOUND', 'Không tìm thấy kỳ báo cáo này.', 'periodId');
  return period;
}

/** The plan's periods (generated from its duties on first use) with their counts as of today. */
export async function listPeriodRows(ctx: HandlerContext, planId: number): Promise<ReportingPeriodRow[]> {
  return (await listPeriodsWithExpected(ctx, planId)).map((p) => p.row);
}

/** The plan's periods as listPeriodRows gives them, each with its expected reports (read once). */
export async function listPeriodsWithExpected(
  ctx: HandlerContext,
  planId: number,
): Promise<{ row: ReportingPeriodRow; expected: StoredExpected[] }[]> {
  if (!(await ensurePlanPeriods(ctx.db, planId))) throw new AppError('NOT_FOUND', PLAN_NOT_FOUND, 'planId');
  const today = ctx.today();
  const periods = await listStoredPeriods(ctx.db, planId);
  const out: { row: ReportingPeriodRow; expected: StoredExpected[] }[] = [];
  for (const p of periods) {
    const expected = await listExpected(ctx.db, { periodId: p.id });
    out.push({ row: toPeriodRow(p, expected, today), expected });
  }
  return out;
}

export async function periodRow(ctx: HandlerContext, periodId: number): Promise<ReportingPeriodRow> {
  const p = await requirePeriod(ctx, periodId);
  return toPeriodRow(p, await listExpected(ctx.db, { periodId }), ctx.today());
}

/**
 * Every agency that owes the period's report, with its status, its report (its figures counted; the
 * report's form reads them, reports.get) and its urgings.
 */
export async function buildRegister(ctx: HandlerContext, periodId: number): Promise<PeriodRegister> {
  const period = await requirePeriod(ctx, periodId);
  const today = ctx.today();
  const expected = await listExpected(ctx.db, { periodId });
  const reports = await loadRegisteredReports(ctx.db, periodId);
  const urgings = await listUrgings(ctx.db, { periodId });
  // Each agency's urgings found once (latest first, as listed), not by filtering them all per agency.
  const urgedBy = new Map<number, UrgingRef[]>();
  for (const u of urgings) {
    const ref: UrgingRef = { id: u.id, urgedOn: u.urgedOn, letterNumber: u.letterNumber };
    for (const a of u.agencies) {
      const list = urgedBy.get(a.id);
      if (list) list.push(ref);
      else urgedBy.set(a.id, [ref]);
    }
  }
  const statuses = expected.map((e) => statusOf(e, period, today));
  const entries: RegisterEntry[] = expected.map((e, i) => ({
    expectedReportId: e.id,
    agency: e.agency,
    exempt: e.exempt,
    exemptReason: e.exemptReason,
    status: statuses[i]!,
    report: e.receivedId ? (reports.get(e.receivedId) ?? null) : null,
    urgings: urgedBy.get(e.agency.id) ?? [],
  }));
  return { period: toPeriodRow(period, expected, today, statuses), entries, today };
}

function outstanding(register: PeriodRegister): PeriodOutstanding {
  const by = (s: string) => register.entries.filter((e) => e.status.state === s);
  return {
    period: register.period,
    missing: by('missing').sort((a, b) => b.status.daysOverdue - a.status.daysOverdue),
    late: by('late'),
    pending: by('pending'),
  };
}

/** The plan's duties; an upward duty carries its next due date from today. */
export async function dutyRows(ctx: HandlerContext, planId: number): Promise<ReportingDutyRow[]> {
  const plan = await requirePlan(ctx, planId);
  const today = ctx.today();
  return (await listReportingDuties(ctx.db, planId)).map((d) => {
    if (!d.upward || d.periodType === 'ad_hoc') return d;
    const next = [plan.year, plan.year + 1]
      .flatMap((y) => periodsOfDuty({ ...d, windowRule: d.windowRule }, y))
      .filter((p) => p.dueDate >= today)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
    return { ...d, nextDue: next ? { dueDate: next.dueDate, label: next.label } : null };
  });
}

export const reportingHandlers: HandlerGroup<
  | 'reporting.duties'
  | 'reporting.periods'
  | 'reporting.updatePeriod'
  | 'reporting.createAdHoc'
  | 'reporting.register'
  | 'reporting.setExemption'
  | 'reporting.agencyHistory'
  | 'reporting.dashboard'
  | 'reporting.figures'
  | 'reporting.deleteAdHoc'
> = {
  'reporting.duties': ({ planId }, ctx) => dutyRows(ctx, planId),

  'reporting.periods': ({ planId }, ctx) => listPeriodRows(ctx, planId),

  'reporting.updatePeriod': async ({ periodId, dueDate, dueInclusive }, ctx) => {
    const period = await requirePeriod(ctx, periodId);
    if (dueDate && period.windowTo && dueDate < period.windowTo) {
      throw new AppError(
        'VALIDATION',
        `Hạn gửi ${formatDateVi(dueDate)} sớm hơn ngày chốt số liệu của kỳ (${formatDateVi(period.windowTo)}).`,
        'dueDate',
      );
    }
    await updatePeriodDue(ctx.db, periodId, { dueDate, dueInclusive });
    return periodRow(ctx, periodId);
  },

  'reporting.createAdHoc': async (input, ctx) => {
    const plan = await requirePlan(ctx, input.planId);
    const windowFrom = input.windowFrom ?? null;
    const windowTo = input.windowTo ?? null;
    if (windowFrom && windowTo && windowTo < windowFrom) {
      throw new AppError('VALIDATION', 'Ngày cuối của kỳ số liệu phải sau ngày đầu.', 'windowTo');
    }
    const requestDate = input.requestDate ?? null;
    if (requestDate && input.dueDate < requestDate) {
      throw new AppError(
        'VALIDATION',
        `Hạn gửi ${formatDateVi(input.dueDate)} trước ngày của công văn yêu cầu (${formatDateVi(requestDate)}).`,
        'dueDate',
      );
    }
    const inPlan = new Set(await planAgencyIds(ctx.db, plan.id));
    const stranger = input.agencyIds.find((a) => !inPlan.has(a));
    if (stranger !== undefined) throw new AppError('VALIDATION', 'Có đơn vị được chọn không tham gia kế hoạch này.', 'agencyIds');
    const id = await createAdHocPeriod(ctx.db, {
      planId: plan.id,
      title: input.title,
      requestNumber: input.requestNumber || null,
      requestDate,
      dueDate: input.dueDate,
      dueText: `trước ngày ${formatDateVi(input.dueDate)}`,
      windowFrom,
      windowTo,
      agencyIds: input.agencyIds,
      year: Number((requestDate ?? input.dueDate).slice(0, 4)),
    });
    return periodRow(ctx, id);
  },

  'reporting.register': ({ periodId }, ctx) => buildRegister(ctx, periodId),

  'reporting.setExemption': async ({ expectedReportId, exempt, reason }, ctx) => {
    const expected = await getExpected(ctx.db, expectedReportId);
    if (!expected) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo phải gửi này.', 'expectedReportId');
    const why = reason?.trim() || null;
    if (exempt && !why) throw new AppError('VALIDATION', 'Lý do: hãy ghi lý do miễn báo cáo.', 'reason');
    await setExemption(ctx.db, expectedReportId, exempt, why);
    return buildRegister(ctx, expected.period_id);
  },

  'reporting.agencyHistory': async ({ planId, agencyId }, ctx) => {
    if (!(await ensurePlanPeriods(ctx.db, planId))) throw new AppError('NOT_FOUND', PLAN_NOT_FOUND, 'planId');
    const today = ctx.today();
    const periods = new Map((await listStoredPeriods(ctx.db, planId)).map((p) => [p.id, p]));
    const urgings = await listUrgings(ctx.db, { planId });
    const rows: AgencyHistoryRow[] = [];
    for (const e of await listExpected(ctx.db, { planId, agencyId })) {
      const p = periods.get(e.periodId)!;
      rows.push({
        periodId: p.id,
        periodLabel: p.label,
        dueDate: p.dueDate,
        exempt: e.exempt,
        status: statusOf(e, p, today),
        arrivalDate: e.arrivalDate,
        reportId: e.receivedId,
        urgings: urgings.length === 0 ? 0 : urgings.filter((u) => u.periodId === p.id && u.agencies.some((a) => a.id === agencyId)).length,
      });
    }
    // ISO dates sort as plain strings; localeCompare would go through the collator for each pair.
    return rows.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.periodId - b.periodId));
  },

  'reporting.dashboard': async ({ planId }, ctx) => {
    const periods = await listPeriodRows(ctx, planId);
    const { dueSoonDays } = await readSettings(ctx.db);
    const today = ctx.today();
    const current = currentPeriod(periods, today, dueSoonDays);
    const soon = periodsDueSoon(periods, today, dueSoonDays).filter((p) => p.id !== current?.id);
    return {
      today,
      dueSoonDays,
      current: current ? outstanding(await buildRegister(ctx, current.id)) : null,
      dueSoon: await Promise.all(soon.map(async (p) => outstanding(await buildRegister(ctx, p.id)))),
    };
  },

  'reporting.figures': async ({ periodId }, ctx) => {
    const period = await requirePeriod(ctx, periodId);
    const statistics = await listStatistics(ctx.db, period.planId);
    const figures = (await listPlanFigures(ctx.db, period.planId)).filter((f) => f.periodId === periodId);
    const expected = await listExpected(ctx.db, { periodId });
    // Grouped once by agency and by statistic: linear in the period's figures.
    const withFigures = new Set(figures.map((f) => f.agencyId));
    const byCode = new Map<string, typeof figures>();
    for (const f of figures) {
      const list = byCode.get(f.statisticCode);
      if (list) list.push(f);
      else byCode.set(f.statisticCode, [f]);
    }
    const agencies = expected.filter((e) => withFigures.has(e.agency.id)).map((e) => e.agency);
    const result: PeriodFigures = {
      periodId,
      agencies: agencies.map(({ id, shortName, kind }) => ({ id, shortName, kind })),
      rows: statistics
        .map((s) => {
          const own = byCode.get(s.code) ?? [];
          return {
            statistic: s,
            total: sumAcrossAgencies(own.map((f) => f.value)),
            byAgency: own.map((f) => ({ agencyId: f.agencyId, reportId: f.reportId, value: f.value })),
          };
        })
        .filter((r) => r.byAgency.length > 0),
    };
    return result;
  },

  // An ad-hoc request is deleted only while no report has been received for it.
  'reporting.deleteAdHoc': async ({ periodId }, { db }) => {
    await db.transaction().execute(async (trx) => {
      const period = await getStoredPeriod(trx, periodId);
      if (!period) throw new AppError('NOT_FOUND', 'Không tìm thấy kỳ báo cáo này.', 'periodId');
      if (period.periodType !== 'ad_hoc') {
        throw new AppError('VALIDATION', 'Chỉ xóa được yêu cầu báo cáo đột xuất; kỳ báo cáo định kỳ theo chế độ báo cáo của kế hoạch.', 'periodId');
      }
      const reason = adHocDeleteBlockedReason(await countReceivedInPeriod(trx, periodId));
      if (reason) throw new AppError('CONFLICT', reason, 'periodId');
      const agencies = await periodAgencyNames(trx, periodId);
      const urgings = await listUrgings(trx, { periodId });
      const content = [
        { label: 'Tên', value: period.label },
        { label: 'Công văn yêu cầu', value: period.requestNumber ? `${period.requestNumber}${period.requestDate ? ` ngày ${formatDateVi(period.requestDate)}` : ''}` : '—' },
        { label: 'Hạn báo cáo', value: period.dueText || formatDateVi(period.dueDate) },
        { label: 'Số liệu từ', value: period.windowFrom ? `${formatDateVi(period.windowFrom)} đến ${formatDateVi(period.windowTo)}` : '—' },
        { label: 'Đơn vị được yêu cầu', value: agencies.join('; ') || '—' },
        ...(urgings.length > 0 ? [{ label: 'Đã đôn đốc', value: urgings.map((u) => formatDateVi(u.urgedOn)).join('; ') }] : []),
      ];
      await recordDeletion(trx, await currentActor(trx), period.planId, 'ad_hoc_request', periodId, `Yêu cầu báo cáo đột xuất: ${period.label}`, content);
      await deletePeriodRow(trx, periodId);
    });
    return { deleted: true as const };
  },
};
