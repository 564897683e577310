// The statistics catalogue: built-in rows kept in step with db/builtin/statistics-catalogue.ts.
import type { AppDb } from '../connection';
import type { StatisticKind } from '../../shared/domain/statistics';
import type { StatisticRow } from '../../shared/api/models';
import { toBool } from '../sql-values';
import { currentActor, recordChanges, recordEvent } from './audit';
import { STATISTICS_CATALOGUE } from '../builtin/statistics-catalogue';

const synced = new WeakSet<object>();

/**
 * Adds the built-in statistics a database does not have yet, and refreshes their wording. Runs once
 * per open database; never removes a statistic (figures may refer to it).
 */
export async function ensureStatisticsCatalogue(db: AppDb): Promise<void> {
  if (synced.has(db)) return;
  await db.transaction().execute(async (trx) => {
    const existing = new Map(
      (await trx.selectFrom('statistics').select(['code', 'label', 'unit', 'kind', 'group_title', 'part_of', 'sort_order']).execute()).map(
        (r) => [r.code, r],
      ),
    );
    for (const [i, s] of STATISTICS_CATALOGUE.entries()) {
      const row = { label: s.label, unit: s.unit, kind: s.kind, group_title: s.group, part_of: s.partOf, sort_order: i, builtin: 1 };
      const old = existing.get(s.code);
      if (!old) {
        await trx.insertInto('statistics').values({ code: s.code, ...row }).execute();
      } else if (
        old.label !== row.label ||
        old.unit !== row.unit ||
        old.kind !== row.kind ||
        old.group_title !== row.group_title ||
        old.part_of !== row.part_of ||
        old.sort_order !== row.sort_order
      ) {
        await trx.updateTable('statistics').set(row).where('code', '=', s.code).execute();
      }
    }
  });
  synced.add(db);
}

/**
 * The statistics a plan can use: the built-in catalogue, the plan's own, and any other the plan
 * already refers to (a plan copied from last year keeps using last year's own statistics).
 * Without a plan: the built-in catalogue only.
 */
export async function listStatistics(db: AppDb, planId: number | null): Promise<StatisticRow[]> {
  await ensureStatisticsCatalogue(db);
  let q = db.selectFrom('statistics').selectAll();
  if (planId === null) q = q.where('builtin', '=', 1);
  else {
    q = q.where((eb) =>
      eb.or([
        eb('builtin', '=', 1),
        eb('plan_id', '=', planId),
        eb('code', 'in', eb.selectFrom('targets').select('statistic_code').where('plan_id', '=', planId).where('statistic_code', 'is not', null).$castTo<string>()),
        eb('code', 'in', eb.selectFrom('targets').select('denominator_statistic_code').where('plan_id', '=', planId).where('denominator_statistic_code', 'is not', null).$castTo<string>()),
        eb('code', 'in', eb.selectFrom('statistic_requests').select('statistic_code').where('plan_id', '=', planId)),
      ]),
    );
  }
  const rows = await q.orderBy('builtin', 'desc').orderBy('sort_order').orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    label: r.label,
    unit: r.unit,
    kind: r.kind as StatisticKind,
    group: r.group_title,
    partOf: r.part_of,
    builtin: toBool(r.builtin),
    planId: r.plan_id,
  }));
}

export async function getStatistic(db: AppDb, code: string) {
  return db.selectFrom('statistics').selectAll().where('code', '=', code).executeTakeFirst();
}

export interface StatisticEdit {
  label: string;
  unit: string;
  kind: StatisticKind;
  group: string;
  partOf: string | null;
}

/** A plan's own statistic, added by the clerk and recorded in the history. */
export async function createStatistic(db: AppDb, planId: number, code: string, edit: StatisticEdit): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { max } = await trx
      .selectFrom('statistics')
      .select((eb) => eb.fn.max<number>('sort_order').as('max'))
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('statistics')
      .values({
        code,
        label: edit.label,
        unit: edit.unit,
        kind: edit.kind,
        group_title: edit.group,
        part_of: edit.partOf,
        sort_order: (max ?? 0) + 1,
        builtin: 0,
        plan_id: planId,
      })
      .execute();
    const actor = await currentActor(trx);
    // Statistics are keyed by code: the history names the plan and the code.
    await recordEvent(trx, actor, 'plan', planId, 'create', `Chỉ số ${code}. ${edit.label} (${edit.unit})`);
  });
}

export async function updateStatistic(db: AppDb, code: string, planId: number, edit: StatisticEdit): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('statistics')
      .select(['label', 'unit', 'kind', 'group_title', 'part_of'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    const after = { label: edit.label, unit: edit.unit, kind: edit.kind, group_title: edit.group, part_of: edit.partOf };
    await trx.updateTable('statistics').set(after).where('code', '=', code).execute();
    const prefix = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [`statistic_${code}_${k}`, v]));
    await recordChanges(trx, await currentActor(trx), 'plan', planId, prefix(before), prefix(after));
  });
}

/** Which statistics the plan asks of each agency (as stored; "trong đó" parts are added by the caller). */
export async function listStatisticRequests(db: AppDb, planId: number): Promise<Map<number, string[]>> {
  const rows = await db
    .selectFrom('statistic_requests')
    .select(['agency_id', 'statistic_code'])
    .where('plan_id', '=', planId)
    .orderBy('statistic_code')
    .execute();
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.agency_id, [...(out.get(r.agency_id) ?? []), r.statistic_code]);
  return out;
}

/** Replaces the statistics asked of one agency in one plan; the change is recorded in the history. */
export async function setStatisticRequests(db: AppDb, planId: number, agencyId: number, codes: string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = (
      await trx
        .selectFrom('statistic_requests')
        .select('statistic_code')
        .where('plan_id', '=', planId)
        .where('agency_id', '=', agencyId)
        .orderBy('statistic_code')
        .execute()
    ).map((r) => r.statistic_code);
    const after = [...new Set(codes)].sort();
    await trx.deleteFrom('statistic_requests').where('plan_id', '=', planId).where('agency_id', '=', agencyId).execute();
    for (const code of after) {
      await trx.insertInto('statistic_requests').values({ plan_id: planId, agency_id: agencyId, statistic_code: code }).execute();
    }
    await recordChanges(trx, await currentActor(trx), 'agency', agencyId, { [`statistics_plan_${planId}`]: before.join(', ') }, { [`statistics_plan_${planId}`]: after.join(', ') });
  });
}
