import { describe, expect, it } from 'vitest';
import { formatTargetValue } from '../../shared/domain/target-format';

describe('target values as the plan writes them', () => {
  it('percent, at least, count with unit, qualitative', () => {
    expect(formatTargetValue({ kind: 'percent', comparator: 'exactly', value: 100, unit: '%' })).toBe('100%');
    expect(formatTargetValue({ kind: 'percent', comparator: 'at_least', value: 60, unit: '%' })).toBe('Ít nhất 60%');
    expect(formatTargetValue({ kind: 'count', comparator: 'exactly', value: 50, unit: 'lượt người' })).toBe('50 lượt người');
    expect(formatTargetValue({ kind: 'count', comparator: null, value: 1250, unit: 'người' })).toBe('1.250 người');
    expect(formatTargetValue({ kind: 'qualitative', comparator: null, value: null, unit: null })).toBe('Định tính');
  });

  it('at most: "Không quá"', () => {
    expect(formatTargetValue({ kind: 'count', comparator: 'at_most', value: 5, unit: 'vụ' })).toBe('Không quá 5 vụ');
  });
});
