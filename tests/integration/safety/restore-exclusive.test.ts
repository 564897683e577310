// Issue 13, D2 and D5: a restore runs alone, and a failed swap leaves the app working.
//
// The rule: calls running when the restore reaches its swap phase finish first, so every change
// acknowledged before it is in the "Trước khi khôi phục" backup; calls arriving during the swap are
// refused with a message (never acknowledged); calls after it reach the restored data. So every
// acknowledged change is found afterwards in that backup or in the data now in use.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTempApp, type TempApp } from '../../helpers/temp-app';
import { RESTORE_BUSY_MESSAGE } from '../../../electron/backend/core/call-gate';
import type { BackupInfo, RestoreResult } from '../../../shared/api/models';
import { tableContentHash } from '../storage/helpers';

let app: TempApp;
afterEach(async () => {
  vi.restoreAllMocks();
  await app?.cleanup();
});

function progressTexts(file: string): Set<string> {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return new Set((db.prepare('select text from task_progress').all() as { text: string }[]).map((r) => r.text));
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('writes racing a restore', () => {
  it('every acknowledged write is in the backup made before the restore or in the restored data (5 restores under 4 writers)', async () => {
    app = await openTempApp({ today: '2022-07-01' });
    const tasks = await app.call('tasks.list', { planId: 1 });
    const restorePoint = (await app.call('backup.create', {})) as BackupInfo;
    const live = path.join(app.dataDir, 'thuong-truc.sqlite');

    let totalAcked = 0;
    let totalRefused = 0;
    for (let round = 0; round < 5; round++) {
      const acked: string[] = [];
      const refusals: string[] = [];
      let stop = false;
      let n = 0;
      const writer = async (w: number) => {
        while (!stop) {
          const text = `vòng ${round} người ${w} lần ${n++}`;
          const r = await app.raw('tasks.addProgress', { taskId: tasks[w]!.id, date: '2022-06-01', text });
          if (r.ok) acked.push(text);
          else refusals.push(r.error.message);
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      await sleep(30);
      const restored = (await app.call('backup.restore', { backupPath: restorePoint.path })) as RestoreResult;
      await sleep(30);
      stop = true;
      await Promise.all(writers);

      const before = progressTexts(path.join(restored.undoBackup.path, 'thuong-truc.sqlite'));
      const now = progressTexts(live);
      const lost = acked.filter((t) => !before.has(t) && !now.has(t));
      expect(lost).toEqual([]);
      // refused writes were told why, in Vietnamese, and were not saved anywhere
      expect(new Set(refusals)).toEqual(refusals.length ? new Set([RESTORE_BUSY_MESSAGE]) : new Set());
      totalAcked += acked.length;
      totalRefused += refusals.length;
    }
    expect(totalAcked).toBeGreaterThan(20);
    console.info(`[khôi phục khi đang ghi] 5 lần khôi phục: ${totalAcked} lần ghi được xác nhận, 0 mất; ${totalRefused} lần ghi bị từ chối có thông báo.`);
  });

  it('a write arriving while the restore swaps the file is refused with a message saying nothing changed', async () => {
    app = await openTempApp({ today: '2022-07-01' });
    const restorePoint = (await app.call('backup.create', {})) as BackupInfo;
    const gate = app.core.ctx.gate!;
    let during: Awaited<ReturnType<TempApp['raw']>> | null = null;
    const original = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (String(to) === path.join(app.dataDir, 'thuong-truc.sqlite') && gate.closed && during === null) {
        during = { ok: true, data: null };
        void app.raw('settings.update', { clerkName: 'Trong lúc khôi phục' }).then((r) => (during = r));
      }
      return original(from, to);
    });
    await app.call('backup.restore', { backupPath: restorePoint.path });
    await sleep(10);
    expect(during).toMatchObject({ ok: false, error: { code: 'RESTORING', message: RESTORE_BUSY_MESSAGE } });
    expect((await app.call('settings.get', {})).clerkName).not.toBe('Trong lúc khôi phục');
  });
});

describe('a final rename that fails (another program holds the file)', () => {
  it('reopens the current data, says so, and later restores and backups still work', async () => {
    app = await openTempApp({ today: '2022-07-01' });
    await app.call('settings.update', { clerkName: 'Dữ liệu hiện tại' });
    const restorePoint = (await app.call('backup.create', {})) as BackupInfo;
    await app.call('settings.update', { clerkName: 'Sau bản sao lưu' });
    const live = path.join(app.dataDir, 'thuong-truc.sqlite');
    const contentBefore = tableContentHash(live);

    const original = fs.renameSync;
    const spy = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (String(to) === live) throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
      return original(from, to);
    });
    const result = await app.raw('backup.restore', { backupPath: restorePoint.path });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/^Không thay được tệp dữ liệu/);
      expect(result.error.message).toContain('đã được mở lại và không bị thay đổi');
    }
    // the app goes on with the same data: reads, writes, backups
    expect(tableContentHash(live)).toBe(contentBefore);
    expect((await app.call('settings.get', {})).clerkName).toBe('Sau bản sao lưu');
    await app.call('settings.update', { dueSoonDays: 9 });
    await app.call('backup.create', {});
    expect(fs.readdirSync(app.dataDir).filter((n) => n.startsWith('.khoi-phuc-'))).toEqual([]);

    spy.mockRestore();
    await app.call('backup.restore', { backupPath: restorePoint.path });
    expect((await app.call('settings.get', {})).clerkName).toBe('Dữ liệu hiện tại');
  });
});
