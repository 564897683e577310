import { cachedQuery } from './cached-query';
import { commitCount, type AppDb } from '../connection';
import type { AgencyRef, ReportingDutyRow, ReportingPeriodRow } from '../../shared/api/models';
import type { AgencyKind, PeriodType, WindowRule } from '../../shared/domain/types';
import type { Selectable, Transaction } from 'kysely';
import type { Database, ReportingPeriodsTable } from '../schema';
import { fromBool, toBool } from '../sql-values';
import { currentActor, recordChanges, recordEvent } from './audit';
import { periodDueDate, periodsOfDuty, type DutyTiming } from '../../shared/domain/periods';

const dutiesOfPlan = cachedQuery((db: AppDb, planId: number) =>
  db
    .selectFrom('reporting_duties')
    .leftJoin('agencies', 'agencies.id', 'reporting_duties.recipient_agency_id')
    .selectAll('reporting_duties')
    .select(['agencies.short_name as recipient_name', 'agencies.kind as recipient_kind'])
    .where('reporting_duties.plan_id', '=', planId)
    .orderBy('reporting_duties.sort_order'),
);
const dutyAgenciesOfPlan = cachedQuery((db: AppDb, planId: number) =>
  db
    .selectFrom('reporting_duty_agencies')
    .innerJoin('reporting_duties', 'reporting_duties.id', 'reporting_duty_agencies.duty_id')
    .innerJoin('agencies', 'agencies.id', 'reporting_duty_agencies.agency_id')
    .leftJoin('plan_agencies', (join) =>
      join
        .onRef('plan_agencies.agency_id', '=', 'agencies.id')
        .onRef('plan_agencies.plan_id', '=', 'reporting_duties.plan_id'),
    )
    .select(['reporting_duty_agencies.duty_id', 'agencies.id', 'agencies.short_name', 'agencies.kind'])
    .where('reporting_duties.plan_id', '=', planId)
    .orderBy('plan_agencies.sort_order'),
);

export async function listReportingDuties(db: AppDb, planId: number): Promise<ReportingDutyRow[]> {
  const { rows: duties } = await dutiesOfPlan(db, planId);
  const { rows: obliged } = await dutyAgenciesOfPlan(db, planId);
  return duties.map((d) => ({
    id: d.id,
    periodType: d.period_type as PeriodType,
    title: d.title,
    dueMonth: d.due_month,
    dueDay: d.due_day,
    dueText: d.due_text,
    dueMonthOffset: d.due_month_offset,
    dueInclusive: toBool(d.due_inclusive),
    windowRule: d.window_rule as WindowRule,
    windowText: d.window_text,
    upward: toBool(d.upward),
    recipientText: d.recipient_text,
    nextDue: null,
    recipient:
      d.recipient_agency_id != null && d.recipient_name != null
        ? { id: d.recipient_agency_id, shortName: d.recipient_name, kind: d.recipient_kind as AgencyKind }
        : null,
    obliged: obliged
      .filter((o) => o.duty_id === d.id)
      .map((o): AgencyRef => ({ id: o.id, shortName: o.short_name, kind: o.kind as AgencyKind })),
  }));
}

// ---------------------------------------------------------------------------------------------
// Reporting periods and expected reports.

type Tx = Transaction<Database>;

/** The part of a stored duty its periods are generated from. */
export function dutyTiming(d: Selectable<Database['reporting_duties']>): DutyTiming {
  return {
    periodType: d.period_type as PeriodType,
    dueMonth: d.due_month,
    dueDay: d.due_day,
    dueText: d.due_text,
    dueInclusive: toBool(d.due_inclusive),
    dueMonthOffset: d.due_month_offset,
    windowRule: d.window_rule as WindowRule,
  };
}

/** A period as stored: the API's period row without its compliance summary (derived). */
export type StoredPeriod = Omit<ReportingPeriodRow, 'summary'>;

/**
 * Makes sure the plan has its periods: one per period of each periodic duty in the plan's year
 * (6-month and annual for the 2022 plan), each with one expected report per obliged agency.
 * Writes only what is missing, in one transaction; periods the clerk edited are left alone.
 */
const planYear = cachedQuery((db: AppDb, planId: number) => db.selectFrom('plans').select(['id', 'year']).where('id', '=', planId));
const periodicDutiesOf = cachedQuery((db: AppDb, planId: number) =>
  db
    .selectFrom('reporting_duties')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('period_type', '!=', 'ad_hoc')
    // The secretariat's own report upward is not collected in the register.
    .where('upward', '=', 0)
    .orderBy('sort_order'),
);
const obligedOf = cachedQuery((db: AppDb, planId: number) =>
  db
    .selectFrom('reporting_duty_agencies')
    .innerJoin('reporting_duties', 'reporting_duties.id', 'reporting_duty_agencies.duty_id')
    .select(['reporting_duty_agencies.duty_id', 'reporting_duty_agencies.agency_id'])
    .where('reporting_duties.plan_id', '=', planId),
);
const periodKeysOf = cachedQuery((db: AppDb, planId: number) =>
  db.selectFrom('reporting_periods').select(['id', 'duty_id', 'period_type', 'year', 'period_index']).where('plan_id', '=', planId),
);
const expectedKeysOf = cachedQuery((db: AppDb, planId: number) =>
  db
    .selectFrom('expected_reports')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'expected_reports.period_id')
    .select(['expected_reports.period_id', 'expected_reports.agency_id'])
    .where('reporting_periods.plan_id', '=', planId),
);

/**
 * The commit count (commitCount) at which each plan's periods and expected reports were last found
 * complete. Until another change is committed they still are, so a read of the register or of an
 * agency's history skips the check (it read every duty's agencies and every expected report).
 */
const periodsCompleteAt = new WeakMap<AppDb, Map<number, number>>();

/**
 * Completes the plan's periods and expected reports from its duties. False when there is no such plan
 * (a plan found complete before, with nothing committed since, is still there).
 */
export async function ensurePlanPeriods(db: AppDb, planId: number): Promise<boolean> {
  const seen = commitCount(db);
  const complete = seen === null ? undefined : periodsCompleteAt.get(db);
  if (complete?.get(planId) === seen) return true;
  const markComplete = () => {
    if (seen === null) return true;
    if (complete) complete.set(planId, seen);
    else periodsCompleteAt.set(db, new Map([[planId, seen]]));
    return true;
  };
  const plan = (await planYear(db, planId)).rows[0];
  if (!plan) return false;
  const { rows: duties } = await periodicDutiesOf(db, planId);
  if (duties.length === 0) return markComplete();
  const { rows: obliged } = await obligedOf(db, planId);
  const { rows: periods } = await periodKeysOf(db, planId);
  const { rows: expected } = await expectedKeysOf(db, planId);
  const have = new Set(expected.map((e) => `${e.period_id}:${e.agency_id}`));

  type Missing = { dutyId: number; spec: ReturnType<typeof periodsOfDuty>[number] | null; periodId: number | null; agencies: number[] };
  const work: Missing[] = [];
  for (const d of duties) {
    const agencies = obliged.filter((o) => o.duty_id === d.id).map((o) => o.agency_id);
    const specs = periodsOfDuty(dutyTiming(d), plan.year);
    for (const spec of specs) {
      const found = periods.find(
        (p) => p.duty_id === d.id && p.period_type === spec.periodType && p.year === spec.year && p.period_index === spec.index,
      );
      const lacking = found ? agencies.filter((a) => !have.has(`${found.id}:${a}`)) : agencies;
      if (!found || lacking.length > 0) work.push({ dutyId: d.id, spec: found ? null : spec, periodId: found?.id ?? null, agencies: lacking });
    }
  }
  // Counted when the check began: a change committed meanwhile by another call is checked next time.
  if (work.length === 0) return markComplete();

  await db.transaction().execute(async (trx) => {
    const actor = await currentActor(trx);
    for (const w of work) {
      let periodId = w.periodId;
      if (w.spec) {
        const s = w.spec;
        periodId = (
          await trx
            .insertInto('reporting_periods')
            .values({
              plan_id: planId,
              duty_id: w.dutyId,
              period_type: s.periodType,
              year: s.year,
              period_index: s.index,
              label: s.label,
              window_from: s.window.from,
              window_to: s.window.to,
              due_date: s.dueDate,
              due_text: s.dueText,
              due_inclusive: fromBool(s.dueInclusive),
              created_by: actor,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
        await recordEvent(trx, actor, 'reporting_period', periodId, 'create', `Kỳ báo cáo ${s.label}, hạn ${s.dueText}`);
      }
      for (const agencyId of w.agencies) {
        await trx.insertInto('expected_reports').values({ period_id: periodId!, agency_id: agencyId }).execute();
      }
    }
  });
  return true;
}

function toStoredPeriod(
  r: Selectable<ReportingPeriodsTable>,
  duty: { due_month: number | null; due_day: number | null; due_month_offset: number | null } | undefined,
): StoredPeriod {
  const type = r.period_type as PeriodType;
  return {
    id: r.id,
    planId: r.plan_id,
    dutyId: r.duty_id,
    periodType: type,
    year: r.year,
    index: r.period_index,
    label: r.label,
    windowFrom: r.window_from,
    windowTo: r.window_to,
    dueDate: r.due_date,
    dueText: r.due_text,
    dueInclusive: toBool(r.due_inclusive),
    defaultDueDate:
      duty && type !== 'ad_hoc'
        ? periodDueDate({ periodType: type, dueMonth: duty.due_month, dueDay: duty.due_day, dueMonthOffset: duty.due_month_offset }, r.year, r.period_index)
        : null,
    requestNumber: r.request_number,
    requestDate: r.request_date,
    adHoc: type === 'ad_hoc',
  };
}

/** The plan's periods, by due date (periodic and ad-hoc together). */
const storedPeriodsOf = cachedQuery((db: AppDb, planId: number) =>
  db
    .selectFrom('reporting_periods')
    .leftJoin('reporting_duties', 'reporting_duties.id', 'reporting_periods.duty_id')
    .selectAll('reporting_periods')
    .select(['reporting_duties.due_month', 'reporting_duties.due_day', 'reporting_duties.due_month_offset'])
    .where('reporting_periods.plan_id', '=', planId)
    .orderBy('reporting_periods.due_date')
    .orderBy('reporting_periods.id'),
);

export async function listStoredPeriods(db: AppDb | Tx, planId: number): Promise<StoredPeriod[]> {
  const { rows } = await storedPeriodsOf(db, planId);
  return rows.map((r) => toStoredPeriod(r, r.duty_id != null ? { due_month: r.due_month, due_day: r.due_day, due_month_offset: r.due_month_offset } : undefined));
}

export async function getStoredPeriod(db: AppDb | Tx, periodId: number): Promise<StoredPeriod | null> {
  const r = await db
    .selectFrom('reporting_periods')
    .leftJoin('reporting_duties', 'reporting_duties.id', 'reporting_periods.duty_id')
    .selectAll('reporting_periods')
    .select(['reporting_duties.due_month', 'reporting_duties.due_day', 'reporting_duties.due_month_offset'])
    .where('reporting_periods.id', '=', periodId)
    .executeTakeFirst();
  return r ? toStoredPeriod(r, r.duty_id != null ? { due_month: r.due_month, due_day: r.due_day, due_month_offset: r.due_month_offset } : undefined) : null;
}

/** Moves a period's deadline or changes how "trước ngày" is read; recorded in the audit trail. */
export async function updatePeriodDue(
  db: AppDb,
  periodId: number,
  changes: { dueDate?: string; dueInclusive?: boolean },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('reporting_periods')
      .select(['due_date', 'due_inclusive'])
      .where('id', '=', periodId)
      .executeTakeFirstOrThrow();
    const after = {
      due_date: changes.dueDate ?? before.due_date,
      due_inclusive: changes.dueInclusive === undefined ? before.due_inclusive : fromBool(changes.dueInclusive),
    };
    await trx.updateTable('reporting_periods').set(after).where('id', '=', periodId).execute();
    await recordChanges(trx, await currentActor(trx), 'reporting_period', periodId, before, after);
  });
}

export interface AdHocRequest {
  planId: number;
  title: string;
  requestNumber: string | null;
  requestDate: string | null;
  dueDate: string;
  dueText: string;
  windowFrom: string | null;
  windowTo: string | null;
  agencyIds: number[];
  year: number;
}

/** An ad-hoc request (báo cáo đột xuất): a period of its own, with the agencies that must answer. */
export async function createAdHocPeriod(db: AppDb, req: AdHocRequest): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const actor = await currentActor(trx);
    const duty = await trx
      .selectFrom('reporting_duties')
      .select('id')
      .where('plan_id', '=', req.planId)
      .where('period_type', '=', 'ad_hoc')
      // The members' ad-hoc duty, not the secretariat's own report upward.
      .where('upward', '=', 0)
      .orderBy('sort_order')
      .executeTakeFirst();
    const { n } = await trx
      .selectFrom('reporting_periods')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('plan_id', '=', req.planId)
      .where('period_type', '=', 'ad_hoc')
      .executeTakeFirstOrThrow();
    const { id } = await trx
      .insertInto('reporting_periods')
      .values({
        plan_id: req.planId,
        duty_id: duty?.id ?? null,
        period_type: 'ad_hoc',
        year: req.year,
        period_index: Number(n) + 1,
        label: req.title,
        window_from: req.windowFrom,
        window_to: req.windowTo,
        due_date: req.dueDate,
        due_text: req.dueText,
        due_inclusive: 1,
        request_number: req.requestNumber,
        request_date: req.requestDate,
        created_by: actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const agencyId of new Set(req.agencyIds)) {
      await trx.insertInto('expected_reports').values({ period_id: id, agency_id: agencyId }).execute();
    }
    await recordEvent(trx, actor, 'reporting_period', id, 'create', `Yêu cầu báo cáo đột xuất: ${req.title}`);
    return id;
  });
}

export interface StoredExpected {
  id: number;
  periodId: number;
  agency: AgencyRef & { name: string };
  exempt: boolean;
  exemptReason: string | null;
  receivedId: number | null;
  arrivalDate: string | null;
}

function expectedQuery(db: AppDb) {
  return db
    .selectFrom('expected_reports')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'expected_reports.period_id')
    .innerJoin('agencies', 'agencies.id', 'expected_reports.agency_id')
    .leftJoin('plan_agencies', (join) =>
      join.onRef('plan_agencies.agency_id', '=', 'agencies.id').onRef('plan_agencies.plan_id', '=', 'reporting_periods.plan_id'),
    )
    .leftJoin('received_reports', 'received_reports.expected_report_id', 'expected_reports.id')
    .select([
      'expected_reports.id',
      'expected_reports.period_id',
      'expected_reports.exempt',
      'expected_reports.exempt_reason',
      'agencies.id as agency_id',
      'agencies.name as agency_name',
      'agencies.short_name',
      'agencies.kind',
      'received_reports.id as received_id',
      'received_reports.arrival_date',
    ]);
}
const expectedOfPeriod = cachedQuery((db: AppDb, periodId: number) =>
  expectedQuery(db)
    .where('expected_reports.period_id', '=', periodId)
    .orderBy('plan_agencies.sort_order')
    .orderBy('agencies.id')
    .orderBy('reporting_periods.due_date'),
);
const expectedOfAgency = cachedQuery((db: AppDb, planId: number, agencyId: number) =>
  expectedQuery(db)
    .where('reporting_periods.plan_id', '=', planId)
    .where('expected_reports.agency_id', '=', agencyId)
    .orderBy('plan_agencies.sort_order')
    .orderBy('agencies.id')
    .orderBy('reporting_periods.due_date'),
);

/** Expected reports of one period (or of one agency across the plan), in the plan's agency order. */
export async function listExpected(
  db: AppDb | Tx,
  where: { periodId: number } | { planId: number; agencyId: number },
): Promise<StoredExpected[]> {
  const { rows } = 'periodId' in where ? await expectedOfPeriod(db, where.periodId) : await expectedOfAgency(db, where.planId, where.agencyId);
  return rows.map((r) => ({
    id: r.id,
    periodId: r.period_id,
    agency: { id: r.agency_id, name: r.agency_name, shortName: r.short_name, kind: r.kind as AgencyKind },
    exempt: toBool(r.exempt),
    exemptReason: r.exempt_reason,
    receivedId: r.received_id,
    arrivalDate: r.arrival_date,
  }));
}

export async function getExpected(db: AppDb | Tx, expectedReportId: number) {
  return db.selectFrom('expected_reports').selectAll().where('id', '=', expectedReportId).executeTakeFirst();
}

export async function findExpected(db: AppDb | Tx, periodId: number, agencyId: number) {
  return db
    .selectFrom('expected_reports')
    .selectAll()
    .where('period_id', '=', periodId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
}

/** Exempts an agency from one period's report (with the reason), or lifts the exemption. */
export async function setExemption(db: AppDb, expectedReportId: number, exempt: boolean, reason: string | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('expected_reports')
      .select(['exempt', 'exempt_reason'])
      .where('id', '=', expectedReportId)
      .executeTakeFirstOrThrow();
    const after = { exempt: fromBool(exempt), exempt_reason: exempt ? reason : null };
    await trx.updateTable('expected_reports').set(after).where('id', '=', expectedReportId).execute();
    await recordChanges(trx, await currentActor(trx), 'expected_report', expectedReportId, before, after);
  });
}

const planAgencyIdsOf = cachedQuery((db: AppDb, planId: number) => db.selectFrom('plan_agencies').select('agency_id').where('plan_id', '=', planId));

export async function planAgencyIds(db: AppDb, planId: number): Promise<number[]> {
  const { rows } = await planAgencyIdsOf(db, planId);
  return rows.map((r) => r.agency_id);
}
