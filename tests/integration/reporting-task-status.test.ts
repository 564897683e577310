// A reporting task's status follows the register (issue 10): V.2.3 asks Công an tỉnh for 6-monthly and
// yearly reports ("báo cáo định kỳ 6 tháng, hàng năm"); its H1 report recorded on 10/6 means V.2.3 is
// done for H1 and next due on 15/12, not overdue.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../helpers/temp-app';

let app: TempApp;
beforeEach(async () => {
  app = await openTempApp({ today: '2022-07-01' });
});
afterEach(async () => {
  await app.cleanup();
});

const v23 = async () => (await app.call('tasks.list', { planId: 1 })).find((t) => t.code === 'V.2.3')!;

describe('V.2.3, Công an tỉnh’s periodic reports', () => {
  it('is overdue from 15/6 while the H1 report is missing, and on time until 15/12 once it is in', async () => {
    const periods = await app.call('reporting.periods', { planId: 1 });
    const h1 = periods.find((p) => p.periodType === 'six_month')!;
    expect(await v23()).toMatchObject({ status: 'open_overdue', effectiveDeadline: '2022-06-15', daysLeft: -16 });

    const police = (await v23()).lead[0]!.id;
    await app.call('reports.create', { periodId: h1.id, agencyId: police, arrivalDate: '2022-06-10', channel: 'paper', figures: [] });
    expect(await v23()).toMatchObject({ status: 'open_on_time', effectiveDeadline: '2022-12-15' });

    // V.1.1, the Sở's own report upward, is not due on the members' day (15/6): the plan gives it no date.
    const v11 = (await app.call('tasks.list', { planId: 1 })).find((t) => t.code === 'V.1.1')!;
    expect(v11).toMatchObject({ status: 'ongoing', effectiveDeadline: null });
  });

  it('is done when both the 6-month and the annual report are in', async () => {
    const later = await openTempApp({ today: '2022-12-20' });
    try {
      const periods = await later.call('reporting.periods', { planId: 1 });
      const tasks = await later.call('tasks.list', { planId: 1 });
      const police = tasks.find((t) => t.code === 'V.2.3')!.lead[0]!.id;
      for (const [type, day] of [['six_month', '2022-06-10'], ['annual', '2022-12-14']] as const) {
        const p = periods.find((x) => x.periodType === type)!;
        await later.call('reports.create', { periodId: p.id, agencyId: police, arrivalDate: day, channel: 'paper', figures: [] });
      }
      const task = (await later.call('tasks.list', { planId: 1 })).find((t) => t.code === 'V.2.3')!;
      expect(task).toMatchObject({ status: 'done_on_time', effectiveDeadline: '2022-12-15' });
    } finally {
      await later.cleanup();
    }
  });
});

describe('V.2.3’s panel "Hoàn thành theo từng kỳ" counts the register', () => {
  it('shows H1 done on the report’s arrival date, and with the annual part recorded by the clerk the task is done, not overdue', async () => {
    const later = await openTempApp({ today: '2022-12-20' });
    try {
      const periods = await later.call('reporting.periods', { planId: 1 });
      const task = (await later.call('tasks.list', { planId: 1 })).find((t) => t.code === 'V.2.3')!;
      const police = task.lead[0]!.id;
      const h1 = periods.find((p) => p.periodType === 'six_month')!;
      await later.call('reports.create', { periodId: h1.id, agencyId: police, arrivalDate: '2022-06-10', channel: 'paper', figures: [] });

      const panel = await later.call('tasks.parts', { taskId: task.id });
      expect(panel.parts.map((p) => [p.label, p.status, p.completionDate, p.fromRegister])).toEqual([
        ['6 tháng đầu năm 2022', 'done_on_time', '2022-06-10', true],
        ['năm 2022', 'open_overdue', null, false],
      ]);

      // The clerk records the annual part by hand (the report came by another way): H1 still counts.
      const annual = panel.parts[1]!;
      await later.call('tasks.completePart', { taskId: task.id, periodKey: annual.key, agencyId: null, completionDate: '2022-12-14' });
      const row = (await later.call('tasks.list', { planId: 1 })).find((t) => t.code === 'V.2.3')!;
      expect(row.status).toBe('done_on_time');
      expect(row.parts?.map((p) => [p.label, p.status])).toEqual([
        ['6 tháng đầu năm 2022', 'done_on_time'],
        ['năm 2022', 'done_on_time'],
      ]);
      // Derived, not stored: only the clerk's own record is written.
      const after = await later.call('tasks.parts', { taskId: task.id });
      expect(after.parts.map((p) => p.fromRegister)).toEqual([true, false]);
      const stored = later.core.database.sqlite.prepare('SELECT period_key FROM task_completions WHERE task_id = ?').all(task.id);
      expect(stored).toEqual([{ period_key: annual.key }]);
    } finally {
      await later.cleanup();
    }
  });
});

describe('a reporting task is judged the same before and after the register’s periods are first read', () => {
  it('Nhiệm vụ read first gives an annual reporting task the status Tổng quan’s first look leaves it with', async () => {
    const group = (await app.call('taskGroups.list', { planId: 1 }))[0]!;
    const police = (await v23()).lead[0]!.id;
    const task = await app.call('tasks.create', {
      planId: 1,
      code: 'V.9',
      groupId: group.id,
      content: 'Báo cáo kết quả phòng, chống mại dâm hằng năm',
      leadIds: [police],
      deadlineKind: 'period',
      periodType: 'annual',
    });
    const row = async () => {
      const t = (await app.call('tasks.list', { planId: 1 })).find((x) => x.id === task.id)!;
      return { status: t.status, effectiveDeadline: t.effectiveDeadline };
    };
    const first = await row();
    await app.call('reporting.periods', { planId: 1 });
    expect(await row()).toEqual(first);
  });
});
