// db/queries/cached-query.ts keeps a statement's SQL after its first call and only puts each call's
// values in: every later call must read its own rows, also inside a transaction and alongside a
// constant kept in the SQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTempApp, type TempApp } from '../../helpers/temp-app';
import { cachedQuery } from '../../../db/queries/cached-query';
import type { AppDb } from '../../../db/connection';

let app: TempApp;
beforeEach(async () => {
  app = await openTempApp();
  const db = app.core.ctx.db;
  await sql`insert into localities (name, name_key) values ('Phường Một', 'k1'), ('Phường Hai', 'k2'), ('Xã Ba', 'k3')`.execute(db);
});
afterEach(async () => app.close());

const byNameAndKey = cachedQuery((db: AppDb, key: string, name: string) =>
  db.selectFrom('localities').select(['name']).where('name_key', '=', key).where('name', '!=', 'ZZ').where('name', '=', name).orderBy('name'),
);

describe('cachedQuery', () => {
  it('reads each call its own rows after the SQL is kept', async () => {
    const db = app.core.ctx.db;
    expect((await byNameAndKey(db, 'k1', 'Phường Một')).rows).toEqual([{ name: 'Phường Một' }]);
    expect((await byNameAndKey(db, 'k2', 'Phường Hai')).rows).toEqual([{ name: 'Phường Hai' }]);
    expect((await byNameAndKey(db, 'k3', 'Xã Ba')).rows).toEqual([{ name: 'Xã Ba' }]);
    expect((await byNameAndKey(db, 'k1', 'Xã Ba')).rows).toEqual([]);
  });

  it('runs inside a transaction and sees its uncommitted rows', async () => {
    const db = app.core.ctx.db;
    await byNameAndKey(db, 'k1', 'Phường Một');
    await db.transaction().execute(async (trx) => {
      await sql`insert into localities (name, name_key) values ('Phường Bốn', 'k4')`.execute(trx);
      expect((await byNameAndKey(trx, 'k4', 'Phường Bốn')).rows).toEqual([{ name: 'Phường Bốn' }]);
    });
  });

  // Outside a transaction a kept read runs at once on the connection (db/connection.ts directRead);
  // while another call holds a transaction open it must wait, as Kysely does, and never read rows
  // that are not committed.
  it('waits for another call\'s open transaction and never sees its uncommitted rows', async () => {
    const db = app.core.ctx.db;
    await byNameAndKey(db, 'k1', 'Phường Một');
    for (const outcome of ['rollback', 'commit'] as const) {
      const name = `Phường ${outcome}`;
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let inserted!: () => void;
      const insertedP = new Promise<void>((r) => (inserted = r));
      const events: string[] = [];
      const trx = db
        .transaction()
        .execute(async (t) => {
          await sql`insert into localities (name, name_key) values (${name}, ${outcome})`.execute(t);
          inserted();
          await held;
          events.push('end');
          if (outcome === 'rollback') throw new Error('rolled back');
        })
        .catch(() => undefined);
      await insertedP;
      const read = byNameAndKey(db, outcome, name).then((r) => {
        events.push('read');
        return r.rows;
      });
      await new Promise((r) => setTimeout(r, 20));
      expect(events).toEqual([]);
      release();
      await trx;
      expect(await read).toEqual(outcome === 'commit' ? [{ name }] : []);
      expect(events).toEqual(['end', 'read']);
    }
  });
});
