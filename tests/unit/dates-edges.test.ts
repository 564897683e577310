// Dates at their edges: the first and last accepted years, month ends, leap days, what a clerk may
// type and what is refused. Expected values are calendar facts, worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  daysBetween,
  daysInMonth,
  isIsoDate,
  isRealDate,
  parseIsoDate,
  toIsoDate,
  todayIso,
} from '../../shared/dates/iso-date';
import { formatDateVi, formatDayMonthVi, parseDateVi } from '../../shared/dates/vietnamese-dates';

describe('ISO dates stored by the app', () => {
  it('reads the parts of a real day, and nothing around it', () => {
    expect(parseIsoDate('2022-06-05')).toEqual({ year: 2022, month: 6, day: 5 });
    for (const bad of ['2022-6-05', '2022-06-5', ' 2022-06-05', '2022-06-05 ', 'x2022-06-05', '2022-06-05x', '22-06-05', '2022/06/05', '']) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
  });

  it('accepts the years 1900 to 2999 only', () => {
    expect(isIsoDate('1900-01-01')).toBe(true);
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('2999-12-31')).toBe(true);
    expect(isIsoDate('3000-01-01')).toBe(false);
  });

  it('accepts months 1 to 12 and days 1 to the month’s last', () => {
    expect(isRealDate({ year: 2022, month: 1, day: 1 })).toBe(true);
    expect(isRealDate({ year: 2022, month: 0, day: 10 })).toBe(false);
    expect(isRealDate({ year: 2022, month: 12, day: 31 })).toBe(true);
    expect(isRealDate({ year: 2022, month: 13, day: 1 })).toBe(false);
    expect(isRealDate({ year: 2022, month: 6, day: 0 })).toBe(false);
    expect(isRealDate({ year: 2022, month: 4, day: 30 })).toBe(true);
    expect(isRealDate({ year: 2022, month: 4, day: 31 })).toBe(false);
  });

  it('knows the length of each month, February in leap and common years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2022, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28); // divisible by 100, not by 400
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('writes a day with four-digit year and two-digit month and day', () => {
    expect(toIsoDate({ year: 2022, month: 1, day: 5 })).toBe('2022-01-05');
    expect(toIsoDate({ year: 999, month: 12, day: 25 })).toBe('0999-12-25');
  });

  it('counts days in both directions and refuses a day that does not exist', () => {
    expect(daysBetween('2022-06-15', '2022-06-15')).toBe(0);
    expect(daysBetween('2022-12-31', '2023-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2); // 29/02/2024 lies between
    expect(daysBetween('2023-01-01', '2022-12-31')).toBe(-1);
    expect(() => daysBetween('2022-02-30', '2022-03-01')).toThrow('Ngày không hợp lệ: 2022-02-30');
    expect(() => daysBetween('2022-03-01', '15/06/2022')).toThrow('Ngày không hợp lệ: 15/06/2022');
  });

  it('adds and subtracts days across a month, a leap day and a year', () => {
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2022-02-28', 1)).toBe('2022-03-01');
    expect(addDays('2022-06-08', 7)).toBe('2022-06-15');
    expect(addDays('2022-06-15', 0)).toBe('2022-06-15');
  });

  it('moves a day by whole years, backwards too; refuses a day that does not exist', () => {
    expect(addYears('2022-06-15', 1)).toBe('2023-06-15');
    expect(addYears('2022-06-15', -1)).toBe('2021-06-15');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(() => addYears('2022-02-29', 1)).toThrow('Ngày không hợp lệ: 2022-02-29');
  });

  it('today is the local calendar day, with January as month 1', () => {
    expect(todayIso(new Date(2022, 0, 5, 23, 59))).toBe('2022-01-05');
    expect(todayIso(new Date(2022, 11, 31, 0, 0))).toBe('2022-12-31');
  });
});

describe('dates as a clerk reads and types them', () => {
  it('writes dd/mm/yyyy, nothing for no date, and a malformed one as it is stored, marked unreadable', () => {
    expect(formatDateVi('2022-01-05')).toBe('05/01/2022');
    expect(formatDateVi(undefined)).toBe('');
    expect(formatDateVi('')).toBe('');
    // A stored value that is not a date is shown to the clerk, not hidden (the screen must not fail on it).
    expect(formatDateVi('2022-1-5')).toBe('2022-1-5 (ngày không đọc được)');
  });

  it('reads day/month/year with /, - or . and spaces around', () => {
    expect(parseDateVi('15/06/2022')).toBe('2022-06-15');
    expect(parseDateVi('1/1/2023')).toBe('2023-01-01');
    expect(parseDateVi('15 / 6 / 2022')).toBe('2022-06-15');
    expect(parseDateVi('\t15/6/2022\n')).toBe('2022-06-15');
    expect(parseDateVi('15/6-2022')).toBe('2022-06-15');
  });

  it('refuses two-digit years, three-digit days, extra text and impossible days', () => {
    for (const bad of ['15/6/22', '115/6/2022', '15/106/2022', '15/6/20222', 'ngày 15/6/2022', '15/6/2022 xx', '15 6 2022', '0/6/2022', '31/4/2022', '29/2/2023', '']) {
      expect(parseDateVi(bad), bad).toBeNull();
    }
    expect(parseDateVi('29/2/2024')).toBe('2024-02-29');
  });

  it('writes the short day/month of plan wording without leading zeros', () => {
    expect(formatDayMonthVi(6, 15)).toBe('15/6');
    expect(formatDayMonthVi(12, 5)).toBe('5/12');
  });
});
