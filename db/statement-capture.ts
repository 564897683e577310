// Records the SQL statements (with their parameters) that run on a better-sqlite3 handle while a
// function runs: the bench replays them raw, the query-plan test explains them. Not used by the app.
import type SQLite from 'better-sqlite3';

export interface CapturedStatement {
  sql: string;
  method: 'all' | 'run' | 'get' | 'iterate';
  args: unknown[];
}

export interface StatementCapture {
  capture(fn: () => Promise<unknown>): Promise<CapturedStatement[]>;
}

/** Wraps the handle's prepare(): statements prepared while capturing report each execution. */
export function captureStatements(sqlite: SQLite.Database): StatementCapture {
  const prepare = sqlite.prepare.bind(sqlite);
  let sink: CapturedStatement[] | null = null;
  (sqlite as unknown as { prepare: (sql: string) => SQLite.Statement }).prepare = (sql: string) => {
    const stmt = prepare(sql);
    const log = sink;
    if (!log) return stmt;
    return new Proxy(stmt, {
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        if (key === 'all' || key === 'run' || key === 'get' || key === 'iterate') {
          return (...args: unknown[]) => {
            log.push({ sql, method: key, args });
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  return {
    async capture(fn) {
      const log: CapturedStatement[] = [];
      sink = log;
      try {
        await fn();
        return log;
      } finally {
        sink = null;
      }
    },
  };
}
