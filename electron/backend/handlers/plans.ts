import type { HandlerGroup } from './types';
import { countPlanContents, getPlan, listPlans } from '../../../db/queries/plans';
import { AppError } from '../../../shared/api/errors';
import { TASK_STATUSES, type TaskStatus } from '../../../shared/domain/task-status';
import { listTasksWithStatus } from './tasks';

export const planHandlers: HandlerGroup<'plans.list' | 'plans.overview'> = {
  'plans.list': (_input, { db }) => listPlans(db),

  'plans.overview': async ({ planId }, ctx) => {
    const plan = await getPlan(ctx.db, planId);
    if (!plan) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
    const tasks = await listTasksWithStatus(ctx, planId);
    const tasksByStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
    // A recurring task counts once per period, each period in its own bucket.
    for (const t of tasks) {
      if (t.parts && t.parts.length > 1) for (const p of t.parts) tasksByStatus[p.status] += 1;
      else tasksByStatus[t.status] += 1;
    }
    return {
      plan,
      counts: await countPlanContents(ctx.db, planId),
      tasksByStatus,
      dueSoonTasks: tasks.filter((t) => t.dueSoon).length,
    };
  },
};
