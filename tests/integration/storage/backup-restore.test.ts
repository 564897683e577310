// Backups and restores through the real API (dispatch + handlers) on a temporary data folder:
// what a clerk does from the Settings screen, and what must never happen to their data.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../../electron/backend/core/app-core';
import { DATABASE_FILE_NAME } from '../../../electron/backend/core/data-dir';
import { dispatch } from '../../../electron/backend/api/dispatch';
import { handlers } from '../../../electron/backend/handlers';
import { openDatabase } from '../../../db/connection';
import { migrationProvider, migrations } from '../../../db/migrations';
import { BACKUPS_FOLDER, BACKUP_DATABASE_FILE, readManifest } from '../../../db/backup/format';
import { listBackups } from '../../../db/backup/list';
import type { ApiResult } from '../../../shared/api/errors';
import type { BackupInfo, BackupListing, RestoreResult } from '../../../shared/api/models';
import { corruptMiddlePage, folderListing, sha256, tableContentHash, tempDir } from './helpers';

const cleanup: string[] = [];
const cores: AppCore[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close().catch(() => undefined);
  for (const d of cleanup.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function open(dataDir = tempDir()): Promise<AppCore> {
  if (!cleanup.includes(dataDir)) cleanup.push(dataDir);
  const core = await openAppCore({ dataDir, host: 'browser', version: '0.1.0-test' });
  cores.push(core);
  return core;
}

async function api<T>(core: AppCore, method: string, input: unknown = {}): Promise<T> {
  const result = (await dispatch(handlers, core.ctx, method, input)) as ApiResult<T>;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

async function apiError(core: AppCore, method: string, input: unknown) {
  const result = await dispatch(handlers, core.ctx, method, input);
  if (result.ok) throw new Error(`${method} should have failed`);
  return result.error;
}

const clerk = async (core: AppCore) => (await api<{ clerkName: string }>(core, 'settings.get')).clerkName;

function addAttachment(dataDir: string, relative: string, content: string): void {
  const file = path.join(dataDir, 'attachments', ...relative.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

describe('backing up', () => {
  it('makes a checked backup folder holding the database, the attachments and a manifest', async () => {
    const core = await open();
    const dataDir = core.ctx.info.dataDir;
    await api(core, 'settings.update', { clerkName: 'Nguyễn Thị Lan' });
    addAttachment(dataDir, 'ab/abcdef.pdf', 'báo cáo 6 tháng');
    addAttachment(dataDir, 'ab/abcdef.pdf.123.9f8e.tmp', 'đang ghi dở'); // not yet a stored file

    const made = await api<BackupInfo>(core, 'backup.create', {});

    expect(made.reason).toBe('thu-cong');
    expect(path.dirname(made.path)).toBe(path.join(dataDir, BACKUPS_FOLDER));
    expect(made.name).toMatch(/^ThuongTruc_\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}_thu-cong$/);
    expect(fs.readFileSync(path.join(made.path, 'attachments', 'ab', 'abcdef.pdf'), 'utf8')).toBe('báo cáo 6 tháng');
    const manifest = readManifest(made.path)!;
    expect(manifest.database.sha256).toBe(sha256(path.join(made.path, BACKUP_DATABASE_FILE)));
    expect(manifest.database.migrations).toEqual(Object.keys(migrations).sort());
    expect(manifest.attachments.files).toEqual([{ path: 'ab/abcdef.pdf', bytes: Buffer.byteLength('báo cáo 6 tháng') }]);
    // A self-contained file: no -wal beside it, and it holds what the clerk saved.
    expect(fs.readdirSync(made.path).sort()).toEqual(['attachments', 'backup.json', 'thuong-truc.sqlite']);
    const copy = new SQLite(path.join(made.path, BACKUP_DATABASE_FILE), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare("select value from settings where key = 'clerkName'").get()).toEqual({ value: 'Nguyễn Thị Lan' });
    copy.close();

    const listing = await api<BackupListing>(core, 'backup.list');
    expect(listing.backups.map((b) => b.name)).toEqual([made.name]);
    expect(listing.backups[0]!.attachmentCount).toBe(1);
  });

  it('exports to a folder the clerk names (a USB drive) with real copies of the attachments', async () => {
    const core = await open();
    addAttachment(core.ctx.info.dataDir, 'cd/cdef.docx', 'công văn');
    const usb = tempDir('thuong-truc-usb-');
    cleanup.push(usb);

    const made = await api<BackupInfo>(core, 'backup.create', { targetFolder: usb });

    expect(path.dirname(made.path)).toBe(usb);
    const exported = path.join(made.path, 'attachments', 'cd', 'cdef.docx');
    expect(fs.readFileSync(exported, 'utf8')).toBe('công văn');
    expect(fs.statSync(exported).nlink).toBe(1);
    // The export is not listed among (nor counted as) the automatic backups in the data folder.
    expect((await api<BackupListing>(core, 'backup.list')).backups).toHaveLength(0);
  });

  it('refuses folders that are not full local paths, do not exist, or lie inside the data folder', async () => {
    const core = await open();
    const dataDir = core.ctx.info.dataDir;
    const before = folderListing(dataDir);
    for (const targetFolder of ['SaoLuu', '../../tmp', '\\\\may-chu\\chia-se', '//may-chu/chia-se', '/khong/co/thu-muc/nay', dataDir, path.join(dataDir, 'attachments')]) {
      const error = await apiError(core, 'backup.create', { targetFolder });
      expect(['VALIDATION', 'NOT_FOUND']).toContain(error.code);
      expect(error.field).toBe('targetFolder');
      expect(error.message).toMatch(/thư mục|đường dẫn/i);
    }
    expect(folderListing(dataDir)).toEqual(before);
  });
});

describe('restoring', () => {
  it('puts back the data of a backup, keeps the current data first, and the restore can be undone', async () => {
    const core = await open();
    const dataDir = core.ctx.info.dataDir;
    await api(core, 'settings.update', { clerkName: 'Trần Văn An' });
    addAttachment(dataDir, 'aa/aaaa.pdf', 'tệp cũ');
    const backup = await api<BackupInfo>(core, 'backup.create', {});

    await api(core, 'settings.update', { clerkName: 'Lê Thị Bình' });
    addAttachment(dataDir, 'bb/bbbb.pdf', 'tệp mới');
    fs.rmSync(path.join(dataDir, 'attachments', 'aa'), { recursive: true });

    const restored = await api<RestoreResult>(core, 'backup.restore', { backupPath: backup.path });

    expect(await clerk(core)).toBe('Trần Văn An');
    expect(fs.readFileSync(path.join(dataDir, 'attachments', 'aa', 'aaaa.pdf'), 'utf8')).toBe('tệp cũ');
    expect(restored.attachmentsRestored).toBe(1);
    expect(restored.undoBackup.reason).toBe('truoc-khoi-phuc');
    expect(restored.migrated).toEqual([]);
    const undoCopy = new SQLite(path.join(restored.undoBackup.path, BACKUP_DATABASE_FILE), { readonly: true });
    expect(undoCopy.prepare("select value from settings where key = 'clerkName'").get()).toEqual({ value: 'Lê Thị Bình' });
    undoCopy.close();
    expect(fs.existsSync(path.join(restored.undoBackup.path, 'attachments', 'bb', 'bbbb.pdf'))).toBe(true);

    // Writes go to the restored database, and survive a restart.
    await api(core, 'settings.update', { dueSoonDays: 12 });
    await core.close();
    const again = await open(dataDir);
    expect(await clerk(again)).toBe('Trần Văn An');
    expect((await api<{ dueSoonDays: number }>(again, 'settings.get')).dueSoonDays).toBe(12);

    // Undo: restoring the copy made just before brings back the later data.
    await api(again, 'backup.restore', { backupPath: restored.undoBackup.path });
    expect(await clerk(again)).toBe('Lê Thị Bình');
    // Nothing is left over in the data folder from the swaps.
    expect(fs.readdirSync(dataDir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('accepts the backup folder, its backup.json or its database file, and a bare database file', async () => {
    const core = await open();
    await api(core, 'settings.update', { clerkName: 'Phạm Minh' });
    const backup = await api<BackupInfo>(core, 'backup.create', {});
    const bare = path.join(tempDir('thuong-truc-usb-'), 'du-lieu-cu.sqlite');
    cleanup.push(path.dirname(bare));
    fs.copyFileSync(path.join(backup.path, BACKUP_DATABASE_FILE), bare);

    for (const backupPath of [
      path.join(backup.path, 'backup.json'),
      path.join(backup.path, BACKUP_DATABASE_FILE),
      bare,
      backup.path,
    ]) {
      await api(core, 'settings.update', { clerkName: 'khác' });
      await api(core, 'backup.restore', { backupPath });
      expect(await clerk(core)).toBe('Phạm Minh');
    }
  });

  // Needs two migrations to make an "older" database; runs as soon as the build has them.
  it.runIf(Object.keys(migrations).length > 1)('brings an older backup up to this version after restoring it, and keeps a copy from before the update', async () => {
    const names = Object.keys(migrations).sort();
    const dir = tempDir('thuong-truc-old-');
    cleanup.push(dir);
    const oldFile = path.join(dir, BACKUP_DATABASE_FILE);
    const old = openDatabase(oldFile);
    const migrator = new Migrator({ db: old.db, provider: migrationProvider });
    await migrator.migrateTo(names[names.length - 2]!);
    await old.close();

    const core = await open();
    const restored = await api<RestoreResult>(core, 'backup.restore', { backupPath: oldFile });

    expect(restored.migrated).toEqual([names[names.length - 1]]);
    const beforeUpdate = listBackups(path.join(core.ctx.info.dataDir, BACKUPS_FOLDER)).filter((b) => b.reason === 'truoc-cap-nhat');
    expect(beforeUpdate).toHaveLength(1);
    expect(beforeUpdate[0]!.manifest.database.migrations).toEqual(names.slice(0, -1));
  });

  describe('refuses, before replacing anything,', () => {
    async function expectRefused(core: AppCore, backupPath: string, message: RegExp) {
      const dataDir = core.ctx.info.dataDir;
      const file = path.join(dataDir, DATABASE_FILE_NAME);
      const contentBefore = tableContentHash(file);
      const listingBefore = folderListing(dataDir);
      const error = await apiError(core, 'backup.restore', { backupPath });
      expect(error.message).toMatch(message);
      expect(tableContentHash(file)).toBe(contentBefore);
      expect(folderListing(dataDir)).toEqual(listingBefore);
      // And the app still works on the same data.
      expect(await clerk(core)).toBe('Giữ nguyên');
    }

    async function setup() {
      const core = await open();
      await api(core, 'settings.update', { clerkName: 'Giữ nguyên' });
      const source = tempDir('thuong-truc-src-');
      cleanup.push(source);
      const backup = await api<BackupInfo>(core, 'backup.create', { targetFolder: source });
      return { core, source, backup };
    }

    it('a file that is not a database', async () => {
      const { core, source } = await setup();
      const file = path.join(source, 'ghi-chu.sqlite');
      fs.writeFileSync(file, 'không phải cơ sở dữ liệu'.repeat(100));
      await expectRefused(core, file, /không phải cơ sở dữ liệu SQLite/);
    });

    it('a damaged backup', async () => {
      const { core, backup } = await setup();
      corruptMiddlePage(path.join(backup.path, BACKUP_DATABASE_FILE));
      await expectRefused(core, backup.path, /mã kiểm tra không khớp|bị hỏng/);
      // Without the manifest's checksum, the integrity check itself catches it.
      fs.rmSync(path.join(backup.path, 'backup.json'));
      await expectRefused(core, path.join(backup.path, BACKUP_DATABASE_FILE), /bị hỏng/);
    });

    it('a SQLite database of another program', async () => {
      const { core, source } = await setup();
      const other = new SQLite(path.join(source, 'khac.sqlite'));
      other.exec('create table contacts (id integer primary key, name text); insert into contacts (name) values (\'x\')');
      other.close();
      await expectRefused(core, path.join(source, 'khac.sqlite'), /không phải dữ liệu của Thường trực/);
    });

    it('a backup made by a newer version (a migration this build does not know)', async () => {
      const { core, backup } = await setup();
      const file = path.join(backup.path, BACKUP_DATABASE_FILE);
      const db = new SQLite(file);
      db.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('9999_tuong_lai', new Date().toISOString());
      db.close();
      fs.rmSync(path.join(backup.path, 'backup.json'));
      await expectRefused(core, file, /phiên bản Thường trực mới hơn/);
    });

    it('a backup whose database was changed after it was made', async () => {
      const { core, backup } = await setup();
      const db = new SQLite(path.join(backup.path, BACKUP_DATABASE_FILE));
      db.prepare("update settings set value = 'Sửa lén' where key = 'clerkName'").run();
      db.close();
      await expectRefused(core, backup.path, /mã kiểm tra không khớp/);
    });

    it('a backup missing an attachment its manifest lists', async () => {
      const core = await open();
      await api(core, 'settings.update', { clerkName: 'Giữ nguyên' });
      addAttachment(core.ctx.info.dataDir, 'ee/eeee.pdf', 'đính kèm');
      const usb = tempDir('thuong-truc-usb-');
      cleanup.push(usb);
      const backup = await api<BackupInfo>(core, 'backup.create', { targetFolder: usb });
      fs.rmSync(path.join(backup.path, 'attachments', 'ee', 'eeee.pdf'));
      await expectRefused(core, backup.path, /thiếu tệp đính kèm/);
    });

    it('paths that are relative, on the network, missing, or the live data itself', async () => {
      const { core } = await setup();
      const dataDir = core.ctx.info.dataDir;
      await expectRefused(core, 'backups/ThuongTruc', /đường dẫn đầy đủ/);
      await expectRefused(core, '../../etc/passwd', /đường dẫn đầy đủ/);
      await expectRefused(core, '\\\\may-chu\\chia-se\\sao-luu', /đường dẫn mạng/);
      await expectRefused(core, '/khong/co/tep/nay.sqlite', /Không tìm thấy/);
      await expectRefused(core, path.join(dataDir, DATABASE_FILE_NAME), /chính thư mục dữ liệu/);
    });
  });
});

describe('the app refuses a database holding migrations it does not know', () => {
  it('at start, with a Vietnamese message, leaving the file unchanged', async () => {
    const core = await open();
    const dataDir = core.ctx.info.dataDir;
    await core.close();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const db = new SQLite(file);
    db.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('9999_tuong_lai', new Date().toISOString());
    db.close();
    const before = sha256(file);

    await expect(openAppCore({ dataDir, host: 'browser', version: '0.1.0-test' })).rejects.toThrow(
      'Dữ liệu này được tạo bởi một phiên bản Thường trực mới hơn',
    );
    expect(sha256(file)).toBe(before);
  });
});

describe('automatic backups', () => {
  it('back up once at start, then only after changes and at most every interval', async () => {
    const core = await open();
    const t0 = new Date(2025, 10, 28, 8, 0, 0);
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

    expect(await core.storage.maybeBackup(at(0))).not.toBeNull();
    expect(await core.storage.maybeBackup(at(1))).toBeNull(); // nothing changed
    await api(core, 'settings.update', { clerkName: 'Sau lần sao lưu đầu' });
    expect(await core.storage.maybeBackup(at(5))).toBeNull(); // changed, but too soon
    const second = await core.storage.maybeBackup(at(10));
    expect(second?.name).toBe('ThuongTruc_2025-11-28_08-10-00_tu-dong');
    expect(await core.storage.maybeBackup(at(45))).toBeNull(); // nothing changed since

    await api(core, 'settings.update', { clerkName: 'Thay đổi cuối ngày' });
    const atClose = await core.storage.backupIfChanged(at(46));
    expect(atClose).not.toBeNull();
    const copy = new SQLite(path.join(atClose!.path, BACKUP_DATABASE_FILE), { readonly: true });
    expect(copy.prepare("select value from settings where key = 'clerkName'").get()).toEqual({ value: 'Thay đổi cuối ngày' });
    copy.close();
  });

  it('keep only what the retention policy keeps, and never the backups the clerk made', async () => {
    const core = await open();
    const manual = await api<BackupInfo>(core, 'backup.create', {});
    const t0 = new Date(2025, 10, 28, 7, 0, 0);
    for (let i = 0; i < 12; i++) {
      await api(core, 'settings.update', { dueSoonDays: i });
      await core.storage.maybeBackup(new Date(t0.getTime() + i * 15 * 60_000));
    }
    const left = (await api<BackupListing>(core, 'backup.list')).backups;
    expect(left.filter((b) => b.reason === 'tu-dong')).toHaveLength(8);
    expect(left.map((b) => b.name)).toContain(manual.name);
    expect(left.find((b) => b.reason === 'tu-dong')!.name).toBe('ThuongTruc_2025-11-28_09-45-00_tu-dong');
  });

  it('start with the host (a backup at once) and back up changes when the app closes', async () => {
    const core = await open();
    const dataDir = core.ctx.info.dataDir;
    const stop = core.startAutoBackup();
    const backupsDir = path.join(dataDir, BACKUPS_FOLDER);
    await core.storage.maybeBackup(); // waits for the backup the start launched
    expect(listBackups(backupsDir)).toHaveLength(1);
    await api(core, 'settings.update', { clerkName: 'Trước khi tắt máy' });
    stop();
    await core.close();
    const newest = listBackups(backupsDir)[0]!;
    const copy = new SQLite(path.join(newest.path, BACKUP_DATABASE_FILE), { readonly: true });
    expect(copy.prepare("select value from settings where key = 'clerkName'").get()).toEqual({ value: 'Trước khi tắt máy' });
    copy.close();
  });
});
