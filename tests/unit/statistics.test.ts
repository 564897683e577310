// Report figures: flows add up across agencies; stocks never add up across periods; target
// progress and the checks on a typed figure.
import { describe, expect, it } from 'vitest';
import {
  combineAcrossPeriods,
  figureProblem,
  numeratorCode,
  parseFigureVi,
  sumAcrossAgencies,
  targetProgress,
  type TargetSpec,
} from '../../shared/domain/statistics';
import { STATISTICS_CATALOGUE } from '../../db/builtin/statistics-catalogue';

const H1 = { from: '2021-12-15', to: '2022-06-14' };
const YEAR = { from: '2021-12-15', to: '2022-12-14' };
const Q1 = { from: '2021-12-15', to: '2022-03-14' };
const Q2 = { from: '2022-03-15', to: '2022-06-14' };

describe('the catalogue', () => {
  it('holds the statistics the 2022 targets read and the common ones, with unique codes', () => {
    const codes = STATISTICS_CATALOGUE.map((s) => s.code);
    for (const c of ['B06', 'E01', 'E11', 'E12', 'F03', 'F04', 'D08', 'C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'B02', 'B03', 'B04']) {
      expect(codes).toContain(c);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });
  it('people and staff as of the cut-off are stocks; activities in the window are flows', () => {
    const kind = (c: string) => STATISTICS_CATALOGUE.find((s) => s.code === c)!.kind;
    expect(kind('E11')).toBe('stock');
    expect(kind('F03')).toBe('stock');
    expect(kind('A01')).toBe('stock');
    expect(kind('E01')).toBe('flow');
    expect(kind('C06')).toBe('flow');
    expect(kind('B06')).toBe('flow');
  });
});

describe('adding up', () => {
  it('figures of several agencies at the same cut-off add up', () => {
    expect(sumAcrossAgencies([12, 8, 30])).toBe(50);
  });
  it('a flow: the annual report holds the first half, so it replaces it rather than adding to it', () => {
    expect(combineAcrossPeriods('flow', [{ window: H1, value: 20 }, { window: YEAR, value: 45 }])).toBe(45);
  });
  it('a flow over quarters that do not overlap adds up', () => {
    expect(combineAcrossPeriods('flow', [{ window: Q1, value: 5 }, { window: Q2, value: 7 }])).toBe(12);
  });
  it('a stock is never summed across periods: the latest cut-off gives the value', () => {
    expect(combineAcrossPeriods('stock', [{ window: Q1, value: 40 }, { window: Q2, value: 35 }])).toBe(35);
    expect(combineAcrossPeriods('stock', [{ window: YEAR, value: 30 }, { window: H1, value: 25 }])).toBe(30);
    expect(combineAcrossPeriods('stock', [])).toBeNull();
  });
});

describe('target progress', () => {
  const base: TargetSpec = { kind: 'count', comparator: 'exactly', value: 50, unit: 'lượt người', denominator: null, statistic: 'E01', denominatorStatistic: null };
  const totals = (m: Record<string, number>) => (code: string) => (code in m ? m[code]! : null);

  it('a count target: 32 of 50 contacts is 64% of the target, not met', () => {
    expect(targetProgress(base, STATISTICS_CATALOGUE, totals({ E01: 32 }))).toEqual({
      state: 'measured',
      numerator: 32,
      denominator: null,
      achieved: 32,
      percentOfTarget: 64,
      met: false,
    });
  });
  it('a percentage over a fixed denominator: 118 of 125 communes is 94.4%', () => {
    const t: TargetSpec = { ...base, kind: 'percent', value: 100, unit: '%', denominator: 125, statistic: 'B06' };
    expect(targetProgress(t, STATISTICS_CATALOGUE, totals({ B06: 118 }))).toMatchObject({ achieved: 94.4, percentOfTarget: 94.4, met: false });
  });
  it('a percentage over a reported denominator: "at least 60%" met with 14 of 20', () => {
    const t: TargetSpec = { ...base, kind: 'percent', comparator: 'at_least', value: 60, unit: '%', statistic: 'E12', denominatorStatistic: 'E11' };
    expect(targetProgress(t, STATISTICS_CATALOGUE, totals({ E12: 14, E11: 20 }))).toMatchObject({ numerator: 14, denominator: 20, achieved: 70, met: true });
    expect(targetProgress(t, STATISTICS_CATALOGUE, totals({ E12: 14 })).state).toBe('no_denominator');
  });
  it('no figure yet, no statistic, or a qualitative target say so instead of showing 0%', () => {
    expect(targetProgress(base, STATISTICS_CATALOGUE, totals({})).state).toBe('no_figures');
    expect(targetProgress({ ...base, statistic: null }, STATISTICS_CATALOGUE, totals({ E01: 3 })).state).toBe('no_statistic');
    expect(targetProgress({ ...base, kind: 'qualitative' }, STATISTICS_CATALOGUE, totals({ E01: 3 })).state).toBe('qualitative');
  });
  it('a ratio of a statistic to itself (tin báo D08 handled / received) reads the handled part D08.1', () => {
    const t: TargetSpec = { ...base, kind: 'percent', value: 100, unit: '%', statistic: 'D08', denominatorStatistic: 'D08' };
    expect(numeratorCode(t, STATISTICS_CATALOGUE)).toBe('D08.1');
    expect(targetProgress(t, STATISTICS_CATALOGUE, totals({ D08: 8, 'D08.1': 6 }))).toMatchObject({ achieved: 75, met: false });
  });
});

describe('a figure as the clerk types it', () => {
  it('reads Vietnamese number formats', () => {
    expect(parseFigureVi('1.250')).toBe(1250);
    expect(parseFigureVi('12,5')).toBe(12.5);
    expect(parseFigureVi('15 000 000')).toBe(15000000);
    expect(parseFigureVi('42')).toBe(42);
    expect(parseFigureVi('mười')).toBeNaN();
    expect(parseFigureVi('')).toBeNaN();
    expect(parseFigureVi('12a')).toBeNaN();
  });
  it('refuses a negative figure and a percentage above 100', () => {
    expect(figureProblem(-1, 'xã')).toBe('không được là số âm');
    expect(figureProblem(101, '%')).toBe('là tỷ lệ phần trăm, không được lớn hơn 100');
    expect(figureProblem(Number.NaN, 'xã')).toBe('phải là một số');
    expect(figureProblem(101, 'xã')).toBeNull();
    expect(figureProblem(0, '%')).toBeNull();
  });
});
