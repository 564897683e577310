// Targets: editing, and how far each has come per period from the figures of received reports.
// The arithmetic (flows, stocks, percentages) is shared/domain/statistics.ts.
import type { HandlerGroup } from './types';
import type { TargetContribution, TargetLeftOut, TargetProgressRow, AgencyRef } from '../../../shared/api/models';
import { listTargets, listUnitCounts } from '../../../db/queries/targets';
import { listPlanFigures, type PlanFigure } from '../../../db/queries/received-reports';
import { listStatistics } from '../../../db/queries/statistics';
import { combineAcrossPeriods, numeratorCode, sumAcrossAgencies, targetProgress } from '../../../shared/domain/statistics';
import { listPeriodsWithExpected } from './reporting';
import { planStatisticSources } from './statistic-sources';
import { countedFigures } from '../../../shared/domain/statistic-sources';

/**
 * Figures grouped once: per period, per statistic, in the order the database gave them (the order
 * contributions are listed in). A target then reads only the figures of its own statistics, so the
 * work is linear in the number of figures, not figures x targets x agencies.
 */
interface IndexedFigure extends PlanFigure {
  order: number;
}
type ByCode = Map<string, IndexedFigure[]>;

function groupByCode(figures: IndexedFigure[]): ByCode {
  const out: ByCode = new Map();
  for (const f of figures) {
    const list = out.get(f.statisticCode);
    if (list) list.push(f);
    else out.set(f.statisticCode, [f]);
  }
  return out;
}

function contributions(byCode: ByCode, codes: (string | null)[], agencies: Map<number, AgencyRef>): TargetContribution[] {
  const [num, den] = codes;
  const own = [...(num ? (byCode.get(num) ?? []) : []), ...(den && den !== num ? (byCode.get(den) ?? []) : [])];
  if (num && den && den !== num) own.sort((a, b) => a.order - b.order);
  const byReport = new Map<number, TargetContribution>();
  for (const f of own) {
    const c = byReport.get(f.reportId) ?? {
      agency: agencyRef(agencies, f.agencyId),
      reportId: f.reportId,
      numerator: null,
      denominator: null,
    };
    if (f.statisticCode === num) c.numerator = f.value;
    if (f.statisticCode === den) c.denominator = f.value;
    byReport.set(f.reportId, c);
  }
  return [...byReport.values()];
}

function agencyRef(agencies: Map<number, AgencyRef>, id: number): AgencyRef {
  return agencies.get(id) ?? { id, shortName: `#${id}`, kind: 'other' };
}

/** The figures of a target's statistics that the counting rule left out, with the source that counts instead. */
function leftOutOf(figures: PlanFigure[], codes: (string | null)[], sources: Map<string, number>, agencies: Map<number, AgencyRef>): TargetLeftOut[] {
  return figures
    .filter((f) => codes.includes(f.statisticCode))
    .map((f) => ({ agency: agencyRef(agencies, f.agencyId), statisticCode: f.statisticCode, value: f.value, source: agencyRef(agencies, sources.get(f.statisticCode)!) }));
}

function totals(byCode: ByCode) {
  const sums = new Map<string, number>();
  return (code: string): number | null => {
    let sum = sums.get(code);
    if (sum === undefined) {
      const own = byCode.get(code);
      if (!own) return null;
      sum = sumAcrossAgencies(own.map((f) => f.value));
      sums.set(code, sum);
    }
    return sum;
  };
}

export const targetHandlers: HandlerGroup<'targets.progress' | 'targets.list'> = {
  'targets.progress': async ({ planId }, ctx) => {
    const withExpected = await listPeriodsWithExpected(ctx, planId);
    const periods = withExpected.map((p) => p.row);
    const catalogue = await listStatistics(ctx.db, planId);
    const kindOf = new Map(catalogue.map((s) => [s.code, s.kind]));
    // A denominator counted in the locality's units reads the plan's count of them.
    const counts = await listUnitCounts(ctx.db, planId);
    const targets = (await listTargets(ctx.db, planId)).map((t) =>
      t.denominatorUnits ? { ...t, denominator: counts.find((c) => c.level === t.denominatorUnits)?.count ?? null } : t,
    );
    // Only the statistics the targets read.
    const codesOf = (t: (typeof targets)[number]) => [numeratorCode(t, catalogue), t.kind === 'percent' ? t.denominatorStatistic : null];
    const wanted = new Set(targets.flatMap((t) => [...codesOf(t), t.denominatorStatistic]).filter((c): c is string => !!c));
    // One source of truth per statistic, as in the report: in each period, a statistic its source agency
    // reported counts only that agency's figure, so nothing is counted twice.
    const sources = await planStatisticSources(ctx, planId);
    const listed = await listPlanFigures(ctx.db, planId, [...wanted]);
    const ofPeriod = new Map<number, PlanFigure[]>();
    for (const f of listed) {
      const list = ofPeriod.get(f.periodId);
      if (list) list.push(f);
      else ofPeriod.set(f.periodId, [f]);
    }
    const counted = new Set([...ofPeriod.values()].flatMap((list) => countedFigures(list, sources)));
    const figures: IndexedFigure[] = listed.filter((f) => counted.has(f)).map((f, order) => ({ ...f, order }));
    const notCounted = new Map<number, PlanFigure[]>();
    for (const f of listed) {
      if (counted.has(f)) continue;
      const list = notCounted.get(f.periodId);
      if (list) list.push(f);
      else notCounted.set(f.periodId, [f]);
    }
    const agencies = new Map<number, AgencyRef>();
    for (const p of withExpected) {
      for (const e of p.expected) {
        agencies.set(e.agency.id, { id: e.agency.id, shortName: e.agency.shortName, kind: e.agency.kind });
      }
    }
    const windows = new Map(periods.map((p) => [p.id, p]));
    const byPeriod = new Map<number, IndexedFigure[]>(periods.map((p) => [p.id, []]));
    for (const f of figures) byPeriod.get(f.periodId)?.push(f);
    const periodCodes = new Map(periods.map((p) => [p.id, groupByCode(byPeriod.get(p.id)!)]));

    // To date: per agency and statistic, the periodic periods' values combined by the flow/stock rule.
    const perKey = new Map<string, IndexedFigure[]>();
    for (const f of figures) {
      const p = windows.get(f.periodId);
      if (!(p && !p.adHoc && p.windowFrom && p.windowTo)) continue;
      const key = `${f.agencyId}|${f.statisticCode}`;
      const list = perKey.get(key);
      if (list) list.push(f);
      else perKey.set(key, [f]);
    }
    const combined: IndexedFigure[] = [];
    for (const [key, own] of perKey) {
      const code = key.slice(key.indexOf('|') + 1);
      const value = combineAcrossPeriods(
        kindOf.get(code) ?? 'flow',
        own.map((f) => ({ window: { from: windows.get(f.periodId)!.windowFrom!, to: windows.get(f.periodId)!.windowTo! }, value: f.value })),
      );
      const latest = [...own].sort((a, b) => windows.get(b.periodId)!.windowTo!.localeCompare(windows.get(a.periodId)!.windowTo!))[0]!;
      if (value !== null) combined.push({ ...latest, value, order: combined.length });
    }
    const combinedCodes = groupByCode(combined);
    const periodTotals = new Map(periods.map((p) => [p.id, totals(periodCodes.get(p.id)!)]));
    const combinedTotals = totals(combinedCodes);

    return targets.map((t): TargetProgressRow => {
      const codes = codesOf(t);
      const [num, den] = codes;
      const rows = periods
        .map((p) => ({
          periodId: p.id,
          periodLabel: p.label,
          progress: targetProgress(t, catalogue, periodTotals.get(p.id)!),
          contributions: contributions(periodCodes.get(p.id)!, codes, agencies),
          leftOut: leftOutOf(notCounted.get(p.id) ?? [], codes, sources, agencies),
          adHoc: p.adHoc,
        }))
        // Ad-hoc requests appear only where they brought figures for this target.
        .filter((r) => !r.adHoc || r.contributions.length > 0 || r.leftOut.length > 0)
        .map(({ adHoc: _adHoc, ...r }) => r);
      return {
        targetId: t.id,
        numeratorStatistic: num ?? null,
        denominatorStatistic: den ?? null,
        periods: rows,
        toDate: { progress: targetProgress(t, catalogue, combinedTotals), contributions: contributions(combinedCodes, codes, agencies) },
      };
    });
  },

  'targets.list': ({ planId }, { db }) => listTargets(db, planId),
};
