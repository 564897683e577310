// Documents (issue 12): the drafting unit of a plan's reports and letters ("PCTNXH"), which a công
// văn's symbol ("SLĐTBXH-PCTNXH") and the Lưu line ("Lưu: VT, PCTNXH.") carry; and the agency whose
// figure is the plan's figure for a statistic (one source of truth: prosecutions from the Viện kiểm
// sát). Only adds: settings stored before get '' (no drafting unit: symbol and Lưu line print as they
// were stored); no source row means the built-in rule.
// Frozen in time: takes Kysely<any> and never imports app types.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('document_settings')
    .addColumn('drafting_unit', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('statistic_sources')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('statistic_code', 'text', (c) => c.notNull().references('statistics.code'))
    // null: the figures of every agency are added (the built-in rule is set aside).
    .addColumn('agency_id', 'integer', (c) => c.references('agencies.id'))
    .addPrimaryKeyConstraint('statistic_sources_pk', ['plan_id', 'statistic_code'])
    .execute();
}

