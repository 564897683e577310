// targets.*: the clerk's targets (create, update, delete, the locality's unit counts: checks, then one
// transaction in db/), and how far each has come per period from the figures of received reports.
// The arithmetic (flows, stocks, percentages) is shared/domain/statistics.ts.
import type { HandlerContext, HandlerGroup } from './types';
import type { ParsedInput } from '../../../shared/api/contract';
import type { TargetContribution, TargetLeftOut, TargetProgressRow, AgencyRef, PlanUnitCount, TargetRow } from '../../../shared/api/models';
import type { StatisticDef, TargetProgress } from '../../../shared/domain/statistics';
import { AppError } from '../../../shared/api/errors';
import {
  createTarget,
  deleteTarget,
  getTargetPlanId,
  listTargets,
  listUnitCounts,
  setUnitCount,
  targetCodeTaken,
  targetFigureUse,
  updateTarget,
  type TargetEdit,
} from '../../../db/queries/targets';
import { listPlanFigures, type PlanFigure } from '../../../db/queries/received-reports';
import { listStatistics } from '../../../db/queries/statistics';
import { combineAcrossPeriods, figureProblem, numeratorCode, sumAcrossAgencies, targetProgress } from '../../../shared/domain/statistics';
import { countedFigures } from '../../../shared/domain/statistic-sources';
import { staleTargetMessage, targetVersion } from '../../../shared/domain/edit-version';
import { cleanText as clean, nfc } from '../../../shared/text/vietnamese';
import { listPeriodsWithExpected, requirePlanExists } from './reporting';
import { planStatisticSources } from './statistic-sources';
import { checkAgencies } from './agencies';

/**
 * Figures grouped once: per period, per statistic, in the order the database gave them (the order
 * contributions are listed in). A target then reads only the figures of its own statistics, so the
 * work is linear in the number of figures, not figures x targets x agencies.
 */
interface IndexedFigure extends PlanFigure {
  order: number;
}
type ByCode = Map<string, IndexedFigure[]>;

function indexed(f: PlanFigure, value: number, order: number): IndexedFigure {
  return { periodId: f.periodId, reportId: f.reportId, agencyId: f.agencyId, statisticCode: f.statisticCode, value, order };
}

function groupByCode(figures: IndexedFigure[]): ByCode {
  const out: ByCode = new Map();
  for (const f of figures) {
    const list = out.get(f.statisticCode);
    if (list) list.push(f);
    else out.set(f.statisticCode, [f]);
  }
  return out;
}

/** Two lists of figures, each in the database's order, merged into that order (no copy sorted). */
function inOrder(a: IndexedFigure[], b: IndexedFigure[]): IndexedFigure[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: IndexedFigure[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]!.order < b[j]!.order) ? a[i++]! : b[j++]!);
  return out;
}

function contributions(byCode: ByCode, codes: (string | null)[], agencies: Map<number, AgencyRef>): TargetContribution[] {
  const [num, den] = codes;
  // A percentage reads two statistics: their figures merged in the database's order. Copying both
  // lists and sorting them for every target and period was a fifth of what the call allocated at a
  // plan of 3,000 tasks and 400 agencies.
  const own = inOrder(num ? (byCode.get(num) ?? []) : [], den && den !== num ? (byCode.get(den) ?? []) : []);
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

/** A percentage counted in the locality's units (denominatorUnits) reads the plan's count of them. */
function withUnitCounts(targets: TargetRow[], counts: PlanUnitCount[]): TargetRow[] {
  return targets.map((t) => (t.denominatorUnits ? { ...t, denominator: counts.find((c) => c.level === t.denominatorUnits)?.count ?? null } : t));
}

/**
 * Each target's progress in one period, from that period's totals counted by the same sources rule:
 * what targets.progress gives for that period, for the report, which has read the targets, the
 * catalogue and the totals already and needs neither the other periods, the contributions nor the
 * standing to date (computing those was 40% of reading the report's data).
 */
export async function periodTargetProgress(
  ctx: HandlerContext,
  planId: number,
  targets: TargetRow[],
  catalogue: StatisticDef[],
  totals: Map<string, number>,
): Promise<Map<number, TargetProgress>> {
  const counted = withUnitCounts(targets, await listUnitCounts(ctx.db, planId));
  const totalOf = (code: string) => totals.get(code) ?? null;
  return new Map(counted.map((t) => [t.id, targetProgress(t, catalogue, totalOf)]));
}

type TargetInput = ParsedInput<'targets.update'> & { code?: string };

/** A target's fields as saved: what the kind does not use is cleared; values and statistics checked. */
async function checkTarget(ctx: HandlerContext, planId: number, input: TargetInput, current: TargetEdit | null): Promise<TargetEdit> {
  const catalogue = await listStatistics(ctx.db, planId);
  const statistic = clean(input.statistic);
  const denominatorStatistic = clean(input.denominatorStatistic);
  const known = (code: string | null, field: string) => {
    if (code && !catalogue.some((s) => s.code === code)) {
      throw new AppError('VALIDATION', `Chỉ số "${code}" không có trong danh mục chỉ số của kế hoạch.`, field);
    }
  };
  known(statistic, 'statistic');
  known(denominatorStatistic, 'denominatorStatistic');
  let value = input.value;
  let comparator = input.comparator;
  if (input.kind === 'qualitative') {
    value = null;
    comparator = null;
  } else {
    if (value === null) throw new AppError('VALIDATION', 'Mức phải đạt: chưa được nhập.', 'value');
    const problem = figureProblem(value, input.kind === 'percent' ? '%' : '');
    if (problem) throw new AppError('VALIDATION', `Mức phải đạt: ${problem}.`, 'value');
    if (value === 0) throw new AppError('VALIDATION', 'Mức phải đạt: phải lớn hơn 0.', 'value');
    comparator ??= 'exactly';
  }
  const units = input.kind === 'percent' ? (input.denominatorUnits ?? (input.denominatorUnits === undefined ? current?.denominatorUnits : null) ?? null) : null;
  if (input.denominator !== null && !(input.denominator > 0)) {
    throw new AppError('VALIDATION', 'Mẫu số: phải là số lớn hơn 0.', 'denominator');
  }
  const agencyIds = input.agencyIds ?? current?.agencyIds ?? [];
  await checkAgencies(ctx, planId, agencyIds, 'agencyIds');
  const code = input.code?.trim() ?? current?.code ?? '';
  if (await targetCodeTaken(ctx.db, planId, code, 'targetId' in input ? input.targetId : null)) {
    throw new AppError('VALIDATION', `Mã: kế hoạch đã có chỉ tiêu ${code}.`, 'code');
  }
  return {
    code,
    group: input.group === undefined ? (current?.group ?? '') : (clean(input.group) ?? ''),
    wording: nfc(input.wording),
    kind: input.kind,
    comparator,
    value,
    unit: input.kind === 'percent' ? '%' : clean(input.unit),
    denominator: input.kind === 'percent' && !units ? input.denominator : null,
    denominatorText: clean(input.denominatorText),
    denominatorUnits: units,
    statistic,
    denominatorStatistic: input.kind === 'percent' ? denominatorStatistic : null,
    note: clean(input.note),
    agencyIds,
  };
}

async function targetEditOf(ctx: HandlerContext, planId: number, targetId: number): Promise<TargetEdit> {
  const t = (await listTargets(ctx.db, planId)).find((r) => r.id === targetId)!;
  return { ...t, agencyIds: t.agencies.map((a) => a.id) };
}

export const targetHandlers: HandlerGroup<
  | 'targets.progress'
  | 'targets.list'
  | 'targets.create'
  | 'targets.update'
  | 'targets.delete'
  | 'targets.unitCounts'
  | 'targets.setUnitCount'
> = {
  'targets.progress': async ({ planId }, ctx) => {
    const withExpected = await listPeriodsWithExpected(ctx, planId);
    const periods = withExpected.map((p) => p.row);
    const catalogue = await listStatistics(ctx.db, planId);
    const kindOf = new Map(catalogue.map((s) => [s.code, s.kind]));
    // A denominator counted in the locality's units reads the plan's count of them.
    const counts = await listUnitCounts(ctx.db, planId);
    const targets = withUnitCounts(await listTargets(ctx.db, planId), counts);
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
    const counted = new Set<PlanFigure>();
    ofPeriod.forEach((list) => {
      for (const f of countedFigures(list, sources)) counted.add(f);
    });
    // Written out, not spread: a spread object given one more property was built the slow way, about
    // 400 bytes a figure (4.7 MB of a call at 3,000 tasks and 400 agencies).
    const figures: IndexedFigure[] = [];
    const notCounted = new Map<number, PlanFigure[]>();
    for (const f of listed) {
      if (counted.has(f)) {
        figures.push(indexed(f, f.value, figures.length));
        continue;
      }
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
    const byPeriod = new Map<number, IndexedFigure[]>(periods.map((p) => [p.id, []]));
    for (const f of figures) byPeriod.get(f.periodId)?.push(f);
    const periodCodes = new Map(periods.map((p) => [p.id, groupByCode(byPeriod.get(p.id)!)]));

    // To date: per statistic and agency, the periodic periods' values combined by the flow/stock rule.
    // Grouped by statistic, then agency (no key string made per figure), each figure read with its
    // period's window (one per period, shared).
    const windowOf = new Map<number, { from: string; to: string }>();
    for (const p of periods) if (!p.adHoc && p.windowFrom && p.windowTo) windowOf.set(p.id, { from: p.windowFrom, to: p.windowTo });
    const perCode = new Map<string, Map<number, IndexedFigure[]>>();
    for (const f of figures) {
      if (!windowOf.has(f.periodId)) continue;
      let ofCode = perCode.get(f.statisticCode);
      if (!ofCode) perCode.set(f.statisticCode, (ofCode = new Map()));
      const list = ofCode.get(f.agencyId);
      if (list) list.push(f);
      else ofCode.set(f.agencyId, [f]);
    }
    // Each agency and statistic combined where its first figure stands: the order the contributions are listed in.
    const combined: IndexedFigure[] = [];
    for (const first of figures) {
      const own = perCode.get(first.statisticCode)?.get(first.agencyId);
      if (!own || own[0] !== first) continue;
      const value = combineAcrossPeriods(
        kindOf.get(first.statisticCode) ?? 'flow',
        own.map((f) => ({ window: windowOf.get(f.periodId)!, value: f.value })),
      );
      // The figure of the latest window (the first of equals): one pass, ISO dates compared as strings.
      // Sorting a copy through the collator for each agency and statistic was a quarter of what the call allocated.
      let latest = first;
      for (const f of own) if (windowOf.get(f.periodId)!.to > windowOf.get(latest.periodId)!.to) latest = f;
      if (value !== null) combined.push(indexed(latest, value, combined.length));
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

  'targets.create': async (input, ctx) => {
    await requirePlanExists(ctx, input.planId);
    const edit = await checkTarget(ctx, input.planId, { ...input, targetId: 0 } as TargetInput, null);
    const id = await createTarget(ctx.db, input.planId, edit);
    return (await listTargets(ctx.db, input.planId)).find((t) => t.id === id)!;
  },

  'targets.update': async (input, ctx) => {
    const planId = await getTargetPlanId(ctx.db, input.targetId);
    if (planId === null) throw new AppError('NOT_FOUND', 'Không tìm thấy chỉ tiêu này.', 'targetId');
    const { version, ...fields } = input;
    const edit = await checkTarget(ctx, planId, fields, await targetEditOf(ctx, planId, input.targetId));
    await updateTarget(ctx.db, input.targetId, edit, async (trx) => {
      if (version === undefined) return;
      const now = (await listTargets(trx, planId)).find((t) => t.id === input.targetId);
      if (now && targetVersion(now) !== version) throw new AppError('CONFLICT', staleTargetMessage(now), 'version');
    });
    return (await listTargets(ctx.db, planId)).find((t) => t.id === input.targetId)!;
  },

  'targets.delete': async ({ targetId }, ctx) => {
    const planId = await getTargetPlanId(ctx.db, targetId);
    if (planId === null) throw new AppError('NOT_FOUND', 'Không tìm thấy chỉ tiêu này.', 'targetId');
    const target = (await listTargets(ctx.db, planId)).find((t) => t.id === targetId)!;
    const catalogue = await listStatistics(ctx.db, planId);
    const codes = [target.statistic, numeratorCode(target, catalogue), target.kind === 'percent' ? target.denominatorStatistic : null].filter(
      (c): c is string => !!c,
    );
    const use = target.kind === 'qualitative' ? { reports: 0, codes: [] } : await targetFigureUse(ctx.db, planId, [...new Set(codes)]);
    if (use.reports > 0) {
      throw new AppError(
        'CONFLICT',
        `Không thể xóa chỉ tiêu ${target.code}: ${use.reports} báo cáo đã nhận có số liệu đo chỉ tiêu này (chỉ số ${use.codes.join(', ')}). ` +
          'Hãy bỏ chỉ số đo của chỉ tiêu (Sửa) hoặc xóa các số liệu đó trước.',
        'targetId',
      );
    }
    await deleteTarget(ctx.db, targetId);
    return { deleted: true };
  },

  'targets.unitCounts': async ({ planId }, ctx) => {
    await requirePlanExists(ctx, planId);
    return listUnitCounts(ctx.db, planId);
  },

  'targets.setUnitCount': async ({ planId, level, count }, ctx) => {
    await requirePlanExists(ctx, planId);
    await setUnitCount(ctx.db, planId, level, count);
    return listUnitCounts(ctx.db, planId);
  },
};
