// taskGroups.*: the groups of a plan's tasks, listed and created (with its history entry).
import type { HandlerGroup } from './types';
import { listTaskGroups } from '../../../db/queries/tasks';
import { insertTaskGroup, taskGroupCodeExists } from '../../../db/queries/task-edits';
import { getPlan } from '../../../db/queries/plans';
import { currentActor, recordEvent } from '../../../db/queries/audit';
import { AppError } from '../../../shared/api/errors';

export const taskGroupHandlers: HandlerGroup<'taskGroups.list' | 'taskGroups.create'> = {
  'taskGroups.list': ({ planId }, ctx) => listTaskGroups(ctx.db, planId),

  'taskGroups.create': async ({ planId, code, title }, ctx) => {
    if (!(await getPlan(ctx.db, planId))) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
    return ctx.db.transaction().execute(async (trx) => {
      if (await taskGroupCodeExists(trx, planId, code)) {
        throw new AppError('CONFLICT', `Mã: kế hoạch đã có nhóm nhiệm vụ mã ${code.trim()}.`, 'code');
      }
      const group = await insertTaskGroup(trx, planId, code, title);
      await recordEvent(trx, await currentActor(trx), 'task_group', group.id, 'create', `${group.code}. ${group.title}`);
      return group;
    });
  },
};
