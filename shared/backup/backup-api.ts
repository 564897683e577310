// What the backup methods of the API return (re-exported by shared/api/models.ts).
import type { BackupReason } from './backup-names';

export interface BackupInfo {
  /** Folder name, e.g. "ThuongTruc_2025-11-28_14-30-05_tu-dong". */
  name: string;
  /** Full path of the backup folder. */
  path: string;
  /** Local time it was made, "YYYY-MM-DDTHH:mm:ss". */
  createdAt: string;
  reason: BackupReason;
  /** Version of Thường trực that made it. */
  appVersion: string;
  databaseBytes: number;
  attachmentCount: number;
  attachmentBytes: number;
}

export interface BackupListing {
  /** Folder of automatic backups, inside the data folder. */
  folder: string;
  /** Minutes between automatic backups while data changes; null when they are off. */
  autoBackupMinutes: number | null;
  /** Newest first. */
  backups: BackupInfo[];
}

export interface RestoreResult {
  /** The database file the data now comes from. */
  restoredFrom: string;
  /** The copy of the data as it was just before the restore: restoring it undoes the restore. */
  undoBackup: BackupInfo;
  /** Attachments copied from the backup (already present ones are not counted). */
  attachmentsRestored: number;
  /** Migrations applied to bring an older backup up to this version. */
  migrated: string[];
}

/** How far a restore has got, for the progress bar (`backup.restoreProgress`, polled). */
export interface RestoreProgress {
  /** True from the start of a restore until it answers. */
  running: boolean;
  /** 0–100. */
  percent: number;
  /** "Đang kiểm tra bản sao lưu… 40%"; '' when no restore runs. */
  text: string;
}
