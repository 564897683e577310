import { describe, expect, it } from 'vitest';
import { countedFigures, figureInconsistencies } from '../../shared/domain/statistic-sources';

describe('one source of truth per statistic', () => {
  const f = (agencyKind: string, statisticCode: string, value: number) => ({ agencyKind, statisticCode, value });

  it('keeps only the responsible agency’s figure when it reported the statistic', () => {
    const figures = [f('police', 'D05', 1), f('procuracy', 'D05', 1), f('police', 'D04', 2), f('court', 'D06', 1), f('police', 'D06', 1)];
    expect(countedFigures(figures)).toEqual([f('procuracy', 'D05', 1), f('police', 'D04', 2), f('court', 'D06', 1)]);
  });

  it('adds the others’ figures when the responsible agency did not report it, and leaves other statistics alone', () => {
    const figures = [f('police', 'D05', 1), f('district_pc', 'D05', 2), f('district_pc', 'B06', 10), f('police', 'B06', 3)];
    expect(countedFigures(figures)).toEqual(figures);
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
