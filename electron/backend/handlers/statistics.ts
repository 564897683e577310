// statistics.*: the statistics catalogue of a plan (built-in and the plan's own), the plan's own added
// and edited, and which statistics each agency is asked for: checks, then one transaction in db/.
import type { HandlerContext, HandlerGroup } from './types';
import type { ParsedInput } from '../../../shared/api/contract';
import type { StatisticRow } from '../../../shared/api/models';
import { AppError } from '../../../shared/api/errors';
import {
  createStatistic,
  getStatistic,
  listStatisticRequests,
  listStatistics,
  setStatisticRequests,
  updateStatistic,
} from '../../../db/queries/statistics';
import { cleanText as clean, nfc } from '../../../shared/text/vietnamese';
import { requirePlanExists } from './reporting';
import { checkAgencies } from './agencies';

function statisticRow(list: StatisticRow[], code: string): StatisticRow {
  return list.find((s) => s.code === code)!;
}

async function checkStatistic(ctx: HandlerContext, planId: number, input: ParsedInput<'statistics.create'>) {
  const partOf = clean(input.partOf);
  if (partOf) {
    if (partOf === input.code) throw new AppError('VALIDATION', 'Thuộc chỉ số: một chỉ số không thể là phần "trong đó" của chính nó.', 'partOf');
    const parent = (await listStatistics(ctx.db, planId)).find((s) => s.code === partOf);
    if (!parent) throw new AppError('VALIDATION', `Thuộc chỉ số: không có chỉ số "${partOf}".`, 'partOf');
    if (parent.unit !== nfc(input.unit)) {
      throw new AppError('VALIDATION', `Đơn vị tính: phần "trong đó" phải cùng đơn vị với chỉ số ${parent.code} (${parent.unit}).`, 'unit');
    }
  }
  return { label: nfc(input.label), unit: nfc(input.unit), kind: input.kind, group: clean(input.group) ?? 'Chỉ số riêng của kế hoạch', partOf };
}

export const statisticHandlers: HandlerGroup<
  | 'statistics.list'
  | 'statistics.create'
  | 'statistics.update'
  | 'statistics.requests'
  | 'statistics.setRequests'
> = {
  'statistics.list': (input, { db }) => listStatistics(db, input.planId ?? null),

  'statistics.create': async (input, ctx) => {
    await requirePlanExists(ctx, input.planId);
    if (await getStatistic(ctx.db, input.code)) {
      throw new AppError('VALIDATION', `Mã: đã có chỉ số ${input.code}; hãy chọn mã khác.`, 'code');
    }
    await createStatistic(ctx.db, input.planId, input.code, await checkStatistic(ctx, input.planId, input));
    return statisticRow(await listStatistics(ctx.db, input.planId), input.code);
  },

  'statistics.update': async (input, ctx) => {
    await requirePlanExists(ctx, input.planId);
    const current = await getStatistic(ctx.db, input.code);
    if (!current) throw new AppError('NOT_FOUND', `Không có chỉ số ${input.code}.`, 'code');
    if (current.builtin) throw new AppError('VALIDATION', `Chỉ số ${input.code} có sẵn trong danh mục chung nên không sửa được.`, 'code');
    if (current.plan_id !== input.planId) throw new AppError('VALIDATION', `Chỉ số ${input.code} do kế hoạch khác tạo; hãy sửa ở kế hoạch đó.`, 'code');
    await updateStatistic(ctx.db, input.code, input.planId, await checkStatistic(ctx, input.planId, input));
    return statisticRow(await listStatistics(ctx.db, input.planId), input.code);
  },

  'statistics.requests': async ({ planId }, ctx) => {
    await requirePlanExists(ctx, planId);
    const catalogue = await listStatistics(ctx.db, planId);
    const stored = await listStatisticRequests(ctx.db, planId);
    // A statistic asked of an agency brings its "trong đó" parts.
    return [...stored.entries()].map(([agencyId, codes]) => ({
      agencyId,
      codes: catalogue.filter((s) => codes.includes(s.code) || (s.partOf !== null && codes.includes(s.partOf))).map((s) => s.code),
    }));
  },

  'statistics.setRequests': async ({ planId, agencyId, codes }, ctx) => {
    await requirePlanExists(ctx, planId);
    await checkAgencies(ctx, planId, [agencyId], 'agencyId');
    const catalogue = new Set((await listStatistics(ctx.db, planId)).map((s) => s.code));
    const unknown = codes.find((c) => !catalogue.has(c));
    if (unknown) throw new AppError('VALIDATION', `Các chỉ số: không có chỉ số "${unknown}" trong danh mục của kế hoạch.`, 'codes');
    await setStatisticRequests(ctx.db, planId, agencyId, codes);
    const all = await statisticHandlers['statistics.requests']({ planId }, ctx);
    return all.find((r) => r.agencyId === agencyId) ?? { agencyId, codes: [] };
  },
};
