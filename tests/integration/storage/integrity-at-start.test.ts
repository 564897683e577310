// A damaged database file is refused at start with a Vietnamese message that names the file and
// the newest good backup, and the file is left exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppCore } from '../../../electron/backend/core/app-core';
import { DATABASE_FILE_NAME } from '../../../electron/backend/core/data-dir';
import { createBackup } from '../../../db/backup/create';
import { BACKUPS_FOLDER, BACKUP_DATABASE_FILE } from '../../../db/backup/format';
import { AppError } from '../../../shared/api/errors';
import { corruptMiddlePage, sha256, tempDir } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function dataFolderWithBackups(): Promise<{ dataDir: string; file: string; good: string; bad: string }> {
  const dataDir = tempDir();
  dirs.push(dataDir);
  const core = await openAppCore({ dataDir, host: 'browser', version: '0.0.0-test' });
  const backupsDir = path.join(dataDir, BACKUPS_FOLDER);
  const common = { sqlite: core.database.sqlite, attachmentsDir: null, destinationRoot: backupsDir, appVersion: 'test', linkAttachments: true };
  const good = await createBackup({ ...common, reason: 'tu-dong', now: new Date(2025, 10, 27, 9, 15, 0) });
  // A newer backup that is itself damaged must not be offered.
  const bad = await createBackup({ ...common, reason: 'tu-dong', now: new Date(2025, 10, 28, 16, 40, 0) });
  corruptMiddlePage(path.join(bad.path, BACKUP_DATABASE_FILE));
  await core.close();
  return { dataDir, file: path.join(dataDir, DATABASE_FILE_NAME), good: good.path, bad: bad.path };
}

describe('integrity check at start', () => {
  it('opens an intact database again, with its data', async () => {
    const { dataDir } = await dataFolderWithBackups();
    const core = await openAppCore({ dataDir, host: 'browser', version: '0.0.0-test' });
    const plans = await core.database.db.selectFrom('plans').select('title').execute();
    await core.close();
    expect(plans).toHaveLength(1);
  });

  it('refuses a damaged file, names it and the newest good backup, and leaves it byte for byte unchanged', async () => {
    const { dataDir, file, good, bad } = await dataFolderWithBackups();
    corruptMiddlePage(file);
    const before = sha256(file);
    const listingBefore = fs.readdirSync(dataDir).sort();

    const error = await openAppCore({ dataDir, host: 'desktop', version: '0.0.0-test' }).then(
      () => null,
      (err: unknown) => err,
    );

    expect(error).toBeInstanceOf(AppError);
    const message = (error as AppError).message;
    expect(message).toContain(file);
    expect(message).toContain('bị hỏng');
    expect(message).toContain(`Bản sao lưu tốt gần nhất: ${good}`);
    expect(message).toContain('27/11/2025 09:15');
    expect(message).not.toContain(bad);
    expect(sha256(file)).toBe(before);
    // Nothing new beside it either (no -wal, no fresh database).
    expect(fs.readdirSync(dataDir).sort().filter((n) => !n.endsWith('-shm') && !n.endsWith('-wal'))).toEqual(
      listingBefore,
    );

    // A second attempt finds the same file, still untouched.
    await expect(openAppCore({ dataDir, host: 'browser', version: '0.0.0-test' })).rejects.toThrow('bị hỏng');
    expect(sha256(file)).toBe(before);
  });

  it('says so when there is no good backup to offer', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const core = await openAppCore({ dataDir, host: 'browser', version: '0.0.0-test' });
    await core.close();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    corruptMiddlePage(file);
    await expect(openAppCore({ dataDir, host: 'browser', version: '0.0.0-test' })).rejects.toThrow(
      'Không tìm thấy bản sao lưu nào còn tốt',
    );
  });

  it('refuses a file that is not a database at all, without overwriting it', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    fs.writeFileSync(file, 'Đây là một văn bản, không phải cơ sở dữ liệu.\n'.repeat(200));
    const before = sha256(file);
    await expect(openAppCore({ dataDir, host: 'browser', version: '0.0.0-test' })).rejects.toThrow(
      'không phải tệp cơ sở dữ liệu SQLite',
    );
    expect(sha256(file)).toBe(before);
  });

  it('opens an empty file, left by a stop during the very first start, as a first start', async () => {
    // SQLite creates the file empty and writes its first page a moment later: a power cut between
    // the two leaves 0 bytes, which SQLite reads as an empty database.
    const dataDir = tempDir();
    dirs.push(dataDir);
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE_NAME), '');
    const core = await openAppCore({ dataDir, host: 'browser', version: '0.0.0-test' });
    const plans = await core.database.db.selectFrom('plans').select('title').execute();
    await core.close();
    expect(plans).toHaveLength(1);
  });
});
