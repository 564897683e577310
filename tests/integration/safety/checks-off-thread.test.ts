// Issue 13: the checks a restore makes of large files run in a worker thread, so the app keeps
// answering (the progress bar, other windows) while they run: the integrity_check of the copy being
// restored, of the "Trước khi khôi phục" backup (the same check every automatic backup makes), and
// the quick check when the data is opened again. A check that ran on the main thread could not be
// seen running between two answers: it would end before the next call is read.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../../helpers/temp-app';
import { checksInProgress, checkDatabaseFileOffThread } from '../../../db/backup/check-off-thread';
import { checkDatabaseFile } from '../../../db/integrity';
import fs from 'node:fs';

const apps: TempApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.cleanup();
});

/** Years of progress notes (60,000 of 250 characters, about 25 MB) straight into the data file. */
function addNotes(app: TempApp, taskId: number): void {
  const sqlite = app.core.database.sqlite;
  const insert = sqlite.prepare('insert into task_progress (task_id, date, text) values (?, ?, ?)');
  sqlite.transaction(() => {
    for (let i = 0; i < 60_000; i++) insert.run(taskId, '2022-06-01', `Ghi chú tiến độ số ${i}: ${'đã kiểm tra cơ sở kinh doanh dịch vụ '.repeat(6)}`.slice(0, 250));
  })();
}

describe('the checks of a restore run off the main thread', () => {
  it('the app answers while the restored copy, the backup of the current data and the reopened data are checked', async () => {
    const source = await openTempApp({ today: '2022-07-01' });
    apps.push(source);
    addNotes(source, (await source.call('tasks.list', { planId: 1 }))[0]!.id);
    const backup = await source.call('backup.create', {});

    const app = await openTempApp({ today: '2022-07-01' });
    apps.push(app);
    addNotes(app, (await app.call('tasks.list', { planId: 1 }))[1]!.id);
    const live = path.join(app.dataDir, 'thuong-truc.sqlite');

    let finished = false;
    const restoring = app.call('backup.restore', { backupPath: backup.path }).finally(() => {
      finished = true;
    });
    /** Which checks were running both before and after another window's call was answered. */
    const answeredDuring: { file: string; mode: string }[] = [];
    while (!finished) {
      const before = checksInProgress();
      const info = await app.raw('app.info', {});
      const after = new Set(checksInProgress().map((c) => c.id));
      if (info.ok) for (const c of before) if (after.has(c.id)) answeredDuring.push(c);
      await new Promise((r) => setImmediate(r));
    }
    const result = await restoring;
    // checked in its folder before that folder takes its name: .tmp-<name>-<random>/thuong-truc.sqlite
    const undoFolder = `.tmp-${result.undoBackup.name}-`;

    const seen = (file: string, mode: string) => answeredDuring.filter((c) => c.file === file && c.mode === mode).length;
    // the copy being restored (the staging file in the data folder)
    expect(answeredDuring.filter((c) => path.basename(c.file).startsWith('.khoi-phuc-') && c.mode === 'full').length).toBeGreaterThan(0);
    // the backup of the current data made just before the swap
    expect(
      answeredDuring.filter((c) => path.basename(path.dirname(c.file)).startsWith(undoFolder) && c.mode === 'full').length,
    ).toBeGreaterThan(0);
    // the quick check of the data file when it is opened again
    expect(seen(live, 'quick')).toBeGreaterThan(0);
    expect(checksInProgress()).toEqual([]);
  });

  it('gives the same answers as the check on the main thread: a good file, a damaged one, a file that is not a database', async () => {
    const app = await openTempApp({ today: '2022-07-01' });
    apps.push(app);
    const made = await app.call('backup.create', {});
    const good = path.join(made.path, 'thuong-truc.sqlite');
    expect(await checkDatabaseFileOffThread(good, 'quick')).toEqual({ ok: true });
    expect(await checkDatabaseFileOffThread(good, 'full')).toEqual({ ok: true });

    // A page in the middle overwritten with noise.
    const damaged = path.join(app.dataDir, 'hong.sqlite');
    const bytes = fs.readFileSync(good);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 3, pageSize * 5);
    fs.writeFileSync(damaged, bytes);
    const onThread = checkDatabaseFile(damaged, 'quick');
    expect(onThread.ok).toBe(false);
    expect(await checkDatabaseFileOffThread(damaged, 'quick')).toEqual(onThread);

    const text = path.join(app.dataDir, 'ghi-chu.sqlite');
    fs.writeFileSync(text, 'không phải cơ sở dữ liệu');
    expect(await checkDatabaseFileOffThread(text, 'quick')).toEqual({ ok: false, problem: 'không phải tệp cơ sở dữ liệu SQLite' });
  });
});
