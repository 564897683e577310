// What III.1 says of the targets, and the day "tính đến" names (issue 12). At mid-year the targets are
// the year's, still being carried out: the report counts those met, those past half the year's value
// (the share of the year elapsed: shared/domain/target-pace.ts), those below it and ceilings passed,
// naming the 50% in its words, never "chưa có chỉ tiêu nào đạt". A report written before its data window ends counts
// its figures to the day of writing, not to a day still to come.
import { describe, expect, it } from 'vitest';
import { targetCounts, targetLine } from '../../../shared/documents/content';
import { figuresAsOf, targetsSentence } from '../../../shared/documents/defaults';
import type { TargetProgressRow, TargetRow } from '../../../shared/api/models';

const target = (over: Partial<TargetRow>): TargetRow => ({
  id: 1, code: 'II.2.1', group: '', wording: 'Chỉ tiêu', kind: 'count', comparator: 'at_least', value: 50, unit: 'lượt người',
  denominator: null, denominatorText: null, statistic: 'E01', denominatorStatistic: null, denominatorUnits: null, note: null, agencies: [], ...over,
});
const measured = (achieved: number, percentOfTarget: number, met: boolean): TargetProgressRow => ({
  targetId: 1, numeratorStatistic: 'E01', denominatorStatistic: null,
  periods: [{ periodId: 5, periodLabel: 'x', contributions: [], leftOut: [], progress: { state: 'measured', numerator: achieved, denominator: null, achieved, percentOfTarget, met } }],
  toDate: { progress: { state: 'no_figures', numerator: null, denominator: null, achieved: null, percentOfTarget: null, met: null }, contributions: [] },
});
const midYear = { yearEnd: false, totals: new Map<string, number>(), unitOf: () => '', expected: new Set<number>(), reported: new Set<number>(), sharedWording: false, expectedPercent: 50 };

describe('where each target stands at mid-year', () => {
  it('is met, on track from half of the year’s value, or behind; a ceiling passed is over its limit whatever its share', () => {
    const lines = [
      targetLine(target({}), measured(55, 110, true), 5, midYear), // 55 of 50: met
      targetLine(target({}), measured(25, 50, false), 5, midYear), // exactly half: on track
      targetLine(target({}), measured(24, 48, false), 5, midYear), // 24 of 50: behind
      targetLine(target({ comparator: 'at_most', value: 5 }), measured(6, 120, false), 5, midYear), // above a ceiling of 5
      targetLine(target({}), undefined, 5, midYear), // no figures: not counted
    ];
    expect(lines.map((l) => l.pace)).toEqual(['met', 'on_track', 'behind', 'over_limit', undefined]);
    expect(lines.map((l) => l.assessment)).toEqual(['Đạt', 'Đang thực hiện', 'Đang thực hiện', 'Đang thực hiện', 'Chưa có số liệu']);
    expect(targetCounts(lines)).toEqual({ measured: 4, met: 1, onTrack: 1, overLimit: 1 });
  });

  it('follows the share expected at the period’s end: half of the value is behind at nine months (75%)', () => {
    const nineMonths = { ...midYear, expectedPercent: 75 };
    expect(targetLine(target({}), measured(25, 50, false), 5, nineMonths).pace).toBe('behind');
    expect(targetLine(target({}), measured(38, 76, false), 5, nineMonths).pace).toBe('on_track');
  });
});

describe('III.1 on the targets', () => {
  it('in a 6-month report, speaks of annual targets in progress, naming the 50% it measures them by', () => {
    expect(targetsSentence('six_month', 2022, { measured: 5, met: 1, onTrack: 1, overLimit: 1 })).toBe(
      'Các chỉ tiêu của Kế hoạch là chỉ tiêu năm, đang thực hiện; trong 5 chỉ tiêu đã có số liệu: 1 chỉ tiêu đã đạt mức kế hoạch năm, 1 chỉ tiêu đạt từ 50% kế hoạch năm trở lên, ' +
        '2 chỉ tiêu đạt dưới 50% kế hoạch năm, cần đẩy nhanh tiến độ trong 6 tháng cuối năm 2022, 1 chỉ tiêu đã vượt mức tối đa của kế hoạch năm.',
    );
    expect(targetsSentence('six_month', 2022, { measured: 2, met: 0, onTrack: 0 })).toBe(
      'Các chỉ tiêu của Kế hoạch là chỉ tiêu năm, đang thực hiện; trong 2 chỉ tiêu đã có số liệu: 2 chỉ tiêu đạt dưới 50% kế hoạch năm, cần đẩy nhanh tiến độ trong 6 tháng cuối năm 2022.',
    );
    expect(targetsSentence('six_month', 2022, { measured: 2, met: 2, onTrack: 0 })).toBe(
      'Các chỉ tiêu của Kế hoạch là chỉ tiêu năm; trong 2 chỉ tiêu đã có số liệu: 2 chỉ tiêu đã đạt mức kế hoạch năm.',
    );
  });

  it('at year end, says how many are met and how many not', () => {
    expect(targetsSentence('annual', 2022, { measured: 3, met: 2, onTrack: 0 })).toBe('Trong 3 chỉ tiêu đã có số liệu: 2 chỉ tiêu đạt kế hoạch, 1 chỉ tiêu chưa đạt.');
    expect(targetsSentence('annual', 2022, { measured: 3, met: 3, onTrack: 0 })).toBe('Trong 3 chỉ tiêu đã có số liệu, cả 3 chỉ tiêu đều đạt kế hoạch.');
    // Half way or not, a target not met at year end is not met.
    expect(targetsSentence('annual', 2022, { measured: 3, met: 0, onTrack: 1 })).toBe('Trong 3 chỉ tiêu đã có số liệu, chưa có chỉ tiêu nào đạt kế hoạch.');
  });
});

describe('the day the figures run to', () => {
  it('is the window’s last day, or the day of writing when that comes first', () => {
    expect(figuresAsOf({ windowTo: '2022-12-14', today: '2022-07-01' })).toBe('2022-07-01');
    expect(figuresAsOf({ windowTo: '2022-06-14', today: '2022-07-01' })).toBe('2022-06-14');
    expect(figuresAsOf({ windowTo: '2022-06-14', today: '2022-06-14' })).toBe('2022-06-14');
    expect(figuresAsOf({ windowTo: '2022-06-14' })).toBe('2022-06-14');
    expect(figuresAsOf({ windowTo: null, today: '2022-07-01' })).toBeNull();
  });
});
