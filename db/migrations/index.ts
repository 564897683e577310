// Static list of migrations: a folder scan would break once the main process is bundled.
// Migrations only ever add; a migration, once released, is never edited.
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_report_register';
import * as m0004 from './0004_documents';
import * as m0005 from './0005_plan_setup';
import * as m0006 from './0006_plan_targets';
import * as m0007 from './0007_plan_text';
import * as m0009 from './0009_lookup_indexes';
import * as m0010 from './0010_document_drafting_unit';
import * as m0013 from './0013_figure_check_acceptances';
import * as m0014 from './0014_task_agency_plan';

export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_report_register': m0002,
  '0004_documents': m0004,
  '0005_plan_setup': m0005,
  '0006_plan_targets': m0006,
  '0007_plan_text': m0007,
  '0009_lookup_indexes': m0009,
  '0010_document_drafting_unit': m0010,
  '0013_figure_check_acceptances': m0013,
  '0014_task_agency_plan': m0014,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
