// What the working-board methods return (tasks, agencies, plans): plain JSON, dates as ISO strings.
import type { AgencyLevel } from '../domain/plan-setup';
import type { AgencyRef, PlanSummary, TaskRow } from './models';

export interface TaskProgressEntry {
  id: number;
  /** ISO date the progress was reported for. */
  date: string;
  text: string;
  reportedBy: AgencyRef | null;
  /** When it was entered (ISO timestamp, UTC) and by which clerk. */
  createdAt: string;
  createdBy: string;
}

export interface TaskDetail extends TaskRow {
  planId: number;
  /** The version this detail shows; sent back with an edit (tasks.update), which is refused if the task changed since. */
  version: string;
  progress: TaskProgressEntry[];
}

/** One line of an audit trail, ready to show: field and values in Vietnamese, dates dd/mm/yyyy. */
export interface AuditLine {
  id: number;
  /** ISO timestamp (UTC) of the change. */
  at: string;
  actor: string;
  action: 'create' | 'update' | 'delete';
  field: string | null;
  fieldLabel: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface BulkResult {
  /** Tasks that changed. */
  updated: number;
  /** Tasks that already were as asked. */
  unchanged: number;
  /** Tasks left alone, with the reason. */
  skipped: { code: string; reason: string }[];
  /** Something changed: this change is now the plan's one that "Hoàn tác" undoes. */
  undoable: boolean;
}

export interface BulkUndoResult {
  /** Tasks put back as they were before the bulk change. */
  restored: number;
  /** Tasks changed again (or deleted) since, left as they are. */
  skipped: { code: string; reason: string }[];
}

/** Everything that refers to an agency, across all plans. */
export interface AgencyUsage {
  plans: number;
  tasksLed: number;
  tasksSupported: number;
  targets: number;
  reportingDuties: number;
  expectedReports: number;
  receivedReports: number;
  progressReports: number;
  standingAgencyOf: number;
}

/**
 * Whether an agency may be deleted, asked when the clerk asks to delete it (agencies.usage): it counts
 * what refers to the agency in every plan, which grows with the years, so opening the page does not.
 */
export interface AgencyDeletion {
  usage: AgencyUsage;
  /** Why the agency cannot be deleted (only deactivated); null when it can. */
  deleteBlockedReason: string | null;
}

export interface PlanCopyPreview {
  source: PlanSummary;
  year: number;
  /** Suggested title, the source's with its year replaced. */
  title: string;
  yearsMoved: number;
  counts: {
    agencies: number;
    taskGroups: number;
    tasks: number;
    datedTasks: number;
    targets: number;
    reportingDuties: number;
  };
  /** The first dated tasks: old and new deadline; kept = a programme deadline left as it is. */
  dateExamples: { code: string; from: string; to: string; kept: boolean }[];
  /** Agencies of the source that are not copied because they were deactivated. */
  skippedAgencies: string[];
  /** Plans that already exist for that year. */
  existingPlansThatYear: string[];
  /** What the copy leaves behind (completion dates, progress, number and date of issue). */
  notCopied: string[];
}

/** An agency of the plan's province (or a national body) that does not take part in the plan yet. */
export interface AvailableAgency {
  id: number;
  name: string;
  shortName: string;
  level: AgencyLevel;
}
