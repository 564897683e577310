// Periods generated from a plan's reporting duties: data windows, due dates across year boundaries,
// and how "trước ngày 15/6" is read at the edge (arrival on the due day).
import { describe, expect, it } from 'vitest';
import { dataWindow, periodDueDate, periodDueText, periodsOfDuty, type DutyTiming } from '../../shared/domain/periods';
import {
  complianceSummary,
  currentPeriod,
  lastOnTimeDay,
  periodsDueSoon,
  reportStatus,
  reportTimeliness,
} from '../../shared/domain/report-status';

const sixMonth: DutyTiming = { periodType: 'six_month', dueMonth: 6, dueDay: 15, dueText: 'trước ngày 15/6', dueInclusive: true };
const annual: DutyTiming = { periodType: 'annual', dueMonth: 12, dueDay: 15, dueText: 'trước ngày 15/12', dueInclusive: true };

describe('periods generated from the 2022 plan’s duties', () => {
  it('the 6-month duty gives one period: 15/12/2021 to 14/06/2022, due 15/06/2022, wording kept with the year', () => {
    expect(periodsOfDuty(sixMonth, 2022)).toEqual([
      {
        periodType: 'six_month',
        year: 2022,
        index: 1,
        label: '6 tháng đầu năm 2022',
        window: { from: '2021-12-15', to: '2022-06-14' },
        dueDate: '2022-06-15',
        dueText: 'trước ngày 15/6/2022',
        dueInclusive: true,
      },
    ]);
  });

  it('the annual duty gives 15/12/2021 to 14/12/2022, due 15/12/2022 ("15/12" is not misread as "15/1")', () => {
    const [year] = periodsOfDuty(annual, 2022);
    expect(year!.window).toEqual({ from: '2021-12-15', to: '2022-12-14' });
    expect(year!.dueDate).toBe('2022-12-15');
    expect(year!.dueText).toBe('trước ngày 15/12/2022');
  });

  it('the windows of 2023 start in December 2022', () => {
    expect(periodsOfDuty(sixMonth, 2023)[0]!.window).toEqual({ from: '2022-12-15', to: '2023-06-14' });
    expect(periodsOfDuty(annual, 2023)[0]!.window).toEqual({ from: '2022-12-15', to: '2023-12-14' });
  });

  it('an annual report due in January falls due in the next year', () => {
    const duty = { periodType: 'annual' as const, dueMonth: 1, dueDay: 10 };
    expect(periodDueDate(duty, 2022)).toBe('2023-01-10');
    expect(periodDueText('trước ngày 10/01 năm sau', '2023-01-10')).toBe('trước ngày 10/01/2023 năm sau');
  });

  it('a quarterly duty gives four periods; quarter IV due in the next year when its day comes before the cut-off', () => {
    const quarterly: DutyTiming = { periodType: 'quarter', dueMonth: null, dueDay: 5, dueText: 'ngày 5 tháng đầu quý sau', dueInclusive: true };
    const periods = periodsOfDuty(quarterly, 2022);
    expect(periods.map((p) => p.dueDate)).toEqual(['2022-04-05', '2022-07-05', '2022-10-05', '2023-01-05']);
    expect(periods[0]!.window).toEqual({ from: '2021-12-15', to: '2022-03-14' });
    expect(periods[3]!.window).toEqual({ from: '2022-09-15', to: '2022-12-14' });
  });

  it('a monthly duty without a day is due the 15th, the day after the cut-off; January starts in December', () => {
    const monthly: DutyTiming = { periodType: 'month', dueMonth: null, dueDay: null, dueText: '', dueInclusive: true };
    const periods = periodsOfDuty(monthly, 2023);
    expect(periods).toHaveLength(12);
    expect(periods[0]!.window).toEqual(dataWindow('month', 2023, 1));
    expect(periods[0]!.window.from).toBe('2022-12-15');
    expect(periods[0]!.dueDate).toBe('2023-01-15');
    expect(periods[11]!.dueDate).toBe('2023-12-15');
  });

  it('a 9-month duty closes in September; an ad-hoc duty gives no period (the clerk creates those)', () => {
    const nine: DutyTiming = { periodType: 'nine_month', dueMonth: 9, dueDay: 15, dueText: 'trước ngày 15/9', dueInclusive: true };
    expect(periodsOfDuty(nine, 2022)[0]!.window).toEqual({ from: '2021-12-15', to: '2022-09-14' });
    expect(periodsOfDuty({ ...nine, periodType: 'ad_hoc', dueMonth: null, dueDay: null }, 2022)).toEqual([]);
  });

  it('a due day that does not exist in the month is moved to its last day', () => {
    expect(periodDueDate({ periodType: 'annual', dueMonth: 2, dueDay: 30 }, 2022)).toBe('2023-02-28');
  });
});

describe('on time or late: "trước ngày 15/6"', () => {
  const inclusive = { dueDate: '2022-06-15', dueInclusive: true };
  const literal = { dueDate: '2022-06-15', dueInclusive: false };

  it('by default a report arriving ON 15/6 is on time, and on 16/6 one day late', () => {
    expect(reportTimeliness('2022-06-15', inclusive)).toEqual({ onTime: true, daysLate: 0 });
    expect(reportTimeliness('2022-06-16', inclusive)).toEqual({ onTime: false, daysLate: 1 });
    expect(reportTimeliness('2022-06-14', inclusive)).toEqual({ onTime: true, daysLate: 0 });
  });

  it('read literally (due_inclusive off), arriving on 15/6 is one day late and 14/6 is the last day', () => {
    expect(lastOnTimeDay(literal)).toBe('2022-06-14');
    expect(reportTimeliness('2022-06-14', literal)).toEqual({ onTime: true, daysLate: 0 });
    expect(reportTimeliness('2022-06-15', literal)).toEqual({ onTime: false, daysLate: 1 });
  });

  it('lateness counts calendar days across a month and a year boundary', () => {
    expect(reportTimeliness('2022-07-01', inclusive).daysLate).toBe(16);
    expect(reportTimeliness('2023-01-02', { dueDate: '2022-12-15', dueInclusive: true }).daysLate).toBe(18);
  });

  it('a report not received is pending up to and on the due day, then missing with days overdue', () => {
    expect(reportStatus({ exempt: false, arrivalDate: null }, inclusive, '2022-06-15')).toMatchObject({ state: 'pending', daysLeft: 0 });
    expect(reportStatus({ exempt: false, arrivalDate: null }, inclusive, '2022-06-10')).toMatchObject({ state: 'pending', daysLeft: 5 });
    expect(reportStatus({ exempt: false, arrivalDate: null }, inclusive, '2022-07-01')).toMatchObject({ state: 'missing', daysOverdue: 16 });
    expect(reportStatus({ exempt: false, arrivalDate: null }, literal, '2022-06-15')).toMatchObject({ state: 'missing', daysOverdue: 1 });
  });

  it('an exempt agency is neither missing nor late; a report it sent anyway still counts as received', () => {
    expect(reportStatus({ exempt: true, arrivalDate: null }, inclusive, '2022-07-01').state).toBe('exempt');
    expect(reportStatus({ exempt: true, arrivalDate: '2022-06-20' }, inclusive, '2022-07-01')).toMatchObject({ state: 'late', daysLate: 5 });
  });
});

describe('compliance of a period', () => {
  it('rates are over the agencies that must report, exempt ones left out', () => {
    const s = complianceSummary(['on_time', 'on_time', 'late', 'missing', 'exempt']);
    expect(s).toMatchObject({ expected: 5, exempt: 1, required: 4, received: 3, onTime: 2, late: 1, missing: 1 });
    expect(s.reportingRate).toBe(75);
    expect(s.onTimeRate).toBe(50);
  });

  it('nothing required gives no rate rather than 0% or 100%', () => {
    expect(complianceSummary(['exempt']).reportingRate).toBeNull();
    expect(complianceSummary([]).onTimeRate).toBeNull();
  });
});

describe('the period worked on today', () => {
  const h1 = { id: 1, dueDate: '2022-06-15', dueInclusive: true };
  const year = { id: 2, dueDate: '2022-12-15', dueInclusive: true };
  it('on 01/07/2022 it is the 6-month period (due, reports still missing), not the annual one', () => {
    expect(currentPeriod([year, h1], '2022-07-01', 7)?.id).toBe(1);
  });
  it('within the warning window before 15/12 it becomes the annual period', () => {
    expect(currentPeriod([h1, year], '2022-12-09', 7)?.id).toBe(2);
    expect(currentPeriod([h1, year], '2022-12-07', 7)?.id).toBe(1);
  });
  it('before any period is due, the first one to come', () => {
    expect(currentPeriod([year, h1], '2022-01-10', 7)?.id).toBe(1);
  });
  it('due soon: last day on time between today and today + N days', () => {
    expect(periodsDueSoon([h1, year], '2022-06-08', 7).map((p) => p.id)).toEqual([1]);
    expect(periodsDueSoon([h1, year], '2022-06-16', 7)).toEqual([]);
    expect(periodsDueSoon([h1, year], '2022-06-15', 0).map((p) => p.id)).toEqual([1]);
  });
});
