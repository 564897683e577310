// Opens the app's data folder: the database file (checked, backed up before a migration, migrated,
// with the built-in plan on first start), the backup service, and the handler context both hosts
// serve. Imports no electron.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../../db/connection';
import { removeLeftoverTemporaries } from '../../../db/attachments';
import { checkDatabaseFileOffThread } from '../../../db/backup/check-off-thread';
import { ATTACHMENTS_FOLDER, BACKUPS_FOLDER } from '../../../db/backup/format';
import { createBackup } from '../../../db/backup/create';
import { latestGoodBackup, pruneBackups, removeUnfinishedBackups } from '../../../db/backup/list';
import { NEWER_VERSION_MESSAGE, pendingMigrations, unknownMigrationsInFile } from '../../../db/migrate';
import { hasTables, migrateInOneTransaction } from '../../../db/database-facts';
import { fillBuiltinPlanText, loadDataset } from '../../../db/builtin/load-dataset';
import { quangTri2022 } from '../../../db/builtin/quang-tri-2022';
import { listPlans } from '../../../db/queries/plans';
import { readSettings, writeSettings } from '../../../db/queries/settings';
import { AppError } from '../../../shared/api/errors';
import { localStamp } from '../../../shared/backup/backup-names';
import type { RetentionPolicy } from '../../../shared/backup/retention';
import { todayIso } from '../../../shared/dates/iso-date';
import type { HandlerContext } from '../handlers/types';
import { DATABASE_FILE_NAME } from './data-dir';
import { DamagedDataError } from './damaged-data';
import { createCallGate } from './call-gate';
import { collectors, createMemoryTrim, type MemoryTrim } from './memory-trim';
import { lockDataFolder } from './data-lock';
import { createStorage, removeUnfinishedRestores, type StoragePaths, type StorageService } from './storage';

/** Minutes between automatic backups while the data changes. */
export const AUTO_BACKUP_MINUTES = 10;
/** How often the hosts' timer asks whether a backup is due. */
const AUTO_BACKUP_TICK_MS = 60_000;

export interface AppCore {
  ctx: HandlerContext;
  /** The database now open (a restore replaces it). */
  readonly database: OpenedDatabase;
  storage: StorageService;
  /**
   * Starts the automatic backups: one now (unless a recent one exists), then at most every
   * AUTO_BACKUP_MINUTES while data changes, and one at close when data changed since the last.
   * Returns a function that stops the timer.
   */
  startAutoBackup(): () => void;
  /**
   * Gives V8's spare heap back to the system once the calls have been idle a moment after heavy work
   * (memory-trim.ts). For the hosts' long-running process; returns the function that stops it.
   */
  startMemoryTrim(): () => void;
  close(): Promise<void>;
}

export interface AppCoreOptions {
  dataDir: string;
  host: 'desktop' | 'browser';
  version: string;
  /** Fixed "today" for tests and demonstrations (ISO date); the real date otherwise. */
  today?: string;
  /** Minutes between automatic backups (default AUTO_BACKUP_MINUTES). */
  autoBackupMinutes?: number;
  retention?: RetentionPolicy;
}

export async function openAppCore(options: AppCoreOptions): Promise<AppCore> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const paths: StoragePaths = {
    dataDir: options.dataDir,
    databaseFile: path.join(options.dataDir, DATABASE_FILE_NAME),
    backupsDir: path.join(options.dataDir, BACKUPS_FOLDER),
    attachmentsDir: path.join(options.dataDir, ATTACHMENTS_FOLDER),
  };
  // One app per data folder: a second copy is refused before it reads or writes anything.
  const lock = lockDataFolder(options.dataDir);
  let database: OpenedDatabase;
  try {
    database = await openDataFile(paths, options);
  } catch (err) {
    lock.release();
    throw err;
  }
  removeUnfinishedBackups(paths.backupsDir);
  removeUnfinishedRestores(paths.dataDir);
  removeLeftoverTemporaries(paths.dataDir);

  const gate = createCallGate();
  const ctx: HandlerContext = {
    db: database.db,
    info: { version: options.version, host: options.host, dataDir: options.dataDir, databaseFile: paths.databaseFile },
    today: () => options.today ?? todayIso(),
    gate,
  };
  const storage = createStorage({
    paths,
    appVersion: options.version,
    intervalMinutes: options.autoBackupMinutes ?? AUTO_BACKUP_MINUTES,
    retention: options.retention,
    current: () => database,
    gate,
    closeCurrent: () => database.close(),
    reopen: async () => {
      database = await openDataFile(paths, options);
      ctx.db = database.db;
      return database;
    },
  });
  ctx.storage = storage;

  let timer: NodeJS.Timeout | null = null;
  let trim: MemoryTrim | null = null;
  let stopTrim: (() => void) | null = null;
  let autoBackup = false;
  let closed = false;
  const stopTimer = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  const tick = () => {
    storage
      .maybeBackup()
      .catch((err) => console.error('[sao lưu tự động]', (err as Error).message))
      .finally(() => trim?.idle());
  };

  return {
    ctx,
    get database() {
      return database;
    },
    storage,
    startAutoBackup() {
      autoBackup = true;
      tick();
      stopTimer();
      timer = setInterval(tick, AUTO_BACKUP_TICK_MS);
      timer.unref();
      return stopTimer;
    },
    startMemoryTrim() {
      stopTrim?.();
      const collect = collectors();
      if (!collect) return () => undefined;
      const started = createMemoryTrim({ collect, busy: () => gate.busy });
      const unsubscribe = gate.onIdle(() => started.idle());
      trim = started;
      stopTrim = () => {
        unsubscribe();
        started.stop();
        trim = stopTrim = null;
      };
      return stopTrim;
    },
    async close() {
      if (closed) return;
      closed = true;
      stopTimer();
      stopTrim?.();
      if (autoBackup) {
        await storage.backupIfChanged().catch((err) => console.error('[sao lưu khi đóng]', (err as Error).message));
      }
      try {
        await database.close();
      } finally {
        lock.release();
      }
    },
  };
}

/**
 * Opens the data file for use:
 * 1. PRAGMA quick_check through a read-only connection (in a worker thread), before anything may write: a file that
 *    fails is never written to (no WAL switch, no migration, no seeding);
 * 2. a backup before any migration of existing data;
 * 3. the migrations, all in one transaction (a crash leaves the file as it was before them);
 * 4. the built-in plan on first start.
 */
async function openDataFile(paths: StoragePaths, options: AppCoreOptions): Promise<OpenedDatabase> {
  const file = paths.databaseFile;
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (existed) {
    // In a worker thread: while a restore reopens the data, the app answers its progress.
    const check = await checkDatabaseFileOffThread(file, 'quick');
    if (!check.ok) throw new DamagedDataError(file, check.problem, latestGoodBackup(paths.backupsDir));
    // A file from a newer version is refused before anything opens it for writing (which would
    // switch it to WAL and so change its header).
    if (unknownMigrationsInFile(file).length > 0) throw new AppError('CONFLICT', NEWER_VERSION_MESSAGE);
  }
  const database = openDatabase(file);
  try {
    if (existed && hasTables(database) && (await pendingMigrations(database.db)).length > 0) {
      await backupBeforeMigration(database, paths, options);
    }
    await migrateInOneTransaction(database);
    await seedOnFirstStart(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

async function backupBeforeMigration(database: OpenedDatabase, paths: StoragePaths, options: AppCoreOptions) {
  const now = new Date();
  try {
    await createBackup({
      sqlite: database.sqlite,
      attachmentsDir: paths.attachmentsDir,
      destinationRoot: paths.backupsDir,
      reason: 'truoc-cap-nhat',
      now,
      appVersion: options.version,
      linkAttachments: true,
    });
  } catch (err) {
    throw new AppError(
      'INTERNAL',
      `Không tạo được bản sao lưu trước khi cập nhật cấu trúc dữ liệu, nên chưa cập nhật; dữ liệu không bị thay đổi. ${(err as Error).message}`,
    );
  }
  pruneBackups(paths.backupsDir, localStamp(now), options.retention);
}


/**
 * An empty database gets the built-in 2022 plan, once; later starts leave the data alone. The plan
 * loads in one transaction; choosing it as the current plan is finished at the next start if a
 * crash came in between.
 */
async function seedOnFirstStart({ db }: OpenedDatabase): Promise<void> {
  let plans = await listPlans(db);
  if (plans.length === 0) {
    await loadDataset(db, quangTri2022);
    plans = await listPlans(db);
  } else {
    // A database from an earlier release: the built-in plan gets the text and links it did not have.
    await fillBuiltinPlanText(db, quangTri2022);
  }
  const settings = await readSettings(db);
  if (settings.currentPlanId === null && plans.length === 1) await writeSettings(db, { currentPlanId: plans[0]!.id });
}
