// Migrations only add. The schema of a freshly migrated database is compared with the committed
// snapshot (tests/fixtures/schema-snapshot.json): a table, column, index or foreign key of the
// snapshot that disappeared or changed fails the test (a dropped or renamed column loses data in
// every existing database); a schema with more than the snapshot fails as stale. After adding a
// migration, update the snapshot and commit it with the migration:
//
//   UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/integration/storage/schema-snapshot.test.ts
//
// The update refuses to write a snapshot that removes or changes anything.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Migrator } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { migrateToLatest } from '../../../db/migrate';
import { migrationProvider, migrations } from '../../../db/migrations';
import { tempDir } from './helpers';

const SNAPSHOT = path.resolve('tests/fixtures/schema-snapshot.json');
const UPDATE_HINT = 'UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/integration/storage/schema-snapshot.test.ts';

interface Column {
  type: string;
  notnull: boolean;
  default: string | null;
  pk: number;
}
interface Index {
  unique: boolean;
  columns: string[];
  where: string | null;
}
interface Table {
  columns: Record<string, Column>;
  indexes: Record<string, Index>;
  foreignKeys: string[];
}
interface Schema {
  migrations: string[];
  tables: Record<string, Table>;
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Tables (Kysely's own bookkeeping left out), columns, indexes and foreign keys, in a stable order. */
function readSchema(file: string): Schema {
  const db = new SQLite(file, { readonly: true });
  try {
    const sorted = <T>(entries: [string, T][]) => Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const tableNames = (
      db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'").all() as { name: string }[]
    ).map((t) => t.name);
    const tables: [string, Table][] = tableNames.map((table) => {
      const q = (pragma: string, arg: string) => db.prepare(`select * from pragma_${pragma}(?)`).all(arg) as Record<string, unknown>[];
      const columns = q('table_info', table).map((c): [string, Column] => [
        String(c.name),
        { type: String(c.type).toUpperCase(), notnull: c.notnull === 1, default: (c.dflt_value as string | null) ?? null, pk: Number(c.pk) },
      ]);
      const indexSql = new Map(
        (db.prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = ?").all(table) as { name: string; sql: string | null }[]).map((i) => [i.name, i.sql]),
      );
      const indexes = q('index_list', table).map((i): [string, Index] => {
        const name = String(i.name);
        const where = /\bwhere\b([\s\S]*)$/i.exec(indexSql.get(name) ?? '')?.[1]?.trim() ?? null;
        return [name, { unique: i.unique === 1, columns: q('index_info', name).sort((a, b) => Number(a.seqno) - Number(b.seqno)).map((c) => String(c.name)), where }];
      });
      const foreignKeys = q('foreign_key_list', table)
        .map((f) => `${table}.${f.from} -> ${f.table}.${f.to ?? '(khoá chính)'} on delete ${f.on_delete}`)
        .sort();
      return [table, { columns: sorted(columns), indexes: sorted(indexes), foreignKeys }];
    });
    const hasMigrations = db.prepare("select 1 from sqlite_master where name = 'kysely_migration'").get();
    const applied = hasMigrations ? (db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name) : [];
    return { migrations: applied, tables: sorted(tables) };
  } finally {
    db.close();
  }
}

/** What `after` lost or changed compared with `before` (the only thing a migration may not do). */
function removals(before: Schema, after: Schema): string[] {
  const out: string[] = [];
  for (const [name, table] of Object.entries(before.tables)) {
    const now = after.tables[name];
    if (!now) {
      out.push(`table ${name} disappeared (dropped or renamed)`);
      continue;
    }
    for (const [col, def] of Object.entries(table.columns)) {
      const cur = now.columns[col];
      if (!cur) out.push(`column ${name}.${col} disappeared (dropped or renamed)`);
      else if (JSON.stringify(cur) !== JSON.stringify(def)) out.push(`column ${name}.${col} changed: ${JSON.stringify(def)} -> ${JSON.stringify(cur)}`);
    }
    for (const [idx, def] of Object.entries(table.indexes)) {
      const cur = now.indexes[idx];
      if (!cur) out.push(`index ${idx} on ${name} disappeared`);
      else if (JSON.stringify(cur) !== JSON.stringify(def)) out.push(`index ${idx} on ${name} changed: ${JSON.stringify(def)} -> ${JSON.stringify(cur)}`);
    }
    for (const fk of table.foreignKeys) if (!now.foreignKeys.includes(fk)) out.push(`foreign key ${fk} disappeared`);
  }
  return out;
}

/** What `after` has that `before` lacks. */
function additions(before: Schema, after: Schema): string[] {
  const out: string[] = [];
  for (const m of after.migrations) if (!before.migrations.includes(m)) out.push(`migration ${m}`);
  for (const [name, table] of Object.entries(after.tables)) {
    const old = before.tables[name];
    if (!old) {
      out.push(`table ${name}`);
      continue;
    }
    for (const col of Object.keys(table.columns)) if (!old.columns[col]) out.push(`column ${name}.${col}`);
    for (const idx of Object.keys(table.indexes)) if (!old.indexes[idx]) out.push(`index ${idx}`);
    for (const fk of table.foreignKeys) if (!old.foreignKeys.includes(fk)) out.push(`foreign key ${fk}`);
  }
  return out;
}

async function freshSchema(upTo?: string): Promise<Schema> {
  const dir = tempDir('thuong-truc-schema-');
  dirs.push(dir);
  const file = path.join(dir, 'schema.sqlite');
  const database = openDatabase(file);
  try {
    if (upTo) {
      const { error } = await new Migrator({ db: database.db, provider: migrationProvider }).migrateTo(upTo);
      if (error) throw error;
    } else {
      await migrateToLatest(database.db);
    }
  } finally {
    await database.close();
  }
  return readSchema(file);
}

describe('migrations only add', () => {
  it('keep every table, column, index and foreign key of the committed snapshot, and the snapshot is current', async () => {
    const current = await freshSchema();
    const committed: Schema | null = fs.existsSync(SNAPSHOT) ? JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')) : null;
    const lost = committed ? removals(committed, current) : [];
    expect(lost, 'Migrations may only add tables, columns and indexes: put the lost ones back.').toEqual([]);

    if (process.env.UPDATE_SCHEMA_SNAPSHOT) {
      fs.mkdirSync(path.dirname(SNAPSHOT), { recursive: true });
      fs.writeFileSync(SNAPSHOT, JSON.stringify(current, null, 2) + '\n');
      console.log(`[schema] snapshot written: ${path.relative(process.cwd(), SNAPSHOT)}`);
      return;
    }
    expect(committed, `No schema snapshot yet: run ${UPDATE_HINT}`).not.toBeNull();
    const added = additions(committed!, current);
    expect(added, `The schema snapshot is stale (new migration?): run ${UPDATE_HINT} and commit the snapshot.`).toEqual([]);
  });

  it('each migration keeps what the ones before it made', async () => {
    const names = Object.keys(migrations).sort();
    let previous: Schema | null = null;
    for (const name of names) {
      const schema = await freshSchema(name);
      if (previous) expect(removals(previous, schema), `migration ${name}`).toEqual([]);
      previous = schema;
    }
  });

  it('notices a dropped, a renamed and a changed column (the check itself works)', async () => {
    const base = await freshSchema();
    const [table, def] = Object.entries(base.tables).find(([, t]) => Object.keys(t.columns).length > 2)!;
    const [col] = Object.keys(def.columns).filter((c) => def.columns[c]!.pk === 0);
    const clone = (): Schema => JSON.parse(JSON.stringify(base));

    const dropped = clone();
    delete dropped.tables[table]!.columns[col!];
    expect(removals(base, dropped)).toEqual([`column ${table}.${col} disappeared (dropped or renamed)`]);

    const renamed = clone();
    renamed.tables[table]!.columns[`${col}_moi`] = renamed.tables[table]!.columns[col!]!;
    delete renamed.tables[table]!.columns[col!];
    expect(removals(base, renamed)).toHaveLength(1);
    expect(additions(base, renamed)).toEqual([`column ${table}.${col}_moi`]);

    const retyped = clone();
    retyped.tables[table]!.columns[col!]!.notnull = !retyped.tables[table]!.columns[col!]!.notnull;
    expect(removals(base, retyped)[0]).toMatch(new RegExp(`^column ${table}\\.${col} changed`));

    const goneTable = clone();
    delete goneTable.tables[table];
    expect(removals(base, goneTable)).toEqual([`table ${table} disappeared (dropped or renamed)`]);
  });
});
