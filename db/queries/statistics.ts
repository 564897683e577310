// The statistics catalogue: built-in rows kept in step with db/builtin/statistics-catalogue.ts.
import type { AppDb } from '../connection';
import type { StatisticDef, StatisticKind } from '../../shared/domain/statistics';
import { STATISTICS_CATALOGUE } from '../builtin/statistics-catalogue';

const synced = new WeakSet<object>();

/**
 * Adds the built-in statistics a database does not have yet, and refreshes their wording. Runs once
 * per open database; never removes a statistic (figures may refer to it).
 */
export async function ensureStatisticsCatalogue(db: AppDb): Promise<void> {
  if (synced.has(db)) return;
  await db.transaction().execute(async (trx) => {
    const existing = new Map(
      (await trx.selectFrom('statistics').select(['code', 'label', 'unit', 'kind', 'group_title', 'part_of', 'sort_order']).execute()).map(
        (r) => [r.code, r],
      ),
    );
    for (const [i, s] of STATISTICS_CATALOGUE.entries()) {
      const row = { label: s.label, unit: s.unit, kind: s.kind, group_title: s.group, part_of: s.partOf, sort_order: i, builtin: 1 };
      const old = existing.get(s.code);
      if (!old) {
        await trx.insertInto('statistics').values({ code: s.code, ...row }).execute();
      } else if (
        old.label !== row.label ||
        old.unit !== row.unit ||
        old.kind !== row.kind ||
        old.group_title !== row.group_title ||
        old.part_of !== row.part_of ||
        old.sort_order !== row.sort_order
      ) {
        await trx.updateTable('statistics').set(row).where('code', '=', s.code).execute();
      }
    }
  });
  synced.add(db);
}

export async function listStatistics(db: AppDb): Promise<StatisticDef[]> {
  await ensureStatisticsCatalogue(db);
  const rows = await db.selectFrom('statistics').selectAll().orderBy('sort_order').orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    label: r.label,
    unit: r.unit,
    kind: r.kind as StatisticKind,
    group: r.group_title,
    partOf: r.part_of,
  }));
}
