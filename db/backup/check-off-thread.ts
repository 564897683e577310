// The slow, synchronous part of checking a database file (PRAGMA integrity_check reads every page:
// seconds for hundreds of MB) runs in a worker thread, so the app keeps answering (progress, other
// windows) while a restore checks its copy. The worker opens the file read-only and only reads.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { hasSqliteHeader, problemOf, type IntegrityResult } from '../integrity';

export interface DatabaseFacts {
  /** 'ok', or the first thing the check said ('error' when it could not run). */
  integrity: string;
  /** How many lines the check reported (1 with 'ok'; 0 when it could not run). */
  problems: number;
  /** SQLite's error code when the check could not run (SQLITE_NOTADB, SQLITE_CORRUPT…). */
  errorCode: string | null;
  /** sqlite_master rows, as read (null when the check failed). */
  schema: { type: string; name: string; table: string; sql: string | null }[] | null;
  /** Names in kysely_migration (null when there is no such table or the check failed). */
  migrations: string[] | null;
}

/** `full`: PRAGMA integrity_check (backups, restores); `quick`: PRAGMA quick_check (opening the data). */
export type CheckMode = 'full' | 'quick';

/** Run by the worker (as plain CommonJS source) and, where no worker can start, on this thread. */
function readFacts(Database: typeof SQLite, file: string, mode: CheckMode): DatabaseFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // Nothing in a foreign schema may call functions with side effects while it is read.
    db.pragma('trusted_schema = OFF');
    let messages: string[];
    try {
      const rows = db.pragma(mode === 'quick' ? 'quick_check' : 'integrity_check') as Record<string, unknown>[];
      messages = rows.map((r) => String(Object.values(r)[0]));
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      return { integrity: 'error', problems: 0, errorCode: typeof code === 'string' ? code : null, schema: null, migrations: null };
    }
    const integrity = messages.length === 1 && messages[0] === 'ok' ? 'ok' : (messages[0] ?? 'error');
    if (integrity !== 'ok') return { integrity, problems: messages.length, errorCode: null, schema: null, migrations: null };
    const schema = db.prepare('select type, name, tbl_name as "table", sql from sqlite_master').all() as DatabaseFacts['schema'];
    let migrations: string[] | null;
    try {
      migrations = (db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name);
    } catch {
      migrations = null;
    }
    return { integrity, problems: 1, errorCode: null, schema, migrations };
  } finally {
    db.close();
  }
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const readFacts = ${readFacts.toString()};
try {
  parentPort.postMessage({ ok: true, facts: readFacts(require(workerData.module), workerData.file, workerData.mode) });
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

/** The checks running now (read by tests: the app must answer other calls while one runs). */
const running = new Map<number, { file: string; mode: CheckMode }>();
let nextCheck = 1;

export function checksInProgress(): { id: number; file: string; mode: CheckMode }[] {
  return [...running].map(([id, c]) => ({ id, ...c }));
}

/**
 * Checks `file` in a worker thread. Where a worker cannot start or load SQLite (a packaging
 * surprise), the same check runs on this thread: slower for the other windows, never skipped.
 */
export function databaseFactsOffThread(file: string, mode: CheckMode = 'full'): Promise<DatabaseFacts> {
  const id = nextCheck++;
  running.set(id, { file, mode });
  return factsInWorker(file, mode).finally(() => running.delete(id));
}

function factsInWorker(file: string, mode: CheckMode): Promise<DatabaseFacts> {
  const module = betterSqlitePath();
  const onThisThread = () => readFacts(SQLite, file, mode);
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
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, file, mode } });
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

/**
 * checkDatabaseFile (db/integrity.ts) in a worker thread: the same answers, while the app keeps
 * answering other calls (the quick check when the data is opened again after a restore).
 */
export async function checkDatabaseFileOffThread(file: string, mode: CheckMode): Promise<IntegrityResult> {
  if (!hasSqliteHeader(file)) return { ok: false, problem: 'không phải tệp cơ sở dữ liệu SQLite' };
  let facts: DatabaseFacts;
  try {
    facts = await databaseFactsOffThread(file, mode);
  } catch (err) {
    return problemOf((err as { code?: string }).code ?? '');
  }
  if (facts.integrity === 'ok') return { ok: true };
  if (facts.integrity === 'error' && facts.problems === 0) return problemOf(facts.errorCode ?? '');
  return { ok: false, problem: `kiểm tra toàn vẹn báo ${facts.problems} lỗi` };
}
