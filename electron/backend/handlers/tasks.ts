import type { HandlerContext, HandlerGroup } from './types';
import type { TaskRow } from '../../../shared/api/models';
import { listStoredTasks, type StoredTask } from '../../../db/queries/tasks';
import { listReportingDuties } from '../../../db/queries/reporting';
import { getPlan } from '../../../db/queries/plans';
import { readSettings } from '../../../db/queries/settings';
import { taskStatus } from '../../../shared/domain/task-status';
import { periodsOfDuty } from '../../../shared/domain/periods';
import { currentPart, leadsDoneText, taskParts, taskPeriods } from '../../../shared/domain/task-parts';
import { listPlanCompletions } from '../../../db/queries/task-parts';
import { registerCompletions, registerTiming, withRegister } from '../../../shared/domain/task-register';
import { listPeriodReports } from '../../../db/queries/task-register';
import { AppError } from '../../../shared/api/errors';

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
      // The periods the plan's duties ask of the members (not the secretariat's own report upward).
      dates = duties
        .filter((d) => !d.upward && (periodType === null || d.periodType === periodType))
        .flatMap((d) => periodsOfDuty(d, plan.year).map((p) => p.dueDate));
      dueDates.set(periodType, dates);
    }
    return dates;
  };
  const today = ctx.today();
  const timings = duties.filter((d) => !d.upward);
  const completions = await listPlanCompletions(ctx.db, planId);
  const options = (periodDueDates: string[]) => ({ dueSoonDays: settings.dueSoonDays, periodDueDates });
  return (t) => {
    const result = decorateOne(t);
    // A reporting task whose leads report in the register (V.2.3), with nothing recorded on the task:
    // done for a period once their reports are in, judged on the earliest period still owed.
    const timing =
      t.deadlineKind === 'period' && !t.completionDate && !(completions.get(t.id)?.length) ? registerTiming(t.lead.map((a) => a.id), register) : null;
    if (!timing) return result;
    const status =
      'owedBy' in timing
        ? taskStatus(t, today, options([timing.owedBy]))
        : taskStatus({ ...t, completionDate: timing.doneOn }, today, options([timing.lastDue]));
    return { ...result, ...status };
  };
  function decorateOne(t: StoredTask): TaskRow {
    const plain = { ...t, ...taskStatus(t, today, { dueSoonDays: settings.dueSoonDays, periodDueDates: dueDatesOf(t.periodType) }) };
    const periods = t.deadlineKind === 'period' ? taskPeriods(t.periodType, timings, plan!.year) : [];
    if (!(periods.length >= 2 && t.deadlineKind === 'period') && t.lead.length < 2) return plain;
    // Completed in parts: the row stands for the part still open (or the last one). A lead's report
    // received in the register completes its part (V.2.3's H1 report completes H1).
    const leadIds = t.lead.map((a) => a.id);
    const recurring = periods.length >= 2;
    const records = withRegister(completions.get(t.id) ?? [], registerCompletions(leadIds, register, periods, recurring));
    const parts = taskParts({ ...t, leadIds }, periods, records, today, settings.dueSoonDays);
    const current = currentPart(parts);
    return {
      ...plain,
      ...current.status,
      parts: parts.map((p) => ({ key: p.key, label: p.label, status: p.status.status, leadsDone: leadsDoneText(p), current: p === current })),
    };
  }
}

/** The plan's tasks with their status bucket as of today. */
export async function listTasksWithStatus(ctx: HandlerContext, planId: number): Promise<TaskRow[]> {
  const decorate = await taskStatusDecorator(ctx, planId);
  return (await listStoredTasks(ctx.db, planId)).map(decorate);
}

export const taskHandlers: HandlerGroup<'tasks.list'> = {
  'tasks.list': ({ planId }, ctx) => listTasksWithStatus(ctx, planId),
};
