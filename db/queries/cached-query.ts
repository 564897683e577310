// Kysely builds and compiles a query's SQL again on every call: for a small read that costs more than
// SQLite's own work. A statement whose SQL depends only on its parameters (no conditions added or
// left out by the values) is built once here with placeholder values, and each call then only puts
// its values in the placeholders' places. Outside a transaction the read then runs at once on the
// connection's kept statement (directRead, db/connection.ts), not through Kysely's executor.
import type { CompiledQuery, Compilable, QueryResult } from 'kysely';
import { directRead, type AppDb } from '../connection';

/** A placeholder value: no real value starts with a NUL character. */
const SLOT = '\u0000slot:';

/**
 * `build(db, ...args)` once, with placeholders for the args; the returned function runs the kept SQL
 * with the call's values. Only for statements whose SQL does not depend on the args' values
 * (build must not branch on them, nor pass them to anything but a value position).
 */
export function cachedQuery<A extends unknown[], R>(
  build: (db: AppDb, ...args: A) => Compilable<R>,
): (db: AppDb, ...args: A) => Promise<QueryResult<R>> {
  let kept: { compiled: CompiledQuery<R>; slots: (number | null)[] } | null = null;
  return (db, ...args) => {
    if (!kept) {
      const placeholders = args.map((_, i) => `${SLOT}${i}`) as unknown as A;
      const compiled = build(db, ...placeholders).compile();
      const slots = compiled.parameters.map((p) => (typeof p === 'string' && p.startsWith(SLOT) ? Number(p.slice(SLOT.length)) : null));
      kept = { compiled, slots };
    }
    const { compiled, slots } = kept;
    const parameters = slots.map((slot, i) => (slot === null ? compiled.parameters[i] : args[slot]));
    try {
      // Outside a transaction, a read runs on the kept statement at once (db/connection.ts).
      const rows = directRead<R>(db, compiled.sql, parameters);
      if (rows) return Promise.resolve({ rows });
    } catch (err) {
      return Promise.reject(err);
    }
    return db.executeQuery<R>({ ...compiled, parameters });
  };
}
