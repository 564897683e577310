// "Việc tuần này" and the charts' figures on the built-in 2022 plan, through the same dispatch both
// hosts use. The 6-month report is due 15/06/2022 ("trước ngày 15/6", read as on 15/6 at the latest)
// from 26 agencies; task V.2.3 (Công an tỉnh, per period) is judged on the same due date.
import { afterEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../helpers/temp-app';
import { reportingRateSeries, targetProgressSeries } from '../../shared/domain/chart-series';

let app: TempApp;
afterEach(async () => {
  await app.cleanup();
});

async function periodsOf() {
  const periods = await app.call('reporting.periods', { planId: 1 });
  return { h1: periods.find((p) => p.periodType === 'six_month')!, year: periods.find((p) => p.periodType === 'annual')! };
}

async function agencyIdOf(periodId: number) {
  const register = await app.call('reporting.register', { periodId });
  return (name: string) => register.entries.find((e) => e.agency.shortName === name)!.agency.id;
}

describe('Việc tuần này', () => {
  it('on 01/07/2022: the 6-month report of 26 agencies and task V.2.3 are overdue; nothing else falls due by 07/07', async () => {
    app = await openTempApp({ today: '2022-07-01' });
    const { h1 } = await periodsOf();
    const week = await app.call('plans.week', { planId: 1 });
    expect(week.today).toBe('2022-07-01');
    expect(week.weekEnd).toBe('2022-07-07');
    expect(week.items.map((i) => [i.kind, i.when, i.lastDay, i.kind === 'task' ? i.taskCode : i.label])).toEqual([
      ['report', 'overdue', '2022-06-15', 'Báo cáo 6 tháng đầu năm 2022'],
      ['task', 'overdue', '2022-06-15', 'V.2.3'],
    ]);
    const report = week.items[0]!;
    expect(report.periodId).toBe(h1.id);
    expect(report.agencies).toHaveLength(26);
    expect(week.items[1]!.agencies.map((a) => a.shortName)).toEqual(['Công an tỉnh']);
  });

  it('a report received leaves the list of agencies owing it; the police report also completes V.2.3', async () => {
    app = await openTempApp({ today: '2022-07-01' });
    const { h1 } = await periodsOf();
    const idOf = await agencyIdOf(h1.id);
    await app.call('reports.create', { periodId: h1.id, agencyId: idOf('Công an tỉnh'), arrivalDate: '2022-06-20', channel: 'paper' });
    const week = await app.call('plans.week', { planId: 1 });
    expect(week.items).toHaveLength(1);
    expect(week.items[0]!.agencies).toHaveLength(25);
    expect(week.items[0]!.agencies.some((a) => a.shortName === 'Công an tỉnh')).toBe(false);
  });

  it('on 10/12/2022 the annual report (last day 15/12) is due this week from all 26, after the overdue 6-month one', async () => {
    app = await openTempApp({ today: '2022-12-10' });
    const { year } = await periodsOf();
    const week = await app.call('plans.week', { planId: 1 });
    const reports = week.items.filter((i) => i.kind === 'report');
    expect(reports.map((i) => [i.when, i.label])).toEqual([
      ['overdue', 'Báo cáo 6 tháng đầu năm 2022'],
      ['this_week', 'Báo cáo năm 2022'],
    ]);
    expect(reports[1]!.periodId).toBe(year.id);
    expect(reports[1]!.agencies).toHaveLength(26);
  });

  it("seen from another province's plan, Quảng Trị's overdue report and task are not listed", async () => {
    app = await openTempApp({ today: '2022-07-01' });
    const ninhBinh = await app.call('plans.create', {
      year: 2022,
      title: 'Phòng, chống mại dâm trên địa bàn tỉnh Ninh Bình năm 2022',
      symbol: 'KH-BCĐ138',
      issuer: 'Ban Chỉ đạo 138 tỉnh Ninh Bình',
      placeName: 'Ninh Bình',
      agenciesFromPlanId: null,
      standingAgencyId: null,
    });
    // The new plan has no duty and no task yet: its week is empty, while Quảng Trị's still lists two.
    expect((await app.call('plans.week', { planId: ninhBinh.id })).items).toEqual([]);
    expect((await app.call('plans.week', { planId: 1 })).items).toHaveLength(2);
  });

  it("seen from Quảng Trị's plan for the next year, the 2022 plan's overdue report and task are still listed, under its title", async () => {
    app = await openTempApp({ today: '2022-07-01' });
    const next = await app.call('plans.create', {
      year: 2023,
      title: 'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2023',
      symbol: 'KH-BCĐ138',
      issuer: 'Ban Chỉ đạo 138 tỉnh Quảng Trị',
      placeName: 'Quảng Trị',
      agenciesFromPlanId: 1,
      standingAgencyId: null,
    });
    const plan2022 = (await app.call('plans.list', {})).find((p) => p.id === 1)!;
    const week = await app.call('plans.week', { planId: next.id });
    expect(week.items.map((i) => [i.planId, i.planTitle, i.kind, i.kind === 'task' ? i.taskCode : i.label])).toEqual([
      [1, plan2022.title, 'report', 'Báo cáo 6 tháng đầu năm 2022'],
      [1, plan2022.title, 'task', 'V.2.3'],
    ]);
  });

  it('in 2024 the 2022 plan is no longer worked on: its leftovers are not listed', async () => {
    app = await openTempApp({ today: '2024-03-01' });
    expect((await app.call('plans.week', { planId: 1 })).items).toEqual([]);
  });
});

describe('chart figures from the API', () => {
  it('13 of 26 six-month reports in, 12 on time; 32 people reached against a target of 50', async () => {
    app = await openTempApp({ today: '2022-07-01' });
    const { h1 } = await periodsOf();
    const idOf = await agencyIdOf(h1.id);
    const districts = ['UBND thành phố Đông Hà', 'UBND thị xã Quảng Trị', 'UBND huyện Vĩnh Linh', 'UBND huyện Hướng Hóa', 'UBND huyện Gio Linh'];
    const more = ['UBND huyện Đakrông', 'UBND huyện Cam Lộ', 'UBND huyện Triệu Phong', 'UBND huyện Hải Lăng', 'UBND huyện Cồn Cỏ'];
    for (const name of [...districts, ...more]) {
      await app.call('reports.create', { periodId: h1.id, agencyId: idOf(name), arrivalDate: '2022-06-10', channel: 'paper' });
    }
    await app.call('reports.create', { periodId: h1.id, agencyId: idOf('Công an tỉnh'), arrivalDate: '2022-06-14', channel: 'paper' });
    // On the due day: on time. Five days after: late.
    await app.call('reports.create', { periodId: h1.id, agencyId: idOf('Sở Y tế'), arrivalDate: '2022-06-15', channel: 'email', figures: [{ statisticCode: 'E01', value: 22 }] });
    await app.call('reports.create', { periodId: h1.id, agencyId: idOf('Hội Liên hiệp Phụ nữ tỉnh'), arrivalDate: '2022-06-20', channel: 'paper', figures: [{ statisticCode: 'E01', value: 10 }] });

    const rates = reportingRateSeries(await app.call('reporting.periods', { planId: 1 }), '2022-07-01');
    // The annual period is not due and has nothing in: not drawn. 13/26 = 50%; 12/26 = 46.15… → 46.2%.
    expect(rates).toEqual([{ periodId: h1.id, label: '6 tháng đầu năm 2022', reportingRate: 50, onTimeRate: 46.2 }]);

    const targets = await app.call('targets.list', { planId: 1 });
    const points = targetProgressSeries(targets, await app.call('targets.progress', { planId: 1 }));
    // II.2.11: at least 50 people reached (E01); 22 + 10 = 32 → 64% of the target. No other target has figures.
    expect(points.map((p) => [p.code, p.percentOfTarget, p.met])).toEqual([['II.2.11', 64, false]]);
  });
});
