// Documents (issue 12): the drafting unit of a plan's reports and letters ("PCTNXH"), which a công
// văn's symbol ("SLĐTBXH-PCTNXH") and the Lưu line ("Lưu: VT, PCTNXH.") carry. Only adds a column;
// settings stored before it get '' (no drafting unit: symbol and Lưu line print as they were stored).
// Frozen in time: takes Kysely<any> and never imports app types.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('document_settings')
    .addColumn('drafting_unit', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

