// Issue 13, item 2: a restore states its size limit. A database file over it is refused before a
// byte is copied, with a message giving its size, the limit and why; the data in use is unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, openTempApp, type TempApp } from '../../helpers/temp-app';
import { MAX_RESTORE_BYTES } from '../../../electron/backend/core/storage';

let app: TempApp | undefined;
let elsewhere: string | undefined;
afterEach(async () => {
  await app?.cleanup();
  if (elsewhere) fs.rmSync(elsewhere, { recursive: true, force: true });
  app = undefined;
  elsewhere = undefined;
});

async function started(): Promise<TempApp> {
  app = await openTempApp({ today: '2022-07-01' });
  elsewhere = makeTempDir();
  return app;
}

describe('the restore size limit', () => {
  it('is 1 GB', () => {
    expect(MAX_RESTORE_BYTES).toBe(1_073_741_824);
  });

  it('a 1.5 GB database file is refused with its size, the limit and the reason; nothing is copied or changed', async () => {
    const app = await started();
    const task = (await app.call('tasks.list', { planId: 1 }))[0]!;
    await app.call('tasks.addProgress', { taskId: task.id, date: '2022-06-01', text: 'Ghi nhận trước khi thử khôi phục.' });
    const big = path.join(elsewhere!, 'thuong-truc.sqlite');
    // A real database file, made 1.5 GB long (sparse: no disk space is used).
    app.core.database.sqlite.exec(`vacuum into '${big.replace(/'/g, "''")}'`);
    fs.truncateSync(big, 1.5 * 1024 * 1024 * 1024);
    const before = fs.readdirSync(app.dataDir).sort();

    const answer = await app.raw('backup.restore', { backupPath: big });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error).toMatchObject({ code: 'VALIDATION', field: 'backupPath' });
    expect(answer.error.message).toMatch(/^Tệp dữ liệu của bản sao lưu này nặng 1,5 GB, quá giới hạn 1,0 GB khi khôi phục: /);
    expect(answer.error.message).toContain('mọi cửa sổ phải chờ');
    expect(answer.error.message).toContain('dữ liệu hiện tại không bị thay đổi');

    // No staging copy, no "trước khi khôi phục" backup, and the data as it was.
    expect(fs.readdirSync(app.dataDir).sort()).toEqual(before);
    expect((await app.call('backup.list', {})).backups.filter((b) => b.reason === 'truoc-khoi-phuc')).toEqual([]);
    const now = await app.call('tasks.get', { taskId: task.id });
    expect(now.progress.map((p) => p.text)).toContain('Ghi nhận trước khi thử khôi phục.');
  });

  it('a database file within the limit is restored', async () => {
    const app = await started();
    const copy = path.join(elsewhere!, 'thuong-truc.sqlite');
    app.core.database.sqlite.exec(`vacuum into '${copy.replace(/'/g, "''")}'`);
    const result = await app.call('backup.restore', { backupPath: copy });
    expect(result.restoredFrom).toBe(copy);
  });
});
