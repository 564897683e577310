// Opens the SQLite file with the settings every connection must have, and wraps it in Kysely.
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export type AppDb = Kysely<Database>;

/**
 * The API calls in progress, each counting the commits made while it runs: the boundary adds a call's
 * count when it begins and takes it out when it ends, and reads it to say "nothing changed" only when
 * that is true. A commit counts for every call in progress: almost every call runs to its end in one
 * turn of the event loop, where no other call runs, so the count is the call's own; a call that awaits
 * real work (a file, a backup) while another saves cannot be told apart from it, and counts that save
 * too, so on failure it says to reload rather than that nothing changed. Not AsyncLocalStorage: its
 * hooks cost every promise of every call, a tenth of a board call's time outside SQLite.
 */
export const callsInProgress = new Set<{ commits: number }>();

export interface OpenedDatabase {
  db: AppDb;
  /** The raw handle, for what Kysely does not do: online backup, integrity check, close. */
  sqlite: SQLite.Database;
  file: string;
  /**
   * How many times a change was committed through `db` since it was opened (a COMMIT, or a write
   * outside a transaction). The API boundary compares it before and after a call, to say
   * "nothing changed" only when that is true.
   */
  commits(): number;
  close(): Promise<void>;
}

export function openDatabase(file: string): OpenedDatabase {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a write the app has acknowledged survives a power cut.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // SQLite's page cache, 4 MB (better-sqlite3 sets 16 MB): on the bench's ten years (a 9.5 MB file)
  // the backend's RSS fell by 15–19 MB, and the board calls' times did not move beyond the noise
  // (task list p50 2.9–3.6 ms either way): the pages it reads stay in the system's file cache.
  sqlite.pragma('cache_size = -4000');
  const counter = { commits: 0 };
  const { handle, prepareKept } = countingCommits(sqlite, counter);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) });
  directHandles.set(db, { sqlite, prepare: prepareKept, counter });
  return {
    db,
    sqlite,
    file,
    commits: () => counter.commits,
    // Kysely's destroy() closes the better-sqlite3 handle.
    close: () => db.destroy(),
  };
}

/**
 * The handle under each opened database's Kysely instance (not under a transaction's), for
 * `directRead`.
 */
const directHandles = new WeakMap<
  AppDb,
  { sqlite: SQLite.Database; prepare: (source: string) => SQLite.Statement; counter: { commits: number } }
>();

/**
 * Runs a read statement straight on the connection's kept statements, without Kysely's executor
 * (its connection lock and promise chain cost more than a small read itself). Only when `db` is the
 * database itself, not a transaction, and no transaction is open on the connection: then Kysely's lock
 * could only be held by a statement that runs synchronously to its end, so reading now is what Kysely
 * would have done. Returns null when that does not hold, or the SQL may write: the caller then runs it
 * through Kysely, which waits for the open transaction.
 */
export function directRead<R>(db: AppDb, sql: string, parameters: readonly unknown[]): R[] | null {
  const direct = directHandles.get(db);
  if (!direct || direct.sqlite.inTransaction || !direct.sqlite.open) return null;
  const stmt = direct.prepare(sql);
  if (!stmt.reader || !stmt.readonly) return null;
  return stmt.all(parameters) as R[];
}

/**
 * How many changes have been committed through this database's connection since it was opened; null
 * for a transaction. The app writes only through this one connection, so while the count stays the
 * same nothing stored has changed, and what was worked out from it still holds.
 */
export function commitCount(db: AppDb): number | null {
  return directHandles.get(db)?.counter.commits ?? null;
}

const STATEMENT_METHODS = new Set(['run', 'all', 'get', 'iterate']);

/**
 * Prepared statements kept per connection, by their SQL, the least recently used dropped first.
 * Kysely prepares each query it runs; the same SQL prepared again costs SQLite a parse and a plan
 * every call (a tenth of targets.progress). Kysely runs statements with all() or run() to the end,
 * never two at once on one statement (no streaming), so one prepared statement serves every call.
 * SQLite prepares a kept statement again by itself after a schema change. The count bounds the
 * memory: SQL with IN lists of varying length is a statement per length.
 */
const STATEMENT_CACHE_SIZE = 300;

/**
 * The handle Kysely sees: the same database, whose statements count each commit they make. A
 * statement that may write, or ends a transaction, and leaves no transaction open has committed
 * (COMMIT, or a write in autocommit mode); ROLLBACK has not.
 */
function countingCommits(
  sqlite: SQLite.Database,
  counter: { commits: number },
): { handle: SQLite.Database; prepareKept: (source: string) => SQLite.Statement } {
  const bind = (target: object, value: unknown) => (typeof value === 'function' ? value.bind(target) : value);
  // A hit only stamps its entry: moving it to the end of the map (delete, then set) left a deleted slot
  // per hit, and every twenty-odd board calls the map was rebuilt, adding 30–80 µs to that call.
  const cache = new Map<string, { stmt: SQLite.Statement; used: number }>();
  let clock = 0;
  const prepareKept = (source: string): SQLite.Statement => {
    const kept = cache.get(source);
    if (kept) {
      kept.used = ++clock;
      return kept.stmt;
    }
    if (cache.size >= STATEMENT_CACHE_SIZE) {
      // The least recently used goes: a scan, only when a new statement meets a full cache.
      let oldest: string | undefined;
      let oldestUse = Infinity;
      for (const [sql, entry] of cache) {
        if (entry.used < oldestUse) [oldest, oldestUse] = [sql, entry.used];
      }
      cache.delete(oldest!);
    }
    const stmt = counted(sqlite, source, counter);
    cache.set(source, { stmt, used: ++clock });
    return stmt;
  };
  const handle = new Proxy(sqlite, {
    get(target, prop) {
      return prop === 'prepare' ? prepareKept : bind(target, Reflect.get(target, prop, target));
    },
  });
  return { handle, prepareKept };
}

/** A statement that counts the commits it makes (see countingCommits). */
function counted(target: SQLite.Database, source: string, counter: { commits: number }): SQLite.Statement {
  const bind = (of: object, value: unknown) => (typeof value === 'function' ? value.bind(of) : value);
  const stmt = target.prepare(source);
  // SQLite reports transaction control (BEGIN, COMMIT, ROLLBACK) as read-only.
  const commits = /^\s*(commit|end|release)\b/i.test(source);
  if (/^\s*rollback\b/i.test(source)) return rollbackIfOpen(target, stmt);
  if (stmt.readonly && !commits) return stmt;
  return new Proxy(stmt, {
    get(s, p) {
      const value = Reflect.get(s, p, s);
      if (typeof p !== 'string' || !STATEMENT_METHODS.has(p) || typeof value !== 'function') return bind(s, value);
      return (...args: unknown[]) => {
        const result = value.apply(s, args);
        if (!target.inTransaction) {
          counter.commits++;
          for (const call of callsInProgress) call.commits++;
        }
        return result;
      };
    },
  });
}

/**
 * ROLLBACK that does nothing when SQLite has already rolled the transaction back itself (it does on
 * a full disk, SQLITE_FULL): Kysely's rollback would otherwise fail and hide the real error.
 */
function rollbackIfOpen(sqlite: SQLite.Database, stmt: SQLite.Statement): SQLite.Statement {
  return new Proxy(stmt, {
    get(s, p) {
      const value = Reflect.get(s, p, s);
      if (p !== 'run' || typeof value !== 'function') return typeof value === 'function' ? value.bind(s) : value;
      return (...args: unknown[]) => (sqlite.inTransaction ? value.apply(s, args) : { changes: 0, lastInsertRowid: 0 });
    },
  });
}
