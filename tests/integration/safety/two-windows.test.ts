// Issue 13, D7 (tasks): two windows editing one task. Each edit carries the version it was made
// from and only the fields it changed; a save over a newer version is refused with the current
// values, so what the other window saved is never silently reverted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openClerkApp, type TempApp } from '../../helpers/temp-app';

let app: TempApp;
beforeEach(async () => {
  app = await openClerkApp();
});
afterEach(async () => {
  await app.cleanup();
});

const datedTask = async () => (await app.call('tasks.list', { planId: 1 })).find((t) => t.deadlineKind === 'date' && !t.completionDate)!;

describe('two windows editing one task', () => {
  it('the second save, made from the older version, is refused with the current values; the first stays', async () => {
    const t = await datedTask();
    const windowA = await app.call('tasks.get', { taskId: t.id });
    const windowB = await app.call('tasks.get', { taskId: t.id });
    expect(windowA.version).toBe(windowB.version);

    const savedB = await app.call('tasks.update', {
      taskId: t.id,
      version: windowB.version,
      content: 'Nội dung mới từ cửa sổ B',
      deadline: '2022-09-30',
    });
    expect(savedB.version).not.toBe(windowB.version);

    const refused = await app.raw('tasks.update', { taskId: t.id, version: windowA.version, note: 'Ghi chú từ cửa sổ A' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('CONFLICT');
      expect(refused.error.message).toMatch(/^Nhiệm vụ này vừa được sửa ở cửa sổ khác/);
      expect(refused.error.message).toContain('Nội dung mới từ cửa sổ B');
      expect(refused.error.message).toContain('30/09/2022');
    }
    const now = await app.call('tasks.get', { taskId: t.id });
    expect(now.content).toBe('Nội dung mới từ cửa sổ B');
    expect(now.deadline).toBe('2022-09-30');
    expect(now.note).toBe(windowA.note);

    // Window A, reopened on the new version, saves its note without touching B's changes.
    const savedA = await app.call('tasks.update', { taskId: t.id, version: now.version, note: 'Ghi chú từ cửa sổ A' });
    expect(savedA).toMatchObject({ content: 'Nội dung mới từ cửa sổ B', deadline: '2022-09-30', note: 'Ghi chú từ cửa sổ A' });
  });

  it('a progress note added in one window does not make the other window\'s edit stale, and keeps the edit\'s fields', async () => {
    const t = await datedTask();
    const windowA = await app.call('tasks.get', { taskId: t.id });
    await app.call('tasks.addProgress', { taskId: t.id, date: '2022-06-01', text: 'Đã kiểm tra 3 cơ sở.' });
    const saved = await app.call('tasks.update', { taskId: t.id, version: windowA.version, deadline: '2022-12-31' });
    expect(saved.deadline).toBe('2022-12-31');
    expect(saved.progress.map((p) => p.text)).toContain('Đã kiểm tra 3 cơ sở.');
  });
});

describe('what the task form sends', () => {
  it('only the fields the clerk changed, so a save never carries back values it did not touch', async () => {
    const { changedFields, formValuesOf } = await import('../../../renderer/src/components/tasks/task-form');
    const t = await datedTask();
    const task = await app.call('tasks.get', { taskId: t.id });
    expect(changedFields(task, formValuesOf(task))).toEqual({});
    expect(changedFields(task, { ...formValuesOf(task), note: 'Ghi chú mới' })).toEqual({ note: 'Ghi chú mới' });
    expect(changedFields(task, { ...formValuesOf(task), deadline: '2022-12-31' })).toEqual({ deadline: '2022-12-31' });
  });
});
