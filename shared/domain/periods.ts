// Reporting periods (Decree 09/2019/NĐ-CP): data windows run from the 15th of one month to the
// 14th of the closing month; deadlines are data of each plan, with defaults from the 2022 plan.
import type { PeriodType, WindowRule } from './types';
import { toIsoDate } from '../dates/iso-date';

export interface DataWindow {
  /** First day of data, ISO. */
  from: string;
  /** Cut-off day, ISO. */
  to: string;
}

/** Month that closes the period: 6 for the 6-month report, 12 for the year, 3/6/9/12 for quarters. */
function closingMonth(type: PeriodType, index: number): number {
  switch (type) {
    case 'annual':
      return 12;
    case 'six_month':
      return 6;
    case 'nine_month':
      return 9;
    case 'quarter':
      return index * 3;
    case 'month':
      return index;
    case 'ad_hoc':
      throw new Error('Báo cáo đột xuất không có kỳ số liệu cố định');
  }
}

/** Months of data the period covers, counted back from its closing month. */
function lengthInMonths(type: PeriodType, index: number): number {
  switch (type) {
    case 'annual':
      return 12;
    case 'six_month':
      return 6;
    case 'nine_month':
      return 9;
    case 'quarter':
      return 3;
    case 'month':
      return 1;
    case 'ad_hoc':
      return closingMonth(type, index);
  }
}

/**
 * Data window of a periodic report. `index` is the quarter (1-4) or month (1-12); ignored otherwise.
 * 6-month 2022: 15/12/2021 - 14/06/2022. Year 2022: 15/12/2021 - 14/12/2022.
 */
export function dataWindow(type: PeriodType, year: number, index = 1, rule: WindowRule = 'decree09'): DataWindow {
  const endMonth = closingMonth(type, index);
  let startMonth = endMonth - lengthInMonths(type, index);
  let startYear = year;
  while (startMonth < 1) {
    startMonth += 12;
    startYear -= 1;
  }
  if (rule === 'calendar') {
    // Whole months: quý I 2022 is 01/01/2022 - 31/03/2022.
    const first = startMonth === 12 ? { year: startYear + 1, month: 1 } : { year: startYear, month: startMonth + 1 };
    return {
      from: toIsoDate({ ...first, day: 1 }),
      to: toIsoDate({ year, month: endMonth, day: new Date(Date.UTC(year, endMonth, 0)).getUTCDate() }),
    };
  }
  return {
    from: toIsoDate({ year: startYear, month: startMonth, day: 15 }),
    to: toIsoDate({ year, month: endMonth, day: 14 }),
  };
}

/** "6 tháng đầu năm 2022", "năm 2022", "quý II năm 2022", "tháng 3 năm 2022". */
export function periodLabel(type: PeriodType, year: number, index = 1): string {
  const roman = ['I', 'II', 'III', 'IV'];
  switch (type) {
    case 'annual':
      return `năm ${year}`;
    case 'six_month':
      return `6 tháng đầu năm ${year}`;
    case 'nine_month':
      return `9 tháng năm ${year}`;
    case 'quarter':
      return `quý ${roman[index - 1] ?? index} năm ${year}`;
    case 'month':
      return `tháng ${index} năm ${year}`;
    case 'ad_hoc':
      return `đột xuất năm ${year}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Periods generated from a plan's reporting duties, and their due dates.

/** The part of a reporting duty that periods are generated from. */
export interface DutyTiming {
  periodType: PeriodType;
  /** Month and day of the deadline ("trước ngày 15/6": 6 and 15); null where the duty gives none. */
  dueMonth: number | null;
  dueDay: number | null;
  /** The plan's own wording, e.g. "trước ngày 15/6". */
  dueText: string;
  /** "trước ngày 15/6" read as "on 15/6 at the latest" (true, the default) or "by 14/6" (false). */
  dueInclusive: boolean;
  /**
   * Quarterly and monthly duties: the due month counted from the period's closing month (0 "tháng
   * cuối quý", 1 "tháng đầu quý sau"); null: the day decides (below 15: the month after).
   */
  dueMonthOffset?: number | null;
  /** How the data window runs (default: Decree 09's 15th to 14th). */
  windowRule?: WindowRule;
}

export interface GeneratedPeriod {
  periodType: PeriodType;
  year: number;
  index: number;
  label: string;
  window: DataWindow;
  dueDate: string;
  dueText: string;
  dueInclusive: boolean;
}

/** How many periods of a type fall in one year, with their indexes. */
function indexesOf(type: PeriodType): number[] {
  switch (type) {
    case 'quarter':
      return [1, 2, 3, 4];
    case 'month':
      return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    case 'ad_hoc':
      return [];
    default:
      return [1];
  }
}

/**
 * Due date of one period. The duty's month and day, in the period's year; a due month earlier than
 * the closing month means the next year ("năm 2022, trước ngày 15/01" is 15/01/2023). Quarterly and
 * monthly duties give only a day: it falls in the period's closing month (or the next one when that
 * day comes before the cut-off, i.e. a day below 15 of the month after). Without a day: the day after
 * the cut-off (Decree 09's 15th).
 */
export function periodDueDate(
  duty: Pick<DutyTiming, 'periodType' | 'dueMonth' | 'dueDay' | 'dueMonthOffset'>,
  year: number,
  index = 1,
): string {
  const closing = closingMonth(duty.periodType, index);
  let month = duty.dueMonth ?? closing;
  let dueYear = year;
  let day = duty.dueDay ?? 15;
  if (duty.dueMonth === null && duty.dueMonthOffset != null) month = closing + duty.dueMonthOffset;
  else if (duty.dueMonth === null && duty.dueDay !== null && duty.dueDay < 15) month = closing + 1;
  if (duty.dueMonth !== null && duty.dueMonth < closing) dueYear += 1;
  while (month > 12) {
    month -= 12;
    dueYear += 1;
  }
  day = Math.min(day, new Date(Date.UTC(dueYear, month, 0)).getUTCDate());
  return toIsoDate({ year: dueYear, month, day });
}

/**
 * The duty's wording for one period: "trước ngày 15/6" becomes "trước ngày 15/6/2022" (the year of
 * the due date is added where the wording gives day and month only); other wording is kept as is.
 */
export function periodDueText(dutyText: string, dueDate: string): string {
  const year = dueDate.slice(0, 4);
  return dutyText.replace(/(\b\d{1,2}\/\d{1,2})(?!\/?\d)/g, `$1/${year}`);
}

/** The periods one duty asks for in one plan year (none for ad-hoc duties: the clerk creates those). */
export function periodsOfDuty(duty: DutyTiming, year: number): GeneratedPeriod[] {
  return indexesOf(duty.periodType).map((index) => {
    const dueDate = periodDueDate(duty, year, index);
    return {
      periodType: duty.periodType,
      year,
      index,
      label: periodLabel(duty.periodType, year, index),
      window: dataWindow(duty.periodType, year, index, duty.windowRule ?? 'decree09'),
      dueDate,
      dueText: periodDueText(duty.dueText, dueDate),
      dueInclusive: duty.dueInclusive,
    };
  });
}
