// Targets, statistics and reporting duties edited in the app. Only adds columns and tables.
// Frozen in time: takes Kysely<any> and never imports app types.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // A plan's own statistics (null: built in, shared by every plan).
  await db.schema
    .alterTable('statistics')
    .addColumn('plan_id', 'integer', (c) => c.references('plans.id').onDelete('cascade'))
    .execute();

  // Which statistics a plan asks of which agency: the report form offers each agency its own list.
  await db.schema
    .createTable('statistic_requests')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('statistic_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statistic_requests_pk', ['plan_id', 'agency_id', 'statistic_code'])
    .execute();
  // Old plans: each agency responsible for a target is asked the statistics that measure it.
  await sql`
    INSERT OR IGNORE INTO statistic_requests (plan_id, agency_id, statistic_code)
    SELECT t.plan_id, ta.agency_id, t.statistic_code FROM targets t
      JOIN target_agencies ta ON ta.target_id = t.id
     WHERE t.statistic_code IS NOT NULL AND t.kind <> 'qualitative'
    UNION
    SELECT t.plan_id, ta.agency_id, t.denominator_statistic_code FROM targets t
      JOIN target_agencies ta ON ta.target_id = t.id
     WHERE t.denominator_statistic_code IS NOT NULL AND t.kind = 'percent'
  `.execute(db);

  // A percentage of the locality's units ("100% xã, phường, thị trấn"): the level counted
  // ('commune' | 'district'); null: the fixed denominator.
  await db.schema.alterTable('targets').addColumn('denominator_units', 'text').execute();

  // How many units of each level the plan's locality has (e.g. 125 xã, phường, thị trấn).
  await db.schema
    .createTable('plan_unit_counts')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('plan_unit_counts_pk', ['plan_id', 'level'])
    .execute();

  // Reporting duties: the due day's month counted from the period's closing month (quarterly and
  // monthly duties: 0 "tháng cuối quý", 1 "tháng đầu quý sau"); the data window (rule and wording);
  // the secretariat's own duty upward, and its recipients as worded.
  await db.schema.alterTable('reporting_duties').addColumn('due_month_offset', 'integer').execute();
  await db.schema
    .alterTable('reporting_duties')
    .addColumn('window_rule', 'text', (c) => c.notNull().defaultTo('decree09'))
    .execute();
  await db.schema
    .alterTable('reporting_duties')
    .addColumn('window_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('reporting_duties')
    .addColumn('upward', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('reporting_duties')
    .addColumn('recipient_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  // Completion of a task per period (a recurring task: June done, December open) and per lead
  // agency (a task led by several agencies is done when all are). period_key '' is the task as a
  // whole; agency_id null is the task's single completion.
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
  await db.schema
    .createTable('task_completions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('period_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('agency_id', 'integer', (c) => c.references('agencies.id'))
    .addColumn('completion_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('created_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`CREATE UNIQUE INDEX task_completions_part ON task_completions (task_id, period_key, ifnull(agency_id, 0))`.execute(db);
}
