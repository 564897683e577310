// Makes a backup folder from the live database with SQLite's online backup (never a file copy of a
// database that is open), checks it, and adds the attachments and the manifest.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { backupName, localStamp, type BackupReason } from '../../shared/backup/backup-names';
import { AppError } from '../../shared/api/errors';
import { DiskFullError, isDiskFull } from '../disk-full';
import {
  ATTACHMENTS_FOLDER,
  BACKUP_DATABASE_FILE,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MANIFEST_FILE,
  TEMP_PREFIX,
  type BackupManifest,
} from './format';
import { databaseFactsOffThread } from './check-off-thread';
import { fsyncDir, fsyncFile, linkOrCopy, renameWithRetry, sha256File, walkFiles, writeFileDurably } from './files';

export interface CreateBackupOptions {
  /** The open database (better-sqlite3 handle). */
  sqlite: SQLite.Database;
  /** <dataDir>/attachments; skipped when it does not exist. */
  attachmentsDir: string | null;
  /** Folder that receives the new backup folder (created if missing). */
  destinationRoot: string;
  reason: BackupReason;
  now: Date;
  appVersion: string;
  /** Hard-link attachments instead of copying them (backups on the same disk). */
  linkAttachments: boolean;
}

export interface CreatedBackup {
  name: string;
  path: string;
  manifest: BackupManifest;
}

export async function createBackup(options: CreateBackupOptions): Promise<CreatedBackup> {
  fs.mkdirSync(options.destinationRoot, { recursive: true });
  const stamp = localStamp(options.now);
  const name = freeName(options.destinationRoot, stamp, options.reason);
  const finalPath = path.join(options.destinationRoot, name);
  const temp = path.join(options.destinationRoot, `${TEMP_PREFIX}${name}-${crypto.randomBytes(4).toString('hex')}`);
  fs.mkdirSync(temp);
  try {
    const dbFile = path.join(temp, BACKUP_DATABASE_FILE);
    await options.sqlite.backup(dbFile);
    const migrations = await finishDatabaseCopy(dbFile);
    const attachments = copyAttachments(options.attachmentsDir, path.join(temp, ATTACHMENTS_FOLDER), options.linkAttachments);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: options.appVersion,
      createdAt: options.now.toISOString(),
      localTime: stamp,
      reason: options.reason,
      database: {
        file: BACKUP_DATABASE_FILE,
        bytes: fs.statSync(dbFile).size,
        sha256: await sha256File(dbFile),
        migrations,
      },
      attachments: {
        folder: ATTACHMENTS_FOLDER,
        count: attachments.length,
        bytes: attachments.reduce((s, f) => s + f.bytes, 0),
        files: attachments.map((f) => ({ path: f.relative, bytes: f.bytes })),
      },
    };
    writeFileDurably(path.join(temp, BACKUP_MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
    renameWithRetry(temp, finalPath);
    fsyncDir(options.destinationRoot);
    return { name, path: finalPath, manifest };
  } catch (err) {
    fs.rmSync(temp, { recursive: true, force: true });
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (isDiskFull(err)) {
      const needed = fileSize(options.sqlite.name) + folderSize(options.attachmentsDir, options.linkAttachments);
      throw new DiskFullError(options.destinationRoot, { what: 'bản sao lưu', neededBytes: needed });
    }
    const reason =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'không có quyền ghi vào thư mục này'
          : 'lỗi khi ghi tệp';
    throw new AppError('INTERNAL', `Không tạo được bản sao lưu trong thư mục ${options.destinationRoot}: ${reason}.`);
  }
}

/** The first name not yet taken in the folder (two backups can start in the same second). */
function freeName(root: string, stamp: string, reason: BackupReason): string {
  for (let seq = 1; ; seq++) {
    const name = backupName(stamp, reason, seq);
    if (!fs.existsSync(path.join(root, name))) return name;
  }
}

/**
 * Makes the copy a single self-contained file (rollback journal instead of WAL), checks it in full
 * in a worker thread (integrity_check reads every page: the app answers other calls meanwhile), and
 * returns the migrations it holds.
 */
async function finishDatabaseCopy(file: string): Promise<string[]> {
  const copy = new SQLite(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
    fsyncFile(file);
  }
  const facts = await databaseFactsOffThread(file, 'full');
  if (facts.integrity !== 'ok') {
    throw new AppError('INTERNAL', 'Bản sao lưu vừa tạo không qua được kiểm tra toàn vẹn; dữ liệu có thể đã bị hỏng.');
  }
  return facts.migrations ?? [];
}

function copyAttachments(from: string | null, to: string, allowLink: boolean) {
  if (!from || !fs.existsSync(from)) return [];
  const copied = [];
  for (const f of walkFiles(from)) {
    // A file still being written (db/attachments.ts writes "<hash>.<pid>.<random>.tmp", then renames).
    if (f.relative.endsWith('.tmp')) continue;
    try {
      linkOrCopy(f.absolute, path.join(to, ...f.relative.split('/')), allowLink);
      copied.push(f);
    } catch (err) {
      // A file removed while the backup runs (e.g. a half-written temporary file) is left out.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  return copied;
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Bytes a copy of the attachments takes (none when they are hard-linked on the same disk). */
function folderSize(dir: string | null, linked: boolean): number {
  if (!dir || linked) return 0;
  try {
    return walkFiles(dir).reduce((sum, f) => sum + f.bytes, 0);
  } catch {
    return 0;
  }
}
