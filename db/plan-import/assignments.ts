// The database side of importing an assignment table into an existing plan: the agencies its names
// are matched to, and the plan's groups and tasks it is compared with.
import type { AppDb } from '../connection';
import type { KnownAgency } from '../../shared/plan-import/agencies';
import type { AgencyKind } from '../../shared/domain/types';

/** Active agencies of the province (and the national bodies), with their ids and whether the plan has them. */
export async function provinceAgencies(
  db: AppDb,
  planId: number,
  localityId: number | null,
): Promise<(KnownAgency & { id: number; inPlan: boolean })[]> {
  let q = db
    .selectFrom('agencies')
    .leftJoin('plan_agencies', (j) => j.onRef('plan_agencies.agency_id', '=', 'agencies.id').on('plan_agencies.plan_id', '=', planId))
    .select(['agencies.id', 'code', 'name', 'short_name', 'abbreviation', 'kind', 'admin_unit_code', 'plan_agencies.plan_id'])
    .where('active', '=', 1);
  q = localityId === null ? q.where('locality_id', 'is', null) : q.where((eb) => eb.or([eb('locality_id', '=', localityId), eb('locality_id', 'is', null)]));
  const rows = await q.orderBy('agencies.id').execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    abbreviation: r.abbreviation,
    kind: r.kind as AgencyKind,
    ...(r.admin_unit_code ? { adminUnitCode: r.admin_unit_code } : {}),
    inPlan: r.plan_id !== null,
  }));
}

/** The plan's tasks with their group codes, in order. */
export async function planTaskContents(db: AppDb, planId: number): Promise<{ code: string; group: string; content: string }[]> {
  return db
    .selectFrom('tasks')
    .innerJoin('task_groups', 'task_groups.id', 'tasks.group_id')
    .select(['tasks.code', 'task_groups.code as group', 'tasks.content'])
    .where('tasks.plan_id', '=', planId)
    .orderBy('tasks.sort_order')
    .orderBy('tasks.id')
    .execute();
}
