// Figures and target progress at their edges: exactly 100%, exactly the target, a zero target, a
// 6-month and a quarter closing on the same day, numbers typed with signs and separators.
// Expected values are worked out by hand beside each case.
import { describe, expect, it } from 'vitest';
import {
  combineAcrossPeriods,
  figureProblem,
  numeratorCode,
  parseFigureVi,
  targetProgress,
  type StatisticDef,
  type TargetSpec,
} from '../../shared/domain/statistics';

const H1 = { from: '2021-12-15', to: '2022-06-14' };
const Q1 = { from: '2021-12-15', to: '2022-03-14' };
const Q2 = { from: '2022-03-15', to: '2022-06-14' };
const Q3 = { from: '2022-06-15', to: '2022-09-14' };

const catalogue: StatisticDef[] = [
  { code: 'T', label: 'Tiếp nhận', unit: 'tin', kind: 'flow', group: 'D', partOf: null },
  { code: 'T.1', label: 'Đã xử lý', unit: 'tin', kind: 'flow', group: 'D', partOf: 'T' },
  { code: 'N', label: 'Người', unit: 'người', kind: 'stock', group: 'E', partOf: null },
];
const totals = (m: Record<string, number>) => (code: string) => (code in m ? m[code]! : null);
const count: TargetSpec = { kind: 'count', comparator: 'at_least', value: 50, unit: 'lượt', denominator: null, statistic: 'N', denominatorStatistic: null };

describe('figures a clerk may enter', () => {
  it('0 to 100 for a percentage (100 itself allowed, a " % " unit too); any size for a count', () => {
    expect(figureProblem(100, '%')).toBeNull();
    expect(figureProblem(100.1, ' % ')).toBe('là tỷ lệ phần trăm, không được lớn hơn 100');
    expect(figureProblem(0, 'xã')).toBeNull();
    expect(figureProblem(Number.POSITIVE_INFINITY, 'xã')).toBe('phải là một số');
    expect(figureProblem(-0.5, '%')).toBe('không được là số âm');
  });

  it('reads signs, thousands dots with a decimal comma, and spaces anywhere', () => {
    expect(parseFigureVi('-1.250,5')).toBe(-1250.5); // thousands dot, decimal comma
    expect(parseFigureVi('1.250.000')).toBe(1250000);
    expect(parseFigureVi(' 7 ')).toBe(7);
    expect(parseFigureVi('-3')).toBe(-3);
    expect(parseFigureVi('-12,25')).toBe(-12.25);
    expect(parseFigureVi('1.25')).toBe(1.25); // not three digits after the dot: a decimal point
    expect(parseFigureVi('1 250,5')).toBe(1250.5);
  });

  it('a dot is a thousands separator only after 1 to 3 digits and before groups of exactly 3', () => {
    expect(parseFigureVi('12.500')).toBe(12500);
    expect(parseFigureVi('1.250,55')).toBe(1250.55);
    expect(parseFigureVi('1234.567')).toBe(1234.567); // four digits before the dot: a decimal point
    expect(parseFigureVi('1.2345')).toBe(1.2345); // four digits after it: a decimal point
  });

  it('refuses what is not one number', () => {
    for (const bad of ['12,5,3', '1.250,', ',5', '1.2.3', '--3', '3-', '1e3', '0x10', '   ']) expect(parseFigureVi(bad), bad).toBeNaN();
  });
});

describe('adding a flow across periods', () => {
  it('of a 6-month and a quarter closing the same day, the longer window counts (it holds the quarter)', () => {
    // Both end 14/06: sorted longest first, H1 (20) is taken and Q2 lies inside it.
    expect(combineAcrossPeriods('flow', [{ window: Q2, value: 7 }, { window: H1, value: 20 }])).toBe(20);
    expect(combineAcrossPeriods('flow', [{ window: H1, value: 20 }, { window: Q2, value: 7 }])).toBe(20);
  });
  it('three quarters in a row add up: 5 + 7 + 11 = 23, whatever the order given', () => {
    expect(combineAcrossPeriods('flow', [{ window: Q2, value: 7 }, { window: Q3, value: 11 }, { window: Q1, value: 5 }])).toBe(23);
  });
  it('windows sharing a day overlap: the later one replaces the earlier (ad-hoc windows can touch)', () => {
    const a = { from: '2022-01-01', to: '2022-03-15' };
    const b = { from: '2022-03-15', to: '2022-06-14' };
    expect(combineAcrossPeriods('flow', [{ window: a, value: 4 }, { window: b, value: 9 }])).toBe(9);
  });
  it('no figure: no value (not 0)', () => {
    expect(combineAcrossPeriods('flow', [])).toBeNull();
  });
  it('a stock of two periods closing the same day: the longer window’s figure', () => {
    expect(combineAcrossPeriods('stock', [{ window: Q2, value: 7 }, { window: H1, value: 20 }])).toBe(20);
  });
});

describe('target progress at the edges', () => {
  it('exactly the target is met ("at least 50": 50 is enough); one less is not', () => {
    expect(targetProgress(count, catalogue, totals({ N: 50 }))).toEqual({
      state: 'measured',
      numerator: 50,
      denominator: null,
      achieved: 50,
      percentOfTarget: 100,
      met: true,
    });
    expect(targetProgress(count, catalogue, totals({ N: 49 }))).toMatchObject({ percentOfTarget: 98, met: false });
  });

  it('a target of 0 has no percentage of it, and any figure meets it', () => {
    expect(targetProgress({ ...count, value: 0 }, catalogue, totals({ N: 3 }))).toMatchObject({ percentOfTarget: null, met: true });
  });

  it('one decimal: 2 of 3 is 66.7%, which is 66.7% of a 100% target; 1 of 3 against at least 60%: 55.5% of it', () => {
    const pct: TargetSpec = { ...count, kind: 'percent', value: 100, unit: '%', statistic: 'N', denominator: 3 };
    // 2 / 3 × 100 = 66.67 -> 66.7; 66.7 / 100 × 100 = 66.7.
    expect(targetProgress(pct, catalogue, totals({ N: 2 }))).toMatchObject({ numerator: 2, denominator: 3, achieved: 66.7, percentOfTarget: 66.7, met: false });
    // 1 / 3 × 100 = 33.33 -> 33.3; 33.3 / 60 × 100 = 55.5.
    expect(targetProgress({ ...pct, value: 60 }, catalogue, totals({ N: 1 }))).toMatchObject({ achieved: 33.3, percentOfTarget: 55.5 });
  });

  it('a denominator of 0, or none reported, gives no percentage; a value of null, no statistic', () => {
    const pct: TargetSpec = { ...count, kind: 'percent', value: 100, unit: '%', statistic: 'N', denominator: 0 };
    expect(targetProgress(pct, catalogue, totals({ N: 2 }))).toEqual({
      state: 'no_denominator',
      numerator: 2,
      denominator: null,
      achieved: null,
      percentOfTarget: null,
      met: null,
    });
    expect(targetProgress({ ...pct, denominator: null }, catalogue, totals({ N: 2 })).state).toBe('no_denominator');
    expect(targetProgress({ ...count, value: null }, catalogue, totals({ N: 2 }))).toEqual({
      state: 'no_statistic',
      numerator: null,
      denominator: null,
      achieved: null,
      percentOfTarget: null,
      met: null,
    });
  });

  it('a reported denominator is preferred to the fixed one', () => {
    const pct: TargetSpec = { ...count, kind: 'percent', value: 100, unit: '%', statistic: 'T.1', denominator: 10, denominatorStatistic: 'T' };
    // 6 / 8 = 75%, not 6 / 10.
    expect(targetProgress(pct, catalogue, totals({ 'T.1': 6, T: 8 }))).toMatchObject({ denominator: 8, achieved: 75 });
  });

  it('the numerator of a statistic over itself is its handled part, or none when the catalogue has none', () => {
    const self: TargetSpec = { ...count, kind: 'percent', statistic: 'T', denominatorStatistic: 'T' };
    expect(numeratorCode(self, catalogue)).toBe('T.1');
    expect(numeratorCode({ ...self, statistic: 'N', denominatorStatistic: 'N' }, catalogue)).toBeNull();
    expect(numeratorCode({ ...self, denominatorStatistic: 'N' }, catalogue)).toBe('T');
    expect(numeratorCode({ ...self, statistic: null }, catalogue)).toBeNull();
  });
});
