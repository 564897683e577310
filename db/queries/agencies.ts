import type { AppDb } from '../connection';
import type { AgencyRow } from '../../shared/api/models';
import type { AgencyKind } from '../../shared/domain/types';
import { toBool } from '../sql-values';

/** Agencies taking part in a plan, in the plan's own order, with their task counts. */
export async function listPlanAgencies(db: AppDb, planId: number): Promise<AgencyRow[]> {
  const rows = await db
    .selectFrom('plan_agencies')
    .innerJoin('agencies', 'agencies.id', 'plan_agencies.agency_id')
    .selectAll('agencies')
    .select(['plan_agencies.reports', 'plan_agencies.sort_order'])
    .where('plan_agencies.plan_id', '=', planId)
    .orderBy('plan_agencies.sort_order')
    .execute();
  const roles = await db
    .selectFrom('task_agencies')
    .innerJoin('tasks', 'tasks.id', 'task_agencies.task_id')
    .select(['task_agencies.agency_id', 'task_agencies.role'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tasks.plan_id', '=', planId)
    .groupBy(['task_agencies.agency_id', 'task_agencies.role'])
    .execute();
  const countOf = (agencyId: number, role: string) =>
    Number(roles.find((r) => r.agency_id === agencyId && r.role === role)?.n ?? 0);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    abbreviation: r.abbreviation,
    kind: r.kind as AgencyKind,
    adminUnitCode: r.admin_unit_code,
    active: toBool(r.active),
    contactPerson: r.contact_person,
    phone: r.phone,
    email: r.email,
    reports: toBool(r.reports),
    leadCount: countOf(r.id, 'lead'),
    supportCount: countOf(r.id, 'support'),
  }));
}
