// The plan's own text: read it, and edit the wording of its paragraphs in one transaction. A paragraph
// that is a task or a target is edited there (its wording is the task's), so it is refused here.
import type { HandlerGroup } from './types';
import { AppError } from '../../../shared/api/errors';
import { blockRows, listPlanTextBlocks, updateBlockText } from '../../../db/queries/plan-text';
import { currentActor, recordChanges } from '../../../db/queries/audit';
import { getPlan } from '../../../db/queries/plans';

export const planTextHandlers: HandlerGroup<'planText.list' | 'planText.update'> = {
  'planText.list': async ({ planId }, ctx) => {
    if (!(await getPlan(ctx.db, planId))) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
    return listPlanTextBlocks(ctx.db, planId);
  },
  'planText.update': async ({ planId, blocks }, ctx) => {
    if (!(await getPlan(ctx.db, planId))) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
    await ctx.db.transaction().execute(async (trx) => {
      const actor = await currentActor(trx);
      const rows = new Map((await blockRows(trx, planId, blocks.map((b) => b.id))).map((r) => [r.id, r]));
      for (const [i, b] of blocks.entries()) {
        const row = rows.get(b.id);
        if (!row) throw new AppError('VALIDATION', 'Đoạn văn này không thuộc kế hoạch đang làm việc.', `blocks.${i}.id`);
        const text = b.text.normalize('NFC');
        const numbering = b.numbering.normalize('NFC');
        if (text === row.text && numbering === row.numbering) continue;
        if ((row.task_id !== null || row.target_id !== null) && row.kind !== 'heading' && row.kind !== 'group_heading') {
          throw new AppError(
            'VALIDATION',
            `Nội dung đoạn này là nội dung của ${row.task_id !== null ? 'nhiệm vụ' : 'chỉ tiêu'}: hãy sửa ở ${row.task_id !== null ? 'bảng Nhiệm vụ' : 'màn hình Chỉ tiêu'}.`,
            `blocks.${i}.text`,
          );
        }
        await updateBlockText(trx, row.id, { numbering, text }, actor);
        await recordChanges(trx, actor, 'plan_text', row.id, { text: row.text, numbering: row.numbering }, { text, numbering });
      }
    });
    return listPlanTextBlocks(ctx.db, planId);
  },
};
