import { describe, expect, it } from 'vitest';
import { countedFigures, figureInconsistencies, statisticSources } from '../../shared/domain/statistic-sources';

describe('one source of truth per statistic', () => {
  const f = (agencyId: number, statisticCode: string, value: number) => ({ agencyId, statisticCode, value });
  // 1 Công an, 2 Viện kiểm sát, 3 Tòa án, 4 and 5 two districts.
  const agencies = [
    { id: 1, kind: 'police' },
    { id: 2, kind: 'procuracy' },
    { id: 3, kind: 'court' },
    { id: 4, kind: 'district_pc' },
    { id: 5, kind: 'district_pc' },
  ];

  it('takes cases from the Công an, prosecutions from the Viện kiểm sát, trials from the Tòa án', () => {
    const sources = statisticSources(agencies, []);
    expect([sources.get('D04'), sources.get('D05'), sources.get('D06'), sources.get('B06')]).toEqual([1, 2, 3, undefined]);
    const figures = [f(1, 'D05', 1), f(2, 'D05', 1), f(1, 'D04', 2), f(3, 'D06', 1), f(1, 'D06', 1)];
    expect(countedFigures(figures, sources)).toEqual([f(2, 'D05', 1), f(1, 'D04', 2), f(3, 'D06', 1)]);
  });

  it('adds the others’ figures when the source did not report it, and leaves other statistics alone', () => {
    const figures = [f(1, 'D05', 1), f(4, 'D05', 2), f(4, 'B06', 10), f(5, 'B06', 3)];
    expect(countedFigures(figures, statisticSources(agencies, []))).toEqual(figures);
  });

  it('follows the clerk’s choice: another agency, or every agency’s figures', () => {
    const sources = statisticSources(agencies, [
      { statisticCode: 'D05', agencyId: null },
      { statisticCode: 'B06', agencyId: 4 },
    ]);
    expect(sources.has('D05')).toBe(false);
    expect(countedFigures([f(1, 'D05', 1), f(2, 'D05', 1), f(4, 'B06', 10), f(5, 'B06', 3)], sources)).toEqual([f(1, 'D05', 1), f(2, 'D05', 1), f(4, 'B06', 10)]);
  });

  it('has no built-in source where the plan has no agency of that kind, or several', () => {
    expect(statisticSources([{ id: 9, kind: 'district_pc' }], []).size).toBe(0);
    expect(statisticSources([{ id: 1, kind: 'police' }, { id: 6, kind: 'police' }], []).has('D04')).toBe(false);
  });
});

describe('contradicting totals', () => {
  const catalogue = [
    { code: 'D08', label: 'Số tin báo đã tiếp nhận', partOf: null },
    { code: 'D08.1', label: 'Trong đó: đã xử lý', partOf: 'D08' },
  ];

  it('names a part larger than its whole, with both figures', () => {
    const totals = new Map([['C02', 132], ['C03', 136], ['D08', 10], ['D08.1', 12]]);
    expect(figureInconsistencies(totals, catalogue)).toEqual([
      'số cơ sở được kiểm tra lớn hơn số lượt cơ sở được kiểm tra (136 so với 132)',
      '"Trong đó: đã xử lý" lớn hơn tổng số (12 so với 10)',
    ]);
  });

  it('says nothing when the figures agree or one of them was not reported', () => {
    expect(figureInconsistencies(new Map([['C02', 132], ['C03', 132], ['C04', 5]]), catalogue)).toEqual([]);
    expect(figureInconsistencies(new Map([['C03', 136]]), catalogue)).toEqual([]);
  });
});
