// What the API returns: plain JSON objects, dates as ISO strings "YYYY-MM-DD".
import type {
  AgencyKind,
  DeadlineKind,
  PeriodType,
  TargetComparator,
  TargetKind,
  TaskRole,
} from '../domain/types';
import type { TaskStatus } from '../domain/task-status';

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
  status: TaskStatus;
  effectiveDeadline: string | null;
  daysLeft: number | null;
  dueSoon: boolean;
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
  note: string | null;
  agencies: AgencyRef[];
}

export interface ReportingDutyRow {
  id: number;
  periodType: PeriodType;
  title: string;
  dueMonth: number | null;
  dueDay: number | null;
  dueText: string;
  recipient: AgencyRef | null;
  obliged: AgencyRef[];
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
export type { BackupInfo, BackupListing, RestoreResult } from '../backup/backup-api';
