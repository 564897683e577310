import type { AppDb } from '../connection';
import type { AgencyRef, TargetRow } from '../../shared/api/models';
import type { AgencyKind, TargetComparator, TargetKind } from '../../shared/domain/types';
import { currentActor, recordChanges } from './audit';

export async function listTargets(db: AppDb, planId: number): Promise<TargetRow[]> {
  const rows = await db.selectFrom('targets').selectAll().where('plan_id', '=', planId).orderBy('sort_order').execute();
  const links = await db
    .selectFrom('target_agencies')
    .innerJoin('targets', 'targets.id', 'target_agencies.target_id')
    .innerJoin('agencies', 'agencies.id', 'target_agencies.agency_id')
    .leftJoin('plan_agencies', (join) =>
      join.onRef('plan_agencies.agency_id', '=', 'agencies.id').onRef('plan_agencies.plan_id', '=', 'targets.plan_id'),
    )
    .select(['target_agencies.target_id', 'agencies.id', 'agencies.short_name', 'agencies.kind'])
    .where('targets.plan_id', '=', planId)
    .orderBy('plan_agencies.sort_order')
    .execute();
  const byTarget = new Map<number, AgencyRef[]>();
  for (const l of links) {
    const list = byTarget.get(l.target_id) ?? [];
    list.push({ id: l.id, shortName: l.short_name, kind: l.kind as AgencyKind });
    byTarget.set(l.target_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    group: r.group_title,
    wording: r.wording,
    kind: r.kind as TargetKind,
    comparator: r.comparator as TargetComparator | null,
    value: r.value,
    unit: r.unit,
    denominator: r.denominator,
    denominatorText: r.denominator_text,
    statistic: r.statistic_code,
    denominatorStatistic: r.denominator_statistic_code,
    note: r.note,
    agencies: byTarget.get(r.id) ?? [],
  }));
}

export interface TargetEdit {
  wording: string;
  kind: TargetKind;
  comparator: TargetComparator | null;
  value: number | null;
  unit: string | null;
  denominator: number | null;
  denominatorText: string | null;
  statistic: string | null;
  denominatorStatistic: string | null;
  note: string | null;
}

export async function getTargetPlanId(db: AppDb, targetId: number): Promise<number | null> {
  const row = await db.selectFrom('targets').select('plan_id').where('id', '=', targetId).executeTakeFirst();
  return row?.plan_id ?? null;
}

/** Saves a target's edited fields, with one audit entry per changed field, in one transaction. */
export async function updateTarget(db: AppDb, targetId: number, edit: TargetEdit): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('targets')
      .select(['wording', 'kind', 'comparator', 'value', 'unit', 'denominator', 'denominator_text', 'statistic_code', 'denominator_statistic_code', 'note'])
      .where('id', '=', targetId)
      .executeTakeFirstOrThrow();
    const after = {
      wording: edit.wording,
      kind: edit.kind,
      comparator: edit.comparator,
      value: edit.value,
      unit: edit.unit,
      denominator: edit.denominator,
      denominator_text: edit.denominatorText,
      statistic_code: edit.statistic,
      denominator_statistic_code: edit.denominatorStatistic,
      note: edit.note,
    };
    const actor = await currentActor(trx);
    await trx
      .updateTable('targets')
      .set({ ...after, updated_by: actor, updated_at: new Date().toISOString() })
      .where('id', '=', targetId)
      .execute();
    await recordChanges(trx, actor, 'target', targetId, before, after);
  });
}
