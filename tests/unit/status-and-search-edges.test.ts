// The edges a clerk meets that a suite of "typical" dates and names walks past: the lowercase đ, the
// due day itself, the last day of a warning window, a due day equal to the cut-off day, and rates
// that are not whole percents. Each expected value is worked out by hand in the comment beside it,
// never by calling the code under test.
import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesSearch } from '../../shared/text/vietnamese';
import { TaskSearchIndex, filterTasks } from '../../shared/domain/task-filter';
import type { TaskRow } from '../../shared/api/models';
import { periodDeadline, taskStatus } from '../../shared/domain/task-status';
import { periodDueDate, periodsOfDuty, type DutyTiming } from '../../shared/domain/periods';
import { complianceSummary, currentPeriod } from '../../shared/domain/report-status';

describe('search: a lowercase đ is found from a plain d', () => {
  it('"dau tranh" finds "đấu tranh" (the đ inside a word, not only a capital Đ at the start)', () => {
    // đ (U+0111) has no NFD decomposition: without its own replacement it stays "đ", and
    // "đấu" folds to "đau", which "dau" does not begin.
    expect(foldVietnamese('đấu tranh, triệt phá')).toBe('dau tranh, triet pha');
    expect(matchesSearch('Tăng cường đấu tranh, triệt phá các tụ điểm', 'dau tranh')).toBe(true);
    expect(matchesSearch('Chỉ đạo các địa phương', 'chi dao dia phuong')).toBe(true);
  });

  it('the task board’s search index finds a task by "dau tranh" and "dia ban"', () => {
    const task = {
      id: 7,
      code: 'V.2.1',
      content: 'Đẩy mạnh đấu tranh, triệt phá các đường dây mua bán dâm trên địa bàn',
      group: { id: 1, title: 'Công an tỉnh' },
      lead: [{ id: 1, shortName: 'Công an tỉnh' }],
      support: [],
      expectedOutput: null,
      deadlineText: 'Thường xuyên',
    } as unknown as TaskRow;
    const index = new TaskSearchIndex([task]);
    expect(index.matches(7, 'dau tranh')).toBe(true);
    expect(index.matches(7, 'duong day')).toBe(true);
    expect(filterTasks([task], { query: 'dia ban' })).toHaveLength(1);
  });
});

describe('a per-period task on the due day of a period', () => {
  const dues = ['2022-06-15', '2022-12-15'];
  const task = { deadlineKind: 'period', deadline: null, completionDate: null } as const;

  it('open on 15/06/2022 it is judged against 15/06/2022, with 0 days left, not against 15/12', () => {
    // The first due date on or after 15/06 is 15/06 itself: 0 days left, in time, due soon.
    expect(periodDeadline(dues, '2022-06-15')).toBe('2022-06-15');
    expect(taskStatus(task, '2022-06-15', { dueSoonDays: 7, periodDueDates: dues })).toEqual({
      status: 'open_on_time',
      effectiveDeadline: '2022-06-15',
      daysLeft: 0,
      dueSoon: true,
    });
  });

  it('completed on 15/06/2022 it is judged against that period, on time', () => {
    const done = { ...task, completionDate: '2022-06-15' };
    expect(taskStatus(done, '2022-07-01', { dueSoonDays: 7, periodDueDates: dues })).toMatchObject({
      status: 'done_on_time',
      effectiveDeadline: '2022-06-15',
    });
  });
});

describe('the current period at the last day of its warning window', () => {
  const h1 = { id: 1, dueDate: '2022-06-15' };
  const year = { id: 2, dueDate: '2022-12-15' };

  it('with a 7-day window, on 08/12/2022 the annual period (due 15/12) is current; on 07/12 still the 6-month one', () => {
    // 08/12 + 7 days = 15/12, the annual due date: inside the window (the window includes its last day).
    expect(currentPeriod([h1, year], '2022-12-08', 7)?.id).toBe(2);
    // 07/12 + 7 days = 14/12: the annual period is not yet reached.
    expect(currentPeriod([h1, year], '2022-12-07', 7)?.id).toBe(1);
  });

  it('with no window (0 days), the annual period becomes current on its due day 15/12, not on 14/12', () => {
    expect(currentPeriod([h1, year], '2022-12-15', 0)?.id).toBe(2);
    expect(currentPeriod([h1, year], '2022-12-14', 0)?.id).toBe(1);
  });
});

describe('a quarterly or monthly duty whose due day is the 15th', () => {
  // Data windows close on the 14th; a due day of 15 or later falls in the closing month itself,
  // a day of 14 or earlier in the month after.
  it('"ngày 15 tháng cuối quý": quarter I of 2022 is due 15/03/2022, quarter IV 15/12/2022', () => {
    const duty = { periodType: 'quarter' as const, dueMonth: null, dueDay: 15 };
    expect(periodDueDate(duty, 2022, 1)).toBe('2022-03-15');
    expect(periodDueDate(duty, 2022, 4)).toBe('2022-12-15');
  });

  it('day 14 falls in the month after: quarter I due 14/04/2022; quarter IV 14/01/2023', () => {
    const duty = { periodType: 'quarter' as const, dueMonth: null, dueDay: 14 };
    expect(periodDueDate(duty, 2022, 1)).toBe('2022-04-14');
    expect(periodDueDate(duty, 2022, 4)).toBe('2023-01-14');
  });

  it('a monthly duty "ngày 15 hằng tháng" is due on the 15th of each month of the year', () => {
    const monthly: DutyTiming = { periodType: 'month', dueMonth: null, dueDay: 15, dueText: 'ngày 15 hằng tháng', dueInclusive: true };
    const dues = periodsOfDuty(monthly, 2022).map((p) => p.dueDate);
    expect(dues[0]).toBe('2022-01-15');
    expect(dues[11]).toBe('2022-12-15');
  });
});

describe('reporting rates keep one decimal', () => {
  it('2 of 3 agencies reported: 66.7%, 1 of 3 on time: 33.3% (not 67% and 33%)', () => {
    // 2 / 3 = 0.6667 -> 66.67% -> one decimal 66.7; 1 / 3 = 33.33% -> 33.3.
    const s = complianceSummary(['on_time', 'late', 'missing']);
    expect(s.reportingRate).toBe(66.7);
    expect(s.onTimeRate).toBe(33.3);
  });

  it('1 of 8 on time: 12.5% (neither 12 nor 13); 25 of 26 reported: 96.2%', () => {
    // 1 / 8 = 12.5% exactly. 25 / 26 = 0.961538 -> 96.15% -> one decimal 96.2.
    const eight = complianceSummary(['on_time', 'missing', 'missing', 'missing', 'missing', 'missing', 'missing', 'missing']);
    expect(eight.onTimeRate).toBe(12.5);
    const states = [...Array<'late'>(25).fill('late'), 'missing' as const];
    expect(complianceSummary(states).reportingRate).toBe(96.2);
    expect(complianceSummary(states).onTimeRate).toBe(0);
  });
});
