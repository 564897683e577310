// Localities (provinces): each plan has one; an agency belongs to one, or to none when it is national.
import type { AppDb } from '../connection';
import { localityKey } from '../../shared/domain/plan-setup';
import { nfc } from '../../shared/text/vietnamese';

export interface LocalityRow {
  id: number;
  name: string;
}

export async function listLocalities(db: AppDb): Promise<LocalityRow[]> {
  return db.selectFrom('localities').select(['id', 'name']).orderBy('name').execute();
}

export async function findLocality(db: AppDb, name: string): Promise<LocalityRow | null> {
  return (await db.selectFrom('localities').select(['id', 'name']).where('name_key', '=', localityKey(name)).executeTakeFirst()) ?? null;
}

/** The locality of this name, made when it is new. Null for a blank name. */
export async function ensureLocality(db: AppDb, name: string): Promise<number | null> {
  const key = localityKey(name);
  if (!key) return null;
  const found = await findLocality(db, name);
  if (found) return found.id;
  const { id } = await db
    .insertInto('localities')
    .values({ name: nfc(name).trim().replace(/\s+/g, ' '), name_key: key })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function planLocalityId(db: AppDb, planId: number): Promise<number | null> {
  const r = await db.selectFrom('plans').select('locality_id').where('id', '=', planId).executeTakeFirst();
  return r?.locality_id ?? null;
}
