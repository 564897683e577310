// What the register says about a plan's periodic reports, for the status of per-period reporting tasks.
import type { AppDb } from '../connection';
import type { PeriodReport } from '../../shared/domain/task-register';
import { toBool } from '../sql-values';
import { cachedQuery } from './cached-query';

/** Every expected report of the plan's periodic (not ad-hoc) periods, with its arrival date if received. */
const periodReportsOf = cachedQuery((db: AppDb, planId: number) =>
  db
    .selectFrom('expected_reports')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'expected_reports.period_id')
    .leftJoin('received_reports', 'received_reports.expected_report_id', 'expected_reports.id')
    .select([
      'reporting_periods.due_date',
      'reporting_periods.year',
      'reporting_periods.period_type',
      'reporting_periods.period_index',
      'expected_reports.agency_id',
      'expected_reports.exempt',
      'received_reports.arrival_date',
    ])
    .where('reporting_periods.plan_id', '=', planId)
    .where('reporting_periods.period_type', '!=', 'ad_hoc'),
);

export async function listPeriodReports(db: AppDb, planId: number): Promise<PeriodReport[]> {
  const { rows } = await periodReportsOf(db, planId);
  return rows.map((r) => ({ periodKey: `${r.year}-${r.period_type}-${r.period_index}`, dueDate: r.due_date, agencyId: r.agency_id, arrivalDate: r.arrival_date ?? null, exempt: toBool(r.exempt) }));
}
