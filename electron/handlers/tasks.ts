import type { HandlerContext, HandlerGroup } from './types';
import type { TaskRow } from '../../shared/api/models';
import { listStoredTasks, type StoredTask } from '../../db/queries/tasks';
import { listReportingDuties } from '../../db/queries/reporting';
import { getPlan } from '../../db/queries/plans';
import { readSettings } from '../../db/queries/settings';
import { taskStatus } from '../../shared/domain/task-status';
import { registerTiming } from '../../shared/domain/task-register';
import { listPeriodReports } from '../../db/queries/task-register';
import { toIsoDate } from '../../shared/dates/iso-date';
import { AppError } from '../../shared/api/errors';

/**
 * Gives stored tasks of a plan their status bucket as of today: per-period tasks are judged
 * against the plan's reporting due dates, open tasks within the warning window are due soon.
 */
export async function taskStatusDecorator(ctx: HandlerContext, planId: number): Promise<(t: StoredTask) => TaskRow> {
  const plan = await getPlan(ctx.db, planId);
  if (!plan) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
  const [duties, settings, register] = await Promise.all([
    listReportingDuties(ctx.db, planId),
    readSettings(ctx.db),
    listPeriodReports(ctx.db, planId),
  ]);
  const dueDates = new Map<string | null, string[]>();
  const dueDatesOf = (periodType: string | null) => {
    let dates = dueDates.get(periodType);
    if (!dates) {
      dates = duties
        .filter((d) => d.dueMonth && d.dueDay && (periodType === null || d.periodType === periodType))
        .map((d) => toIsoDate({ year: plan.year, month: d.dueMonth!, day: d.dueDay! }));
      dueDates.set(periodType, dates);
    }
    return dates;
  };
  const today = ctx.today();
  const options = (periodDueDates: string[]) => ({ dueSoonDays: settings.dueSoonDays, periodDueDates });
  return (t) => {
    // A reporting task whose leads report in the register: done for a period when their reports are in.
    const timing = t.deadlineKind === 'period' && !t.completionDate ? registerTiming(t.lead.map((a) => a.id), register) : null;
    if (timing && 'owedBy' in timing) return { ...t, ...taskStatus(t, today, options([timing.owedBy])) };
    if (timing) return { ...t, ...taskStatus({ ...t, completionDate: timing.doneOn }, today, options([timing.lastDue])) };
    return { ...t, ...taskStatus(t, today, options(dueDatesOf(t.periodType))) };
  };
}

/** The plan's tasks with their status bucket as of today. */
export async function listTasksWithStatus(ctx: HandlerContext, planId: number): Promise<TaskRow[]> {
  const decorate = await taskStatusDecorator(ctx, planId);
  return (await listStoredTasks(ctx.db, planId)).map(decorate);
}

export const taskHandlers: HandlerGroup<'tasks.list'> = {
  'tasks.list': ({ planId }, ctx) => listTasksWithStatus(ctx, planId),
};
