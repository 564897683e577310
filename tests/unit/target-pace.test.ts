// "On track" before the year is out (issue 12): the share of the year's value expected by a period's end
// is the share of the year elapsed (closing month over 12), and a target is judged against it.
import { describe, expect, it } from 'vitest';
import { expectedPercentAtPeriodEnd, targetPace } from '../../shared/domain/target-pace';

describe('the share of the year’s value expected at a period’s end', () => {
  it('is the closing month over 12: 6 months 50%, 9 months 75%, quarters by 25%, the year 100%', () => {
    expect(expectedPercentAtPeriodEnd('six_month')).toBe(50);
    expect(expectedPercentAtPeriodEnd('nine_month')).toBe(75);
    expect([1, 2, 3, 4].map((q) => expectedPercentAtPeriodEnd('quarter', q))).toEqual([25, 50, 75, 100]);
    expect(expectedPercentAtPeriodEnd('annual')).toBe(100);
    // 1/12 = 8,33…%, 4/12 = 33,33…%, 11/12 = 91,66…%: one decimal.
    expect([1, 4, 11, 12].map((m) => expectedPercentAtPeriodEnd('month', m))).toEqual([8.3, 33.3, 91.7, 100]);
  });

  it('is none for an ad-hoc request (no fixed window) or an index outside the year', () => {
    expect(expectedPercentAtPeriodEnd('ad_hoc', 1)).toBeNull();
    expect(expectedPercentAtPeriodEnd('quarter', 5)).toBeNull();
    expect(expectedPercentAtPeriodEnd('month', 0)).toBeNull();
  });
});

describe('where a measured target stands', () => {
  const at = (percentOfTarget: number | null, met: boolean, comparator: 'at_least' | 'exactly' | 'at_most' = 'at_least') => ({ comparator, met, percentOfTarget });

  it('is on track from the expected share up, behind below it', () => {
    expect(targetPace(at(50, false), 50)).toBe('on_track');
    expect(targetPace(at(49.9, false), 50)).toBe('behind');
    expect(targetPace(at(50, false), 75)).toBe('behind');
    expect(targetPace(at(75, false, 'exactly'), 75)).toBe('on_track');
  });

  it('is met when met, whatever the share; a ceiling not kept is over its limit, even under the share', () => {
    expect(targetPace(at(110, true), 50)).toBe('met');
    expect(targetPace(at(40, true, 'at_most'), 50)).toBe('met');
    expect(targetPace(at(120, false, 'at_most'), 50)).toBe('over_limit');
    expect(targetPace(at(30, false, 'at_most'), 50)).toBe('over_limit');
  });

  it('is behind when the share cannot be said', () => {
    expect(targetPace(at(null, false), 50)).toBe('behind');
    expect(targetPace(at(80, false), null)).toBe('behind');
  });
});
