// Writing tasks: their fields, who leads and supports them, progress notes, new tasks and groups.
// Called by the handlers inside one transaction together with the audit entries.
import { cachedQuery } from './cached-query';
import type { AppDb } from '../connection';
import type { AgencyKind } from '../../shared/domain/types';
import type { TaskDraft } from '../../shared/domain/task-rules';
import type { TaskProgressEntry } from '../../shared/api/board-models';
import type { TaskGroupRow } from '../../shared/api/models';
import { toBool } from '../sql-values';
import { nfc } from '../../shared/text/vietnamese';

const nfcOrNull = (v: string | null) => (v === null ? null : nfc(v));

/** Stored columns of a task from a (normalised) draft. */
function taskColumns(d: TaskDraft) {
  return {
    group_id: d.groupId,
    content: nfc(d.content),
    deadline_kind: d.deadlineKind,
    deadline: d.deadline,
    period_type: d.periodType,
    deadline_text: nfcOrNull(d.deadlineText),
    expected_output: nfcOrNull(d.expectedOutput),
    completion_date: d.completionDate,
    note: nfcOrNull(d.note),
  };
}

export async function updateTaskFields(db: AppDb, taskId: number, d: TaskDraft, actor: string): Promise<void> {
  await db
    .updateTable('tasks')
    .set({ ...taskColumns(d), updated_at: new Date().toISOString(), updated_by: actor })
    .where('id', '=', taskId)
    .execute();
}

/**
 * The task's version: the time of its last change (updated_at). An edit carries the version it was
 * made from, and is refused when the task has changed since (another window saved first).
 */
const versionOfTask = cachedQuery((db: AppDb, taskId: number) => db.selectFrom('tasks').select('updated_at').where('id', '=', taskId));

export async function taskVersion(db: AppDb, taskId: number): Promise<string | null> {
  const row = (await versionOfTask(db, taskId)).rows[0];
  return row ? row.updated_at : null;
}

/** Replaces who leads and who supports a task, keeping the order given. */
export async function replaceTaskAgencies(db: AppDb, taskId: number, leadIds: number[], supportIds: number[]): Promise<void> {
  await db.deleteFrom('task_agencies').where('task_id', '=', taskId).execute();
  const rows = [
    ...leadIds.map((agency_id) => ({ task_id: taskId, agency_id, role: 'lead' })),
    ...supportIds.map((agency_id) => ({ task_id: taskId, agency_id, role: 'support' })),
  ].map((r, i) => ({ ...r, sort_order: i }));
  if (rows.length > 0) await db.insertInto('task_agencies').values(rows).execute();
}

export async function insertTask(db: AppDb, planId: number, code: string, d: TaskDraft, actor: string): Promise<number> {
  const last = await db
    .selectFrom('tasks')
    .select((eb) => eb.fn.max('sort_order').as('m'))
    .where('plan_id', '=', planId)
    .where('group_id', '=', d.groupId)
    .executeTakeFirst();
  const lastOverall = await db
    .selectFrom('tasks')
    .select((eb) => eb.fn.max('sort_order').as('m'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  // Right after the group's last task (equal sort order, larger id), or at the end of the plan.
  const sortOrder = last?.m != null ? Number(last.m) : Number(lastOverall?.m ?? -1) + 1;
  const { id } = await db
    .insertInto('tasks')
    .values({ plan_id: planId, code: nfc(code.trim()), sort_order: sortOrder, ...taskColumns(d), updated_by: actor })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function taskCodeExists(db: AppDb, planId: number, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('tasks')
    .select('id')
    .where('plan_id', '=', planId)
    .where('code', '=', nfc(code.trim()))
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertTaskGroup(db: AppDb, planId: number, code: string, title: string): Promise<TaskGroupRow> {
  const last = await db
    .selectFrom('task_groups')
    .select((eb) => eb.fn.max('sort_order').as('m'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  const values = { plan_id: planId, code: nfc(code.trim()), title: nfc(title.trim()), sort_order: Number(last?.m ?? -1) + 1 };
  const { id } = await db.insertInto('task_groups').values(values).returning('id').executeTakeFirstOrThrow();
  return { id, code: values.code, title: values.title };
}

export async function taskGroupCodeExists(db: AppDb, planId: number, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('task_groups')
    .select('id')
    .where('plan_id', '=', planId)
    .where('code', '=', nfc(code.trim()))
    .executeTakeFirst();
  return row !== undefined;
}

const insertProgressRow = cachedQuery(
  (db: AppDb, taskId: number, date: string, text: string, reportedByAgencyId: number | null, actor: string) =>
    db
      .insertInto('task_progress')
      .values({ task_id: taskId, date, text, reported_by_agency_id: reportedByAgencyId, created_by: actor })
      .returning('id'),
);

export async function insertProgress(
  db: AppDb,
  taskId: number,
  p: { date: string; text: string; reportedByAgencyId: number | null },
  actor: string,
): Promise<number> {
  const row = (await insertProgressRow(db, taskId, p.date, nfc(p.text.trim()), p.reportedByAgencyId, actor)).rows[0];
  if (!row) throw new Error('Không ghi được cập nhật tiến độ');
  return row.id;
}

/** Progress notes of a task, newest first. */
const progressOfTask = cachedQuery((db: AppDb, taskId: number) =>
  db
    .selectFrom('task_progress')
    .leftJoin('agencies', 'agencies.id', 'task_progress.reported_by_agency_id')
    .selectAll('task_progress')
    .select(['agencies.short_name', 'agencies.kind'])
    .where('task_progress.task_id', '=', taskId)
    .orderBy('task_progress.date', 'desc')
    .orderBy('task_progress.id', 'desc'),
);

export async function listProgress(db: AppDb, taskId: number): Promise<TaskProgressEntry[]> {
  const { rows } = await progressOfTask(db, taskId);
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    text: r.text,
    reportedBy:
      r.reported_by_agency_id !== null && r.short_name !== null
        ? { id: r.reported_by_agency_id, shortName: r.short_name, kind: r.kind as AgencyKind }
        : null,
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}

/** The agencies of a plan with what the task rules need to know (name, still active). */
const agencyFactsOf = cachedQuery((db: AppDb, planId: number) =>
  db
    .selectFrom('plan_agencies')
    .innerJoin('agencies', 'agencies.id', 'plan_agencies.agency_id')
    .select(['agencies.id', 'agencies.short_name', 'agencies.active'])
    .where('plan_agencies.plan_id', '=', planId),
);

export async function planAgencyFacts(db: AppDb, planId: number) {
  const { rows } = await agencyFactsOf(db, planId);
  return new Map(rows.map((r) => [r.id, { id: r.id, shortName: r.short_name, active: toBool(r.active) }]));
}

export async function planGroupIds(db: AppDb, planId: number): Promise<Set<number>> {
  const rows = await db.selectFrom('task_groups').select('id').where('plan_id', '=', planId).execute();
  return new Set(rows.map((r) => r.id));
}
