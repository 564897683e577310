// plans.list, plans.overview (the counts of Tổng quan) and plans.week (Việc tuần này, across the plans worked on).
import type { HandlerGroup } from '../types';
import { countPlanContents, getPlan, listPlans } from '../../../../db/queries/plans';
import { AppError } from '../../../../shared/api/errors';
import { TASK_STATUSES, type TaskStatus } from '../../../../shared/domain/task-status';
import { agendaWhen, onAgenda, sortAgenda, weekEnd } from '../../../../shared/domain/week-agenda';
import { lastOnTimeDay } from '../../../../shared/domain/report-status';
import type { WeekAgendaItem } from '../../../../shared/api/models';
import { listTasksWithStatus } from '../tasks';
import { buildRegister, listPeriodRows } from '../reporting';

export const planOverviewHandlers: HandlerGroup<'plans.list' | 'plans.overview' | 'plans.week'> = {
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

  // The rule (what is this week, what is overdue, which plans) is shared/domain/week-agenda.ts.
  'plans.week': async ({ planId }, ctx) => {
    const today = ctx.today();
    const localityOf = async (id: number) => (await getPlan(ctx.db, id))?.locality?.id ?? null;
    const onScreen = { localityId: await localityOf(planId) };
    const items: WeekAgendaItem[] = [];
    for (const plan of await listPlans(ctx.db)) {
      if (!onAgenda({ year: plan.year, localityId: await localityOf(plan.id) }, onScreen, Number(today.slice(0, 4)))) continue;
      const onPlan = { planId: plan.id, planYear: plan.year, planTitle: plan.title };
      for (const period of await listPeriodRows(ctx, plan.id)) {
        const s = period.summary;
        const lastDay = lastOnTimeDay(period);
        const when = agendaWhen(lastDay, s.missing + s.pending === 0, today);
        if (!when) continue;
        // Only the periods listed have their register read.
        const register = await buildRegister(ctx, period.id);
        const owing = register.entries.filter((e) => e.status.state === (when === 'overdue' ? 'missing' : 'pending'));
        items.push({
          ...onPlan,
          kind: 'report',
          when,
          lastDay,
          label: `${period.adHoc ? 'Báo cáo đột xuất: ' : 'Báo cáo '}${period.label}`,
          periodId: period.id,
          agencies: owing.map(({ agency: { id, shortName, kind } }) => ({ id, shortName, kind })),
          taskId: null,
          taskCode: null,
        });
      }
      for (const task of await listTasksWithStatus(ctx, plan.id)) {
        const done = task.status === 'done_on_time' || task.status === 'done_late';
        const when = agendaWhen(task.effectiveDeadline, done, today);
        if (!when) continue;
        items.push({
          ...onPlan,
          kind: 'task',
          when,
          lastDay: task.effectiveDeadline!,
          label: task.content,
          periodId: null,
          agencies: task.lead.length > 0 ? task.lead : (task.linkedLead ?? []),
          taskId: task.id,
          taskCode: task.code,
        });
      }
    }
    return { today, weekEnd: weekEnd(today), items: sortAgenda(items) };
  },
};
