// Official documents (issue 5): the document settings of each plan (who issues, who signs, symbols,
// recipients), the texts the clerk edits before export (a report's per period, the plan's), and the
// log of exported documents. Only adds tables.
// Frozen in time: takes Kysely<any> and never imports app types. Lists are stored one item per line;
// a body outline is stored as JSON text, read and written only by db/queries/documents.ts (no SQL JSON
// functions, so the same schema serves PostgreSQL).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

  // Symbols and recipient lists of a plan's documents. No row: the defaults derived from the plan.
  await db.schema
    .createTable('document_settings')
    .addColumn('plan_id', 'integer', (c) => c.primaryKey().references('plans.id').onDelete('cascade'))
    .addColumn('report_symbol', 'text', (c) => c.notNull())
    .addColumn('letter_symbol', 'text', (c) => c.notNull())
    .addColumn('plan_symbol', 'text', (c) => c.notNull())
    .addColumn('report_addressees', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('report_recipients', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('letter_recipients', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('plan_recipients', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  // Who issues and signs: role 'standing' (reports, letters) and 'plan' (the plan, its assignment table).
  await db.schema
    .createTable('document_issuers')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('parent_agency_line', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issuing_body', 'text', (c) => c.notNull())
    .addColumn('issuer_name', 'text', (c) => c.notNull())
    .addColumn('place_name', 'text', (c) => c.notNull())
    .addColumn('signer_authority', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_authority_of', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_other_position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('archive_line', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('document_issuers_pk', ['plan_id', 'role'])
    .execute();

  // The texts of a consolidated report as the clerk wrote them, per reporting period.
  await db.schema
    .createTable('report_texts')
    .addColumn('period_id', 'integer', (c) => c.primaryKey().references('reporting_periods.id').onDelete('cascade'))
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('opening', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  // The body of the plan document as the clerk wrote it.
  await db.schema
    .createTable('plan_texts')
    .addColumn('plan_id', 'integer', (c) => c.primaryKey().references('plans.id').onDelete('cascade'))
    .addColumn('opening', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  // Documents exported (saved or downloaded): what, for which period, when and by whom.
  await db.schema
    .createTable('document_exports')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('period_id', 'integer', (c) => c.references('reporting_periods.id').onDelete('set null'))
    .addColumn('period_label', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('saved_to', 'text')
    .addColumn('exported_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('created_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('document_exports_plan').on('document_exports').columns(['plan_id', 'id']).execute();
}
