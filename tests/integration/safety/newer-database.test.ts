// Issue 13, D8: a database written by a newer version is refused without a byte changed. The
// realistic case: a backup's self-contained file (rollback journal, not WAL) from a newer version,
// copied into the data folder by hand. Opening it for writing would switch it to WAL on the way.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppCore } from '../../../electron/backend/core/app-core';
import { LOCK_FILE_NAME } from '../../../electron/backend/core/data-lock';
import { makeTempDir } from '../../helpers/temp-app';
import { sha256 } from '../storage/helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('a database from a newer version', () => {
  it('is refused at start, the file byte-identical, no -wal or -shm made, the folder left free', async () => {
    const dataDir = makeTempDir();
    dirs.push(dataDir);
    const core = await openAppCore({ dataDir, host: 'browser', version: '0.0.0-test' });
    await core.close();
    const file = path.join(dataDir, 'thuong-truc.sqlite');
    const db = new SQLite(file);
    db.pragma('journal_mode = DELETE');
    db.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('9999_tuong_lai', new Date().toISOString());
    db.close();
    const before = sha256(file);
    const header = fs.readFileSync(file).subarray(0, 100);
    const listing = fs.readdirSync(dataDir).sort();

    await expect(openAppCore({ dataDir, host: 'browser', version: '0.0.0-test' })).rejects.toThrow(
      /^Dữ liệu này được tạo bởi một phiên bản Thường trực mới hơn/,
    );

    expect(sha256(file)).toBe(before);
    expect(fs.readFileSync(file).subarray(0, 100)).toEqual(header);
    expect(fs.readdirSync(dataDir).sort()).toEqual(listing);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });
});
