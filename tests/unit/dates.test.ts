import { describe, expect, it } from 'vitest';
import { formatDateVi, parseDateVi } from '../../shared/dates/vietnamese-dates';
import { addDays, addYears, daysBetween, isIsoDate } from '../../shared/dates/iso-date';

describe('Vietnamese dates', () => {
  it('writes dd/mm/yyyy with leading zeros', () => {
    expect(formatDateVi('2022-06-05')).toBe('05/06/2022');
    expect(formatDateVi('2022-12-15')).toBe('15/12/2022');
    expect(formatDateVi(null)).toBe('');
    // a stored value that is not a real day is shown as it is, marked, never as a blank
    expect(formatDateVi('2022-02-30')).toBe('2022-02-30 (ngày không đọc được)');
  });
  it('reads what a clerk types', () => {
    expect(parseDateVi('15/6/2022')).toBe('2022-06-15');
    expect(parseDateVi(' 05-06-2022 ')).toBe('2022-06-05');
    expect(parseDateVi('5.6.2022')).toBe('2022-06-05');
    expect(parseDateVi('31/02/2022')).toBeNull();
    expect(parseDateVi('2022-06-15')).toBeNull();
  });
  it('rejects days that do not exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2022-02-29')).toBe(false);
    expect(isIsoDate('2022-13-01')).toBe(false);
  });
  it('counts days across month and year ends', () => {
    expect(daysBetween('2021-12-15', '2022-06-14')).toBe(181);
    expect(daysBetween('2022-06-15', '2022-06-14')).toBe(-1);
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});
