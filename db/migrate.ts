// Brings a database up to this build's schema, and refuses one written by a newer build.
import SQLite from 'better-sqlite3';
import { Migrator, sql } from 'kysely';
import type { AppDb } from './connection';
import { migrationProvider, migrations } from './migrations';
import { AppError } from '../shared/api/errors';

export async function migrateToLatest(db: AppDb): Promise<string[]> {
  await refuseUnknownMigrations(db);
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    throw new AppError('INTERNAL', `Không cập nhật được cấu trúc dữ liệu: ${String((error as Error).message ?? error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations this build has not applied yet (empty for an up-to-date database). */
export async function pendingMigrations(db: AppDb): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const all = await migrator.getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}

export const NEWER_VERSION_MESSAGE =
  'Dữ liệu này được tạo bởi một phiên bản Thường trực mới hơn. Hãy cài phiên bản mới nhất để mở; dữ liệu không bị thay đổi.';

/**
 * Migrations recorded in a database file that this build does not know, read through a read-only
 * connection (no WAL switch, no byte written). Empty for a new or an up-to-date file.
 */
export function unknownMigrationsInFile(file: string): string[] {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const has = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!has) return [];
    const names = (sqlite.prepare('select name from kysely_migration').all() as { name: string }[]).map((r) => r.name);
    return names.filter((n) => !(n in migrations));
  } finally {
    sqlite.close();
  }
}

async function refuseUnknownMigrations(db: AppDb): Promise<void> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === 'kysely_migration')) return;
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const unknown = rows.map((r) => r.name).filter((n) => !(n in migrations));
  if (unknown.length > 0) {
    throw new AppError('CONFLICT', NEWER_VERSION_MESSAGE);
  }
}
