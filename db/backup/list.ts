// Reading the backups folder: which backups exist, and which is the newest good one.
import fs from 'node:fs';
import path from 'node:path';
import { compareNewestFirst, parseBackupName, type ParsedBackupName } from '../../shared/backup/backup-names';
import { backupsToDelete, type RetentionPolicy } from '../../shared/backup/retention';
import { checkDatabaseFile } from '../integrity';
import { BACKUP_DATABASE_FILE, TEMP_PREFIX, readManifest, type BackupManifest } from './format';

export interface BackupEntry extends ParsedBackupName {
  path: string;
  manifest: BackupManifest;
}

/** Complete backups in a folder, newest first. Folders without a readable manifest are left out. */
export function listBackups(root: string): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return [];
  }
  const out: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const folder = path.join(root, name);
    const manifest = readManifest(folder);
    if (manifest) out.push({ ...parsed, path: folder, manifest });
  }
  return out.sort(compareNewestFirst);
}

/** The newest backup whose database passes the quick check, or null. Looks at most at `limit`. */
export function latestGoodBackup(root: string, limit = 10): BackupEntry | null {
  for (const entry of listBackups(root).slice(0, limit)) {
    if (checkDatabaseFile(path.join(entry.path, BACKUP_DATABASE_FILE), 'quick').ok) return entry;
  }
  return null;
}

/** Deletes the backups the retention policy no longer keeps; returns their names. */
export function pruneBackups(root: string, now: string, policy?: RetentionPolicy): string[] {
  const doomed = backupsToDelete(listBackups(root), now, policy);
  const deleted: string[] = [];
  for (const name of doomed) {
    try {
      fs.rmSync(path.join(root, name), { recursive: true, force: true });
      deleted.push(name);
    } catch {
      // a locked folder is retried at the next pass
    }
  }
  return deleted;
}

/** Removes half-written backup folders left by a crash or a power cut. */
export function removeUnfinishedBackups(root: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(TEMP_PREFIX)) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}
