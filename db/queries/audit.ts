// The audit trail: every change to a record, field by field, with who made it and when.
// Call inside the same transaction as the change, so that history and data never disagree.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';
import { readSettings } from './settings';

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
    await db
      .insertInto('audit_log')
      .values({ actor, entity, entity_id: entityId, action: 'update', field, old_value: oldValue, new_value: newValue })
      .execute();
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
  await db
    .insertInto('audit_log')
    .values({ actor, entity, entity_id: entityId, action, field: null, old_value: null, new_value: summary })
    .execute();
}

export async function listAudit(db: Db, entity: string, entityId: number): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id', 'desc')
    .execute();
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
