import type { HandlerContext, HandlerGroup } from './types';
import type { TaskRow } from '../../shared/api/models';
import { listStoredTasks } from '../../db/queries/tasks';
import { listReportingDuties } from '../../db/queries/reporting';
import { getPlan } from '../../db/queries/plans';
import { readSettings } from '../../db/queries/settings';
import { taskStatus } from '../../shared/domain/task-status';
import { toIsoDate } from '../../shared/dates/iso-date';
import { AppError } from '../../shared/api/errors';

/** The plan's tasks with their status bucket as of today. */
export async function listTasksWithStatus(ctx: HandlerContext, planId: number): Promise<TaskRow[]> {
  const plan = await getPlan(ctx.db, planId);
  if (!plan) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
  const [tasks, duties, settings] = await Promise.all([
    listStoredTasks(ctx.db, planId),
    listReportingDuties(ctx.db, planId),
    readSettings(ctx.db),
  ]);
  const dueDatesOf = (periodType: string | null) =>
    duties
      .filter((d) => d.dueMonth && d.dueDay && (periodType === null || d.periodType === periodType))
      .map((d) => toIsoDate({ year: plan.year, month: d.dueMonth!, day: d.dueDay! }));
  const today = ctx.today();
  return tasks.map((t) => ({
    ...t,
    ...taskStatus(t, today, { dueSoonDays: settings.dueSoonDays, periodDueDates: dueDatesOf(t.periodType) }),
  }));
}

export const taskHandlers: HandlerGroup<'tasks.list'> = {
  'tasks.list': ({ planId }, ctx) => listTasksWithStatus(ctx, planId),
};
