// Issue 13: a window whose call arrives during a restore made elsewhere waits for the restore and
// sends the call again (shared/api/restore-wait.ts, used by the UI's client): the clerk's action is
// applied once, to the restored data, and never slips in between the "Trước khi khôi phục" backup
// and the swap.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTempApp, type TempApp } from '../../helpers/temp-app';
import { callWaitingForRestore } from '../../../shared/api/restore-wait';
import type { ApiResult } from '../../../shared/api/errors';
import type { BackupInfo, RestoreProgress, RestoreResult } from '../../../shared/api/models';

let app: TempApp;
afterEach(async () => {
  vi.restoreAllMocks();
  await app?.cleanup();
});

function progressTexts(file: string): string[] {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select text from task_progress').all() as { text: string }[]).map((r) => r.text);
  } finally {
    db.close();
  }
}

/** A window of the app: its calls wait for a restore and are sent again, as the UI's client does. */
function windowOf(app: TempApp, shown: (RestoreProgress | null)[] = []) {
  let sends = 0;
  let refusals = 0;
  return {
    get sends() {
      return sends;
    },
    get refusals() {
      return refusals;
    },
    call(method: string, input: unknown) {
      return callWaitingForRestore(
        async () => {
          sends++;
          const r = await app.raw(method, input);
          if (!r.ok && r.error.code === 'RESTORING') refusals++;
          return r;
        },
        {
          progress: () => app.raw('backup.restoreProgress', {}) as Promise<ApiResult<RestoreProgress>>,
          onWait: (p) => shown.push(p),
          pollMs: 5,
        },
      );
    },
  };
}

describe('a call arriving during a restore made in another window', () => {
  it('waits with the progress shown, then is applied once, to the restored data, and is not in the backup made before the swap', async () => {
    app = await openTempApp({ today: '2022-07-01' });
    const taskId = (await app.call('tasks.list', { planId: 1 }))[0]!.id;
    const restorePoint = (await app.call('backup.create', {})) as BackupInfo;
    const live = path.join(app.dataDir, 'thuong-truc.sqlite');
    const gate = app.core.ctx.gate!;
    const shown: (RestoreProgress | null)[] = [];
    const other = windowOf(app, shown);
    const text = 'Ghi chú gửi từ cửa sổ thứ hai trong lúc khôi phục';

    // The other window saves a progress note just as the restore puts the backup in place.
    let pending: Promise<ApiResult<unknown>> | null = null;
    const original = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (String(to) === live && gate.closed && pending === null) {
        pending = other.call('tasks.addProgress', { taskId, date: '2022-06-01', text });
      }
      return original(from, to);
    });
    const restored = (await app.call('backup.restore', { backupPath: restorePoint.path })) as RestoreResult;
    expect(pending).not.toBeNull();
    const answer = await pending!;

    expect(answer.ok).toBe(true);
    // refused once while the restore ran (nothing done), sent again after it, applied that time
    expect(other.refusals).toBe(1);
    expect(other.sends).toBe(2);
    expect(progressTexts(live).filter((t) => t === text)).toHaveLength(1);
    expect(progressTexts(path.join(restored.undoBackup.path, 'thuong-truc.sqlite'))).not.toContain(text);
    // the window showed the restore's progress while it waited, then stopped showing it
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown[0]).toMatchObject({ running: true });
    expect(shown[0]!.text).toMatch(/^(Đang mở dữ liệu đã khôi phục… 9\d%|Khôi phục vừa xong; đang gửi lại yêu cầu…)$/);
    expect(shown[shown.length - 1]).toBeNull();
  });

  it('under four writers and three restores, no write is refused and each acknowledged write is found exactly once', async () => {
    app = await openTempApp({ today: '2022-07-01' });
    const tasks = await app.call('tasks.list', { planId: 1 });
    const restorePoint = (await app.call('backup.create', {})) as BackupInfo;
    const live = path.join(app.dataDir, 'thuong-truc.sqlite');
    let waitedInAll = 0;
    for (let round = 0; round < 3; round++) {
      const acked: string[] = [];
      const failed: string[] = [];
      let stop = false;
      let n = 0;
      const windows = [0, 1, 2, 3].map(() => windowOf(app));
      const writer = async (w: number) => {
        while (!stop) {
          const text = `vòng ${round} cửa sổ ${w} lần ${n++}`;
          const r = await windows[w]!.call('tasks.addProgress', { taskId: tasks[w]!.id, date: '2022-06-01', text });
          if (r.ok) acked.push(text);
          else failed.push(r.error.message);
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      await new Promise((r) => setTimeout(r, 30));
      const restored = (await app.call('backup.restore', { backupPath: restorePoint.path })) as RestoreResult;
      await new Promise((r) => setTimeout(r, 30));
      stop = true;
      await Promise.all(writers);

      expect(failed).toEqual([]);
      const found = [...progressTexts(path.join(restored.undoBackup.path, 'thuong-truc.sqlite')), ...progressTexts(live)];
      const times = (t: string) => found.filter((f) => f === t).length;
      expect(acked.filter((t) => times(t) !== 1)).toEqual([]);
      waitedInAll += windows.reduce((s, w) => s + w.refusals, 0);
    }
    // The restores did catch writes in flight: those waited and were sent again.
    expect(waitedInAll).toBeGreaterThan(0);
    console.info(`[chờ khôi phục] 3 lần khôi phục dưới 4 cửa sổ ghi: ${waitedInAll} lần ghi đã chờ rồi được gửi lại, 0 bị từ chối.`);
  });
});
