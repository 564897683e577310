// Targets: editing, and how far each has come per period from the figures of received reports.
// The arithmetic (flows, stocks, percentages) is shared/domain/statistics.ts.
import type { HandlerGroup } from './types';
import type { TargetContribution, TargetProgressRow } from '../../shared/api/models';
import { listTargets, listUnitCounts } from '../../db/queries/targets';
import { listPlanFigures, type PlanFigure } from '../../db/queries/received-reports';
import { listExpected } from '../../db/queries/reporting';
import { listStatistics } from '../../db/queries/statistics';
import {
  combineAcrossPeriods,
  figureProblem,
  numeratorCode,
  sumAcrossAgencies,
  targetProgress,
} from '../../shared/domain/statistics';
import { listPeriodRows } from './reporting';
import type { AgencyRef } from '../../shared/api/models';

function contributions(figures: PlanFigure[], codes: (string | null)[], agencies: Map<number, AgencyRef>): TargetContribution[] {
  const [num, den] = codes;
  const byReport = new Map<number, TargetContribution>();
  for (const f of figures) {
    if (f.statisticCode !== num && f.statisticCode !== den) continue;
    const c = byReport.get(f.reportId) ?? {
      agency: agencies.get(f.agencyId) ?? { id: f.agencyId, shortName: `#${f.agencyId}`, kind: 'other' },
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

function totals(figures: PlanFigure[]) {
  return (code: string): number | null => {
    const own = figures.filter((f) => f.statisticCode === code);
    return own.length ? sumAcrossAgencies(own.map((f) => f.value)) : null;
  };
}

export const targetHandlers: HandlerGroup<'targets.progress'> = {
  'targets.progress': async ({ planId }, ctx) => {
    const periods = await listPeriodRows(ctx, planId);
    const catalogue = await listStatistics(ctx.db, planId);
    const kindOf = new Map(catalogue.map((s) => [s.code, s.kind]));
    const figures = await listPlanFigures(ctx.db, planId);
    const agencies = new Map<number, AgencyRef>();
    for (const p of periods) {
      for (const e of await listExpected(ctx.db, { periodId: p.id })) {
        agencies.set(e.agency.id, { id: e.agency.id, shortName: e.agency.shortName, kind: e.agency.kind });
      }
    }
    const windows = new Map(periods.map((p) => [p.id, p]));

    // To date: per agency and statistic, the periodic periods' values combined by the flow/stock rule.
    const periodic = figures.filter((f) => {
      const p = windows.get(f.periodId);
      return p && !p.adHoc && p.windowFrom && p.windowTo;
    });
    const combined: PlanFigure[] = [];
    const keys = new Set(periodic.map((f) => `${f.agencyId}|${f.statisticCode}`));
    for (const key of keys) {
      const [agencyId, code] = [Number(key.split('|')[0]), key.split('|')[1]!];
      const own = periodic.filter((f) => f.agencyId === agencyId && f.statisticCode === code);
      const value = combineAcrossPeriods(
        kindOf.get(code) ?? 'flow',
        own.map((f) => ({ window: { from: windows.get(f.periodId)!.windowFrom!, to: windows.get(f.periodId)!.windowTo! }, value: f.value })),
      );
      const latest = [...own].sort((a, b) => windows.get(b.periodId)!.windowTo!.localeCompare(windows.get(a.periodId)!.windowTo!))[0]!;
      if (value !== null) combined.push({ ...latest, value });
    }

    // A denominator counted in the locality's units reads the plan's count of them.
    const counts = await listUnitCounts(ctx.db, planId);
    const targets = (await listTargets(ctx.db, planId)).map((t) =>
      t.denominatorUnits ? { ...t, denominator: counts.find((c) => c.level === t.denominatorUnits)?.count ?? null } : t,
    );
    return targets.map((t): TargetProgressRow => {
      const num = numeratorCode(t, catalogue);
      const den = t.kind === 'percent' ? t.denominatorStatistic : null;
      const codes = [num, den];
      const rows = periods
        .map((p) => {
          const own = figures.filter((f) => f.periodId === p.id);
          return {
            periodId: p.id,
            periodLabel: p.label,
            progress: targetProgress(t, catalogue, totals(own)),
            contributions: contributions(own, codes, agencies),
            adHoc: p.adHoc,
          };
        })
        // Ad-hoc requests appear only where they brought figures for this target.
        .filter((r) => !r.adHoc || r.contributions.length > 0)
        .map(({ adHoc: _adHoc, ...r }) => r);
      return {
        targetId: t.id,
        numeratorStatistic: num,
        denominatorStatistic: den,
        periods: rows,
        toDate: { progress: targetProgress(t, catalogue, totals(combined)), contributions: contributions(combined, codes, agencies) },
      };
    });
  },
};
