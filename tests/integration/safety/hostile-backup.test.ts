// Issue 13, D3: a backup from elsewhere is put back only when it is exactly a Thường trực backup.
// Each crafted backup below has a correct manifest (checksum recomputed after the change), so only
// the new checks can catch it: triggers, views, foreign tables and indexes, changed columns,
// attachments that are symbolic links or not listed, and the live data reached by another path.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openTempApp, makeTempDir, type TempApp } from '../../helpers/temp-app';
import { BACKUP_DATABASE_FILE, BACKUP_MANIFEST_FILE } from '../../../db/backup/format';
import { folderListing, tableContentHash } from '../storage/helpers';
import type { BackupInfo } from '../../../shared/api/models';

let app: TempApp;
const dirs: string[] = [];
afterEach(async () => {
  await app?.cleanup();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function setup() {
  app = await openTempApp({ today: '2022-07-01' });
  await app.call('settings.update', { clerkName: 'Giữ nguyên' });
  const usb = makeTempDir('thuong-truc-usb-');
  dirs.push(usb);
  const backup = (await app.call('backup.create', { targetFolder: usb })) as BackupInfo;
  return backup.path;
}

/** Changes a backup's database with SQL and rewrites its manifest so that the checksum matches. */
function tamper(backupPath: string, sqlText: string) {
  const file = path.join(backupPath, BACKUP_DATABASE_FILE);
  const db = new SQLite(file);
  db.exec(sqlText);
  db.close();
  const manifestFile = path.join(backupPath, BACKUP_MANIFEST_FILE);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const bytes = fs.readFileSync(file);
  manifest.database.sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  manifest.database.bytes = bytes.length;
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));
}

async function expectRefused(backupPath: string, message: RegExp) {
  const file = path.join(app.dataDir, 'thuong-truc.sqlite');
  const before = tableContentHash(file);
  const listing = folderListing(app.dataDir);
  const result = await app.raw('backup.restore', { backupPath });
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.field).toBe('backupPath');
    expect(result.error.message).toMatch(message);
  }
  expect(tableContentHash(file)).toBe(before);
  expect(folderListing(app.dataDir)).toEqual(listing);
  // the app still answers, on the same data
  expect((await app.call('settings.get', {})).clerkName).toBe('Giữ nguyên');
}

describe('a crafted backup is refused, before anything is replaced', () => {
  it.each([
    ['a trigger that deletes every progress note on the first edit', 'create trigger xoa after update on tasks begin delete from task_progress; end;', /trigger "xoa"/],
    ['a view', 'create view treo as with recursive r(n) as (select 1 union all select n + 1 from r) select n from r;', /view "treo"/],
    ['a table the app does not know', 'create table ghi_chu_la (id integer primary key, x text);', /bảng "ghi_chu_la"/],
    ['an index the app does not make', 'create index chi_muc_la on tasks (content);', /chỉ mục "chi_muc_la"/],
    ['a column added to a table', 'alter table tasks add column them text;', /bảng "tasks" khác cấu trúc/],
    ['an index of the app removed', `drop index ${'"'}${'IDX'}${'"'};`, /thiếu chỉ mục/],
  ])('%s', async (_what, sqlText, message) => {
    const backup = await setup();
    let statement = sqlText;
    if (statement.includes('"IDX"')) {
      const db = new SQLite(path.join(backup, BACKUP_DATABASE_FILE), { readonly: true });
      const idx = db.prepare("select name from sqlite_master where type = 'index' and sql is not null limit 1").get() as { name: string };
      db.close();
      statement = statement.replace('IDX', idx.name);
    }
    tamper(backup, statement);
    await expectRefused(backup, message);
  });

  it('a bare database file with a trigger (no manifest)', async () => {
    const backup = await setup();
    tamper(backup, 'create trigger xoa2 after insert on task_progress begin delete from task_progress; end;');
    const bare = path.join(path.dirname(backup), 'du-lieu.sqlite');
    fs.copyFileSync(path.join(backup, BACKUP_DATABASE_FILE), bare);
    await expectRefused(bare, /trigger "xoa2"/);
  });

  it('an attachments folder that is a symbolic link to another folder', async () => {
    const backup = await setup();
    const elsewhere = makeTempDir('thuong-truc-elsewhere-');
    dirs.push(elsewhere);
    fs.writeFileSync(path.join(elsewhere, 'bi-mat.txt'), 'không được chép vào');
    fs.rmSync(path.join(backup, 'attachments'), { recursive: true, force: true });
    fs.symlinkSync(elsewhere, path.join(backup, 'attachments'));
    await expectRefused(backup, /liên kết tượng trưng/);
  });

  it('an attachment that is a symbolic link', async () => {
    const backup = await setup();
    fs.mkdirSync(path.join(backup, 'attachments'), { recursive: true });
    fs.symlinkSync('/etc/hostname', path.join(backup, 'attachments', 'a'.repeat(64)));
    await expectRefused(backup, /liên kết tượng trưng/);
  });

  it('an attachment the manifest does not list', async () => {
    const backup = await setup();
    fs.mkdirSync(path.join(backup, 'attachments'), { recursive: true });
    fs.writeFileSync(path.join(backup, 'attachments', 'them.exe'), 'MZ');
    await expectRefused(backup, /không có trong bản kê/);
  });

  it('the live database reached through a symbolic link or a hard link outside the data folder', async () => {
    await setup();
    const elsewhere = makeTempDir('thuong-truc-link-');
    dirs.push(elsewhere);
    const live = path.join(app.dataDir, 'thuong-truc.sqlite');
    const symlink = path.join(elsewhere, 'lien-ket.sqlite');
    fs.symlinkSync(live, symlink);
    await expectRefused(symlink, /chính dữ liệu đang dùng/);
    const folderLink = path.join(elsewhere, 'thu-muc');
    fs.symlinkSync(app.dataDir, folderLink);
    await expectRefused(path.join(folderLink, 'thuong-truc.sqlite'), /chính dữ liệu đang dùng/);
    const hard = path.join(elsewhere, 'cung-tep.sqlite');
    fs.linkSync(live, hard);
    await expectRefused(hard, /chính dữ liệu đang dùng/);
  });

  it('an attachment whose content does not match its name never replaces the good stored file', async () => {
    app = await openTempApp({ today: '2022-07-01' });
    await app.call('settings.update', { clerkName: 'Giữ nguyên' });
    const good = Buffer.from('%PDF-1.4 báo cáo thật');
    const name = crypto.createHash('sha256').update(good).digest('hex');
    fs.mkdirSync(path.join(app.dataDir, 'attachments'), { recursive: true });
    fs.writeFileSync(path.join(app.dataDir, 'attachments', name), good);
    const usb = makeTempDir('thuong-truc-usb-');
    dirs.push(usb);
    const backup = (await app.call('backup.create', { targetFolder: usb })) as BackupInfo;
    // the backup's copy is damaged, same size (so the manifest's size check passes)
    const copy = path.join(backup.path, 'attachments', name);
    const damaged = Buffer.from(good);
    damaged[damaged.length - 1] = damaged[damaged.length - 1]! ^ 0xff;
    fs.writeFileSync(copy, damaged);
    await app.call('backup.restore', { backupPath: backup.path });
    expect(fs.readFileSync(path.join(app.dataDir, 'attachments', name))).toEqual(good);
  });

  it('while an untouched backup of the same data still restores', async () => {
    const backup = await setup();
    await app.call('settings.update', { clerkName: 'Khác' });
    await app.call('backup.restore', { backupPath: backup });
    expect((await app.call('settings.get', {})).clerkName).toBe('Giữ nguyên');
  });
});
