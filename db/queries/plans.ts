import { cachedQuery } from './cached-query';
import type { AppDb } from '../connection';
import type { PlanDetail, PlanSummary } from '../../shared/api/models';

export async function listPlans(db: AppDb): Promise<PlanSummary[]> {
  const rows = await db
    .selectFrom('plans')
    .select(['id', 'key', 'title', 'year', 'symbol', 'number', 'issued_date', 'issuer'])
    .orderBy('year', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toPlanSummary);
}

type SummaryColumns = { id: number; key: string | null; title: string; year: number; symbol: string; number: string | null; issued_date: string | null; issuer: string };

function toPlanSummary(r: SummaryColumns): PlanSummary {
  return { id: r.id, key: r.key, title: r.title, year: r.year, symbol: r.symbol, number: r.number, issuedDate: r.issued_date, issuer: r.issuer };
}

const planById = cachedQuery((db: AppDb, planId: number) =>
  db
    .selectFrom('plans')
    .leftJoin('agencies', 'agencies.id', 'plans.standing_agency_id')
    .leftJoin('localities', 'localities.id', 'plans.locality_id')
    .selectAll('plans')
    .select(['agencies.id as standing_id', 'agencies.short_name as standing_name', 'localities.name as locality_name'])
    .where('plans.id', '=', planId),
);

const planYearById = cachedQuery((db: AppDb, planId: number) => db.selectFrom('plans').select('year').where('id', '=', planId));

/** A plan's year alone (a task's status needs no more); null when there is no such plan. */
export async function getPlanYear(db: AppDb, planId: number): Promise<number | null> {
  return (await planYearById(db, planId)).rows[0]?.year ?? null;
}

export async function getPlan(db: AppDb, planId: number): Promise<PlanDetail | null> {
  const r = (await planById(db, planId)).rows[0];
  if (!r) return null;
  return {
    ...toPlanSummary(r),
    issuedDateText: r.issued_date_text,
    parentProgramme: r.parent_programme,
    placeName: r.place_name,
    standingAgency: r.standing_id != null && r.standing_name != null ? { id: r.standing_id, name: r.standing_name } : null,
    signerAuthority: r.signer_authority,
    signerPosition: r.signer_position,
    signerName: r.signer_name,
    recipients: lines(r.recipients),
    locality: r.locality_id != null && r.locality_name != null ? { id: r.locality_id, name: r.locality_name } : null,
    parentBodyLine: r.parent_body_line,
    issuingBodyLines: lines(r.issuing_body_lines),
    legalBases: lines(r.legal_bases),
    yearFrom: r.year_from,
    yearTo: r.year_to,
  };
}

/** A list kept one item a line. */
function lines(text: string): string[] {
  return text ? text.split('\n') : [];
}

export async function countPlanContents(db: AppDb, planId: number) {
  const count = async (table: 'task_groups' | 'tasks' | 'targets' | 'reporting_duties') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('plan_id', '=', planId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const agencies = await db
    .selectFrom('plan_agencies')
    .innerJoin('agencies', 'agencies.id', 'plan_agencies.agency_id')
    .select(['plan_agencies.reports', 'agencies.kind'])
    .where('plan_agencies.plan_id', '=', planId)
    .execute();
  return {
    agencies: agencies.length,
    reportingAgencies: agencies.filter((a) => a.reports === 1).length,
    districts: agencies.filter((a) => a.kind === 'district_pc').length,
    taskGroups: await count('task_groups'),
    tasks: await count('tasks'),
    targets: await count('targets'),
    reportingDuties: await count('reporting_duties'),
  };
}
