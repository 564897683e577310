// The agency whose figure counts for each statistic of a plan (the built-in rule and the clerk's
// choices in Cài đặt): read once here, so that the Chỉ tiêu screen and the report count the same way.
import type { HandlerContext } from './types';
import { listPlanAgencies } from '../../../db/queries/agencies';
import { listStatisticSources } from '../../../db/queries/documents';
import { statisticSources } from '../../../shared/domain/statistic-sources';

export async function planStatisticSources(ctx: HandlerContext, planId: number): Promise<Map<string, number>> {
  const [agencies, chosen] = await Promise.all([listPlanAgencies(ctx.db, planId), listStatisticSources(ctx.db, planId)]);
  return statisticSources(agencies, chosen);
}
