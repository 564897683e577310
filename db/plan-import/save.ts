// The database side of importing a plan: the agencies the app knows (to match the file's names to),
// and saving the reviewed plan with the built-in plan's loader, in one transaction.
import type { AppDb } from '../connection';
import type { PlanDataset } from '../builtin/dataset';
import type { KnownAgency } from '../../shared/plan-import/agencies';
import type { AgencyKind } from '../../shared/domain/types';
import { loadDatasetIn } from '../builtin/load-dataset';
import { recordEvent } from '../queries/audit';
import { foldVietnamese } from '../../shared/text/vietnamese';

/** Active agencies of every plan, in the order they were added. */
export async function knownAgencies(db: AppDb): Promise<KnownAgency[]> {
  const rows = await db
    .selectFrom('agencies')
    .select(['code', 'name', 'short_name', 'abbreviation', 'kind', 'admin_unit_code'])
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    abbreviation: r.abbreviation,
    kind: r.kind as AgencyKind,
    ...(r.admin_unit_code ? { adminUnitCode: r.admin_unit_code } : {}),
  }));
}

/** A new agency whose name is already used by another agency (under another code), or null. */
export async function clashingNewAgency(db: AppDb, ds: PlanDataset): Promise<{ index: number; name: string } | null> {
  const rows = await db.selectFrom('agencies').select(['code', 'name', 'short_name']).execute();
  const codes = new Set(rows.map((r) => r.code));
  const names = new Set(rows.flatMap((r) => [foldVietnamese(r.name), foldVietnamese(r.short_name)]));
  for (const [index, a] of ds.agencies.entries()) {
    if (!codes.has(a.code) && names.has(foldVietnamese(a.name))) return { index, name: a.name };
  }
  return null;
}

/**
 * Saves the reviewed plan under a key of its own, and its history entry, in one transaction: a failure
 * anywhere leaves neither the plan nor the entry. Returns the new plan's id.
 */
export async function saveImportedPlan(db: AppDb, ds: PlanDataset, actor: string, summary: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const keys = new Set((await trx.selectFrom('plans').select('key').execute()).map((r) => r.key));
    let key = `NHAP-${ds.plan.year}-1`;
    for (let i = 2; keys.has(key); i++) key = `NHAP-${ds.plan.year}-${i}`;
    const planId = await loadDatasetIn(trx, { ...ds, plan: { ...ds.plan, key } }, actor);
    await recordEvent(trx, actor, 'plan', planId, 'create', summary);
    return planId;
  });
}
