// Issue 13, item 2 (progress): a restore copies and checks a large backup without freezing the app.
// The copy is chunked and asynchronous, integrity_check runs in a worker thread, and
// `backup.restoreProgress` tells every window how far it has got. A backup of about 30 MB (many
// progress notes, as a plan office gathers over years) gives several progress steps, and the app
// answers other calls while the copy is checked.
import { afterEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../../helpers/temp-app';
import type { BackupInfo } from '../../../shared/api/models';

const apps: TempApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.cleanup();
});

/** A backup holding 100,000 progress notes of 250 characters (about 30 MB). */
async function largeBackup(): Promise<BackupInfo> {
  const source = await openTempApp({ today: '2022-07-01' });
  apps.push(source);
  const taskId = (await source.call('tasks.list', { planId: 1 }))[0]!.id;
  const sqlite = source.core.database.sqlite;
  const insert = sqlite.prepare('insert into task_progress (task_id, date, text) values (?, ?, ?)');
  sqlite.transaction(() => {
    for (let i = 0; i < 100_000; i++) insert.run(taskId, '2022-06-01', `Ghi chú tiến độ số ${i}: ${'đã kiểm tra cơ sở kinh doanh dịch vụ '.repeat(6)}`.slice(0, 250));
  })();
  return source.call('backup.create', {});
}

describe('a restore of a large backup', () => {
  it('reports its progress several times, in order, in Vietnamese, and the app answers meanwhile', async () => {
    const backup = await largeBackup();
    expect(backup.databaseBytes).toBeGreaterThan(20 * 1024 * 1024);
    const app = await openTempApp({ today: '2022-07-01' });
    apps.push(app);
    expect(await app.call('backup.restoreProgress', {})).toEqual({ running: false, percent: 0, text: '' });

    let finished = false;
    const restoring = app.call('backup.restore', { backupPath: backup.path }).finally(() => {
      finished = true;
    });
    const seen: { percent: number; text: string }[] = [];
    let answeredDuringIntegrityCheck = 0;
    // integrity_check is the step from 35 % to 65 % ("Đang kiểm tra", after the checksum).
    const inIntegrityCheck = (p: { text: string; percent: number }) => p.text.startsWith('Đang kiểm tra') && p.percent >= 35 && p.percent < 65;
    while (!finished) {
      const p = await app.call('backup.restoreProgress', {});
      if (p.running) seen.push({ percent: p.percent, text: p.text });
      // Another window's call while the copy is being checked.
      const info = await app.raw('app.info', {});
      const after = await app.call('backup.restoreProgress', {});
      if (info.ok && inIntegrityCheck(p) && inIntegrityCheck(after)) answeredDuringIntegrityCheck++;
      await new Promise((r) => setTimeout(r, 2));
    }
    const result = await restoring;
    expect(result.restoredFrom).toBe(`${backup.path}/thuong-truc.sqlite`);

    const percents = [...new Set(seen.map((s) => s.percent))];
    expect(percents.length).toBeGreaterThan(3);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    for (const s of seen) {
      expect(s.text).toMatch(/^Đang (chép bản sao lưu|kiểm tra bản sao lưu|sao lưu dữ liệu hiện tại|chép tệp đính kèm|mở dữ liệu đã khôi phục)… \d{1,3}%$/);
      expect(s.text.endsWith(` ${s.percent}%`)).toBe(true);
    }
    expect(seen.some((s) => s.text.startsWith('Đang chép bản sao lưu…'))).toBe(true);
    expect(seen.some((s) => s.text.startsWith('Đang kiểm tra bản sao lưu…'))).toBe(true);
    // integrity_check runs in a worker thread: the app answered several calls during it (on the
    // main thread it would answer none: the bar would jump from the checksum to the backup step).
    expect(answeredDuringIntegrityCheck).toBeGreaterThan(1);

    expect(await app.call('backup.restoreProgress', {})).toEqual({ running: false, percent: 0, text: '' });
    const notes = app.core.database.sqlite.prepare('select count(*) as n from task_progress').get() as { n: number };
    expect(notes.n).toBeGreaterThanOrEqual(100_000);
  });
});
