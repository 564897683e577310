// Whether a periodic report came in on time, how late it is, and how a period's reporting stands.
// Derived from stored facts (arrival date, due date, exemption), never stored.
//
// "trước ngày 15/6": the plan's wording is kept as data. By default (due_inclusive = true) it is read
// the way secretariats read it in practice: a report that arrives ON 15/6 is on time, one that
// arrives on 16/6 is 1 day late. With due_inclusive = false it is read literally: the last day on
// time is 14/6, and a report that arrives on 15/6 is 1 day late. Lateness counts calendar days from
// the last day on time to the arrival date (ngày đến, as the văn thư registers it).
import { addDays, daysBetween, isIsoDate } from '../dates/iso-date';
import { formatDateVi } from '../dates/vietnamese-dates';

export const REPORT_STATES = [
  'on_time', // Đã gửi, đúng hạn
  'late', // Đã gửi, chậm
  'missing', // Chưa gửi, đã quá hạn
  'pending', // Chưa gửi, chưa đến hạn
  'exempt', // Được miễn
  'unreadable', // Đã gửi, but the stored arrival date cannot be read (written by another program, damaged)
] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export interface DueRule {
  dueDate: string;
  dueInclusive: boolean;
}

/** The last day a report counts as on time. */
export function lastOnTimeDay({ dueDate, dueInclusive }: DueRule): string {
  return dueInclusive ? dueDate : addDays(dueDate, -1);
}

export interface Timeliness {
  onTime: boolean;
  /** Calendar days after the last day on time; 0 when on time. */
  daysLate: number;
}

export function reportTimeliness(arrivalDate: string, rule: DueRule): Timeliness {
  const late = daysBetween(lastOnTimeDay(rule), arrivalDate);
  return late > 0 ? { onTime: false, daysLate: late } : { onTime: true, daysLate: 0 };
}

export interface ExpectedReportFacts {
  exempt: boolean;
  /** ISO arrival date of the received report, or null when none is registered. */
  arrivalDate: string | null;
}

export interface ReportStatus {
  state: ReportState;
  /** For 'late': days late on arrival. */
  daysLate: number;
  /** For 'missing': days past the last day on time, as of today. */
  daysOverdue: number;
  /** For 'pending': days left until the last day on time (0 = today is the last day). */
  daysLeft: number;
}

export function reportStatus(facts: ExpectedReportFacts, rule: DueRule, today: string): ReportStatus {
  const none = { daysLate: 0, daysOverdue: 0, daysLeft: 0 };
  if (facts.arrivalDate !== null) {
    // Received, but on a day that cannot be read: shown as such, never a failed register.
    if (!isIsoDate(facts.arrivalDate)) return { ...none, state: 'unreadable' };
    const t = reportTimeliness(facts.arrivalDate, rule);
    return { ...none, state: t.onTime ? 'on_time' : 'late', daysLate: t.daysLate };
  }
  if (facts.exempt) return { ...none, state: 'exempt' };
  const left = daysBetween(today, lastOnTimeDay(rule));
  return left < 0 ? { ...none, state: 'missing', daysOverdue: -left } : { ...none, state: 'pending', daysLeft: left };
}

export interface ComplianceSummary {
  /** Agencies that owe the report (all expected reports). */
  expected: number;
  exempt: number;
  /** Expected minus exempt: the base of both rates. */
  required: number;
  received: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** Received / required, in percent (null when nothing is required). */
  reportingRate: number | null;
  /** Received on time / required, in percent. */
  onTimeRate: number | null;
}

/**
 * Counts and rates of a period. A report from an agency that was later exempted still counts as
 * received; the rates are over the agencies that must report (exempt ones left out).
 */
export function complianceSummary(states: ReportState[]): ComplianceSummary {
  const count = (s: ReportState) => states.filter((x) => x === s).length;
  const exempt = count('exempt');
  const onTime = count('on_time');
  const late = count('late');
  // A report whose arrival date cannot be read was received, neither on time nor late.
  const received = onTime + late + count('unreadable');
  const required = states.length - exempt;
  const rate = (n: number) => (required > 0 ? Math.round((n / required) * 1000) / 10 : null);
  return {
    expected: states.length,
    exempt,
    required,
    received,
    onTime,
    late,
    missing: count('missing'),
    pending: count('pending'),
    reportingRate: rate(received),
    onTimeRate: rate(onTime),
  };
}

export interface PeriodDue {
  id: number;
  dueDate: string;
}

/**
 * The period the secretariat is working on today: of the periods due on or before the end of the
 * warning window (today + dueSoonDays), the one due last; before any is due, the first one to come.
 */
export function currentPeriod<P extends PeriodDue>(periods: P[], today: string, dueSoonDays: number): P | null {
  const horizon = addDays(today, dueSoonDays);
  const sorted = [...periods].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id);
  const reached = sorted.filter((p) => p.dueDate <= horizon);
  return reached[reached.length - 1] ?? sorted[0] ?? null;
}

/** Periods whose last day on time falls between today and today + dueSoonDays. */
export function periodsDueSoon<P extends PeriodDue & { dueInclusive: boolean }>(
  periods: P[],
  today: string,
  dueSoonDays: number,
): P[] {
  return periods.filter((p) => {
    const left = daysBetween(today, lastOnTimeDay(p));
    return left >= 0 && left <= dueSoonDays;
  });
}

export const REPORT_STATE_LABELS: Record<ReportState, string> = {
  on_time: 'Đúng hạn',
  late: 'Gửi chậm',
  missing: 'Chưa gửi, quá hạn',
  pending: 'Chưa gửi, chưa đến hạn',
  exempt: 'Được miễn',
  unreadable: 'Đã gửi, ngày đến không đọc được',
};

/** "Đúng hạn", "Chậm 3 ngày", "Quá hạn 16 ngày", "Còn 5 ngày", "Hạn cuối hôm nay", "Được miễn". */
export function reportStatusText(s: ReportStatus): string {
  switch (s.state) {
    case 'on_time':
      return 'Đúng hạn';
    case 'late':
      return `Chậm ${s.daysLate} ngày`;
    case 'missing':
      return `Quá hạn ${s.daysOverdue} ngày`;
    case 'pending':
      return s.daysLeft === 0 ? 'Hạn cuối hôm nay' : `Còn ${s.daysLeft} ngày`;
    case 'exempt':
      return 'Được miễn';
    case 'unreadable':
      return 'Ngày không đọc được';
  }
}

/** How the deadline reads for the clerk: "nhận đến hết ngày 15/06/2022" (or 14/06 read literally). */
export function lastDayText(rule: DueRule): string {
  return `nhận đến hết ngày ${formatDateVi(lastOnTimeDay(rule))}`;
}
