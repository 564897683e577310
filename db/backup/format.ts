// The backup format: one folder per backup, readable by a person with a file manager.
//
//   ThuongTruc_2025-11-28_14-30-05_tu-dong/
//     thuong-truc.sqlite   the database, a self-contained SQLite file (rollback journal, no -wal)
//     attachments/         copy of <dataDir>/attachments (same relative paths), when there are any
//     backup.json          manifest: format, app version, time, reason, migrations, sha256 of the
//                          database file, list of attachment files with their sizes
//
// A backup folder only appears under its final name once everything in it is written and checked
// (it is built as ".tmp-..." and renamed), so a folder with this name is always complete.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupReason } from '../../shared/backup/backup-names';

export const BACKUP_FORMAT = 'thuong-truc-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_DATABASE_FILE = 'thuong-truc.sqlite';
export const BACKUP_MANIFEST_FILE = 'backup.json';
/** Folder of attachments, both in the data folder and in a backup. */
export const ATTACHMENTS_FOLDER = 'attachments';
/** Folder of automatic backups inside the data folder. */
export const BACKUPS_FOLDER = 'backups';
/** Prefix of a backup folder still being written; removed at the next start if left behind. */
export const TEMP_PREFIX = '.tmp-';

/** Tables every Thường trực database has since the first migration. */
export const REQUIRED_TABLES = ['settings', 'agencies', 'plans', 'tasks', 'kysely_migration'] as const;

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** UTC instant, ISO 8601. */
  createdAt: string;
  /** Local wall-clock time "YYYY-MM-DDTHH:mm:ss", the same as in the folder name. */
  localTime: string;
  reason: BackupReason;
  database: {
    file: string;
    bytes: number;
    sha256: string;
    migrations: string[];
  };
  attachments: {
    folder: string;
    count: number;
    bytes: number;
    /** Relative paths with "/" separators. */
    files: { path: string; bytes: number }[];
  };
}

/** The manifest of a backup folder, or null when it is missing or not one of ours. */
export function readManifest(folder: string): BackupManifest | null {
  try {
    const raw = fs.readFileSync(path.join(folder, BACKUP_MANIFEST_FILE), 'utf8');
    const value = JSON.parse(raw) as BackupManifest;
    if (value?.format !== BACKUP_FORMAT || typeof value.formatVersion !== 'number') return null;
    if (typeof value.database?.sha256 !== 'string' || !Array.isArray(value.attachments?.files)) return null;
    return value;
  } catch {
    return null;
  }
}
