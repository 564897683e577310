// The task list asked again when Nhiệm vụ opens (renderer/src/api/client.ts): an answer the same as
// the last one gives back the very list decoded then (the query cache keeps it, the search index built
// for it stays); a changed answer, or another plan's, is decoded afresh and shows the change. Over
// HTTP (the browser host) and over the desktop bridge.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeForWire } from '../../../shared/api/wire';
import type { AgencyRef, TaskGroupRow, TaskRow } from '../../../shared/api/models';
import { taskRow } from '../../helpers/task-row';

const groupI: TaskGroupRow = { id: 7, code: 'I', title: 'Công tác tuyên truyền, giáo dục' };
const congAn: AgencyRef = { id: 3, shortName: 'Công an tỉnh', kind: 'police' };

function plan(overdue: boolean): TaskRow[] {
  return [
    taskRow({ id: 1, code: 'I.1', group: groupI, content: 'Tuyên truyền', lead: [congAn], support: [] }),
    taskRow({ id: 2, code: 'I.2', group: groupI, content: 'Tập huấn', lead: [congAn], support: [], status: overdue ? 'open_overdue' : 'ongoing' }),
  ];
}

/** What a host sends for tasks.list: the wire form, freshly built each time as the host does. */
const answer = (tasks: TaskRow[]) => ({ ok: true, data: encodeForWire('tasks.list', tasks) });

const g = globalThis as Record<string, unknown>;

describe('the task list asked again over the desktop bridge', () => {
  let next: TaskRow[] = plan(false);
  beforeEach(() => {
    vi.resetModules();
    g.window = { api: { call: async () => answer(next) } };
  });
  afterEach(() => {
    delete g.window;
  });

  it('the same answer again: the very list given the first time', async () => {
    const { call } = await import('../../../renderer/src/api/client');
    next = plan(false);
    const first = await call('tasks.list', { planId: 1 });
    const again = await call('tasks.list', { planId: 1 });
    expect(again).toBe(first);
    expect(first).toEqual(plan(false));
  });

  it('a task changed since: a new list, with the change', async () => {
    const { call } = await import('../../../renderer/src/api/client');
    next = plan(false);
    const first = await call('tasks.list', { planId: 1 });
    next = plan(true);
    const again = await call('tasks.list', { planId: 1 });
    expect(again).not.toBe(first);
    expect(again.map((t) => t.status)).toEqual(['ongoing', 'open_overdue']);
  });

  it('another plan with the same tasks: its own list, not the first plan\'s', async () => {
    const { call } = await import('../../../renderer/src/api/client');
    next = plan(false);
    const first = await call('tasks.list', { planId: 1 });
    const other = await call('tasks.list', { planId: 2 });
    expect(other).not.toBe(first);
    expect(other).toEqual(plan(false));
  });
});

describe('the task list asked again over HTTP (browser host)', () => {
  let texts: string[] = [];
  beforeEach(() => {
    vi.resetModules();
    texts = [];
    g.window = { location: { hash: '#k=bi-mat', pathname: '/', search: '' } };
    const stored = new Map<string, string>();
    vi.stubGlobal('history', { replaceState: () => undefined });
    vi.stubGlobal('sessionStorage', { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v) });
    vi.stubGlobal('fetch', async () => new Response(texts.shift() ?? ''));
  });
  afterEach(() => {
    delete g.window;
    vi.unstubAllGlobals();
  });

  it('the same text again: the very list given the first time', async () => {
    const { call } = await import('../../../renderer/src/api/client');
    texts = [JSON.stringify(answer(plan(false))), JSON.stringify(answer(plan(false)))];
    const first = await call('tasks.list', { planId: 1 });
    const again = await call('tasks.list', { planId: 1 });
    expect(again).toBe(first);
    expect(first).toEqual(plan(false));
  });

  it('a changed text: a new list, with the change; a refusal is still a refusal', async () => {
    const { call, ApiCallError } = await import('../../../renderer/src/api/client');
    texts = [
      JSON.stringify(answer(plan(false))),
      JSON.stringify(answer(plan(true))),
      JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch.' } }),
    ];
    const first = await call('tasks.list', { planId: 1 });
    const again = await call('tasks.list', { planId: 1 });
    expect(again).not.toBe(first);
    expect(again.map((t) => t.status)).toEqual(['ongoing', 'open_overdue']);
    await expect(call('tasks.list', { planId: 1 })).rejects.toBeInstanceOf(ApiCallError);
  });
});
