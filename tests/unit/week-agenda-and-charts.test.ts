import { describe, expect, it } from 'vitest';
import { agendaDaysText, agendaPlanYears, agendaWhen, onAgenda, sortAgenda, weekEnd } from '../../shared/domain/week-agenda';
import {
  formatPercentVi,
  reportingRateSeries,
  targetProgressSeries,
  taskBucketSeries,
  type PeriodForChart,
} from '../../shared/domain/chart-series';
import { complianceSummary, type ReportState } from '../../shared/domain/report-status';

describe('this week: what is due and what is overdue', () => {
  const today = '2022-07-01'; // a Friday
  it('the week is today and the six days after it', () => {
    expect(weekEnd(today)).toBe('2022-07-07');
    expect(weekEnd('2022-12-28')).toBe('2023-01-03');
  });
  it('a last day before today is overdue; today up to the seventh day is this week; later is not listed', () => {
    expect(agendaWhen('2022-06-30', false, today)).toBe('overdue');
    expect(agendaWhen('2022-07-01', false, today)).toBe('this_week');
    expect(agendaWhen('2022-07-07', false, today)).toBe('this_week');
    expect(agendaWhen('2022-07-08', false, today)).toBeNull();
  });
  it('what is done, or has no deadline, is never listed', () => {
    expect(agendaWhen('2022-06-30', true, today)).toBeNull();
    expect(agendaWhen('2022-07-03', true, today)).toBeNull();
    expect(agendaWhen(null, false, today)).toBeNull();
  });
  it('plans of this year, last year and later ones are worked on; older ones are not', () => {
    const worked = agendaPlanYears(2023);
    expect([2020, 2021, 2022, 2023, 2024].filter(worked)).toEqual([2022, 2023, 2024]);
  });
  it("only the plans of the province on screen: another province's plan of the same year is left out", () => {
    // Province 7 on screen in 2023: its 2022 and 2023 plans count; province 9's 2023 plan does not,
    // nor a plan with no province; from a plan with no province, only plans with none count.
    expect(onAgenda({ year: 2023, localityId: 7 }, { localityId: 7 }, 2023)).toBe(true);
    expect(onAgenda({ year: 2022, localityId: 7 }, { localityId: 7 }, 2023)).toBe(true);
    expect(onAgenda({ year: 2021, localityId: 7 }, { localityId: 7 }, 2023)).toBe(false);
    expect(onAgenda({ year: 2023, localityId: 9 }, { localityId: 7 }, 2023)).toBe(false);
    expect(onAgenda({ year: 2023, localityId: null }, { localityId: 7 }, 2023)).toBe(false);
    expect(onAgenda({ year: 2023, localityId: null }, { localityId: null }, 2023)).toBe(true);
  });
  it('overdue first, the oldest at the top, then the week in date order', () => {
    const items = [
      { when: 'this_week' as const, lastDay: '2022-07-05', label: 'b' },
      { when: 'overdue' as const, lastDay: '2022-06-30', label: 'c' },
      { when: 'this_week' as const, lastDay: '2022-07-02', label: 'd' },
      { when: 'overdue' as const, lastDay: '2022-06-15', label: 'e' },
      { when: 'this_week' as const, lastDay: '2022-07-02', label: 'a' },
    ];
    expect(sortAgenda(items).map((i) => i.label)).toEqual(['e', 'c', 'a', 'd', 'b']);
  });
  it('says how far the last day is, in words', () => {
    expect(agendaDaysText('2022-06-15', today)).toBe('Quá hạn 16 ngày');
    expect(agendaDaysText('2022-07-01', today)).toBe('Hết hạn hôm nay');
    expect(agendaDaysText('2022-07-04', today)).toBe('Còn 3 ngày');
  });
});

describe('chart figures', () => {
  const summary = (...states: ReportState[]) => complianceSummary(states);
  const period = (id: number, dueDate: string, states: ReportState[], extra: Partial<PeriodForChart> = {}): PeriodForChart => ({
    id,
    label: `Kỳ ${id}`,
    adHoc: false,
    dueDate,
    dueInclusive: true,
    summary: summary(...states),
    ...extra,
  });

  it('percentages are written the Vietnamese way', () => {
    expect(formatPercentVi(66.7)).toBe('66,7%');
    expect(formatPercentVi(100)).toBe('100%');
    expect(formatPercentVi(null)).toBe('—');
  });

  it('rates of the periods already due or with reports in, in due-date order', () => {
    const today = '2022-07-01';
    const series = reportingRateSeries(
      [
        // Due 15/12, nothing in yet: not drawn.
        period(3, '2022-12-15', ['pending', 'pending']),
        // Due 15/6: 2 of 3 in, 1 on time.
        period(1, '2022-06-15', ['on_time', 'late', 'missing']),
        // Not due yet but one report in already: drawn.
        period(2, '2022-07-10', ['on_time', 'pending', 'pending', 'pending'], { adHoc: true, label: 'Rà soát' }),
        // Everyone exempt: no rate to draw.
        period(4, '2022-03-15', ['exempt']),
      ],
      today,
    );
    expect(series).toEqual([
      { periodId: 1, label: 'Kỳ 1', reportingRate: 66.7, onTimeRate: 33.3 },
      { periodId: 2, label: 'Đột xuất: Rà soát', reportingRate: 25, onTimeRate: 25 },
    ]);
  });

  it('a period read literally ("trước ngày 1/7": last day 30/6) counts as due on 1/7', () => {
    const today = '2022-07-01';
    expect(reportingRateSeries([period(1, '2022-07-01', ['missing'], { dueInclusive: false })], today)).toHaveLength(1);
    expect(reportingRateSeries([period(1, '2022-07-01', ['pending'], { dueInclusive: true })], today)).toHaveLength(0);
  });

  it('targets drawn against their target, those without figures left out', () => {
    const progress = (targetId: number, percentOfTarget: number | null, met: boolean | null) => ({
      targetId,
      toDate: { progress: { state: 'measured' as const, numerator: null, denominator: null, achieved: null, percentOfTarget, met } },
    });
    const targets = [
      { id: 1, code: 'CT1', wording: 'Giảm 5% số người nghiện' },
      { id: 2, code: 'CT2', wording: 'Định tính' },
      { id: 3, code: 'CT3', wording: '100% xã có điểm tư vấn' },
    ];
    expect(targetProgressSeries(targets, [progress(3, 80, false), progress(1, 120, true), progress(2, null, null)])).toEqual([
      { targetId: 1, code: 'CT1', wording: 'Giảm 5% số người nghiện', percentOfTarget: 120, met: true },
      { targetId: 3, code: 'CT3', wording: '100% xã có điểm tư vấn', percentOfTarget: 80, met: false },
    ]);
  });

  it('the four official buckets in their order, ongoing work left to be counted apart', () => {
    const series = taskBucketSeries({ done_on_time: 4, done_late: 1, open_on_time: 7, open_overdue: 2, ongoing: 30 });
    expect(series.map((b) => [b.label, b.count])).toEqual([
      ['Đã hoàn thành đúng hạn', 4],
      ['Đã hoàn thành quá hạn', 1],
      ['Chưa hoàn thành, trong hạn', 7],
      ['Chưa hoàn thành, quá hạn', 2],
    ]);
  });
});
