// Plan setup: writing the plan's details and its issue, the facts of its setup checklist, and
// deleting tasks, ad-hoc requests and urging records with a history entry that keeps their content.
// Called by electron/backend/handlers/plan-setup.ts inside one transaction.
import type { AppDb } from '../connection';
import type { DeletedRecord } from '../../shared/api/plan-setup-models';
import { nfc } from '../../shared/text/vietnamese';

export interface PlanDetailColumns {
  title?: string;
  issuer?: string;
  parent_body_line?: string;
  issuing_body_lines?: string;
  symbol?: string;
  place_name?: string;
  parent_programme?: string;
  legal_bases?: string;
  year_from?: number | null;
  year_to?: number | null;
  standing_agency_id?: number | null;
  locality_id?: number | null;
  signer_authority?: string;
  signer_position?: string;
  signer_name?: string;
  recipients?: string;
  number?: string | null;
  issued_date?: string | null;
  issued_date_text?: string;
}

export async function updatePlanColumns(db: AppDb, planId: number, c: PlanDetailColumns, actor: string): Promise<void> {
  const values = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, typeof v === 'string' ? nfc(v) : v]));
  await db
    .updateTable('plans')
    .set({ ...values, updated_at: new Date().toISOString(), updated_by: actor })
    .where('id', '=', planId)
    .execute();
}

export async function isPlanAgency(db: AppDb, planId: number, agencyId: number): Promise<boolean> {
  const r = await db
    .selectFrom('plan_agencies')
    .select('agency_id')
    .where('plan_id', '=', planId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return r !== undefined;
}

/** How many of the plan's agencies belong to the locality (the plan's province cannot change then). */
export async function countPlanAgenciesIn(db: AppDb, planId: number, localityId: number): Promise<number> {
  const { n } = await db
    .selectFrom('plan_agencies')
    .innerJoin('agencies', 'agencies.id', 'plan_agencies.agency_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('plan_agencies.plan_id', '=', planId)
    .where('agencies.locality_id', '=', localityId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

export async function hasDocumentSettings(db: AppDb, planId: number): Promise<boolean> {
  const r = await db.selectFrom('document_settings').select('plan_id').where('plan_id', '=', planId).executeTakeFirst();
  return r !== undefined;
}

/** A deletion in the history, with the plan it belonged to and its content (label/value pairs, JSON). */
export async function recordDeletion(
  db: AppDb,
  actor: string,
  planId: number,
  entity: string,
  entityId: number,
  summary: string,
  content: { label: string; value: string }[],
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor,
      entity,
      entity_id: entityId,
      action: 'delete',
      field: null,
      old_value: JSON.stringify(content),
      new_value: summary,
      plan_id: planId,
    })
    .execute();
}

const ENTITY_LABELS: Record<string, string> = {
  task: 'Nhiệm vụ',
  ad_hoc_request: 'Yêu cầu báo cáo đột xuất',
  urging: 'Lần đôn đốc',
};

/** What was deleted from a plan, newest first. */
export async function listDeleted(db: AppDb, planId: number): Promise<DeletedRecord[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('action', '=', 'delete')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => {
    let content: { label: string; value: string }[] = [];
    try {
      const parsed: unknown = JSON.parse(r.old_value ?? '[]');
      if (Array.isArray(parsed)) content = parsed as { label: string; value: string }[];
    } catch {
      content = [];
    }
    return {
      auditId: r.id,
      entity: r.entity,
      entityLabel: ENTITY_LABELS[r.entity] ?? r.entity,
      entityId: r.entity_id,
      at: r.at,
      actor: r.actor,
      summary: r.new_value ?? '',
      content,
    };
  });
}

export async function countTaskProgress(db: AppDb, taskId: number): Promise<number> {
  const r = await db
    .selectFrom('task_progress')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('task_id', '=', taskId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Removes a task with its progress notes and its lead/support links. */
export async function deleteTaskRow(db: AppDb, taskId: number): Promise<void> {
  await db.deleteFrom('task_progress').where('task_id', '=', taskId).execute();
  await db.deleteFrom('task_agencies').where('task_id', '=', taskId).execute();
  await db.deleteFrom('tasks').where('id', '=', taskId).execute();
}

export async function countReceivedInPeriod(db: AppDb, periodId: number): Promise<number> {
  const r = await db
    .selectFrom('received_reports')
    .innerJoin('expected_reports', 'expected_reports.id', 'received_reports.expected_report_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('expected_reports.period_id', '=', periodId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function periodAgencyNames(db: AppDb, periodId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('expected_reports')
    .innerJoin('agencies', 'agencies.id', 'expected_reports.agency_id')
    .select('agencies.short_name')
    .where('expected_reports.period_id', '=', periodId)
    .orderBy('expected_reports.id')
    .execute();
  return rows.map((r) => r.short_name);
}

/** Removes an ad-hoc period with its expected reports, urgings and texts (none received: checked first). */
export async function deletePeriodRow(db: AppDb, periodId: number): Promise<void> {
  await db.deleteFrom('urgings').where('period_id', '=', periodId).execute();
  await db.deleteFrom('expected_reports').where('period_id', '=', periodId).execute();
  await db.deleteFrom('reporting_periods').where('id', '=', periodId).execute();
}

export async function getUrgingPlan(db: AppDb, urgingId: number): Promise<{ planId: number; periodId: number; periodLabel: string } | null> {
  const r = await db
    .selectFrom('urgings')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'urgings.period_id')
    .select(['reporting_periods.plan_id', 'reporting_periods.id', 'reporting_periods.label'])
    .where('urgings.id', '=', urgingId)
    .executeTakeFirst();
  return r ? { planId: r.plan_id, periodId: r.id, periodLabel: r.label } : null;
}

export async function deleteUrgingRow(db: AppDb, urgingId: number): Promise<void> {
  await db.deleteFrom('urging_agencies').where('urging_id', '=', urgingId).execute();
  await db.deleteFrom('urgings').where('id', '=', urgingId).execute();
}
