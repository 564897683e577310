// Key/value settings of this installation (clerk name, warning window, current plan).
import { cachedQuery } from './cached-query';
import type { AppDb } from '../connection';
import type { SettingsValues } from '../../shared/api/models';

const DEFAULTS: SettingsValues = { clerkName: '', dueSoonDays: 7, currentPlanId: null };

const allSettings = cachedQuery((db: AppDb) => db.selectFrom('settings').selectAll());

export async function readSettings(db: AppDb): Promise<SettingsValues> {
  const { rows } = await allSettings(db);
  const values: SettingsValues = { ...DEFAULTS };
  for (const { key, value } of rows) {
    if (key === 'clerkName') values.clerkName = value;
    if (key === 'dueSoonDays') values.dueSoonDays = Number(value);
    if (key === 'currentPlanId') values.currentPlanId = value === '' ? null : Number(value);
  }
  return values;
}

/** Writes the given settings in one transaction; `guard` runs first inside it and refuses by throwing. */
export async function writeSettings(db: AppDb, changes: Partial<SettingsValues>, guard?: (trx: AppDb) => Promise<void>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (guard) await guard(trx);
    for (const [key, raw] of Object.entries(changes)) {
      if (raw === undefined) continue;
      const value = raw === null ? '' : String(raw);
      await trx
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    }
  });
}

// The last bulk change on a plan's tasks, kept so that it can be undone once (electron/backend/handlers/tasks.ts).
// A key of its own per plan; readSettings ignores it.
const undoKey = (planId: number) => `undo.tasksBulk.${planId}`;

export async function readUndoRecord(db: AppDb, planId: number): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', undoKey(planId)).executeTakeFirst();
  return row?.value || null;
}

/** Writes (or with null, forgets) the plan's undo record; inside the caller's transaction. */
export async function writeUndoRecord(db: AppDb, planId: number, value: string | null): Promise<void> {
  if (value === null) {
    await db.deleteFrom('settings').where('key', '=', undoKey(planId)).execute();
    return;
  }
  await db
    .insertInto('settings')
    .values({ key: undoKey(planId), value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
