// The built-in 2022 plan's first six-month period, and an agency's report received in it with its
// figures (by the agency's short name), as the clerk records it on Báo cáo.
import type { TempApp } from './temp-app';

export async function firstHalfYear(app: TempApp) {
  const periods = await app.call('reporting.periods', { planId: 1 });
  const h1 = periods.find((p) => p.periodType === 'six_month')!;
  const register = await app.call('reporting.register', { periodId: h1.id });
  const idOf = (name: string) => register.entries.find((e) => e.agency.shortName === name)!.agency.id;
  const receive = (name: string, figures: { statisticCode: string; value: number }[]) =>
    app.call('reports.create', { periodId: h1.id, agencyId: idOf(name), arrivalDate: '2022-06-12', channel: 'paper', figures });
  return { h1, idOf, receive };
}
