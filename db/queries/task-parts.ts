// Completion of a task per period and per lead agency (shared/domain/task-parts.ts has the rules).
import { cachedQuery } from './cached-query';
import type { AppDb } from '../connection';
import type { CompletionRecord } from '../../shared/domain/task-parts';
import { currentActor, recordChanges } from './audit';

export async function listCompletions(db: AppDb, taskIds: number[]): Promise<Map<number, CompletionRecord[]>> {
  const out = new Map<number, CompletionRecord[]>();
  if (taskIds.length === 0) return out;
  const rows = await db
    .selectFrom('task_completions')
    .select(['task_id', 'period_key', 'agency_id', 'completion_date'])
    .where('task_id', 'in', taskIds)
    .orderBy('id')
    .execute();
  return groupCompletions(rows);
}

function groupCompletions(
  rows: { task_id: number; period_key: string; agency_id: number | null; completion_date: string }[],
): Map<number, CompletionRecord[]> {
  const out = new Map<number, CompletionRecord[]>();
  for (const r of rows) out.set(r.task_id, [...(out.get(r.task_id) ?? []), { periodKey: r.period_key, agencyId: r.agency_id, date: r.completion_date }]);
  return out;
}

const completionsOfPlan = cachedQuery((db: AppDb, planId: number) =>
  db
    .selectFrom('task_completions')
    .innerJoin('tasks', 'tasks.id', 'task_completions.task_id')
    .select(['task_completions.task_id', 'task_completions.period_key', 'task_completions.agency_id', 'task_completions.completion_date'])
    .where('tasks.plan_id', '=', planId)
    .orderBy('task_completions.id'),
);

/** Plan-wide: every completion record of the plan's tasks. */
export async function listPlanCompletions(db: AppDb, planId: number): Promise<Map<number, CompletionRecord[]>> {
  return groupCompletions((await completionsOfPlan(db, planId)).rows);
}

/**
 * Records (a date) or withdraws (null) one part's completion by one lead agency (or the task's
 * single completion), then sets the task's completion date from its parts, in one transaction;
 * both are written to the history. `wholeDate` computes the task's date from the records after the change.
 */
export async function setPartCompletion(
  db: AppDb,
  taskId: number,
  part: { periodKey: string; agencyId: number | null; label: string },
  date: string | null,
  wholeDate: (records: CompletionRecord[]) => string | null,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const actor = await currentActor(trx);
    let q = trx.selectFrom('task_completions').select(['id', 'completion_date']).where('task_id', '=', taskId).where('period_key', '=', part.periodKey);
    q = part.agencyId === null ? q.where('agency_id', 'is', null) : q.where('agency_id', '=', part.agencyId);
    const existing = await q.executeTakeFirst();
    if (existing) await trx.deleteFrom('task_completions').where('id', '=', existing.id).execute();
    if (date) {
      await trx
        .insertInto('task_completions')
        .values({ task_id: taskId, period_key: part.periodKey, agency_id: part.agencyId, completion_date: date, created_by: actor })
        .execute();
    }
    const records = (
      await trx.selectFrom('task_completions').select(['period_key', 'agency_id', 'completion_date']).where('task_id', '=', taskId).execute()
    ).map((r) => ({ periodKey: r.period_key, agencyId: r.agency_id, date: r.completion_date }));
    const task = await trx.selectFrom('tasks').select('completion_date').where('id', '=', taskId).executeTakeFirstOrThrow();
    const whole = wholeDate(records);
    await trx.updateTable('tasks').set({ completion_date: whole, updated_by: actor, updated_at: new Date().toISOString() }).where('id', '=', taskId).execute();
    await recordChanges(
      trx,
      actor,
      'task',
      taskId,
      { [`Hoàn thành ${part.label}`]: existing?.completion_date ?? null, completion_date: task.completion_date },
      { [`Hoàn thành ${part.label}`]: date, completion_date: whole },
    );
  });
}
