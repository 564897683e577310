// Report figures and how they add up (domain.md §2.2 note 2 and §8):
// - FLOW figures (inspections, classes, contacts) are counted within a period's data window: they
//   add up across agencies and districts; across periods only where the windows do not overlap
//   (a 6-month and an annual report both count from 15/12: the annual one already holds the first
//   half, so it replaces it instead of being added to it).
// - STOCK figures (people, businesses, staff as of the cut-off date) add up across agencies at the
//   same cut-off, and are NEVER summed across periods: the latest cut-off gives the value.
// Target progress is derived from these totals here, never stored.
import type { DataWindow } from './periods';
import type { TargetComparator, TargetKind } from './types';

export const STATISTIC_KINDS = ['flow', 'stock'] as const;
export type StatisticKind = (typeof STATISTIC_KINDS)[number];

export interface StatisticDef {
  code: string;
  label: string;
  unit: string;
  kind: StatisticKind;
  /** Catalogue group, e.g. "B. Chỉ đạo, tuyên truyền". */
  group: string;
  /**
   * Set on a statistic that counts the handled part of another one (D08.1 "đã xử lý" of D08 "tiếp
   * nhận"): a target whose numerator and denominator name the same statistic reads this part.
   */
  partOf: string | null;
}

/** Is the text a figure a clerk may enter: a number, not negative, at most 100 for a percentage? */
export function figureProblem(value: number, unit: string): string | null {
  if (!Number.isFinite(value)) return 'phải là một số';
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return 'lớn quá mức lưu được (tối đa 9.007.199.254.740.991)';
  if (value < 0) return 'không được là số âm';
  if (unit.trim() === '%' && value > 100) return 'là tỷ lệ phần trăm, không được lớn hơn 100';
  return null;
}

/**
 * Reads a figure as a clerk types it, Vietnamese style: "1.250" (thousands), "12,5" (decimal),
 * "15 000 000". Returns NaN when it is not a number.
 */
export function parseFigureVi(text: string): number {
  let t = text.trim().replace(/\s+/g, '');
  if (t === '') return Number.NaN;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return Number.NaN;
  return Number(t);
}

/** Figures of one statistic at one cut-off from several agencies: they add up, flows and stocks alike. */
export function sumAcrossAgencies(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export interface PeriodValue {
  window: DataWindow;
  value: number;
}

const comesFirst = (a: PeriodValue, b: PeriodValue) => a.window.to > b.window.to || (a.window.to === b.window.to && a.window.from < b.window.from);

/**
 * One agency's figures of one statistic over several periods, combined.
 * STOCK: the value at the latest cut-off; never a sum.
 * FLOW: the latest period, plus earlier periods whose windows end before every chosen one begins
 * (quarters add up; a 6-month figure inside the annual window does not).
 */
export function combineAcrossPeriods(kind: StatisticKind, values: PeriodValue[]): number | null {
  if (values.length === 0) return null;
  // One period: its value, stock or flow alike.
  if (values.length === 1) return values[0]!.value;
  // Latest cut-off first, then the earliest start; ISO dates order as plain strings. A few values an
  // agency and statistic, placed one by one (stable): Array.prototype.sort's copy and work array were a
  // fifth of what targets.progress allocated at a plan of 400 agencies.
  const sorted: PeriodValue[] = [];
  for (const v of values) {
    let i = sorted.length;
    sorted.push(v);
    while (i > 0 && comesFirst(v, sorted[i - 1]!)) {
      sorted[i] = sorted[i - 1]!;
      i--;
    }
    sorted[i] = v;
  }
  if (kind === 'stock') return sorted[0]!.value;
  const chosen: PeriodValue[] = [];
  for (const v of sorted) {
    if (chosen.every((c) => v.window.to < c.window.from)) chosen.push(v);
  }
  return sumAcrossAgencies(chosen.map((c) => c.value));
}

export interface TargetSpec {
  kind: TargetKind;
  comparator: TargetComparator | null;
  value: number | null;
  unit: string | null;
  denominator: number | null;
  statistic: string | null;
  denominatorStatistic: string | null;
}

/** The statistic a target's numerator reads (see StatisticDef.partOf). */
export function numeratorCode(target: TargetSpec, catalogue: StatisticDef[]): string | null {
  if (!target.statistic) return null;
  if (target.denominatorStatistic && target.denominatorStatistic === target.statistic) {
    return catalogue.find((s) => s.partOf === target.statistic)?.code ?? null;
  }
  return target.statistic;
}

export type ProgressState =
  | 'qualitative' // Đánh giá trong báo cáo
  | 'no_statistic' // Chưa gắn chỉ số
  | 'no_figures' // Chưa có số liệu
  | 'no_denominator' // Có tử số, chưa có mẫu số
  | 'measured';

export interface TargetProgress {
  state: ProgressState;
  numerator: number | null;
  denominator: number | null;
  /** Count targets: the count; percent targets: the rate in percent. */
  achieved: number | null;
  /** achieved / target value, in percent (one decimal). */
  percentOfTarget: number | null;
  /** Achieved as required by the comparator ("100%": reached 100; "ít nhất 60%": 60 or more; "không quá 5%": 5 or less). */
  met: boolean | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Progress of a target from the totals of its statistics in one period (or to date).
 * `totalOf` gives the total of a statistic, or null when no report brought it.
 */
export function targetProgress(
  target: TargetSpec,
  catalogue: StatisticDef[],
  totalOf: (code: string) => number | null,
): TargetProgress {
  const empty = { numerator: null, denominator: null, achieved: null, percentOfTarget: null, met: null };
  if (target.kind === 'qualitative') return { ...empty, state: 'qualitative' };
  const numCode = numeratorCode(target, catalogue);
  if (!numCode || target.value === null) return { ...empty, state: 'no_statistic' };
  const numerator = totalOf(numCode);
  if (numerator === null) return { ...empty, state: 'no_figures' };

  let achieved: number;
  let denominator: number | null = null;
  if (target.kind === 'percent') {
    denominator = target.denominatorStatistic ? totalOf(target.denominatorStatistic) : target.denominator;
    if (denominator === null || denominator <= 0) return { ...empty, numerator, state: 'no_denominator' };
    achieved = round1((numerator / denominator) * 100);
  } else {
    achieved = numerator;
  }
  const percentOfTarget = target.value > 0 ? round1((achieved / target.value) * 100) : null;
  const met = target.comparator === 'at_most' ? achieved <= target.value : achieved >= target.value;
  return { state: 'measured', numerator, denominator, achieved, percentOfTarget, met };
}
