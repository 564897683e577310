import { cachedQuery } from './cached-query';
import type { AppDb } from '../connection';
import type { AgencyRow } from '../../shared/api/models';
import type { AgencyKind } from '../../shared/domain/types';
import type { AgencyUsage } from '../../shared/api/board-models';
import { fromBool, toBool } from '../sql-values';
import { nfc } from '../../shared/text/vietnamese';
import { agencyNameKey, type AgencyLevel } from '../../shared/domain/plan-setup';

const planAgencyColumns = (db: AppDb) =>
  db
    .selectFrom('plan_agencies')
    .innerJoin('agencies', 'agencies.id', 'plan_agencies.agency_id')
    .leftJoin('localities', 'localities.id', 'agencies.locality_id')
    .selectAll('agencies')
    .select(['plan_agencies.reports', 'plan_agencies.sort_order', 'localities.name as locality_name']);
// A link carries its task's plan (migration 0014): the counts are read from the index
// task_agencies_plan_agency alone, however many years of plans the agency has links in.
const planAgencyRoles = (db: AppDb) =>
  db
    .selectFrom('task_agencies')
    .select(['task_agencies.agency_id', 'task_agencies.role'])
    .select((eb) => eb.fn.countAll<number>().as('n'));
const allPlanAgencies = cachedQuery((db: AppDb, planId: number) =>
  planAgencyColumns(db).where('plan_agencies.plan_id', '=', planId).orderBy('plan_agencies.sort_order').orderBy('agencies.id'),
);
const onePlanAgency = cachedQuery((db: AppDb, planId: number, agencyId: number) =>
  planAgencyColumns(db)
    .where('plan_agencies.plan_id', '=', planId)
    .where('agencies.id', '=', agencyId)
    .orderBy('plan_agencies.sort_order')
    .orderBy('agencies.id'),
);
const allPlanRoles = cachedQuery((db: AppDb, planId: number) =>
  planAgencyRoles(db).where('task_agencies.plan_id', '=', planId).groupBy(['task_agencies.agency_id', 'task_agencies.role']),
);
const onePlanRoles = cachedQuery((db: AppDb, planId: number, agencyId: number) =>
  planAgencyRoles(db)
    .where('task_agencies.plan_id', '=', planId)
    .where('task_agencies.agency_id', '=', agencyId)
    .groupBy(['task_agencies.agency_id', 'task_agencies.role']),
);

/** Agencies taking part in a plan, in the plan's own order, with their task counts. */
export async function listPlanAgencies(db: AppDb, planId: number, onlyAgencyId?: number): Promise<AgencyRow[]> {
  const { rows } = onlyAgencyId === undefined ? await allPlanAgencies(db, planId) : await onePlanAgency(db, planId, onlyAgencyId);
  const { rows: roles } = onlyAgencyId === undefined ? await allPlanRoles(db, planId) : await onePlanRoles(db, planId, onlyAgencyId);
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
    level: r.level as AgencyLevel,
    locality: r.locality_name,
    reports: toBool(r.reports),
    leadCount: countOf(r.id, 'lead'),
    supportCount: countOf(r.id, 'support'),
  }));
}

/** One agency as the plan's list shows it; null when it does not take part in the plan. */
export async function getPlanAgency(db: AppDb, planId: number, agencyId: number): Promise<AgencyRow | null> {
  return (await listPlanAgencies(db, planId, agencyId))[0] ?? null;
}

// Everything that refers to an agency, counted in one statement: nine separate reads cost the agency
// page more in their own round trips than in SQLite. Each count is an index search by the agency.
const usageOf = cachedQuery((db: AppDb, agencyId: number) =>
  db.selectNoFrom((eb) => {
    const countIn = <T extends 'plan_agencies' | 'target_agencies' | 'reporting_duty_agencies' | 'expected_reports'>(table: T) =>
      eb
        .selectFrom(table as 'plan_agencies')
        .select((c) => c.fn.countAll<number>().as('n'))
        .where('agency_id', '=', agencyId);
    const tasksAs = (role: 'lead' | 'support') =>
      eb
        .selectFrom('task_agencies')
        .select((c) => c.fn.countAll<number>().as('n'))
        .where('agency_id', '=', agencyId)
        .where('role', '=', role);
    return [
      countIn('plan_agencies').as('plans'),
      tasksAs('lead').as('tasks_led'),
      tasksAs('support').as('tasks_supported'),
      countIn('target_agencies').as('targets'),
      countIn('reporting_duty_agencies').as('duty_members'),
      eb
        .selectFrom('reporting_duties')
        .select((c) => c.fn.countAll<number>().as('n'))
        .where('recipient_agency_id', '=', agencyId)
        .as('duty_recipient'),
      countIn('expected_reports').as('expected'),
      eb
        .selectFrom('received_reports')
        .innerJoin('expected_reports', 'expected_reports.id', 'received_reports.expected_report_id')
        .select((c) => c.fn.countAll<number>().as('n'))
        .where('expected_reports.agency_id', '=', agencyId)
        .as('received'),
      eb
        .selectFrom('task_progress')
        .select((c) => c.fn.countAll<number>().as('n'))
        .where('reported_by_agency_id', '=', agencyId)
        .as('progress'),
      eb
        .selectFrom('plans')
        .select((c) => c.fn.countAll<number>().as('n'))
        .where('standing_agency_id', '=', agencyId)
        .as('standing'),
    ];
  }),
);

/** Everything that refers to an agency, in every plan. */
export async function agencyUsage(db: AppDb, agencyId: number): Promise<AgencyUsage> {
  const u = (await usageOf(db, agencyId)).rows[0]!;
  return {
    plans: Number(u.plans),
    tasksLed: Number(u.tasks_led),
    tasksSupported: Number(u.tasks_supported),
    targets: Number(u.targets),
    reportingDuties: Number(u.duty_members) + Number(u.duty_recipient),
    expectedReports: Number(u.expected),
    receivedReports: Number(u.received),
    progressReports: Number(u.progress),
    standingAgencyOf: Number(u.standing),
  };
}

export interface AgencyValues {
  name: string;
  shortName: string;
  abbreviation: string;
  kind: string;
  contactPerson: string | null;
  phone: string | null;
  email: string | null;
  level: AgencyLevel;
  /** null: national. */
  localityId: number | null;
}

const nfcOrNull = (v: string | null) => (v === null ? null : nfc(v));

function agencyColumns(v: AgencyValues) {
  return {
    name: nfc(v.name),
    short_name: nfc(v.shortName),
    abbreviation: nfc(v.abbreviation),
    kind: v.kind,
    contact_person: nfcOrNull(v.contactPerson),
    phone: v.phone,
    email: v.email,
    level: v.level,
    locality_id: v.localityId,
  };
}

export async function agencyCodeTaken(db: AppDb, code: string): Promise<boolean> {
  return (await db.selectFrom('agencies').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;
}

/**
 * Another agency of the same locality (national bodies among themselves) with this name or short
 * name, ignoring case; an agency of another province may bear the same name.
 */
export async function findAgencyByName(
  db: AppDb,
  name: string,
  localityId: number | null,
  exceptId?: number,
): Promise<{ id: number; short_name: string } | null> {
  let q = db.selectFrom('agencies').select(['id', 'name', 'short_name']);
  q = localityId === null ? q.where('locality_id', 'is', null) : q.where('locality_id', '=', localityId);
  const rows = await q.execute();
  const wanted = agencyNameKey(name);
  return rows.find((r) => r.id !== exceptId && (agencyNameKey(r.name) === wanted || agencyNameKey(r.short_name) === wanted)) ?? null;
}

/** The locality an agency belongs to (null: national); undefined when there is no such agency. */
export async function agencyLocalityId(db: AppDb, agencyId: number): Promise<number | null | undefined> {
  const r = await db.selectFrom('agencies').select('locality_id').where('id', '=', agencyId).executeTakeFirst();
  return r ? r.locality_id : undefined;
}

/** Agencies a plan may take in: active ones of its locality and national ones, not yet in the plan. */
export async function listAvailableAgencies(db: AppDb, planId: number, localityId: number | null) {
  const inPlan = db.selectFrom('plan_agencies').select('agency_id').where('plan_id', '=', planId);
  let q = db
    .selectFrom('agencies')
    .select(['id', 'name', 'short_name', 'level'])
    .where('active', '=', 1)
    .where('id', 'not in', inPlan);
  q = localityId === null ? q.where('locality_id', 'is', null) : q.where((eb) => eb.or([eb('locality_id', '=', localityId), eb('locality_id', 'is', null)]));
  const rows = await q.orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, shortName: r.short_name, level: r.level as AgencyLevel }));
}

export async function insertAgency(db: AppDb, code: string, v: AgencyValues, actor: string): Promise<number> {
  const { id } = await db
    .insertInto('agencies')
    .values({ code, ...agencyColumns(v), updated_by: actor })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateAgency(db: AppDb, agencyId: number, v: AgencyValues, actor: string): Promise<void> {
  await db
    .updateTable('agencies')
    .set({ ...agencyColumns(v), updated_at: new Date().toISOString(), updated_by: actor })
    .where('id', '=', agencyId)
    .execute();
}

export async function setAgencyActive(db: AppDb, agencyId: number, active: boolean, actor: string): Promise<void> {
  await db
    .updateTable('agencies')
    .set({ active: fromBool(active), updated_at: new Date().toISOString(), updated_by: actor })
    .where('id', '=', agencyId)
    .execute();
}

/** Adds an agency to a plan's list, at its end. */
export async function addAgencyToPlan(db: AppDb, planId: number, agencyId: number, reports: boolean): Promise<void> {
  const last = await db
    .selectFrom('plan_agencies')
    .select((eb) => eb.fn.max('sort_order').as('m'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  await db
    .insertInto('plan_agencies')
    .values({ plan_id: planId, agency_id: agencyId, reports: fromBool(reports), sort_order: Number(last?.m ?? -1) + 1 })
    .execute();
}

export async function setPlanAgencyReports(db: AppDb, planId: number, agencyId: number, reports: boolean): Promise<void> {
  await db
    .updateTable('plan_agencies')
    .set({ reports: fromBool(reports) })
    .where('plan_id', '=', planId)
    .where('agency_id', '=', agencyId)
    .execute();
}

/** Removes an agency that nothing refers to (check agencyUsage first). */
export async function deleteAgency(db: AppDb, agencyId: number): Promise<void> {
  await db.deleteFrom('plan_agencies').where('agency_id', '=', agencyId).execute();
  await db.deleteFrom('agencies').where('id', '=', agencyId).execute();
}

const agencyName = cachedQuery((db: AppDb, agencyId: number) => db.selectFrom('agencies').select(['short_name', 'code']).where('id', '=', agencyId));

export async function getAgencyName(db: AppDb, agencyId: number): Promise<{ shortName: string; code: string } | null> {
  const r = (await agencyName(db, agencyId)).rows[0];
  return r ? { shortName: r.short_name, code: r.code } : null;
}
