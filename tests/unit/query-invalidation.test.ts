// The renderer's query cache after a write (renderer/src/api/invalidation.ts, query-client.ts): what a
// write marks out of date, that reads never do (a read that did would fetch itself again forever),
// and that `call` refreshes the cache after a successful write only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/api/contract';
import { AFFECTS } from '../../renderer/src/api/invalidation';
import { newQueryClient, queryClient, refreshAfter, refreshAfterRefusal } from '../../renderer/src/api/query-client';

function seeded() {
  const client = newQueryClient();
  const keys: [MethodName, unknown][] = [
    ['tasks.list', { planId: 1 }],
    ['plans.overview', { planId: 1 }],
    ['backup.list', {}],
    ['app.info', {}],
  ];
  for (const key of keys) client.setQueryData(key, { some: 'data' });
  const stale = () =>
    client
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.isInvalidated)
      .map((q) => q.queryKey[0])
      .sort();
  return { client, stale };
}

function readsOnScreens(dir: string, found = new Set<string>()): Set<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readsOnScreens(path, found);
    else if (/\.tsx?$/.test(name)) {
      for (const m of readFileSync(path, 'utf8').matchAll(/(?:useApi|usePrintData)\(\s*'([\w.]+)'/g)) found.add(m[1]!);
    }
  }
  return found;
}

describe('what a write makes out of date', () => {
  it('a change to a task refreshes every loaded read but what the app is', async () => {
    const { client, stale } = seeded();
    await refreshAfter('tasks.update', client);
    expect(stale()).toEqual(['backup.list', 'plans.overview', 'tasks.list']);
  });

  it('a new backup refreshes only the list of backups', async () => {
    const { client, stale } = seeded();
    await refreshAfter('backup.create', client);
    expect(stale()).toEqual(['backup.list']);
  });

  it('the restore progress, polled during a restore, refreshes nothing', async () => {
    const { client, stale } = seeded();
    await refreshAfter('backup.restoreProgress', client);
    expect(stale()).toEqual([]);
  });

  it('a refused restore refreshes the list of backups (the copy kept before it may be there), and nothing else', async () => {
    const { client, stale } = seeded();
    await refreshAfterRefusal('backup.restore', client);
    expect(stale()).toEqual(['backup.list']);
  });

  it('another refused write refreshes nothing', async () => {
    const { client, stale } = seeded();
    await refreshAfterRefusal('backup.create', client);
    await refreshAfterRefusal('tasks.update', client);
    expect(stale()).toEqual([]);
  });

  it('no read a screen loads is counted as a write', () => {
    const reads = [...readsOnScreens(join(__dirname, '../../renderer/src'))];
    expect(reads.length).toBeGreaterThan(30);
    expect(reads.filter((m) => AFFECTS[m as MethodName] !== 'nothing')).toEqual([]);
  });
});

describe('call refreshes the cache', () => {
  const g = globalThis as { window?: unknown };
  afterEach(() => {
    delete g.window;
    queryClient.clear();
  });

  function answering(result: unknown) {
    g.window = { api: { call: async () => result } };
    queryClient.setQueryData(['tasks.list', { planId: 1 }], []);
  }
  const isStale = () => queryClient.getQueryState(['tasks.list', { planId: 1 }])!.isInvalidated;

  it('after a successful write', async () => {
    const { call } = await import('../../renderer/src/api/client');
    answering({ ok: true, data: { id: 7 } });
    await call('tasks.delete', { taskId: 7 });
    expect(isStale()).toBe(true);
  });

  it('not after a refused write, nor after a read', async () => {
    const { call, ApiCallError } = await import('../../renderer/src/api/client');
    answering({ ok: false, error: { code: 'VALIDATION', message: 'Nội dung: chưa nhập.', field: 'content' } });
    await expect(call('tasks.delete', { taskId: 7 })).rejects.toBeInstanceOf(ApiCallError);
    expect(isStale()).toBe(false);
    answering({ ok: true, data: [] });
    await call('tasks.list', { planId: 1 });
    expect(isStale()).toBe(false);
  });

  it('a refused restore still refreshes the list of backups', async () => {
    const { call, ApiCallError } = await import('../../renderer/src/api/client');
    g.window = { api: { call: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'Không mở được dữ liệu vừa khôi phục.', field: 'backupPath' } }) } };
    queryClient.setQueryData(['backup.list', {}], { backups: [] });
    await expect(call('backup.restore', { backupPath: '/x' })).rejects.toBeInstanceOf(ApiCallError);
    expect(queryClient.getQueryState(['backup.list', {}])!.isInvalidated).toBe(true);
  });
});
