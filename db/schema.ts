// Table types for Kysely, matching db/migrations. Booleans are stored as 0/1 integers.
import type { Generated } from 'kysely';

type Timestamps = {
  created_at: Generated<string>;
  updated_at: Generated<string>;
  updated_by: Generated<string>;
};

export interface SettingsTable {
  key: string;
  value: string;
}

export interface AgenciesTable extends Timestamps {
  id: Generated<number>;
  code: string;
  name: string;
  short_name: string;
  abbreviation: string;
  kind: string;
  admin_unit_code: string | null;
  active: Generated<number>;
  /** null: a national body (migration 0005). */
  locality_id: number | null;
  /** 'national' | 'province' | 'district' | 'commune' (migration 0005). */
  level: Generated<string>;
  contact_person: string | null;
  phone: string | null;
  email: string | null;
}

export interface PlansTable extends Timestamps {
  id: Generated<number>;
  key: string | null;
  number: string | null;
  symbol: string;
  issued_date: string | null;
  issued_date_text: Generated<string>;
  issuer: string;
  title: string;
  year: number;
  parent_programme: Generated<string>;
  place_name: string;
  standing_agency_id: number | null;
  signer_authority: Generated<string>;
  signer_position: Generated<string>;
  signer_name: Generated<string>;
  recipients: Generated<string>;
  // Migration 0005.
  locality_id: number | null;
  parent_body_line: Generated<string>;
  issuing_body_lines: Generated<string>;
  legal_bases: Generated<string>;
  year_from: number | null;
  year_to: number | null;
}

export interface LocalitiesTable {
  id: Generated<number>;
  name: string;
  name_key: string;
  created_at: Generated<string>;
}

export interface PlanAgenciesTable {
  plan_id: number;
  agency_id: number;
  reports: Generated<number>;
  sort_order: Generated<number>;
}

export interface TaskGroupsTable {
  id: Generated<number>;
  plan_id: number;
  code: string;
  title: string;
  sort_order: Generated<number>;
}

export interface TasksTable extends Timestamps {
  id: Generated<number>;
  plan_id: number;
  group_id: number;
  code: string;
  sort_order: Generated<number>;
  content: string;
  deadline_kind: string;
  deadline: string | null;
  period_type: string | null;
  deadline_text: string | null;
  expected_output: string | null;
  completion_date: string | null;
  note: string | null;
  /** Who answers for a task no duty carries, in the plan's words (0007). */
  shared_responsibility: Generated<string | null>;
}

export interface TaskAgenciesTable {
  task_id: number;
  agency_id: number;
  role: string;
  sort_order: Generated<number>;
  /** The task's plan, kept by triggers (migration 0014): writers leave it out. */
  plan_id: Generated<number | null>;
}

export interface TaskProgressTable {
  id: Generated<number>;
  task_id: number;
  date: string;
  text: string;
  reported_by_agency_id: number | null;
  created_at: Generated<string>;
  created_by: Generated<string>;
}

export interface TargetsTable extends Timestamps {
  id: Generated<number>;
  plan_id: number;
  code: string;
  sort_order: Generated<number>;
  group_title: Generated<string>;
  wording: string;
  kind: string;
  comparator: string | null;
  value: number | null;
  unit: string | null;
  denominator: number | null;
  denominator_text: string | null;
  statistic_code: string | null;
  denominator_statistic_code: string | null;
  note: string | null;
  /** Added by 0006: 'commune' | 'district' when the denominator counts the locality's units. */
  denominator_units: string | null;
}

export interface TargetAgenciesTable {
  target_id: number;
  agency_id: number;
}

export interface ReportingDutiesTable {
  id: Generated<number>;
  plan_id: number;
  period_type: string;
  title: string;
  due_month: number | null;
  due_day: number | null;
  due_text: string;
  due_inclusive: Generated<number>;
  recipient_agency_id: number | null;
  sort_order: Generated<number>;
  // Added by 0006.
  due_month_offset: number | null;
  window_rule: Generated<string>;
  window_text: Generated<string>;
  upward: Generated<number>;
  recipient_text: Generated<string>;
}

export interface ReportingDutyAgenciesTable {
  duty_id: number;
  agency_id: number;
}

export interface ReportingPeriodsTable {
  id: Generated<number>;
  plan_id: number;
  duty_id: number | null;
  period_type: string;
  year: number;
  period_index: Generated<number>;
  label: string;
  window_from: string | null;
  window_to: string | null;
  due_date: string;
  due_text: Generated<string>;
  due_inclusive: Generated<number>;
  request_number: string | null;
  request_date: string | null;
  created_at: Generated<string>;
  created_by: Generated<string>;
}

export interface ExpectedReportsTable {
  id: Generated<number>;
  period_id: number;
  agency_id: number;
  exempt: Generated<number>;
  exempt_reason: string | null;
}

export interface ReceivedReportsTable {
  id: Generated<number>;
  expected_report_id: number;
  arrival_date: string;
  doc_number: string | null;
  doc_date: string | null;
  channel: string;
  needs_supplement: Generated<number>;
  notes: string | null;
  created_at: Generated<string>;
  created_by: Generated<string>;
  updated_at: Generated<string>;
  updated_by: Generated<string>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<string>;
  actor: string;
  entity: string;
  entity_id: number;
  action: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
  /** The plan the entry belongs to, when known (migration 0005): deletions are listed per plan. */
  plan_id: number | null;
}

// Added by 0002_report_register.
export interface StatisticsTable {
  code: string;
  label: string;
  unit: string;
  kind: string;
  group_title: Generated<string>;
  part_of: string | null;
  sort_order: Generated<number>;
  builtin: Generated<number>;
  /** Added by 0006: the plan that owns it; null for the built-in catalogue. */
  plan_id: number | null;
}

// Added by 0006_plan_targets.
export interface StatisticRequestsTable {
  plan_id: number;
  agency_id: number;
  statistic_code: string;
}

export interface TaskCompletionsTable {
  id: Generated<number>;
  task_id: number;
  period_key: Generated<string>;
  agency_id: number | null;
  completion_date: string;
  created_at: Generated<string>;
  created_by: Generated<string>;
}

export interface PlanUnitCountsTable {
  plan_id: number;
  level: string;
  count: number;
  note: Generated<string>;
}

export interface ReportFiguresTable {
  id: Generated<number>;
  received_report_id: number;
  statistic_code: string;
  value: number;
  note: string | null;
}

export interface ReportAttachmentsTable {
  id: Generated<number>;
  received_report_id: number;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  added_at: Generated<string>;
  added_by: Generated<string>;
}

export interface UrgingsTable {
  id: Generated<number>;
  period_id: number;
  urged_on: string;
  letter_number: string | null;
  note: string | null;
  created_at: Generated<string>;
  created_by: Generated<string>;
}

export interface UrgingAgenciesTable {
  urging_id: number;
  agency_id: number;
}

// Added by 0004_documents. Lists are one item per line; sections are JSON text (db/queries/documents.ts).
export interface DocumentSettingsTable {
  plan_id: number;
  report_symbol: string;
  letter_symbol: string;
  plan_symbol: string;
  report_addressees: Generated<string>;
  report_recipients: Generated<string>;
  letter_recipients: Generated<string>;
  plan_recipients: Generated<string>;
  /** Migration 0010: the drafting unit's abbreviation ("PCTNXH"); '' when none. */
  drafting_unit: Generated<string>;
  updated_at: Generated<string>;
  updated_by: Generated<string>;
}

export interface DocumentIssuersTable {
  plan_id: number;
  role: string;
  parent_agency_line: Generated<string>;
  issuing_body: string;
  issuer_name: string;
  place_name: string;
  signer_authority: Generated<string>;
  signer_authority_of: Generated<string>;
  signer_position: Generated<string>;
  signer_other_position: Generated<string>;
  signer_name: Generated<string>;
  archive_line: Generated<string>;
}

export interface ReportTextsTable {
  period_id: number;
  legal_basis: Generated<string>;
  opening: Generated<string>;
  sections: string;
  updated_at: Generated<string>;
  updated_by: Generated<string>;
}

export interface PlanTextsTable {
  plan_id: number;
  opening: Generated<string>;
  sections: string;
  updated_at: Generated<string>;
  updated_by: Generated<string>;
}

/** A paragraph of the plan's own text (0007). */
export interface PlanTextBlocksTable {
  id: Generated<number>;
  plan_id: number;
  sort_order: number;
  kind: string;
  level: Generated<number>;
  numbering: Generated<string>;
  text: Generated<string>;
  bold: Generated<number>;
  italics: Generated<number>;
  task_id: number | null;
  target_id: number | null;
  task_group_id: number | null;
  updated_at: Generated<string>;
  updated_by: Generated<string>;
}

/** A task carried out by a duty of another section (0007). */
export interface TaskDutyLinksTable {
  task_id: number;
  duty_task_id: number;
  role: string;
  sort_order: Generated<number>;
}

export interface DocumentExportsTable {
  id: Generated<number>;
  plan_id: number;
  kind: string;
  period_id: number | null;
  period_label: string | null;
  title: string;
  file_name: string;
  saved_to: string | null;
  exported_on: string;
  created_at: Generated<string>;
  created_by: Generated<string>;
}

/** Migration 0010: the agency whose figure counts for a statistic in a plan (null: every agency's). */
export interface StatisticSourcesTable {
  plan_id: number;
  statistic_code: string;
  agency_id: number | null;
}

/** A contradiction among a period's totals that the clerk accepted (migration 0013). */
export interface FigureCheckAcceptancesTable {
  id: Generated<number>;
  period_id: number;
  rule: string;
  part_value: number;
  whole_value: number;
  wording: string;
  accepted_by: string;
  accepted_on: string;
}

export interface Database {
  statistic_sources: StatisticSourcesTable;
  figure_check_acceptances: FigureCheckAcceptancesTable;
  settings: SettingsTable;
  agencies: AgenciesTable;
  plans: PlansTable;
  plan_agencies: PlanAgenciesTable;
  task_groups: TaskGroupsTable;
  tasks: TasksTable;
  task_agencies: TaskAgenciesTable;
  task_progress: TaskProgressTable;
  targets: TargetsTable;
  target_agencies: TargetAgenciesTable;
  reporting_duties: ReportingDutiesTable;
  reporting_duty_agencies: ReportingDutyAgenciesTable;
  reporting_periods: ReportingPeriodsTable;
  expected_reports: ExpectedReportsTable;
  received_reports: ReceivedReportsTable;
  audit_log: AuditLogTable;
  statistics: StatisticsTable;
  report_figures: ReportFiguresTable;
  report_attachments: ReportAttachmentsTable;
  urgings: UrgingsTable;
  urging_agencies: UrgingAgenciesTable;
  document_settings: DocumentSettingsTable;
  document_issuers: DocumentIssuersTable;
  report_texts: ReportTextsTable;
  plan_texts: PlanTextsTable;
  document_exports: DocumentExportsTable;
  plan_text_blocks: PlanTextBlocksTable;
  task_duty_links: TaskDutyLinksTable;
  localities: LocalitiesTable;
  statistic_requests: StatisticRequestsTable;
  plan_unit_counts: PlanUnitCountsTable;
  task_completions: TaskCompletionsTable;
}
