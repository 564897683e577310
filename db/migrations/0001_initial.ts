// Initial schema. Frozen in time: migrations take Kysely<any> and never import app types.
// Dates are ISO strings; booleans are 0/1 integers (read through db/sql-values.ts).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('agencies')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('abbreviation', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('admin_unit_code', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('contact_person', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('plans')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('number', 'text')
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('issued_date', 'text')
    .addColumn('issued_date_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('parent_programme', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('place_name', 'text', (c) => c.notNull())
    .addColumn('standing_agency_id', 'integer', (c) => c.references('agencies.id'))
    .addColumn('signer_authority', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recipients', 'text', (c) => c.notNull().defaultTo('')) // one per line
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  // Which agencies take part in a plan, and whether they owe its periodic reports.
  await db.schema
    .createTable('plan_agencies')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('reports', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('plan_agencies_pk', ['plan_id', 'agency_id'])
    .execute();

  await db.schema
    .createTable('task_groups')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('task_groups_plan_code', ['plan_id', 'code'])
    .execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('group_id', 'integer', (c) => c.notNull().references('task_groups.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('deadline_kind', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('period_type', 'text')
    .addColumn('deadline_text', 'text')
    .addColumn('expected_output', 'text')
    .addColumn('completion_date', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_by', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('tasks_plan_code', ['plan_id', 'code'])
    .execute();

  await db.schema
    .createTable('task_agencies')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('role', 'text', (c) => c.notNull()) // 'lead' | 'support'
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('task_agencies_pk', ['task_id', 'agency_id'])
    .execute();
  await db.schema.createIndex('task_agencies_agency').on('task_agencies').columns(['agency_id', 'role']).execute();

  // Dated progress notes reported on a task.
  await db.schema
    .createTable('task_progress')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('reported_by_agency_id', 'integer', (c) => c.references('agencies.id'))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('created_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('targets')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('group_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('wording', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('comparator', 'text')
    .addColumn('value', 'real')
    .addColumn('unit', 'text')
    .addColumn('denominator', 'real')
    .addColumn('denominator_text', 'text')
    .addColumn('statistic_code', 'text')
    .addColumn('denominator_statistic_code', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_by', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('targets_plan_code', ['plan_id', 'code'])
    .execute();

  await db.schema
    .createTable('target_agencies')
    .addColumn('target_id', 'integer', (c) => c.notNull().references('targets.id').onDelete('cascade'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addPrimaryKeyConstraint('target_agencies_pk', ['target_id', 'agency_id'])
    .execute();

  // The reporting regime: which reports, due when (with the plan's own wording), sent to whom.
  await db.schema
    .createTable('reporting_duties')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('period_type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_month', 'integer')
    .addColumn('due_day', 'integer')
    .addColumn('due_text', 'text', (c) => c.notNull())
    // "trước ngày 15/6" is read as "on 15/6 at the latest" unless the clerk says otherwise.
    .addColumn('due_inclusive', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('recipient_agency_id', 'integer', (c) => c.references('agencies.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('reporting_duty_agencies')
    .addColumn('duty_id', 'integer', (c) => c.notNull().references('reporting_duties.id').onDelete('cascade'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addPrimaryKeyConstraint('reporting_duty_agencies_pk', ['duty_id', 'agency_id'])
    .execute();

  await db.schema
    .createTable('reporting_periods')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('duty_id', 'integer', (c) => c.references('reporting_duties.id'))
    .addColumn('period_type', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period_index', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('window_from', 'text')
    .addColumn('window_to', 'text')
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('due_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('due_inclusive', 'integer', (c) => c.notNull().defaultTo(1))
    // For ad-hoc requests: the secretariat's request letter.
    .addColumn('request_number', 'text')
    .addColumn('request_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('created_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('expected_reports')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('period_id', 'integer', (c) => c.notNull().references('reporting_periods.id').onDelete('cascade'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('exempt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('exempt_reason', 'text')
    .addUniqueConstraint('expected_reports_period_agency', ['period_id', 'agency_id'])
    .execute();

  await db.schema
    .createTable('received_reports')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('expected_report_id', 'integer', (c) =>
      c.notNull().unique().references('expected_reports.id').onDelete('restrict'),
    )
    .addColumn('arrival_date', 'text', (c) => c.notNull())
    .addColumn('doc_number', 'text')
    .addColumn('doc_date', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('needs_supplement', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('created_by', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  // Who changed what, from what, to what, when.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull()) // 'create' | 'update' | 'delete'
    .addColumn('field', 'text')
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id']).execute();
}
