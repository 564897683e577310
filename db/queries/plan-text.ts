// The plan's own text (migration 0007): its ordered blocks, with the wording of the task or target a
// block is; and the links from a task to the duties that carry it out.
import type { AppDb } from '../connection';
import { type PlanTextBlock, type PlanTextKind, blockText } from '../../shared/domain/plan-text';
import { toBool } from '../sql-values';

export async function listPlanTextBlocks(db: AppDb, planId: number): Promise<PlanTextBlock[]> {
  const rows = await db
    .selectFrom('plan_text_blocks as b')
    .leftJoin('tasks', 'tasks.id', 'b.task_id')
    .leftJoin('targets', 'targets.id', 'b.target_id')
    .select([
      'b.id',
      'b.sort_order',
      'b.kind',
      'b.level',
      'b.numbering',
      'b.text',
      'b.bold',
      'b.italics',
      'b.task_id',
      'b.target_id',
      'b.task_group_id',
      'tasks.code as task_code',
      'tasks.content as task_content',
      'targets.code as target_code',
      'targets.wording as target_wording',
    ])
    .where('b.plan_id', '=', planId)
    .orderBy('b.sort_order')
    .orderBy('b.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sortOrder: r.sort_order,
    kind: r.kind as PlanTextKind,
    level: r.level,
    numbering: r.numbering,
    text: blockText(r.text, r.kind, { taskContent: r.task_content, targetWording: r.target_wording }),
    ownText: r.text,
    bold: toBool(r.bold),
    italics: toBool(r.italics),
    taskId: r.task_id,
    taskCode: r.task_code,
    targetId: r.target_id,
    targetCode: r.target_code,
    taskGroupId: r.task_group_id,
  }));
}

/** The blocks of a plan with the given ids (to check they belong to it). */
export async function blockRows(db: AppDb, planId: number, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('plan_text_blocks').selectAll().where('plan_id', '=', planId).where('id', 'in', ids).execute();
}

export async function updateBlockText(db: AppDb, blockId: number, v: { numbering: string; text: string }, actor: string): Promise<void> {
  await db
    .updateTable('plan_text_blocks')
    .set({ numbering: v.numbering, text: v.text, updated_by: actor, updated_at: new Date().toISOString() })
    .where('id', '=', blockId)
    .execute();
}
