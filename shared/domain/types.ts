// Enumerations of the domain, shared by the database, the API and the UI.
// Values are stable identifiers stored in the database; labels live in shared/domain/labels.ts.

export const AGENCY_KINDS = [
  'provincial_pc', // Ủy ban nhân dân tỉnh
  'provincial_department', // Sở, ban, ngành cấp tỉnh
  'police', // Công an
  'court', // Tòa án
  'procuracy', // Viện kiểm sát
  'mass_organisation', // Mặt trận, đoàn thể
  'press', // Báo, đài
  'military', // Quân sự, biên phòng
  'district_pc', // UBND cấp huyện
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** How a task's deadline is given: a calendar date, due at each reporting period, or ongoing (thường xuyên). */
export const DEADLINE_KINDS = ['date', 'period', 'ongoing'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const PERIOD_TYPES = ['month', 'quarter', 'six_month', 'nine_month', 'annual', 'ad_hoc'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export const TARGET_KINDS = ['percent', 'count', 'qualitative'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** "100%" is exactly; "ít nhất 60%" is at least; "không quá 5%" is at most. */
export const TARGET_COMPARATORS = ['at_least', 'exactly', 'at_most'] as const;
export type TargetComparator = (typeof TARGET_COMPARATORS)[number];

/** A percentage of the locality's units: its communes (xã, phường, thị trấn) or its districts. */
export const UNIT_LEVELS = ['commune', 'district'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** A period's data window: Decree 09's 15th to 14th, or whole calendar months. */
export const WINDOW_RULES = ['decree09', 'calendar'] as const;
export type WindowRule = (typeof WINDOW_RULES)[number];

export const TASK_ROLES = ['lead', 'support'] as const;
export type TaskRole = (typeof TASK_ROLES)[number];

export const REPORT_CHANNELS = ['paper', 'e_office', 'email', 'reporting_system', 'other'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];
