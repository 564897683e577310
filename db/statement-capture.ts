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

/**
 * Records every execution of a statement of this handle while capturing. The connection keeps its
 * prepared statements (db/connection.ts), so a statement may have been prepared long before: the
 * statements' own methods are wrapped (on their prototype, for the time of a capture).
 */
export function captureStatements(sqlite: SQLite.Database): StatementCapture {
  const proto = Object.getPrototypeOf(sqlite.prepare('select 1')) as Record<CapturedStatement['method'], (...args: unknown[]) => unknown>;
  const methods = ['all', 'run', 'get', 'iterate'] as const;
  return {
    async capture(fn) {
      const log: CapturedStatement[] = [];
      const originals = methods.map((m) => proto[m]);
      methods.forEach((method, i) => {
        const original = originals[i]!;
        proto[method] = function (this: SQLite.Statement, ...args: unknown[]) {
          if (this.database === sqlite) log.push({ sql: this.source, method, args });
          return original.apply(this, args);
        };
      });
      try {
        await fn();
        return log;
      } finally {
        methods.forEach((method, i) => (proto[method] = originals[i]!));
      }
    },
  };
}
