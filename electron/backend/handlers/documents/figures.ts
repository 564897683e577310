// documents.statisticSources, setStatisticSource, acceptFigureCheck: which agency's figure counts for
// each statistic, and the contradictions among a period's totals the clerk accepted.
import type { HandlerContext, HandlerGroup } from '../types';
import type { FigureCheckView, StatisticSourceRow } from '../../../../shared/api/documents-models';
import { AppError } from '../../../../shared/api/errors';
import { listStatistics } from '../../../../db/queries/statistics';
import { listPlanAgencies } from '../../../../db/queries/agencies';
import { currentActor } from '../../../../db/queries/audit';
import {
  insertFigureCheckAcceptance,
  listFigureCheckAcceptances,
  listStatisticSources,
  writeStatisticSource,
} from '../../../../db/queries/documents';
import { acceptanceApplies, type FigureCheck, statisticSources } from '../../../../shared/domain/statistic-sources';
import { reportPeriod, requirePlanDetail } from './plan-and-period';
import { reportData } from './report-data';

async function sourceRows(ctx: HandlerContext, planId: number): Promise<StatisticSourceRow[]> {
  const [catalogue, agencies, chosen] = await Promise.all([
    listStatistics(ctx.db, planId),
    listPlanAgencies(ctx.db, planId),
    listStatisticSources(ctx.db, planId),
  ]);
  const sources = statisticSources(agencies, chosen);
  return catalogue.map((s) => {
    const id = sources.get(s.code);
    const agency = id === undefined ? undefined : agencies.find((a) => a.id === id);
    return {
      code: s.code,
      label: s.label,
      unit: s.unit,
      group: s.group,
      agency: agency ? { id: agency.id, shortName: agency.shortName } : null,
      builtIn: !chosen.some((c) => c.statisticCode === s.code),
    };
  });
}

const sourceLabel = (r: StatisticSourceRow | undefined) =>
  !r ? '' : `${r.agency ? r.agency.shortName : 'Cộng số liệu của các cơ quan, đơn vị'}${r.builtIn ? ' (mặc định)' : ''}`;

/** The period's contradictions with the acceptance that still applies to each (same two totals). */
export async function checkViews(ctx: HandlerContext, periodId: number, checks: FigureCheck[]): Promise<FigureCheckView[]> {
  const accepted = await listFigureCheckAcceptances(ctx.db, periodId);
  return checks.map((c) => {
    const a = accepted.find((x) => acceptanceApplies(c, x));
    return { rule: c.rule, text: c.text, accepted: a ? { by: a.acceptedBy, on: a.acceptedOn } : null };
  });
}

export const figureHandlers: HandlerGroup<'documents.statisticSources' | 'documents.setStatisticSource' | 'documents.acceptFigureCheck'> = {
  'documents.acceptFigureCheck': async ({ planId, periodId, rule }, ctx) => {
    const plan = await requirePlanDetail(ctx, planId);
    const { period, kind } = await reportPeriod(ctx, planId, periodId);
    const { checks } = await reportData(ctx, plan, period, kind);
    const check = checks.find((c) => c.rule === rule);
    if (!check) {
      throw new AppError('VALIDATION', 'Số liệu chưa khớp: không còn trong số liệu kỳ này (số liệu đã được sửa); hãy xem lại bản xem trước.', 'rule');
    }
    const views = await checkViews(ctx, period.id, checks);
    if (!views.find((v) => v.rule === rule)!.accepted) {
      await insertFigureCheckAcceptance(ctx.db, period.id, { ...check, wording: check.text }, await currentActor(ctx.db), ctx.today());
    }
    return checkViews(ctx, period.id, checks);
  },

  'documents.statisticSources': async ({ planId }, ctx) => {
    await requirePlanDetail(ctx, planId);
    return sourceRows(ctx, planId);
  },

  'documents.setStatisticSource': async ({ planId, statisticCode, agencyId, builtIn }, ctx) => {
    await requirePlanDetail(ctx, planId);
    const before = await sourceRows(ctx, planId);
    const row = before.find((r) => r.code === statisticCode);
    if (!row) throw new AppError('VALIDATION', `Chỉ số "${statisticCode}" không có trong danh mục chỉ số.`, 'statisticCode');
    if (!builtIn && agencyId !== null && !(await listPlanAgencies(ctx.db, planId)).some((a) => a.id === agencyId)) {
      throw new AppError('VALIDATION', 'Cơ quan được chọn không tham gia kế hoạch này.', 'agencyId');
    }
    const next = builtIn ? undefined : agencyId;
    const after = await (async () => {
      // The label written in the history says what the choice means.
      const agencies = await listPlanAgencies(ctx.db, planId);
      if (next === undefined) return 'mặc định';
      return next === null ? 'Cộng số liệu của các cơ quan, đơn vị' : agencies.find((a) => a.id === next)!.shortName;
    })();
    await writeStatisticSource(ctx.db, planId, statisticCode, next, { before: sourceLabel(row), after }, await currentActor(ctx.db));
    return sourceRows(ctx, planId);
  },
};
