// Urging (đôn đốc): which agencies were asked again for a period's report, when, by which letter.
import type { AppDb } from '../connection';
import type { AgencyRef, UrgingRow } from '../../shared/api/models';
import type { AgencyKind } from '../../shared/domain/types';
import { currentActor, recordEvent } from './audit';
import { cachedQuery } from './cached-query';

export async function recordUrging(
  db: AppDb,
  periodId: number,
  agencyIds: number[],
  urgedOn: string,
  letterNumber: string | null,
  note: string | null,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const actor = await currentActor(trx);
    const { id } = await trx
      .insertInto('urgings')
      .values({ period_id: periodId, urged_on: urgedOn, letter_number: letterNumber, note, created_by: actor })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const agencyId of new Set(agencyIds)) {
      await trx.insertInto('urging_agencies').values({ urging_id: id, agency_id: agencyId }).execute();
    }
    await recordEvent(trx, actor, 'urging', id, 'create', `Đôn đốc ${agencyIds.length} đơn vị ngày ${urgedOn}${letterNumber ? `, công văn ${letterNumber}` : ''}`);
    return id;
  });
}

/** Urgings of a period (or of every period of a plan), latest first. */
const urgingsQuery = (db: AppDb) => db.selectFrom('urgings').innerJoin('reporting_periods', 'reporting_periods.id', 'urgings.period_id').selectAll('urgings');
const urgingsOfPeriod = cachedQuery((db: AppDb, periodId: number) =>
  urgingsQuery(db).where('urgings.period_id', '=', periodId).orderBy('urgings.urged_on', 'desc').orderBy('urgings.id', 'desc'),
);
const urgingsOfPlan = cachedQuery((db: AppDb, planId: number) =>
  urgingsQuery(db).where('reporting_periods.plan_id', '=', planId).orderBy('urgings.urged_on', 'desc').orderBy('urgings.id', 'desc'),
);

export async function listUrgings(db: AppDb, where: { periodId: number } | { planId: number }): Promise<UrgingRow[]> {
  const { rows } = 'periodId' in where ? await urgingsOfPeriod(db, where.periodId) : await urgingsOfPlan(db, where.planId);
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('urging_agencies')
    .innerJoin('agencies', 'agencies.id', 'urging_agencies.agency_id')
    .select(['urging_agencies.urging_id', 'agencies.id', 'agencies.short_name', 'agencies.kind'])
    .where(
      'urging_agencies.urging_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('agencies.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    periodId: r.period_id,
    urgedOn: r.urged_on,
    letterNumber: r.letter_number,
    note: r.note,
    agencies: links
      .filter((l) => l.urging_id === r.id)
      .map((l): AgencyRef => ({ id: l.id, shortName: l.short_name, kind: l.kind as AgencyKind })),
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}
