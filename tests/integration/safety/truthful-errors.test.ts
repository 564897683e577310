// Issue 13, D4: a date or number outside what a field can hold is refused at the door, "dữ liệu
// không bị thay đổi" is said only when nothing was saved, and a row that cannot be read does not
// take down the screens that list it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../../helpers/temp-app';
import { dispatch } from '../../../electron/backend/api/dispatch';
import { handlers } from '../../../electron/backend/handlers';
import type { Handlers } from '../../../electron/backend/handlers/types';

let app: TempApp;
const PLAN = 1;

beforeEach(async () => {
  app = await openTempApp({ today: '2022-07-01' });
});
afterEach(async () => {
  await app.cleanup();
});

const firstDatedTask = async () => (await app.call('tasks.list', { planId: PLAN })).find((t) => t.deadlineKind === 'date')!;
const taskRow = (id: number) => app.core.database.sqlite.prepare('select * from tasks where id = ?').get(id);

describe('values outside what a field can hold', () => {
  it.each([
    ['9999-12-31'],
    ['10000-01-01'],
    ['3000-01-01'],
    ['1899-12-31'],
    ['0000-01-01'],
  ])('refuses the deadline %s with a message naming the field, and saves nothing', async (deadline) => {
    const t = await firstDatedTask();
    const before = taskRow(t.id);
    const result = await app.raw('tasks.update', { taskId: t.id, deadline });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.field).toBe('deadline');
    expect(result.error.message).toMatch(/^Thời hạn/);
    expect(result.error.message).toContain('31/12/2999');
    expect(taskRow(t.id)).toEqual(before);
  });

  it('accepts the first and the last day of the range', async () => {
    const t = await firstDatedTask();
    await app.call('tasks.update', { taskId: t.id, deadline: '2999-12-31' });
    await app.call('tasks.update', { taskId: t.id, deadline: '1900-01-01' });
  });

  it('refuses moving a deadline past 31/12/2999 and leaves the task as it was', async () => {
    const t = await firstDatedTask();
    await app.call('tasks.update', { taskId: t.id, deadline: '2999-12-31' });
    const before = taskRow(t.id);
    const result = await app.raw('tasks.bulk', { planId: PLAN, taskIds: [t.id], action: { kind: 'shiftDeadline', days: 1 } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toContain('31/12/2999');
      expect(result.error.message).not.toContain('Có lỗi khi xử lý');
    }
    expect(taskRow(t.id)).toEqual(before);
    // every screen that lists the task still opens
    await app.call('tasks.list', { planId: PLAN });
    await app.call('tasks.get', { taskId: t.id });
    await app.call('plans.overview', { planId: PLAN });
  });

  it('refuses a figure or a target value past the safe number range', async () => {
    const target = (await app.call('targets.list', { planId: PLAN }))[0]!;
    const result = await app.raw('targets.update', {
      targetId: target.id,
      wording: target.wording,
      kind: target.kind,
      comparator: target.comparator,
      value: 1e300,
      unit: target.unit,
      denominator: target.denominator,
      denominatorText: target.denominatorText,
      statistic: target.statistic,
      denominatorStatistic: target.denominatorStatistic,
      note: target.note,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.field).toBe('value');
    }
  });
});

describe('what an unexpected failure says', () => {
  it('says nothing changed when the failing call wrote nothing', async () => {
    const failing = { ...handlers, 'tasks.list': () => { throw new Error('boom'); } } as Handlers;
    const result = await dispatch(failing, app.core.ctx, 'tasks.list', { planId: PLAN });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('dữ liệu không bị thay đổi');
  });

  it('says nothing changed when the failing transaction rolled back', async () => {
    const t = await firstDatedTask();
    const before = taskRow(t.id);
    const failing = {
      ...handlers,
      'tasks.addProgress': async (_input: unknown, ctx: typeof app.core.ctx) => {
        await ctx.db.transaction().execute(async (trx) => {
          await trx.updateTable('tasks').set({ note: 'một nửa' }).where('id', '=', t.id).execute();
          throw new Error('boom');
        });
      },
    } as unknown as Handlers;
    const result = await dispatch(failing, app.core.ctx, 'tasks.addProgress', { taskId: t.id, date: '2022-06-01', text: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('dữ liệu không bị thay đổi');
    expect(taskRow(t.id)).toEqual(before);
  });

  it('does not say nothing changed after a change was committed, and says to reload', async () => {
    const t = await firstDatedTask();
    const failing = {
      ...handlers,
      'tasks.addProgress': async (input: Parameters<Handlers['tasks.addProgress']>[0], ctx: typeof app.core.ctx) => {
        await handlers['tasks.addProgress'](input, ctx);
        throw new Error('reading the task back failed');
      },
    } as Handlers;
    const result = await dispatch(failing, app.core.ctx, 'tasks.addProgress', { taskId: t.id, date: '2022-06-01', text: 'Đã kiểm tra 3 cơ sở.' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).not.toContain('không bị thay đổi');
      expect(result.error.message).toContain('đã được lưu');
    }
    const detail = await app.call('tasks.get', { taskId: t.id });
    expect(detail.progress.map((p) => p.text)).toContain('Đã kiểm tra 3 cơ sở.');
  });
});

describe('what an unexpected failure says while other calls run', () => {
  // A failing call that waits for real work (a file, a backup) while other calls run.
  function failingAfter(wait: Promise<void>) {
    return {
      ...handlers,
      'tasks.list': async () => {
        await wait;
        throw new Error('boom');
      },
    } as Handlers;
  }

  it('says nothing changed when the calls that ran meanwhile only read', async () => {
    // The plan's first list completes its reporting periods (a write, once): done before the failing call.
    await firstDatedTask();
    let release!: () => void;
    const failing = dispatch(failingAfter(new Promise<void>((r) => (release = r))), app.core.ctx, 'tasks.list', { planId: PLAN });
    const t = await firstDatedTask();
    expect((await app.raw('tasks.get', { taskId: t.id })).ok).toBe(true);
    release();
    const result = await failing;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('dữ liệu không bị thay đổi');
  });

  it('does not say nothing changed when another call saved meanwhile, and says to reload', async () => {
    let release!: () => void;
    const failing = dispatch(failingAfter(new Promise<void>((r) => (release = r))), app.core.ctx, 'tasks.list', { planId: PLAN });
    const t = await firstDatedTask();
    expect((await app.raw('tasks.addProgress', { taskId: t.id, date: '2022-06-01', text: 'Đã kiểm tra 2 cơ sở.' })).ok).toBe(true);
    release();
    const result = await failing;
    expect(result.ok).toBe(false);
    // Whose save it was cannot be told: the message takes the safe side.
    if (!result.ok) expect(result.error.message).toContain('Hãy tải lại màn hình');
  });

  it('counts only the calls still running: one that failed after another had ended says nothing changed', async () => {
    const t = await firstDatedTask();
    expect((await app.raw('tasks.addProgress', { taskId: t.id, date: '2022-06-01', text: 'Đã kiểm tra 4 cơ sở.' })).ok).toBe(true);
    const result = await dispatch(failingAfter(Promise.resolve()), app.core.ctx, 'tasks.list', { planId: PLAN });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('dữ liệu không bị thay đổi');
  });
});

describe('a row that cannot be read', () => {
  it('is listed with its deadline marked unreadable instead of failing the board, the task and the overview', async () => {
    const t = await firstDatedTask();
    // as written by an older version or another program
    app.core.database.sqlite.prepare("update tasks set deadline = '10000-01-01' where id = ?").run(t.id);
    const listed = (await app.call('tasks.list', { planId: PLAN })).find((x) => x.id === t.id)!;
    expect(listed.deadline).toBe('10000-01-01');
    expect(listed.daysLeft).toBeNull();
    const detail = await app.call('tasks.get', { taskId: t.id });
    expect(detail.id).toBe(t.id);
    await app.call('plans.overview', { planId: PLAN });
    await app.call('documents.assignmentTable', { planId: PLAN } as never);
  });
});
