// The slow, synchronous part of checking a database file (PRAGMA integrity_check reads every page:
// seconds for hundreds of MB) runs in a worker thread, so the app keeps answering (progress, other
// windows) while a restore checks its copy. The worker opens the file read-only and only reads.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';

export interface DatabaseFacts {
  /** 'ok', or what integrity_check said ('error' when it could not run). */
  integrity: string;
  /** sqlite_master rows, as read (null when the check failed). */
  schema: { type: string; name: string; table: string; sql: string | null }[] | null;
  /** Names in kysely_migration (null when there is no such table or the check failed). */
  migrations: string[] | null;
}

/** Run by the worker (as plain CommonJS source) and, where no worker can start, on this thread. */
function readFacts(Database: typeof SQLite, file: string): DatabaseFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // Nothing in a foreign schema may call functions with side effects while it is read.
    db.pragma('trusted_schema = OFF');
    let integrity: string;
    try {
      integrity = String(db.pragma('integrity_check', { simple: true }));
    } catch {
      integrity = 'error';
    }
    if (integrity !== 'ok') return { integrity, schema: null, migrations: null };
    const schema = db.prepare('select type, name, tbl_name as "table", sql from sqlite_master').all() as DatabaseFacts['schema'];
    let migrations: string[] | null;
    try {
      migrations = (db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name);
    } catch {
      migrations = null;
    }
    return { integrity, schema, migrations };
  } finally {
    db.close();
  }
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const readFacts = ${readFacts.toString()};
try {
  parentPort.postMessage({ ok: true, facts: readFacts(require(workerData.module), workerData.file) });
} catch (err) {
  parentPort.postMessage({ ok: false, message: String((err && err.message) || err) });
}
`;

let modulePath: string | null | undefined;

/** Where better-sqlite3 is, for the worker's require (the desktop bundle, the browser host, tests). */
function betterSqlitePath(): string | null {
  if (modulePath !== undefined) return modulePath;
  const bases = [
    typeof __filename === 'string' ? __filename : null,
    process.argv[1] ?? null,
    path.join(process.cwd(), 'index.js'),
  ];
  modulePath = null;
  for (const base of bases) {
    if (!base) continue;
    try {
      modulePath = createRequire(base).resolve('better-sqlite3');
      break;
    } catch {
      // try the next
    }
  }
  return modulePath;
}

/**
 * Checks `file` in a worker thread. Where a worker cannot start or load SQLite (a packaging
 * surprise), the same check runs on this thread: slower for the other windows, never skipped.
 */
export function databaseFactsOffThread(file: string): Promise<DatabaseFacts> {
  const module = betterSqlitePath();
  const onThisThread = () => readFacts(SQLite, file);
  if (!module) return Promise.resolve().then(onThisThread);
  return new Promise<DatabaseFacts>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, file } });
    } catch {
      finish(() => {
        try {
          resolve(onThisThread());
        } catch (err) {
          reject(err);
        }
      });
      return;
    }
    worker.once('message', (m: { ok: true; facts: DatabaseFacts } | { ok: false; message: string }) =>
      finish(() => (m.ok ? resolve(m.facts) : reject(new Error(m.message)))),
    );
    worker.once('error', () =>
      finish(() => {
        try {
          resolve(onThisThread());
        } catch (err) {
          reject(err);
        }
      }),
    );
    worker.once('exit', (code) => finish(() => reject(new Error(`worker exited with code ${code}`))));
  });
}
