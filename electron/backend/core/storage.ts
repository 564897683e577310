// Backups and restores of the data folder, for both hosts: automatic rolling backups, a backup on
// demand (to the backups folder or to a folder the clerk picks, such as a USB drive), and a restore
// that first keeps a copy of the current data so the restore itself can be undone.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { OpenedDatabase } from '../../../db/connection';
import { createBackup, type CreatedBackup } from '../../../db/backup/create';
import { BACKUP_DATABASE_FILE } from '../../../db/backup/format';
import { copyFileInChunks, fsyncDir, fsyncFile, linkOrCopy, renameWithRetry, sha256File, walkFiles } from '../../../db/backup/files';
import { listBackups, pruneBackups, type BackupEntry } from '../../../db/backup/list';
import { checkLocalPath, isInside } from '../../../db/backup/paths';
import { resolveRestoreSource, validateDatabaseCopy } from '../../../db/backup/restore-source';
import { migrations as knownMigrations } from '../../../db/migrations';
import { appliedMigrations, totalChanges as totalChangesOf } from '../../../db/database-facts';
import { AppError } from '../../../shared/api/errors';
import { formatFileSize } from '../../../shared/domain/attachments';
import type { CallGate } from './call-gate';
import { localStamp, type BackupReason } from '../../../shared/backup/backup-names';
import type { BackupInfo, BackupListing, RestoreProgress, RestoreResult } from '../../../shared/backup/backup-api';
import type { RetentionPolicy } from '../../../shared/backup/retention';

/**
 * The largest database file a restore accepts. A restore copies the file, checks it page by page and
 * keeps a backup of the current data first, while every window waits: measured at 8.4 s for 600 MB,
 * so about 15 s at this limit. A plan office's data is far smaller; a larger file is most likely not
 * a Thường trực backup at all.
 */
export const MAX_RESTORE_BYTES = 1024 * 1024 * 1024;

/** Prefix of a database copy being checked before a restore; removed at the next start if left. */
export const RESTORE_STAGING_PREFIX = '.khoi-phuc-';

export interface StoragePaths {
  dataDir: string;
  databaseFile: string;
  backupsDir: string;
  attachmentsDir: string;
}

export interface StorageService {
  readonly paths: StoragePaths;
  list(): BackupListing;
  /** A backup now: into the backups folder, or into `folder` (an existing folder outside the data folder). */
  create(options?: { folder?: string }): Promise<BackupInfo>;
  /** Replaces the data with a backup folder or database file, after checking it and keeping a copy of the current data. */
  restore(source: string): Promise<RestoreResult>;
  /** How far the running restore has got (for the progress bar); `running: false` when none runs. */
  restoreProgress(): RestoreProgress;
  /**
   * The automatic backup: makes one when none was made in this session yet, or when data changed
   * since the last one; in both cases only when the newest is at least `intervalMinutes` old.
   * Hosts call it from a timer; returns the backup made, or null.
   */
  maybeBackup(now?: Date): Promise<BackupInfo | null>;
  /** Backs up changes made since the last backup (at close); returns the backup made, or null. */
  backupIfChanged(now?: Date): Promise<BackupInfo | null>;
}

export interface StorageOptions {
  paths: StoragePaths;
  appVersion: string;
  intervalMinutes: number;
  retention?: RetentionPolicy;
  /** The API calls' gate: a restore runs alone (electron/backend/core/call-gate.ts). */
  gate?: CallGate;
  /** The database now open (changes after a restore). */
  current(): OpenedDatabase;
  /** Closes the current database. */
  closeCurrent(): Promise<void>;
  /** Opens the data file again (integrity check, pending migrations) and makes it current. */
  reopen(): Promise<OpenedDatabase>;
  /** Size of the chunks a restore copies the backup's database in (default 4 MB; tests use less). */
  copyChunkBytes?: number;
}

/**
 * The steps of a restore as the progress bar shows them: each from `from` to `to` percent. The
 * check's share is large because integrity_check reads every page once more.
 */
const RESTORE_STEPS = {
  copy: { from: 0, to: 25, label: 'Đang chép bản sao lưu…' },
  checksum: { from: 25, to: 35, label: 'Đang kiểm tra bản sao lưu…' },
  integrity: { from: 35, to: 65, label: 'Đang kiểm tra bản sao lưu…' },
  undo: { from: 65, to: 85, label: 'Đang sao lưu dữ liệu hiện tại…' },
  attachments: { from: 85, to: 95, label: 'Đang chép tệp đính kèm…' },
  reopen: { from: 95, to: 100, label: 'Đang mở dữ liệu đã khôi phục…' },
} as const;
type RestoreStep = keyof typeof RESTORE_STEPS;

/** integrity_check's speed on the build machine (measured: about 150 MB/s), for the bar's estimate. */
const CHECK_BYTES_PER_MS = 100 * 1024;

export function createStorage(options: StorageOptions): StorageService {
  const { paths } = options;
  const intervalMs = options.intervalMinutes * 60_000;
  let chain: Promise<unknown> = Promise.resolve();
  let lastBackupAt: Date | null = newestLocalBackupTime(paths.backupsDir);
  let changesAtLastBackup: number | null = null;
  /** The running restore's step, how far through it (0..1), or when its estimate started. */
  let progress: { step: RestoreStep; fraction: number; estimate?: { since: number; expectedMs: number } } | null = null;
  const setStep = (step: RestoreStep, fraction = 0) => {
    progress = { step, fraction: Math.max(0, Math.min(1, fraction)) };
  };

  /** One backup or restore at a time. */
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  }

  const totalChanges = () => totalChangesOf(options.current());

  async function backupLocally(reason: BackupReason, now: Date): Promise<CreatedBackup> {
    const made = await createBackup({
      sqlite: options.current().sqlite,
      attachmentsDir: paths.attachmentsDir,
      destinationRoot: paths.backupsDir,
      reason,
      now,
      appVersion: options.appVersion,
      linkAttachments: true,
    });
    pruneBackups(paths.backupsDir, localStamp(now), options.retention);
    return made;
  }

  function recordBackup(now: Date): void {
    lastBackupAt = now;
    changesAtLastBackup = totalChanges();
  }

  return {
    paths,

    list() {
      return {
        folder: paths.backupsDir,
        autoBackupMinutes: options.intervalMinutes,
        backups: listBackups(paths.backupsDir).map(toInfo),
      };
    },

    create({ folder } = {}) {
      return exclusive(async () => {
        const now = new Date();
        if (folder === undefined) {
          const made = await backupLocally('thu-cong', now);
          recordBackup(now);
          return toInfo(made);
        }
        const target = checkLocalPath(folder, 'targetFolder');
        if (isInside(target, paths.dataDir)) {
          throw new AppError(
            'VALIDATION',
            'Hãy chọn một thư mục nằm ngoài thư mục dữ liệu, ví dụ ổ USB (bản sao lưu tự động đã nằm trong thư mục dữ liệu).',
            'targetFolder',
          );
        }
        if (!isDirectory(target)) {
          throw new AppError('NOT_FOUND', `Không tìm thấy thư mục ${target}. Hãy cắm ổ USB hoặc kiểm tra lại đường dẫn.`, 'targetFolder');
        }
        const made = await createBackup({
          sqlite: options.current().sqlite,
          attachmentsDir: paths.attachmentsDir,
          destinationRoot: target,
          reason: 'thu-cong',
          now,
          appVersion: options.appVersion,
          linkAttachments: false,
        });
        return toInfo(made);
      });
    },

    restoreProgress() {
      if (!progress) return { running: false, percent: 0, text: '' };
      const step = RESTORE_STEPS[progress.step];
      let fraction = progress.fraction;
      if (progress.estimate) {
        // integrity_check says nothing until it ends: the bar moves with the time it should take.
        fraction = Math.min(0.95, (Date.now() - progress.estimate.since) / progress.estimate.expectedMs);
      }
      const percent = Math.floor(step.from + (step.to - step.from) * fraction);
      return { running: true, percent, text: `${step.label} ${percent}%` };
    },

    restore(sourceInput) {
      const alone = <T>(fn: () => Promise<T>) => (options.gate ? options.gate.exclusive(fn) : fn());
      return exclusive(async () => {
        const source = checkLocalPath(sourceInput, 'backupPath');
        if (isInside(source, paths.dataDir) && !isInside(source, paths.backupsDir)) {
          throw new AppError(
            'VALIDATION',
            'Không khôi phục từ chính thư mục dữ liệu đang dùng; hãy chọn một bản sao lưu.',
            'backupPath',
          );
        }
        refuseLiveData(source);
        const found = resolveRestoreSource(source);
        refuseLiveData(found.databaseFile);
        const bytes = fs.statSync(found.databaseFile).size;
        if (bytes > MAX_RESTORE_BYTES) {
          throw new AppError(
            'VALIDATION',
            `Tệp dữ liệu của bản sao lưu này nặng ${formatFileSize(bytes)}, quá giới hạn ${formatFileSize(MAX_RESTORE_BYTES)} khi khôi phục: ` +
              'khôi phục phải chép, kiểm tra và sao lưu toàn bộ dữ liệu trong khi mọi cửa sổ phải chờ, với tệp lớn hơn sẽ kéo dài nhiều phút. ' +
              'Tệp lớn như vậy thường không phải bản sao lưu của Thường trực; dữ liệu hiện tại không bị thay đổi.',
            'backupPath',
          );
        }
        const staged = path.join(paths.dataDir, `${RESTORE_STAGING_PREFIX}${crypto.randomBytes(6).toString('hex')}.sqlite`);
        try {
          // Copied and checked without blocking: the app answers (this progress, other windows) meanwhile.
          setStep('copy');
          await copyFileInChunks(found.databaseFile, staged, options.copyChunkBytes ?? 4 * 1024 * 1024, (copied) =>
            setStep('copy', copied / Math.max(1, bytes)),
          );
          const stagedMigrations = await validateDatabaseCopy(staged, found.manifest, Object.keys(knownMigrations), (step, fraction) => {
            if (step === 'checksum') setStep('checksum', fraction);
            else if (fraction === 0) progress = { step: 'integrity', fraction: 0, estimate: { since: Date.now(), expectedMs: 200 + bytes / CHECK_BYTES_PER_MS } };
            else setStep('integrity', 1);
          });
          removeSidecars(staged);

          // From here the restore runs alone: calls already running finish first, new ones are
          // refused, so every change acknowledged before this point is in the backup made next.
          return await alone(async () => {
            // Keep the data as it is now, so this restore can be undone. No backup, no restore.
            const now = new Date();
            setStep('undo');
            const undo = await backupLocally('truoc-khoi-phuc', now);

            setStep('attachments');
            const attachmentsRestored = await mergeAttachments(found.attachmentsDir, paths.attachmentsDir, (fraction) =>
              setStep('attachments', fraction),
            );
            setStep('reopen');
            await swapDatabase(staged, undo);
            const migrated = appliedMigrations(options.current()).filter((m) => !stagedMigrations.includes(m));
            recordBackup(now);
            return {
              restoredFrom: found.databaseFile,
              undoBackup: toInfo(undo),
              attachmentsRestored,
              migrated,
            };
          });
        } finally {
          progress = null;
          fs.rmSync(staged, { force: true });
          removeSidecars(staged);
        }
      });
    },

    maybeBackup(now = new Date()) {
      return exclusive(async () => {
        const changed = changesAtLastBackup === null || totalChanges() !== changesAtLastBackup;
        const due = lastBackupAt === null || now.getTime() - lastBackupAt.getTime() >= intervalMs || now < lastBackupAt;
        if (!changed || !due) return null;
        const made = await backupLocally('tu-dong', now);
        recordBackup(now);
        return toInfo(made);
      });
    },

    backupIfChanged(now = new Date()) {
      return exclusive(async () => {
        if (changesAtLastBackup !== null && totalChanges() === changesAtLastBackup) return null;
        const made = await backupLocally('tu-dong', now);
        recordBackup(now);
        return toInfo(made);
      });
    },
  };

  /**
   * Refuses the data folder itself reached by another path (a symbolic link, a hard link to the
   * live file): a restore from it would put back the file it replaces.
   */
  function refuseLiveData(candidate: string): void {
    const live = safeStat(paths.databaseFile);
    const other = safeStat(candidate);
    const sameFile = !!live && !!other && live.dev === other.dev && live.ino === other.ino;
    const real = safeRealpath(candidate);
    const inData = real !== null && isInside(real, safeRealpath(paths.dataDir) ?? paths.dataDir);
    const inBackups = real !== null && isInside(real, safeRealpath(paths.backupsDir) ?? paths.backupsDir);
    if (sameFile || (inData && !inBackups)) {
      throw new AppError(
        'VALIDATION',
        'Đường dẫn này dẫn tới chính dữ liệu đang dùng (qua một liên kết hoặc đường dẫn khác), không phải một bản sao lưu. ' +
          'Hãy chọn một bản sao lưu; dữ liệu không bị thay đổi.',
        'backupPath',
      );
    }
  }

  /**
   * Closes the database, puts the checked copy in its place with one atomic rename, and opens it
   * (integrity check, migrations of an older backup). If it does not open, the data kept just
   * before the restore is put back.
   */
  async function swapDatabase(staged: string, undo: CreatedBackup): Promise<void> {
    const file = paths.databaseFile;
    await options.closeCurrent();
    const wal = `${file}-wal`;
    if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
      await options.reopen();
      throw new AppError(
        'CONFLICT',
        'Dữ liệu đang được một cửa sổ Thường trực khác mở. Hãy đóng cửa sổ đó rồi khôi phục lại; dữ liệu không bị thay đổi.',
      );
    }
    removeSidecars(file);
    try {
      renameWithRetry(staged, file);
    } catch (err) {
      // The file could not be replaced (on Windows: a virus scanner or another program holding it).
      // The current data is untouched: open it again, and say so.
      await options.reopen();
      const code = (err as NodeJS.ErrnoException).code ?? '';
      throw new AppError(
        'CONFLICT',
        `Không thay được tệp dữ liệu ${file}${code ? ` (${code})` : ''}: có thể một chương trình khác (ví dụ phần mềm diệt virus) đang giữ tệp. ` +
          'Dữ liệu hiện tại đã được mở lại và không bị thay đổi; hãy thử khôi phục lại sau ít phút.',
        'backupPath',
      );
    }
    fsyncDir(paths.dataDir);
    try {
      await options.reopen();
    } catch {
      const back = `${staged}.hoan-tac`;
      fs.copyFileSync(path.join(undo.path, BACKUP_DATABASE_FILE), back);
      fsyncFile(back);
      removeSidecars(file);
      renameWithRetry(back, file);
      await options.reopen();
      throw new AppError(
        'INTERNAL',
        'Không mở được dữ liệu vừa khôi phục; dữ liệu đã được trả lại như trước khi khôi phục.',
        'backupPath',
      );
    }
  }
}

/** Copies the backup's attachments into the data folder; files already there with the same content stay. */
async function mergeAttachments(from: string | null, to: string, onProgress?: (fraction: number) => void): Promise<number> {
  if (!from) return 0;
  let copied = 0;
  const files = walkFiles(from);
  for (const [i, f] of files.entries()) {
    onProgress?.(i / files.length);
    const target = path.join(to, ...f.relative.split('/'));
    // A file named by its content's SHA-256 (as the app stores them) is taken only when it matches
    // its name, and never replaces a stored file that does: a damaged backup spoils nothing.
    const name = path.basename(f.relative);
    if (/^[0-9a-f]{64}$/.test(name)) {
      if ((await sha256File(f.absolute)) !== name) continue;
      if (fs.existsSync(target) && (await sha256File(target)) === name) continue;
    }
    if (fs.existsSync(target) && fs.statSync(target).size === f.bytes && (await sha256File(target)) === (await sha256File(f.absolute))) {
      continue;
    }
    const temp = `${target}.khoi-phuc-${process.pid}`;
    fs.rmSync(temp, { force: true });
    linkOrCopy(f.absolute, temp, false);
    renameWithRetry(temp, target);
    copied++;
  }
  return copied;
}

function toInfo(entry: BackupEntry | CreatedBackup): BackupInfo {
  const m = entry.manifest;
  return {
    name: entry.name,
    path: entry.path,
    createdAt: m.localTime,
    reason: m.reason,
    appVersion: m.appVersion,
    databaseBytes: m.database.bytes,
    attachmentCount: m.attachments.count,
    attachmentBytes: m.attachments.bytes,
  };
}

function newestLocalBackupTime(backupsDir: string): Date | null {
  const newest = listBackups(backupsDir)[0];
  if (!newest) return null;
  const at = new Date(newest.manifest.createdAt);
  return Number.isNaN(at.getTime()) ? null : at;
}

function safeStat(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

function safeRealpath(p: string): string | null {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function removeSidecars(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Removes database copies left by a restore that was interrupted (the data file itself is intact). */
export function removeUnfinishedRestores(dataDir: string): void {
  for (const name of fs.readdirSync(dataDir)) {
    if (name.startsWith(RESTORE_STAGING_PREFIX)) fs.rmSync(path.join(dataDir, name), { force: true, recursive: true });
  }
}
