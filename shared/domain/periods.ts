// Reporting periods (Decree 09/2019/NĐ-CP): data windows run from the 15th of one month to the
// 14th of the closing month; deadlines are data of each plan, with defaults from the 2022 plan.
import type { PeriodType } from './types';
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
export function dataWindow(type: PeriodType, year: number, index = 1): DataWindow {
  const endMonth = closingMonth(type, index);
  let startMonth = endMonth - lengthInMonths(type, index);
  let startYear = year;
  while (startMonth < 1) {
    startMonth += 12;
    startYear -= 1;
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
