// Opens the SQLite file with the settings every connection must have, and wraps it in Kysely.
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export type AppDb = Kysely<Database>;

export interface OpenedDatabase {
  db: AppDb;
  /** The raw handle, for what Kysely does not do: online backup, integrity check, close. */
  sqlite: SQLite.Database;
  file: string;
  close(): Promise<void>;
}

export function openDatabase(file: string): OpenedDatabase {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a write the app has acknowledged survives a power cut.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    sqlite,
    file,
    // Kysely's destroy() closes the better-sqlite3 handle.
    close: () => db.destroy(),
  };
}
