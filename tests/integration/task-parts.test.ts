// A recurring task completed per period and a task led by several agencies completed per lead
// agency, through the dispatch on a real data folder ("today" is 01/07/2022).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everyTable, openClerkApp, type TempApp } from '../helpers/temp-app';

let app: TempApp;
beforeEach(async () => {
  app = await openClerkApp();
});
afterEach(async () => {
  await app.cleanup();
});

async function task(code: string) {
  return (await app.call('tasks.list', { planId: 1 })).find((t) => t.code === code)!;
}

function snapshot() {
  return everyTable(app);
}

describe('a 6-monthly task', () => {
  // V.2.3 (Công an tỉnh: "báo cáo định kỳ 6 tháng, hàng năm"); V.1.1, the Sở's report upward, has no date in the plan (issue 10).
  it('is completed for June only: June done, December still open, each period in its own bucket', async () => {
    const v11 = await task('V.2.3');
    expect(v11.parts?.map((p) => [p.label, p.status])).toEqual([
      ['6 tháng đầu năm 2022', 'open_overdue'],
      ['năm 2022', 'open_on_time'],
    ]);
    const before = (await app.call('plans.overview', { planId: 1 })).tasksByStatus;

    const view = await app.call('tasks.completePart', { taskId: v11.id, periodKey: '2022-six_month-1', completionDate: '2022-06-10' });
    expect(view.parts.map((p) => [p.label, p.status, p.completionDate])).toEqual([
      ['6 tháng đầu năm 2022', 'done_on_time', '2022-06-10'],
      ['năm 2022', 'open_on_time', null],
    ]);
    const row = await task('V.2.3');
    // The task stands for its open period, and is not completed as a whole.
    expect(row).toMatchObject({ status: 'open_on_time', effectiveDeadline: '2022-12-15', completionDate: null });
    const after = (await app.call('plans.overview', { planId: 1 })).tasksByStatus;
    expect(after.done_on_time - before.done_on_time).toBe(1);
    expect(after.open_overdue - before.open_overdue).toBe(-1);

    // Withdrawn again: back to overdue, and both changes are in the history.
    await app.call('tasks.completePart', { taskId: v11.id, periodKey: '2022-six_month-1', completionDate: null });
    expect((await task('V.2.3')).status).toBe('open_overdue');
    const history = await app.call('tasks.history', { taskId: v11.id });
    const lines = history.filter((h) => h.fieldLabel === 'Hoàn thành kỳ 6 tháng đầu năm 2022').map((h) => [h.oldValue, h.newValue, h.actor]);
    expect(lines).toEqual(expect.arrayContaining([[null, '10/06/2022', 'Nguyễn Thị Lan'], ['10/06/2022', null, 'Nguyễn Thị Lan']]));
  });
});

describe('a task led by the ten districts', () => {
  it('shows how many have completed it and is completed when all are, on the last date', async () => {
    const v131 = await task('V.13.1');
    expect(v131.lead).toHaveLength(10);
    for (const [i, lead] of v131.lead.slice(0, 4).entries()) {
      await app.call('tasks.completePart', { taskId: v131.id, periodKey: '', agencyId: lead.id, completionDate: `2022-06-0${i + 1}` });
    }
    let row = await task('V.13.1');
    expect(row.parts?.[0]?.leadsDone).toBe('4/10 đơn vị đã hoàn thành');
    expect(row.completionDate).toBeNull();
    for (const lead of v131.lead.slice(4)) {
      await app.call('tasks.completePart', { taskId: v131.id, periodKey: '', agencyId: lead.id, completionDate: '2022-06-20' });
    }
    row = await task('V.13.1');
    expect(row.parts?.[0]?.leadsDone).toBe('10/10 đơn vị đã hoàn thành');
    expect(row).toMatchObject({ completionDate: '2022-06-20', status: 'done_on_time' });
  });

  it('refuses an agency that does not lead it, a day after today or an unknown period, changing nothing', async () => {
    const v131 = await task('V.13.1');
    const police = (await app.call('agencies.list', { planId: 1 })).find((a) => a.shortName === 'Công an tỉnh')!;
    const before = snapshot();
    expect(await app.raw('tasks.completePart', { taskId: v131.id, periodKey: '', agencyId: police.id, completionDate: '2022-06-01' })).toMatchObject({
      ok: false,
      error: { field: 'agencyId' },
    });
    expect(await app.raw('tasks.completePart', { taskId: v131.id, periodKey: '', agencyId: v131.lead[0]!.id, completionDate: '2022-07-02' })).toMatchObject({
      ok: false,
      error: { field: 'completionDate' },
    });
    expect(await app.raw('tasks.completePart', { taskId: v131.id, periodKey: '2022-quarter-9', agencyId: v131.lead[0]!.id, completionDate: '2022-06-01' })).toMatchObject({
      ok: false,
      error: { field: 'periodKey' },
    });
    expect(snapshot()).toEqual(before);
  });
});
