import type { AppDb } from '../connection';
import type { AgencyRef, ReportingDutyRow } from '../../shared/api/models';
import type { AgencyKind, PeriodType } from '../../shared/domain/types';

export async function listReportingDuties(db: AppDb, planId: number): Promise<ReportingDutyRow[]> {
  const duties = await db
    .selectFrom('reporting_duties')
    .leftJoin('agencies', 'agencies.id', 'reporting_duties.recipient_agency_id')
    .selectAll('reporting_duties')
    .select(['agencies.short_name as recipient_name', 'agencies.kind as recipient_kind'])
    .where('reporting_duties.plan_id', '=', planId)
    .orderBy('reporting_duties.sort_order')
    .execute();
  const obliged = await db
    .selectFrom('reporting_duty_agencies')
    .innerJoin('reporting_duties', 'reporting_duties.id', 'reporting_duty_agencies.duty_id')
    .innerJoin('agencies', 'agencies.id', 'reporting_duty_agencies.agency_id')
    .leftJoin('plan_agencies', (join) =>
      join
        .onRef('plan_agencies.agency_id', '=', 'agencies.id')
        .onRef('plan_agencies.plan_id', '=', 'reporting_duties.plan_id'),
    )
    .select(['reporting_duty_agencies.duty_id', 'agencies.id', 'agencies.short_name', 'agencies.kind'])
    .where('reporting_duties.plan_id', '=', planId)
    .orderBy('plan_agencies.sort_order')
    .execute();
  return duties.map((d) => ({
    id: d.id,
    periodType: d.period_type as PeriodType,
    title: d.title,
    dueMonth: d.due_month,
    dueDay: d.due_day,
    dueText: d.due_text,
    recipient:
      d.recipient_agency_id != null && d.recipient_name != null
        ? { id: d.recipient_agency_id, shortName: d.recipient_name, kind: d.recipient_kind as AgencyKind }
        : null,
    obliged: obliged
      .filter((o) => o.duty_id === d.id)
      .map((o): AgencyRef => ({ id: o.id, shortName: o.short_name, kind: o.kind as AgencyKind })),
  }));
}
