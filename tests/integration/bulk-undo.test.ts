// The last bulk change on the task board can be undone once: one transaction, every task put back
// written in its history, and a task changed again since left as it is and named.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TempApp } from '../helpers/temp-app';
import { openBoard2022, PLAN_2022 as PLAN, taskByCode } from '../helpers/board-2022';
import type { TaskRow } from '../../shared/api/models';

let app: TempApp;
let tasks: TaskRow[];

beforeEach(async () => {
  ({ app, tasks } = await openBoard2022());
});
afterEach(async () => {
  await app.cleanup();
});

const byCode = (code: string) => taskByCode(tasks, code);
const get = (code: string) => app.call('tasks.get', { taskId: byCode(code).id });

describe('undoing the last bulk change', () => {
  it('puts every changed task back, and the history says so with the clerk\'s name', async () => {
    const ids = [byCode('V.2.1').id, byCode('V.2.2').id];
    await app.call('tasks.bulk', { planId: PLAN, taskIds: ids, action: { kind: 'setCompletion', completionDate: '2022-06-30' } });
    expect((await get('V.2.1')).completionDate).toBe('2022-06-30');

    expect(await app.call('tasks.undoBulk', { planId: PLAN })).toEqual({ restored: 2, skipped: [] });
    for (const code of ['V.2.1', 'V.2.2']) {
      expect((await get(code)).completionDate).toBeNull();
      const [undone, done] = await app.call('tasks.history', { taskId: byCode(code).id });
      expect(undone).toMatchObject({ fieldLabel: 'Ngày hoàn thành', oldValue: '30/06/2022', newValue: null, actor: 'Nguyễn Thị Lan' });
      expect(done).toMatchObject({ fieldLabel: 'Ngày hoàn thành', oldValue: null, newValue: '30/06/2022' });
    }
  });

  it('undoes once: a second undo is refused with the reason', async () => {
    await app.call('tasks.bulk', { planId: PLAN, taskIds: [byCode('V.2.1').id], action: { kind: 'setCompletion', completionDate: '2022-06-30' } });
    await app.call('tasks.undoBulk', { planId: PLAN });
    const again = await app.raw('tasks.undoBulk', { planId: PLAN });
    expect(again).toMatchObject({ ok: false, error: { message: 'Không còn thao tác hàng loạt nào để hoàn tác.' } });
  });

  it('undoes only the last bulk change; the one before stays', async () => {
    const v136 = byCode('V.13.6'); // dated 14/12/2022
    await app.call('tasks.bulk', { planId: PLAN, taskIds: [v136.id], action: { kind: 'shiftDeadline', days: 15 } });
    await app.call('tasks.bulk', { planId: PLAN, taskIds: [v136.id], action: { kind: 'shiftDeadline', days: 2 } });
    expect((await get('V.13.6')).deadline).toBe('2022-12-31');
    await app.call('tasks.undoBulk', { planId: PLAN });
    expect((await get('V.13.6')).deadline).toBe('2022-12-29');
  });

  it('leaves a task changed since as it is and names it; the others are put back', async () => {
    const ids = [byCode('V.2.1').id, byCode('V.2.2').id];
    await app.call('tasks.bulk', { planId: PLAN, taskIds: ids, action: { kind: 'setCompletion', completionDate: '2022-06-30' } });
    await app.call('tasks.update', { taskId: byCode('V.2.2').id, completionDate: '2022-06-29' });
    expect(await app.call('tasks.undoBulk', { planId: PLAN })).toEqual({
      restored: 1,
      skipped: [{ code: 'V.2.2', reason: 'đã được sửa sau thao tác này' }],
    });
    expect((await get('V.2.1')).completionDate).toBeNull();
    expect((await get('V.2.2')).completionDate).toBe('2022-06-29');
  });

  it('a bulk change that changed nothing keeps the previous one to undo', async () => {
    const v21 = byCode('V.2.1').id;
    await app.call('tasks.bulk', { planId: PLAN, taskIds: [v21], action: { kind: 'setCompletion', completionDate: '2022-06-30' } });
    const same = await app.call('tasks.bulk', { planId: PLAN, taskIds: [v21], action: { kind: 'setCompletion', completionDate: '2022-06-30' } });
    expect(same.undoable).toBe(false);
    expect(await app.call('tasks.undoBulk', { planId: PLAN })).toEqual({ restored: 1, skipped: [] });
    expect((await get('V.2.1')).completionDate).toBeNull();
  });
});
