// What the core asks of an opened database file through its raw handle (SQL lives in db/, never in
// electron/backend/core): whether it holds tables, how many changes it has seen, which migrations it
// ran, and running migrations inside one transaction.
import type { OpenedDatabase } from './connection';
import { migrateToLatest } from './migrate';

/** True when the file holds any table (false for a new, empty file). */
export function hasTables({ sqlite }: OpenedDatabase): boolean {
  return !!sqlite.prepare("select 1 from sqlite_master where type = 'table' limit 1").get();
}

/** Rows changed through this connection since it was opened (SQLite's total_changes()). */
export function totalChanges({ sqlite }: OpenedDatabase): number {
  return (sqlite.prepare('select total_changes() as n').get() as { n: number }).n;
}

/** The migrations recorded in the file, by name, in order. */
export function appliedMigrations({ sqlite }: OpenedDatabase): string[] {
  return (sqlite.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name);
}

/**
 * Kysely runs SQLite migrations without a transaction; SQLite can undo schema changes, so they run
 * inside one here: a crash or a failing step leaves the file exactly as it was before.
 */
export async function migrateInOneTransaction(database: OpenedDatabase): Promise<string[]> {
  database.sqlite.exec('BEGIN IMMEDIATE');
  try {
    const applied = await migrateToLatest(database.db);
    database.sqlite.exec('COMMIT');
    return applied;
  } catch (err) {
    if (database.sqlite.inTransaction) database.sqlite.exec('ROLLBACK');
    throw err;
  }
}
