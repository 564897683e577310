// The received-report register: the statistics catalogue, the figures each report brings, its
// attached files, and the urging of agencies that have not reported. Only adds tables.
// Frozen in time: takes Kysely<any> and never imports app types.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

  // What a report may give as figures. Built-in rows are (re)filled from db/builtin when the data
  // folder is opened; 'flow' figures add up within a data window, 'stock' ones are as of the cut-off.
  await db.schema
    .createTable('statistics')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('group_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('part_of', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('builtin', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // One figure per statistic per received report, as the report gives it for its period.
  await db.schema
    .createTable('report_figures')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('received_report_id', 'integer', (c) =>
      c.notNull().references('received_reports.id').onDelete('cascade'),
    )
    .addColumn('statistic_code', 'text', (c) => c.notNull().references('statistics.code'))
    .addColumn('value', 'real', (c) => c.notNull())
    .addColumn('note', 'text')
    .addUniqueConstraint('report_figures_report_statistic', ['received_report_id', 'statistic_code'])
    .execute();
  await db.schema.createIndex('report_figures_statistic').on('report_figures').column('statistic_code').execute();

  // Files attached to a received report. The bytes live in <dataFolder>/attachments/<sha256>; the
  // name the file had is kept here as data, never used as a path.
  await db.schema
    .createTable('report_attachments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('received_report_id', 'integer', (c) =>
      c.notNull().references('received_reports.id').onDelete('cascade'),
    )
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('added_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('report_attachments_report').on('report_attachments').column('received_report_id').execute();
  await db.schema.createIndex('report_attachments_sha256').on('report_attachments').column('sha256').execute();

  // Urging (đôn đốc): on a date, by a letter, these agencies were asked again for a period's report.
  await db.schema
    .createTable('urgings')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('period_id', 'integer', (c) => c.notNull().references('reporting_periods.id').onDelete('cascade'))
    .addColumn('urged_on', 'text', (c) => c.notNull())
    .addColumn('letter_number', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('created_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createTable('urging_agencies')
    .addColumn('urging_id', 'integer', (c) => c.notNull().references('urgings.id').onDelete('cascade'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addPrimaryKeyConstraint('urging_agencies_pk', ['urging_id', 'agency_id'])
    .execute();

  await db.schema.createIndex('expected_reports_agency').on('expected_reports').column('agency_id').execute();
  await db.schema.createIndex('reporting_periods_plan').on('reporting_periods').column('plan_id').execute();
}
