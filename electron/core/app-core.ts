// Opens the app's data folder: the database file (migrated, with the built-in plan on first start)
// and the handler context both hosts serve. Imports no electron.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../db/connection';
import { checkDatabaseFile } from '../../db/integrity';
import { BACKUPS_FOLDER } from '../../db/backup/format';
import { latestGoodBackup } from '../../db/backup/list';
import { DamagedDataError } from './damaged-data';
import { migrateToLatest } from '../../db/migrate';
import { loadDataset } from '../../db/builtin/load-dataset';
import { quangTri2022 } from '../../db/builtin/quang-tri-2022';
import { listPlans } from '../../db/queries/plans';
import { readSettings, writeSettings } from '../../db/queries/settings';
import { todayIso } from '../../shared/dates/iso-date';
import type { HandlerContext } from '../handlers/types';
import { DATABASE_FILE_NAME } from './data-dir';

export interface AppCore {
  ctx: HandlerContext;
  database: OpenedDatabase;
  close(): Promise<void>;
}

export interface AppCoreOptions {
  dataDir: string;
  host: 'desktop' | 'browser';
  version: string;
  /** Fixed "today" for tests and demonstrations (ISO date); the real date otherwise. */
  today?: string;
}

export async function openAppCore(options: AppCoreOptions): Promise<AppCore> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, DATABASE_FILE_NAME);
  refuseDamagedFile(file, path.join(options.dataDir, BACKUPS_FOLDER));
  const database = openDatabase(file);
  try {
    await migrateToLatest(database.db);
    await seedOnFirstStart(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  const ctx: HandlerContext = {
    db: database.db,
    info: { version: options.version, host: options.host, dataDir: options.dataDir, databaseFile: file },
    today: () => options.today ?? todayIso(),
  };
  return { ctx, database, close: () => database.close() };
}

/**
 * PRAGMA quick_check through a read-only connection, before anything opens the file for writing:
 * a file that fails is never written to (no WAL switch, no migration, no seeding).
 */
function refuseDamagedFile(file: string, backupsDir: string): void {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return;
  const check = checkDatabaseFile(file, 'quick');
  if (!check.ok) throw new DamagedDataError(file, check.problem, latestGoodBackup(backupsDir));
}

/** An empty database gets the built-in 2022 plan, once; later starts leave the data alone. */
async function seedOnFirstStart({ db }: OpenedDatabase): Promise<void> {
  if ((await listPlans(db)).length > 0) return;
  const planId = await loadDataset(db, quangTri2022);
  const settings = await readSettings(db);
  if (settings.currentPlanId === null) await writeSettings(db, { currentPlanId: planId });
}
