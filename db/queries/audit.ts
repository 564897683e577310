// The audit trail: every change to a record, field by field, with who made it and when.
// Call inside the same transaction as the change, so that history and data never disagree.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';
import { readSettings } from './settings';
import { cachedQuery } from './cached-query';
import type { AppDb } from '../connection';

type Db = Kysely<Database> | Transaction<Database>;

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: 'create' | 'update' | 'delete';
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
}

/** The clerk named in the settings, or a neutral word when none is set. */
export async function currentActor(db: Db): Promise<string> {
  const { clerkName } = await readSettings(db as Kysely<Database>);
  return clerkName.trim() || 'Chưa đặt tên cán bộ';
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const insertAudit = cachedQuery(
  (db: AppDb, actor: string, entity: string, entityId: number, action: string, field: string | null, oldValue: string | null, newValue: string | null) =>
    db.insertInto('audit_log').values({ actor, entity, entity_id: entityId, action, field, old_value: oldValue, new_value: newValue }),
);

/** Records one entry per field whose value differs between `before` and `after`. */
export async function recordChanges(
  db: Db,
  actor: string,
  entity: string,
  entityId: number,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Promise<number> {
  let written = 0;
  for (const field of Object.keys(after)) {
    const oldValue = asText(before[field]);
    const newValue = asText(after[field]);
    if (oldValue === newValue) continue;
    await insertAudit(db as AppDb, actor, entity, entityId, 'update', field, oldValue, newValue);
    written++;
  }
  return written;
}

export async function recordEvent(
  db: Db,
  actor: string,
  entity: string,
  entityId: number,
  action: 'create' | 'delete',
  summary: string | null = null,
): Promise<void> {
  await insertAudit(db as AppDb, actor, entity, entityId, action, null, null, summary);
}

const auditOf = cachedQuery((db: AppDb, entity: string, entityId: number) =>
  db.selectFrom('audit_log').selectAll().where('entity', '=', entity).where('entity_id', '=', entityId).orderBy('id', 'desc'),
);

export async function listAudit(db: Db, entity: string, entityId: number): Promise<AuditEntry[]> {
  const { rows } = await auditOf(db as AppDb, entity, entityId);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action as AuditEntry['action'],
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
  }));
}
