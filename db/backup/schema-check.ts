// The schema a restored database must have: exactly what this build's migrations make, for the
// migrations the backup says it ran. Tables, columns, indexes; no trigger, view or table the app
// did not create. A crafted backup would otherwise bring SQL into the app (a trigger that deletes
// on the first edit, a view that never ends).
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrationProvider, migrations as knownMigrations } from '../migrations';

export interface SchemaObject {
  type: string;
  name: string;
  table: string;
  sql: string | null;
}

/** Statistics tables SQLite makes for ANALYZE / PRAGMA optimize: data about indexes, not code. */
const STAT_TABLE = /^sqlite_stat[1-4]$/;

/** Every object of a database's schema (read from sqlite_schema, never run), sorted. */
export function readSchema(sqlite: SQLite.Database): SchemaObject[] {
  return normalizeSchema(sqlite.prepare('select type, name, tbl_name as "table", sql from sqlite_master').all() as SchemaObject[]);
}

/** sqlite_master rows as compared: statistics tables left out, whitespace normalised, sorted. */
export function normalizeSchema(rows: SchemaObject[]): SchemaObject[] {
  return rows
    .filter((r) => !(r.type === 'table' && STAT_TABLE.test(r.name)))
    .map((r) => ({ ...r, sql: r.sql === null ? null : r.sql.replace(/\s+/g, ' ').trim() }))
    .sort((a, b) => (a.type + a.name < b.type + b.name ? -1 : a.type + a.name > b.type + b.name ? 1 : 0));
}

const cache = new Map<string, SchemaObject[]>();

/**
 * The schema a new database has after `applied` (which must be this build's first migrations, in
 * order); null when `applied` is not such a prefix.
 */
export async function schemaAfter(applied: readonly string[]): Promise<SchemaObject[] | null> {
  const all = Object.keys(knownMigrations).sort();
  const sorted = [...applied].sort();
  if (sorted.length === 0 || sorted.some((name, i) => all[i] !== name)) return null;
  const key = sorted.join(',');
  const cached = cache.get(key);
  if (cached) return cached;
  const sqlite = new SQLite(':memory:');
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo(sorted[sorted.length - 1]!);
    if (error) throw error;
    const schema = readSchema(sqlite);
    cache.set(key, schema);
    return schema;
  } finally {
    await db.destroy();
  }
}

/** How `actual` differs from `expected`, in Vietnamese, at most a few items; empty when equal. */
export function schemaDifferences(actual: SchemaObject[], expected: SchemaObject[]): string[] {
  const TYPE: Record<string, string> = { table: 'bảng', index: 'chỉ mục', trigger: 'trigger', view: 'view' };
  const key = (o: SchemaObject) => `${o.type}:${o.name}`;
  const want = new Map(expected.map((o) => [key(o), o]));
  const have = new Map(actual.map((o) => [key(o), o]));
  const out: string[] = [];
  for (const [k, o] of have) {
    const w = want.get(k);
    const what = `${TYPE[o.type] ?? o.type} "${o.name}"`;
    if (!w) out.push(`có ${what} lạ`);
    else if (w.sql !== o.sql || w.table !== o.table) out.push(`${what} khác cấu trúc`);
  }
  for (const [k, o] of want) if (!have.has(k)) out.push(`thiếu ${TYPE[o.type] ?? o.type} "${o.name}"`);
  return out;
}
