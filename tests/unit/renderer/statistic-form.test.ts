// The plan's statistic forms (renderer/src/components/targets/statistic-form.ts): a statistic of the
// plan's own, and the statistics the form shows as asked of an agency.
import { describe, expect, it } from 'vitest';
import type { StatisticRow } from '../../../shared/api/models';
import { askedDirectly, initialStatisticValues, statisticRequest, validateStatistic } from '../../../renderer/src/components/targets/statistic-form';

const stat = (code: string, partOf: string | null = null): StatisticRow => ({
  code,
  label: `Chỉ số ${code}`,
  unit: 'vụ',
  kind: 'flow',
  group: 'C',
  partOf,
  builtin: false,
  planId: 4,
});

describe('a statistic of the plan', () => {
  it('a new one opens in the plan\'s own group, summed over the period', () => {
    expect(initialStatisticValues(null)).toEqual({ code: '', label: '', unit: '', kind: 'flow', group: 'Chỉ số riêng của kế hoạch', partOf: null });
  });

  it('names each of code, name and unit left empty (spaces count as empty)', () => {
    expect(validateStatistic({ ...initialStatisticValues(null), label: '  ' })).toEqual({
      code: 'Chưa nhập mã chỉ số.',
      label: 'Chưa nhập tên chỉ số.',
      unit: 'Chưa nhập đơn vị tính.',
    });
    expect(validateStatistic({ ...initialStatisticValues(null), code: 'TT01', label: 'Số buổi', unit: 'buổi' })).toEqual({});
  });

  it('sends trimmed texts; an empty group as null', () => {
    const v = { code: ' TT01 ', label: ' Số buổi tuyên truyền ', unit: ' buổi ', kind: 'stock' as const, group: ' ', partOf: 'C01' };
    expect(statisticRequest(4, v)).toEqual({ planId: 4, code: 'TT01', label: 'Số buổi tuyên truyền', unit: 'buổi', kind: 'stock', group: null, partOf: 'C01' });
  });
});

describe('the statistics asked of an agency, as its form shows them', () => {
  const statistics = [stat('C01'), stat('C01a', 'C01'), stat('C02'), stat('C03a', 'C03'), stat('C03')];

  it('a "trong đó" part asked with its whole is left to follow it; one asked alone is listed', () => {
    const requests = [
      { agencyId: 3, codes: ['C01', 'C01a', 'C03a'] },
      { agencyId: 5, codes: ['C02'] },
    ];
    expect(askedDirectly(requests, 3, statistics)).toEqual(['C01', 'C03a']);
    expect(askedDirectly(requests, 5, statistics)).toEqual(['C02']);
  });

  it('an agency asked nothing yet has nothing ticked', () => {
    expect(askedDirectly([], 3, statistics)).toEqual([]);
  });
});
