// A task completed per period and per lead agency: its parts, and recording one part's completion.
import type { HandlerContext, HandlerGroup } from './types';
import type { TaskPartsView } from '../../../shared/api/models';
import { AppError } from '../../../shared/api/errors';
import { getStoredTask } from '../../../db/queries/tasks';
import { getPlan } from '../../../db/queries/plans';
import { readSettings } from '../../../db/queries/settings';
import { listReportingDuties } from '../../../db/queries/reporting';
import { listCompletions, setPartCompletion } from '../../../db/queries/task-parts';
import { listPeriodReports } from '../../../db/queries/task-register';
import { registerCompletions, withRegister } from '../../../shared/domain/task-register';
import { leadsDoneText, taskParts, taskPeriods, wholeCompletion, type CompletionRecord } from '../../../shared/domain/task-parts';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';

async function partsOf(ctx: HandlerContext, taskId: number, recordsOverride?: CompletionRecord[]) {
  const task = await getStoredTask(ctx.db, taskId);
  if (!task) throw new AppError('NOT_FOUND', 'Không tìm thấy nhiệm vụ này.', 'taskId');
  const plan = (await getPlan(ctx.db, task.planId))!;
  const duties = (await listReportingDuties(ctx.db, task.planId)).filter((d) => !d.upward);
  const periods = task.deadlineKind === 'period' ? taskPeriods(task.periodType, duties, plan.year) : [];
  const records = recordsOverride ?? (await listCompletions(ctx.db, [taskId])).get(taskId) ?? [];
  const { dueSoonDays } = await readSettings(ctx.db);
  const input = { ...task, leadIds: task.lead.map((a) => a.id) };
  // A lead's report received in the register completes its part; shown, never stored.
  const register = periods.length ? registerCompletions(input.leadIds, await listPeriodReports(ctx.db, task.planId), periods, periods.length >= 2) : [];
  return { task, periods, input, dueSoonDays, parts: taskParts(input, periods, withRegister(records, register), ctx.today(), dueSoonDays) };
}

async function view(ctx: HandlerContext, taskId: number): Promise<TaskPartsView> {
  const { task, parts } = await partsOf(ctx, taskId);
  return {
    taskId,
    recurring: parts.length > 1,
    leads: task.lead,
    parts: parts.map((p) => ({
      key: p.key,
      label: p.label,
      dueDate: p.dueDate,
      completionDate: p.completionDate,
      status: p.status.status,
      leadsDone: leadsDoneText(p),
      done: p.done,
      fromRegister: p.done.length > 0 && p.done.every((d) => d.fromRegister),
    })),
  };
}

export const taskPartHandlers: HandlerGroup<'tasks.parts' | 'tasks.completePart'> = {
  'tasks.parts': ({ taskId }, ctx) => view(ctx, taskId),

  'tasks.completePart': async ({ taskId, periodKey, agencyId, completionDate }, ctx) => {
    const { task, periods, input, dueSoonDays, parts } = await partsOf(ctx, taskId);
    const part = parts.find((p) => p.key === periodKey);
    if (!part) throw new AppError('VALIDATION', 'Kỳ: nhiệm vụ không có kỳ này.', 'periodKey');
    const shared = task.lead.length >= 2;
    if (shared && (agencyId == null || !task.lead.some((a) => a.id === agencyId))) {
      throw new AppError('VALIDATION', 'Đơn vị: hãy chọn một trong các cơ quan chủ trì của nhiệm vụ.', 'agencyId');
    }
    if (completionDate && completionDate > ctx.today()) {
      throw new AppError('VALIDATION', `Ngày hoàn thành: ${formatDateVi(completionDate)} còn sau ngày hôm nay.`, 'completionDate');
    }
    const who = shared ? task.lead.find((a) => a.id === agencyId)!.shortName : null;
    await setPartCompletion(
      ctx.db,
      taskId,
      { periodKey, agencyId: shared ? agencyId! : null, label: [part.key ? `kỳ ${part.label}` : null, who].filter(Boolean).join(', ') || 'cả nhiệm vụ' },
      completionDate,
      // The task's own date follows its parts only (a completion as a whole is replaced by them).
      (records) => wholeCompletion(taskParts({ ...input, completionDate: null }, periods, records, ctx.today(), dueSoonDays)),
    );
    return view(ctx, taskId);
  },
};
