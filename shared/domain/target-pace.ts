// Where a target of the year stands at the end of a period before the year is out (issue 12): met
// already, on track, behind, or (a ceiling, "không quá") already passed. One rule, used by the report's
// III.1 and its wording.
//
// "On track" is a chosen rule, not the plan's: a plan sets its targets for the year without a schedule
// within it, so the only expectation it supports is the straight line: by a period's end, the share of
// the year's value equal to the share of the year elapsed. Reporting periods are whole months (Decree
// 09's windows, 15th to 14th), so the share is the period's closing month over 12: 6 months = 50%,
// 9 months = 75%, a quarter 25%, 50%, 75%. A fixed 50% would call a target "on track" at the 9-month
// report with three quarters of the year gone. The straight line does not fit every target (a
// campaign run in one season, a share of communes reached at once): the report says the measure in its
// words ("đạt từ 50% kế hoạch năm trở lên"), so the reader judges with it, and the table's Đánh giá stays
// "Đang thực hiện" for every target not yet met.
import type { PeriodType, TargetComparator } from './types';

/**
 * The share of a year's value (percent) a target to reach should have reached by the end of the period:
 * its closing month over 12, one decimal (month 1: 8,3%); 100 for the year; null for an ad-hoc request,
 * which has no fixed window.
 */
export function expectedPercentAtPeriodEnd(periodType: PeriodType, index = 1): number | null {
  const month =
    periodType === 'annual' ? 12 : periodType === 'six_month' ? 6 : periodType === 'nine_month' ? 9 : periodType === 'quarter' ? index * 3 : periodType === 'month' ? index : null;
  if (month === null || month < 1 || month > 12) return null;
  return Math.round((month / 12) * 1000) / 10;
}

export type TargetPace = 'met' | 'on_track' | 'behind' | 'over_limit';

/**
 * A measured target against its year's value at a period's end: met; over its limit (a ceiling passed,
 * whatever the share); on track when at least `expectedPercent` of the value is reached; behind otherwise
 * (and when the share cannot be said: no value, no expectation).
 */
export function targetPace(
  p: { comparator: TargetComparator | null; met: boolean | null; percentOfTarget: number | null },
  expectedPercent: number | null,
): TargetPace {
  if (p.met === true) return 'met';
  if (p.comparator === 'at_most') return 'over_limit';
  if (expectedPercent !== null && p.percentOfTarget !== null && p.percentOfTarget >= expectedPercent) return 'on_track';
  return 'behind';
}
