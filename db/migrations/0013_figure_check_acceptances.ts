// Report totals that contradict each other ("số cơ sở được kiểm tra lớn hơn số lượt kiểm tra"), which
// the clerk has looked at and accepted for a period: who, on what day, which contradiction and the two
// totals it was accepted with (other totals later bring the check back). Only adds a table: a database
// from before has no acceptance, so every contradiction is shown as before.
// Frozen in time: takes Kysely<any> and never imports app types.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('figure_check_acceptances')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('period_id', 'integer', (c) => c.notNull().references('reporting_periods.id').onDelete('cascade'))
    // The rule: "C03>C02", the part's and the whole's statistic codes.
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('part_value', 'real', (c) => c.notNull())
    .addColumn('whole_value', 'real', (c) => c.notNull())
    // The contradiction as the clerk saw it.
    .addColumn('wording', 'text', (c) => c.notNull())
    .addColumn('accepted_by', 'text', (c) => c.notNull())
    .addColumn('accepted_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('figure_check_acceptances_period')
    .on('figure_check_acceptances')
    .columns(['period_id', 'rule'])
    .execute();
}
