import type { Transaction } from 'kysely';
import type { AppDb } from '../connection';
import type { Database } from '../schema';
import type { AgencyRef, PlanUnitCount, TargetRow } from '../../shared/api/models';
import type { AgencyKind, TargetComparator, TargetKind, UnitLevel } from '../../shared/domain/types';
import { currentActor, recordChanges, recordEvent } from './audit';

export async function listTargets(db: AppDb, planId: number): Promise<TargetRow[]> {
  const rows = await db.selectFrom('targets').selectAll().where('plan_id', '=', planId).orderBy('sort_order').orderBy('id').execute();
  const links = await db
    .selectFrom('target_agencies')
    .innerJoin('targets', 'targets.id', 'target_agencies.target_id')
    .innerJoin('agencies', 'agencies.id', 'target_agencies.agency_id')
    .leftJoin('plan_agencies', (join) =>
      join.onRef('plan_agencies.agency_id', '=', 'agencies.id').onRef('plan_agencies.plan_id', '=', 'targets.plan_id'),
    )
    .select(['target_agencies.target_id', 'agencies.id', 'agencies.short_name', 'agencies.kind'])
    .where('targets.plan_id', '=', planId)
    .orderBy('plan_agencies.sort_order')
    .execute();
  const byTarget = new Map<number, AgencyRef[]>();
  for (const l of links) {
    const list = byTarget.get(l.target_id) ?? [];
    list.push({ id: l.id, shortName: l.short_name, kind: l.kind as AgencyKind });
    byTarget.set(l.target_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    group: r.group_title,
    wording: r.wording,
    kind: r.kind as TargetKind,
    comparator: r.comparator as TargetComparator | null,
    value: r.value,
    unit: r.unit,
    denominator: r.denominator,
    denominatorText: r.denominator_text,
    statistic: r.statistic_code,
    denominatorStatistic: r.denominator_statistic_code,
    denominatorUnits: (r.denominator_units as UnitLevel | null) ?? null,
    note: r.note,
    agencies: byTarget.get(r.id) ?? [],
  }));
}

export interface TargetEdit {
  code: string;
  group: string;
  wording: string;
  kind: TargetKind;
  comparator: TargetComparator | null;
  value: number | null;
  unit: string | null;
  denominator: number | null;
  denominatorText: string | null;
  denominatorUnits: UnitLevel | null;
  statistic: string | null;
  denominatorStatistic: string | null;
  note: string | null;
  agencyIds: number[];
}

export async function getTargetPlanId(db: AppDb, targetId: number): Promise<number | null> {
  const row = await db.selectFrom('targets').select('plan_id').where('id', '=', targetId).executeTakeFirst();
  return row?.plan_id ?? null;
}

export async function targetCodeTaken(db: AppDb, planId: number, code: string, exceptId: number | null): Promise<boolean> {
  let q = db.selectFrom('targets').select('id').where('plan_id', '=', planId).where('code', '=', code);
  if (exceptId !== null) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

function columns(edit: TargetEdit) {
  return {
    code: edit.code,
    group_title: edit.group,
    wording: edit.wording,
    kind: edit.kind,
    comparator: edit.comparator,
    value: edit.value,
    unit: edit.unit,
    denominator: edit.denominator,
    denominator_text: edit.denominatorText,
    denominator_units: edit.denominatorUnits,
    statistic_code: edit.statistic,
    denominator_statistic_code: edit.denominatorStatistic,
    note: edit.note,
  };
}

type Trx = Transaction<Database>;

async function agencyNamesOf(trx: Trx, ids: number[]): Promise<string> {
  if (ids.length === 0) return '';
  const rows = await trx.selectFrom('agencies').select(['id', 'short_name']).where('id', 'in', ids).execute();
  return ids.map((id) => rows.find((r) => r.id === id)?.short_name ?? `#${id}`).join('; ');
}

/**
 * The agencies responsible for a target are asked its statistics: added to the plan's requests
 * (never removed here: the clerk edits the requests per agency).
 */
async function requestTargetStatistics(trx: Trx, planId: number, edit: TargetEdit): Promise<void> {
  if (edit.kind === 'qualitative') return;
  const codes = [edit.statistic, edit.kind === 'percent' ? edit.denominatorStatistic : null].filter((c): c is string => !!c);
  for (const agencyId of edit.agencyIds) {
    for (const code of codes) {
      await trx
        .insertInto('statistic_requests')
        .values({ plan_id: planId, agency_id: agencyId, statistic_code: code })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
}

/** Adds a target with its responsible agencies, in one transaction, recorded in the history. */
export async function createTarget(db: AppDb, planId: number, edit: TargetEdit): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const actor = await currentActor(trx);
    const { max } = await trx
      .selectFrom('targets')
      .select((eb) => eb.fn.max<number>('sort_order').as('max'))
      .where('plan_id', '=', planId)
      .executeTakeFirstOrThrow();
    const { id } = await trx
      .insertInto('targets')
      .values({ plan_id: planId, ...columns(edit), sort_order: (max ?? -1) + 1, updated_by: actor })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const agencyId of new Set(edit.agencyIds)) {
      await trx.insertInto('target_agencies').values({ target_id: id, agency_id: agencyId }).execute();
    }
    await requestTargetStatistics(trx, planId, edit);
    await recordEvent(trx, actor, 'target', id, 'create', `Chỉ tiêu ${edit.code}: ${edit.wording}`);
    return id;
  });
}

/**
 * Saves a target's edited fields and agencies, with one audit entry per changed field, in one
 * transaction; `guard` runs first inside it (the check that the target has not changed since the
 * form opened) and refuses by throwing.
 */
export async function updateTarget(db: AppDb, targetId: number, edit: TargetEdit, guard?: (trx: AppDb) => Promise<void>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (guard) await guard(trx);
    const row = await trx.selectFrom('targets').selectAll().where('id', '=', targetId).executeTakeFirstOrThrow();
    const after = columns(edit);
    const before: Record<string, unknown> = {};
    for (const k of Object.keys(after)) before[k] = row[k as keyof typeof row];
    const oldAgencyIds = (
      await trx.selectFrom('target_agencies').select('agency_id').where('target_id', '=', targetId).execute()
    ).map((a) => a.agency_id);
    const actor = await currentActor(trx);
    await trx
      .updateTable('targets')
      .set({ ...after, updated_by: actor, updated_at: new Date().toISOString() })
      .where('id', '=', targetId)
      .execute();
    const newIds = [...new Set(edit.agencyIds)];
    const sameAgencies = oldAgencyIds.length === newIds.length && oldAgencyIds.every((a) => newIds.includes(a));
    if (!sameAgencies) {
      await trx.deleteFrom('target_agencies').where('target_id', '=', targetId).execute();
      for (const agencyId of newIds) await trx.insertInto('target_agencies').values({ target_id: targetId, agency_id: agencyId }).execute();
    }
    await recordChanges(
      trx,
      actor,
      'target',
      targetId,
      { ...before, agencies: await agencyNamesOf(trx, oldAgencyIds) },
      { ...after, agencies: await agencyNamesOf(trx, newIds) },
    );
    await requestTargetStatistics(trx, row.plan_id, edit);
  });
}

/** The received reports of the target's plan whose figures measure it (its statistics). */
export async function targetFigureUse(db: AppDb, planId: number, codes: string[]): Promise<{ reports: number; codes: string[] }> {
  if (codes.length === 0) return { reports: 0, codes: [] };
  const rows = await db
    .selectFrom('report_figures')
    .innerJoin('received_reports', 'received_reports.id', 'report_figures.received_report_id')
    .innerJoin('expected_reports', 'expected_reports.id', 'received_reports.expected_report_id')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'expected_reports.period_id')
    .select(['received_reports.id', 'report_figures.statistic_code'])
    .where('reporting_periods.plan_id', '=', planId)
    .where('report_figures.statistic_code', 'in', codes)
    .execute();
  return { reports: new Set(rows.map((r) => r.id)).size, codes: [...new Set(rows.map((r) => r.statistic_code))].sort() };
}

/** Deletes a target and its agency links; the history keeps its whole content. */
export async function deleteTarget(db: AppDb, targetId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('targets').selectAll().where('id', '=', targetId).executeTakeFirstOrThrow();
    const agencyIds = (
      await trx.selectFrom('target_agencies').select('agency_id').where('target_id', '=', targetId).execute()
    ).map((a) => a.agency_id);
    const content = { ...row, agencies: await agencyNamesOf(trx, agencyIds) };
    await trx.deleteFrom('target_agencies').where('target_id', '=', targetId).execute();
    await trx.deleteFrom('targets').where('id', '=', targetId).execute();
    const actor = await currentActor(trx);
    await recordEvent(trx, actor, 'target', targetId, 'delete', JSON.stringify(content));
  });
}

export async function listUnitCounts(db: AppDb, planId: number): Promise<PlanUnitCount[]> {
  const rows = await db.selectFrom('plan_unit_counts').select(['level', 'count']).where('plan_id', '=', planId).execute();
  return rows.map((r) => ({ level: r.level as UnitLevel, count: r.count }));
}

export async function setUnitCount(db: AppDb, planId: number, level: UnitLevel, count: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('plan_unit_counts')
      .select('count')
      .where('plan_id', '=', planId)
      .where('level', '=', level)
      .executeTakeFirst();
    await trx
      .insertInto('plan_unit_counts')
      .values({ plan_id: planId, level, count })
      .onConflict((oc) => oc.columns(['plan_id', 'level']).doUpdateSet({ count }))
      .execute();
    await recordChanges(trx, await currentActor(trx), 'plan', planId, { [`unit_count_${level}`]: before?.count ?? null }, { [`unit_count_${level}`]: count });
  });
}
