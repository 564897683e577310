// Reporting duties added, changed and deleted by the clerk. The periods follow in the same
// transaction (the rules are shared/domain/duty-rules.ts); a change that would take a received
// report away from its period or its agency is refused and nothing is written.
import type { Transaction } from 'kysely';
import type { AppDb } from '../connection';
import type { Database } from '../schema';
import type { PeriodType, WindowRule } from '../../shared/domain/types';
import { periodDueDate, periodsOfDuty } from '../../shared/domain/periods';
import { planDutyChange, type ExistingPeriod } from '../../shared/domain/duty-rules';
import { AppError } from '../../shared/api/errors';
import { fromBool } from '../sql-values';
import { currentActor, recordChanges, recordEvent } from './audit';
import { dutyTiming, ensurePlanPeriods } from './reporting';

type Tx = Transaction<Database>;

export interface DutyEdit {
  periodType: PeriodType;
  title: string;
  dueMonth: number | null;
  dueDay: number | null;
  dueMonthOffset: number | null;
  dueText: string;
  dueInclusive: boolean;
  windowRule: WindowRule;
  windowText: string;
  upward: boolean;
  recipientAgencyId: number | null;
  recipientText: string;
  obliged: number[];
}

function columns(e: DutyEdit) {
  return {
    period_type: e.periodType,
    title: e.title,
    due_month: e.dueMonth,
    due_day: e.dueDay,
    due_month_offset: e.dueMonthOffset,
    due_text: e.dueText,
    due_inclusive: fromBool(e.dueInclusive),
    window_rule: e.windowRule,
    window_text: e.windowText,
    upward: fromBool(e.upward),
    recipient_agency_id: e.recipientAgencyId,
    recipient_text: e.recipientText,
  };
}

async function names(trx: Tx, ids: number[]): Promise<string> {
  if (ids.length === 0) return '';
  const rows = await trx.selectFrom('agencies').select(['id', 'short_name']).where('id', 'in', ids).execute();
  return ids.map((id) => rows.find((r) => r.id === id)?.short_name ?? `#${id}`).join('; ');
}

/** The duty's periods as they stand, with who owes each and who has reported. */
async function existingPeriods(trx: Tx, dutyId: number): Promise<ExistingPeriod[]> {
  const duty = await trx.selectFrom('reporting_duties').selectAll().where('id', '=', dutyId).executeTakeFirstOrThrow();
  const periods = await trx.selectFrom('reporting_periods').selectAll().where('duty_id', '=', dutyId).execute();
  const expected = await trx
    .selectFrom('expected_reports')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'expected_reports.period_id')
    .innerJoin('agencies', 'agencies.id', 'expected_reports.agency_id')
    .leftJoin('received_reports', 'received_reports.expected_report_id', 'expected_reports.id')
    .select(['expected_reports.id', 'expected_reports.period_id', 'expected_reports.agency_id', 'agencies.short_name', 'received_reports.id as received_id'])
    .where('reporting_periods.duty_id', '=', dutyId)
    .execute();
  return periods.map((p) => ({
    id: p.id,
    periodType: p.period_type as PeriodType,
    year: p.year,
    index: p.period_index,
    label: p.label,
    dueDate: p.due_date,
    previousDefaultDueDate:
      p.period_type === 'ad_hoc'
        ? null
        : periodDueDate({ periodType: p.period_type as PeriodType, dueMonth: duty.due_month, dueDay: duty.due_day, dueMonthOffset: duty.due_month_offset }, p.year, p.period_index),
    expected: expected
      .filter((e) => e.period_id === p.id)
      .map((e) => ({ id: e.id, agencyId: e.agency_id, agencyName: e.short_name, received: e.received_id !== null })),
  }));
}

/** Applies a duty's change to its periods, or throws the refusal (the caller's transaction rolls back). */
async function syncPeriods(trx: Tx, dutyId: number, year: number, edit: DutyEdit | null, actor: string): Promise<void> {
  const existing = await existingPeriods(trx, dutyId);
  const adHoc = edit?.periodType === 'ad_hoc';
  // Ad-hoc requests are the clerk's own periods: a change of the ad-hoc duty leaves them alone.
  if (adHoc) return;
  const wanted = edit && !edit.upward ? periodsOfDuty(edit, year) : [];
  const change = planDutyChange(existing, wanted, edit && !edit.upward ? edit.obliged : [], edit ? 'change' : 'delete');
  if (change.refusal) throw new AppError('CONFLICT', change.refusal, 'dutyId');
  for (const u of change.updatePeriods) {
    await trx
      .updateTable('reporting_periods')
      .set({ label: u.label, window_from: u.windowFrom, window_to: u.windowTo, due_date: u.dueDate, due_text: u.dueText, due_inclusive: fromBool(u.dueInclusive) })
      .where('id', '=', u.id)
      .execute();
  }
  if (change.deleteExpected.length) await trx.deleteFrom('expected_reports').where('id', 'in', change.deleteExpected).execute();
  for (const id of change.deletePeriods) {
    const p = existing.find((e) => e.id === id)!;
    await trx.deleteFrom('reporting_periods').where('id', '=', id).execute();
    await recordEvent(trx, actor, 'reporting_period', id, 'delete', `Kỳ báo cáo ${p.label} (nghĩa vụ báo cáo đã thay đổi)`);
  }
}

async function planYear(db: AppDb | Tx, planId: number): Promise<number> {
  return (await db.selectFrom('plans').select('year').where('id', '=', planId).executeTakeFirstOrThrow()).year;
}

export async function createDuty(db: AppDb, planId: number, edit: DutyEdit): Promise<number> {
  const id = await db.transaction().execute(async (trx) => {
    const actor = await currentActor(trx);
    const { max } = await trx
      .selectFrom('reporting_duties')
      .select((eb) => eb.fn.max<number>('sort_order').as('max'))
      .where('plan_id', '=', planId)
      .executeTakeFirstOrThrow();
    const { id } = await trx
      .insertInto('reporting_duties')
      .values({ plan_id: planId, ...columns(edit), sort_order: (max ?? -1) + 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const agencyId of new Set(edit.obliged)) {
      await trx.insertInto('reporting_duty_agencies').values({ duty_id: id, agency_id: agencyId }).execute();
    }
    await recordEvent(trx, actor, 'reporting_duty', id, 'create', `${edit.title}, hạn ${edit.dueText}; ${await names(trx, edit.obliged)}`);
    return id;
  });
  await ensurePlanPeriods(db, planId);
  return id;
}

export async function updateDuty(db: AppDb, dutyId: number, edit: DutyEdit): Promise<void> {
  const planId = await db.transaction().execute(async (trx) => {
    const actor = await currentActor(trx);
    const row = await trx.selectFrom('reporting_duties').selectAll().where('id', '=', dutyId).executeTakeFirstOrThrow();
    const before: Record<string, unknown> = {};
    const after = columns(edit);
    for (const k of Object.keys(after)) before[k] = row[k as keyof typeof row];
    const oldObliged = (await trx.selectFrom('reporting_duty_agencies').select('agency_id').where('duty_id', '=', dutyId).execute()).map(
      (r) => r.agency_id,
    );
    await syncPeriods(trx, dutyId, await planYear(trx, row.plan_id), edit, actor);
    await trx.updateTable('reporting_duties').set(after).where('id', '=', dutyId).execute();
    await trx.deleteFrom('reporting_duty_agencies').where('duty_id', '=', dutyId).execute();
    for (const agencyId of new Set(edit.obliged)) {
      await trx.insertInto('reporting_duty_agencies').values({ duty_id: dutyId, agency_id: agencyId }).execute();
    }
    await recordChanges(
      trx,
      actor,
      'reporting_duty',
      dutyId,
      { ...before, obliged: await names(trx, oldObliged) },
      { ...after, obliged: await names(trx, [...new Set(edit.obliged)]) },
    );
    return row.plan_id;
  });
  await ensurePlanPeriods(db, planId);
}

/** Deletes a duty and its periods (none may hold a received report); the history keeps its content. */
export async function deleteDuty(db: AppDb, dutyId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const actor = await currentActor(trx);
    const row = await trx.selectFrom('reporting_duties').selectAll().where('id', '=', dutyId).executeTakeFirstOrThrow();
    const obliged = (await trx.selectFrom('reporting_duty_agencies').select('agency_id').where('duty_id', '=', dutyId).execute()).map(
      (r) => r.agency_id,
    );
    if (row.period_type === 'ad_hoc') {
      // Ad-hoc requests stay, without their duty.
      await trx.updateTable('reporting_periods').set({ duty_id: null }).where('duty_id', '=', dutyId).execute();
    } else {
      // Every period of the duty goes, under the same rule (refused while one holds a received report).
      await syncPeriods(trx, dutyId, await planYear(trx, row.plan_id), null, actor);
    }
    await trx.deleteFrom('reporting_duty_agencies').where('duty_id', '=', dutyId).execute();
    await trx.deleteFrom('reporting_duties').where('id', '=', dutyId).execute();
    await recordEvent(trx, actor, 'reporting_duty', dutyId, 'delete', JSON.stringify({ ...row, obliged: await names(trx, obliged) }));
  });
}

export async function getDuty(db: AppDb, dutyId: number) {
  return db.selectFrom('reporting_duties').selectAll().where('id', '=', dutyId).executeTakeFirst();
}

export { dutyTiming };
