// What the API returns: plain JSON objects, dates as ISO strings "YYYY-MM-DD".
import type {
  AgencyKind,
  DeadlineKind,
  PeriodType,
  ReportChannel,
  TargetComparator,
  TargetKind,
  TaskRole,
  UnitLevel,
  WindowRule,
} from '../domain/types';
import type { AgencyLevel } from '../domain/plan-setup';
import type { TaskStatus } from '../domain/task-status';
import type { ComplianceSummary, ReportStatus } from '../domain/report-status';
import type { StatisticDef, StatisticKind, TargetProgress } from '../domain/statistics';
import type { AgendaWhen } from '../domain/week-agenda';

export interface AppInfo {
  version: string;
  /** 'desktop' inside Electron, 'browser' for the browser host. */
  host: 'desktop' | 'browser';
  dataDir: string;
  databaseFile: string;
  today: string;
}

export interface PlanSummary {
  id: number;
  key: string | null;
  title: string;
  year: number;
  symbol: string;
  number: string | null;
  issuedDate: string | null;
  issuer: string;
}

export interface PlanDetail extends PlanSummary {
  issuedDateText: string;
  parentProgramme: string;
  placeName: string;
  standingAgency: { id: number; name: string } | null;
  signerAuthority: string;
  signerPosition: string;
  signerName: string;
  recipients: string[];
  /** The province the plan is for; null when none is set. */
  locality: { id: number; name: string } | null;
  /** The header as printed above the number: parent line and the body's own lines; blank: derived. */
  parentBodyLine: string;
  issuingBodyLines: string[];
  /** Căn cứ of the plan, one a line. */
  legalBases: string[];
  /** The years the plan covers (a one-year plan: both its year). */
  yearFrom: number | null;
  yearTo: number | null;
}

export interface PlanOverview {
  plan: PlanDetail;
  counts: {
    agencies: number;
    reportingAgencies: number;
    districts: number;
    taskGroups: number;
    tasks: number;
    targets: number;
    reportingDuties: number;
  };
  tasksByStatus: Record<TaskStatus, number>;
  dueSoonTasks: number;
}

/** One line of "Việc tuần này" (shared/domain/week-agenda.ts): a period's reports or a task. */
export interface WeekAgendaItem {
  kind: 'report' | 'task';
  when: AgendaWhen;
  /** The last day on time (a report) or the effective deadline (a task), ISO. */
  lastDay: string;
  planId: number;
  planYear: number;
  planTitle: string;
  /** "6 tháng đầu năm 2022" (a period), the task's content. */
  label: string;
  /** A report: its period; the agencies that have not sent it (overdue: the missing ones). */
  periodId: number | null;
  agencies: AgencyRef[];
  /** A task: its id and code. */
  taskId: number | null;
  taskCode: string | null;
}

export interface WeekAgenda {
  today: string;
  weekEnd: string;
  items: WeekAgendaItem[];
}

export interface AgencyRow {
  id: number;
  code: string;
  name: string;
  shortName: string;
  abbreviation: string;
  kind: AgencyKind;
  adminUnitCode: string | null;
  active: boolean;
  contactPerson: string | null;
  phone: string | null;
  email: string | null;
  /** Trung ương, tỉnh, huyện or xã; a national body has no locality. */
  level: AgencyLevel;
  locality: string | null;
  /** In the chosen plan: must it send the periodic reports? */
  reports: boolean;
  /** In the chosen plan: tasks it leads and supports. */
  leadCount: number;
  supportCount: number;
}

export interface AgencyRef {
  id: number;
  shortName: string;
  kind: AgencyKind;
}

export interface TaskGroupRow {
  id: number;
  code: string;
  title: string;
}

export interface TaskRow {
  id: number;
  code: string;
  group: TaskGroupRow;
  content: string;
  lead: AgencyRef[];
  support: AgencyRef[];
  deadlineKind: DeadlineKind;
  deadline: string | null;
  periodType: PeriodType | null;
  deadlineText: string | null;
  expectedOutput: string | null;
  completionDate: string | null;
  note: string | null;
  /** Duties of another section that carry this task out (III.1.c.3 by V.2.1), with their role. */
  carriedBy?: { taskId: number; code: string; role: 'lead' | 'support' }[];
  /** Lead and supporting agencies read from those duties ("theo mục V"); not stored on the task. */
  linkedLead?: AgencyRef[];
  linkedSupport?: AgencyRef[];
  /** Who answers where no duty carries the task, in the plan's words. */
  sharedResponsibility?: string | null;
  status: TaskStatus;
  effectiveDeadline: string | null;
  daysLeft: number | null;
  dueSoon: boolean;
  /**
   * A recurring task (one part per period) or one led by several agencies: each part's status
   * (each counts in its own bucket), and "4/10 đơn vị đã hoàn thành" for the current part.
   * `current`: the part the row's status stands for. Absent for a task completed in one piece.
   */
  parts?: {
    key: string;
    label: string;
    status: TaskStatus;
    leadsDone: string | null;
    current: boolean;
    /** When the part was completed (all its leads), and the dates of the leads that did (the report counts them). */
    completionDate: string | null;
    leadDates: string[];
    needed: number;
  }[];
}

/** A task's parts as the task page shows them (shared/domain/task-parts.ts). */
export interface TaskPartsView {
  taskId: number;
  recurring: boolean;
  leads: AgencyRef[];
  parts: {
    key: string;
    label: string;
    dueDate: string | null;
    completionDate: string | null;
    status: TaskStatus;
    leadsDone: string | null;
    /** `fromRegister`: the lead's report for the period is in the register (not recorded by the clerk). */
    done: { agencyId: number | null; date: string; fromRegister: boolean }[];
    /** Every completion of the part comes from the register. */
    fromRegister: boolean;
  }[];
}

export interface TargetRow {
  id: number;
  code: string;
  group: string;
  wording: string;
  kind: TargetKind;
  comparator: TargetComparator | null;
  value: number | null;
  unit: string | null;
  denominator: number | null;
  denominatorText: string | null;
  statistic: string | null;
  denominatorStatistic: string | null;
  /** The denominator counts the locality's units of this level (e.g. its communes); null: a fixed number. */
  denominatorUnits: UnitLevel | null;
  note: string | null;
  agencies: AgencyRef[];
}

/** How many units of a level the plan's locality has (e.g. 125 xã, phường, thị trấn). */
export interface PlanUnitCount {
  level: UnitLevel;
  count: number;
}

export interface ReportingDutyRow {
  id: number;
  periodType: PeriodType;
  title: string;
  dueMonth: number | null;
  dueDay: number | null;
  dueText: string;
  /** Quarterly and monthly duties: months after the closing month the day falls in (0 "tháng cuối quý"). */
  dueMonthOffset: number | null;
  dueInclusive: boolean;
  windowRule: WindowRule;
  /** The plan's wording of the data window, e.g. "từ ngày 15/12 năm trước đến ngày 14/6". */
  windowText: string;
  /** The secretariat's own report upward (to UBND tỉnh, the Ministry, the national committee). */
  upward: boolean;
  recipient: AgencyRef | null;
  /** Recipients as worded, for an upward duty: "UBND tỉnh; Bộ Lao động - Thương binh và Xã hội". */
  recipientText: string;
  obliged: AgencyRef[];
  /** Upward duties: the next due date from today (ISO), with its period's label; null if none is left this year. */
  nextDue: { dueDate: string; label: string } | null;
}

// ---------------------------------------------------------------------------------------------
// Reporting periods and the received-report register (issue 4)

export interface ReportingPeriodRow {
  id: number;
  planId: number;
  /** The reporting duty it was generated from; null for an ad-hoc request created by the clerk. */
  dutyId: number | null;
  periodType: PeriodType;
  year: number;
  index: number;
  /** "6 tháng đầu năm 2022", "năm 2022", or the ad-hoc request's title. */
  label: string;
  windowFrom: string | null;
  windowTo: string | null;
  dueDate: string;
  /** The duty's own wording for this period: "trước ngày 15/6/2022". */
  dueText: string;
  /** true: a report arriving on the due date is on time ("trước ngày 15/6" read as "by 15/6"). */
  dueInclusive: boolean;
  /** The due date the duty gives; differs from dueDate when the clerk moved the deadline. */
  defaultDueDate: string | null;
  requestNumber: string | null;
  requestDate: string | null;
  adHoc: boolean;
  summary: ComplianceSummary;
}

export interface FigureRow {
  statisticCode: string;
  label: string;
  unit: string;
  kind: StatisticKind;
  value: number;
  note: string | null;
}

export interface AttachmentRow {
  id: number;
  fileName: string;
  mediaType: string;
  size: number;
  addedAt: string;
  addedBy: string;
}

export interface ReceivedReportRow {
  id: number;
  expectedReportId: number;
  periodId: number;
  agency: AgencyRef & { name: string };
  arrivalDate: string;
  docNumber: string | null;
  docDate: string | null;
  channel: ReportChannel;
  needsSupplement: boolean;
  notes: string | null;
  figures: FigureRow[];
  attachments: AttachmentRow[];
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** A received report as the period's register lists it: how many figures it brought, not the figures. */
export type RegisteredReportRow = Omit<ReceivedReportRow, 'figures'> & { figureCount: number };

export interface UrgingRef {
  id: number;
  urgedOn: string;
  letterNumber: string | null;
}

/** One agency's line in a period's register: what it owes, and what came in. */
export interface RegisterEntry {
  expectedReportId: number;
  agency: AgencyRef & { name: string };
  exempt: boolean;
  exemptReason: string | null;
  status: ReportStatus;
  report: RegisteredReportRow | null;
  /** Urgings recorded for this agency in this period, latest first. */
  urgings: UrgingRef[];
}

export interface PeriodRegister {
  period: ReportingPeriodRow;
  entries: RegisterEntry[];
  today: string;
}

export interface StatisticRow extends StatisticDef {
  /** Built-in statistics are read-only; a plan's own are edited by the clerk. */
  builtin: boolean;
  /** The plan that added it; null for the built-in catalogue. */
  planId: number | null;
}

/** The statistics a plan asks of one agency (its "trong đó" parts included). */
export interface StatisticRequestRow {
  agencyId: number;
  codes: string[];
}

export interface TargetContribution {
  agency: AgencyRef;
  reportId: number;
  numerator: number | null;
  denominator: number | null;
}

/**
 * A figure a report gave for a target's statistic that the count leaves out: the statistic's source
 * agency (Cài đặt › nguồn số liệu) reported it too, and only the source's figure counts.
 */
export interface TargetLeftOut {
  agency: AgencyRef;
  statisticCode: string;
  value: number;
  /** The agency whose figure counts instead. */
  source: AgencyRef;
}

export interface TargetPeriodProgress {
  periodId: number;
  periodLabel: string;
  progress: TargetProgress;
  /** The reports whose figures make up the result. */
  contributions: TargetContribution[];
  /** The figures left out of the result, so that nothing is counted twice. */
  leftOut: TargetLeftOut[];
}

export interface TargetProgressRow {
  targetId: number;
  /** The statistics read: numerator and denominator codes (after StatisticDef.partOf). */
  numeratorStatistic: string | null;
  denominatorStatistic: string | null;
  periods: TargetPeriodProgress[];
  /**
   * The latest standing: each agency's figures combined across the periodic periods (flows: a later
   * report whose window holds an earlier one replaces it; stocks: the latest cut-off), then added up
   * across agencies.
   */
  toDate: { progress: TargetProgress; contributions: TargetContribution[] };
}

export interface AgencyHistoryRow {
  periodId: number;
  periodLabel: string;
  dueDate: string;
  exempt: boolean;
  status: ReportStatus;
  arrivalDate: string | null;
  reportId: number | null;
  urgings: number;
}

export interface PeriodOutstanding {
  period: ReportingPeriodRow;
  missing: RegisterEntry[];
  late: RegisterEntry[];
  pending: RegisterEntry[];
}

export interface ReportingDashboard {
  today: string;
  /** The period worked on today (see shared/domain/report-status.ts currentPeriod). */
  current: PeriodOutstanding | null;
  /** Periods whose last day on time falls within the warning window. */
  dueSoon: PeriodOutstanding[];
  dueSoonDays: number;
}

export interface UrgingRow {
  id: number;
  periodId: number;
  urgedOn: string;
  letterNumber: string | null;
  note: string | null;
  agencies: AgencyRef[];
  createdAt: string;
  createdBy: string;
}

/** What the urging letter (công văn đôn đốc) needs, for shared/documents/urging-letter.ts. */
export interface UrgingLetterData {
  periodId: number;
  periodLabel: string;
  /** The original deadline as worded: "trước ngày 15/6/2022". */
  dueText: string;
  dueDate: string;
  planTitle: string;
  /** "Kế hoạch số /KH-BCĐ138 ngày … của Ban Chỉ đạo 138 tỉnh Quảng Trị" (blank number kept blank). */
  planRef: string;
  /** The ad-hoc request letter, when the period is one: "Công văn số 512/SLĐTBXH-PCTNXH ngày 20/05/2022". */
  requestRef: string | null;
  /** The selected agencies, in the plan's order, full and short names. */
  agencies: { id: number; name: string; shortName: string }[];
}

export interface AttachmentContent {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

/** A period's figures: each statistic, per agency and in total (added up by the flow/stock rules). */
export interface PeriodFigures {
  periodId: number;
  agencies: AgencyRef[];
  rows: { statistic: StatisticRow; total: number; byAgency: { agencyId: number; reportId: number; value: number }[] }[];
}

export interface SettingsValues {
  /** Name of the clerk, written in every audit entry. */
  clerkName: string;
  /** Open tasks due within this many days stand out. */
  dueSoonDays: number;
  /** The plan the screens show. */
  currentPlanId: number | null;
}

export type { TaskRole };
export type { BackupInfo, BackupListing, RestoreProgress, RestoreResult } from '../backup/backup-api';
