// The shape of a plan as data: plain data, no logic. Any plan can be described this way and loaded by
// db/builtin/load-dataset.ts (the built-in plan, a plan imported from its Word file). Agencies are
// referred to by their `code`.
import type { AgencyLevel } from './plan-setup';
import type {
  AgencyKind,
  DeadlineKind,
  PeriodType,
  TargetComparator,
  TargetKind,
} from './types';

export interface DatasetPlan {
  /** e.g. "KH-PCMD-QT-2022": a stable key for the built-in plan. */
  key: string;
  /** Number as issued; null where the original leaves it blank for the văn thư ("Số: /KH-BCĐ138"). */
  number: string | null;
  /** Ký hiệu, e.g. "KH-BCĐ138". */
  symbol: string;
  /** ISO date; null where the original leaves the day blank. */
  issuedDate: string | null;
  /** Text of the date line as printed, e.g. "Quảng Trị, ngày   tháng   năm 2022". */
  issuedDateText: string;
  /** Issuing body, e.g. "Ban Chỉ đạo 138 tỉnh Quảng Trị". */
  issuer: string;
  /** Title, e.g. "Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022". */
  title: string;
  year: number;
  /** The programme or parent plan it implements, as the text cites it. */
  parentProgramme: string;
  placeName: string;
  /** Code of the standing agency (cơ quan thường trực) that collects the reports. */
  standingAgency: string;
  /** Who signed: position lines and name, as printed. */
  signer: { authority: string; position: string; name: string };
  /** "Nơi nhận" lines as printed. */
  recipients: string[];
}

export interface DatasetAgency {
  /** Stable key, e.g. "SLDTBXH", "CAT", "UBND-DONGHA". ASCII, upper case. */
  code: string;
  /** Full official name, e.g. "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị". */
  name: string;
  /** Name used in lists and tables, e.g. "Sở Lao động - Thương binh và Xã hội". */
  shortName: string;
  /** Abbreviation used in document symbols, e.g. "SLĐTBXH". */
  abbreviation: string;
  kind: AgencyKind;
  /** GSO code of the administrative unit, for district People's Committees. */
  adminUnitCode?: string;
  /** Whether the agency must send the plan's periodic reports. */
  reports: boolean;
  /** 'national' for central bodies (no locality); default: district for district_pc, else province. */
  level?: AgencyLevel;
}

export interface DatasetTaskGroup {
  /** Section code as in the plan, e.g. "III.1.a", "V.2". */
  code: string;
  title: string;
}

export interface DatasetTask {
  /** e.g. "III.1.a.1", "V.2.3": group code + bullet number. */
  code: string;
  group: string;
  /** The task's text as in the plan. */
  content: string;
  /** Codes of the agencies that lead (chủ trì); empty where the text names none. */
  lead: string[];
  /** Codes of the supporting agencies (phối hợp) the text names. */
  support: string[];
  deadlineKind: DeadlineKind;
  /** ISO date for deadlineKind 'date'. */
  deadline?: string;
  /** Reporting period type for deadlineKind 'period'. */
  periodType?: PeriodType;
  /** Original wording of the deadline where the text gives one, e.g. "trong năm 2022". */
  deadlineText?: string;
  expectedOutput?: string;
  /** Why a lead or deadline was read the way it was, when the text is not explicit. */
  note?: string;
  /** Who answers for it when no duty of another section carries it, in the plan's words. */
  sharedResponsibility?: string;
}

/**
 * One paragraph of the plan's own text, in order (table plan_text_blocks). An imported plan fills the
 * same shape: see docs/ARCHITECTURE.md, "The plan's text".
 */
export interface DatasetTextBlock {
  /** 'heading' (numbered title), 'paragraph', 'bullet' ("- "), 'sub_bullet' ("+ "), 'group_heading' ("* Về …"). */
  kind: 'heading' | 'paragraph' | 'bullet' | 'sub_bullet' | 'group_heading';
  /** 0 Mục (I.), 1 Khoản (1.), 2 Điểm (a)), 3 body, 4 sub-point. */
  level: number;
  /** As printed: "I.", "1.", "a)", "-", "+", "*", or ''. */
  numbering: string;
  /** As printed, without the numbering; for a task or target block, its wording at the time of entry. */
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** Code of the task this block is (its wording is then the task's). */
  task?: string;
  /** Code of the target this block is. */
  target?: string;
  /** Code of the task group this heading introduces. */
  group?: string;
}

/** A task carried out by a duty of another section (III.1.c.3 by V.2.1): a link, not a copy. */
export interface DatasetTaskLink {
  task: string;
  /** Code of the task (duty) that carries it out. */
  duty: string;
  /** 'lead': the duty's lead agencies lead the task; 'support': they support it. */
  role: 'lead' | 'support';
  /** The plan's words the link rests on. */
  quote?: string;
}

export interface DatasetTarget {
  /** e.g. "II.2.1". */
  code: string;
  /** Sub-heading of section II.2, e.g. "Về công tác tuyên truyền". */
  group: string;
  /** The target's wording as in the plan. */
  wording: string;
  kind: TargetKind;
  comparator?: TargetComparator;
  /** 100 for "100%", 60 for "ít nhất 60%", 50 for "50 lượt". */
  value?: number;
  /** "%", "lượt người", ... */
  unit?: string;
  /** Denominator where the plan gives one, e.g. 125 communes. */
  denominator?: number;
  denominatorText?: string;
  /** Agencies responsible for it (codes). */
  agencies: string[];
  /** Code of the report statistic that measures it (numerator), from the statistics catalogue. */
  statistic?: string;
  /** Code of the statistic that gives the denominator, where it comes from reports. */
  denominatorStatistic?: string;
  /** Optional (added): why the target was read the way it was, e.g. one bullet split into two targets. */
  note?: string;
}

export interface DatasetReportingDuty {
  periodType: PeriodType;
  /** e.g. "Báo cáo 6 tháng". */
  title: string;
  /** Due date within the year; null for ad-hoc duties. */
  dueMonth: number | null;
  dueDay: number | null;
  /** Original wording, e.g. "trước ngày 15/6". */
  dueText: string;
  /** Code of the agency that receives the reports; '' for an upward duty (its recipients are `recipientText`). */
  recipient: string;
  /** Codes of the agencies that must report (for an upward duty: the standing agency). */
  obliged: string[];
  /** Optional (added): the standing agency's own report upward (to UBND tỉnh, the national committee, …). */
  upward?: boolean;
  /** Optional (added): the recipients of an upward duty as the plan words them. */
  recipientText?: string;
}

export interface PlanDataset {
  plan: DatasetPlan;
  agencies: DatasetAgency[];
  taskGroups: DatasetTaskGroup[];
  tasks: DatasetTask[];
  targets: DatasetTarget[];
  reportingDuties: DatasetReportingDuty[];
  /** The plan's text, paragraph by paragraph; none for a plan entered without it. */
  planText?: DatasetTextBlock[];
  taskLinks?: DatasetTaskLink[];
}
