// The plan and the report period a document call names, refused with the field when they do not fit.
import type { HandlerContext } from '../types';
import type { PlanDetail } from '../../../../shared/api/models';
import type { ReportKind } from '../../../../shared/documents/types';
import { AppError } from '../../../../shared/api/errors';
import { getPlan } from '../../../../db/queries/plans';
import { requirePeriod } from '../reporting';

export async function requirePlanDetail(ctx: HandlerContext, planId: number): Promise<PlanDetail> {
  const plan = await getPlan(ctx.db, planId);
  if (!plan) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
  return plan;
}

function reportKindOf(periodType: string): ReportKind | null {
  return periodType === 'six_month' ? 'six_month' : periodType === 'annual' ? 'annual' : null;
}

export async function reportPeriod(ctx: HandlerContext, planId: number, periodId: number | null | undefined) {
  if (!periodId) throw new AppError('VALIDATION', 'Kỳ báo cáo: chưa được chọn.', 'periodId');
  const period = await requirePeriod(ctx, periodId);
  if (period.planId !== planId) throw new AppError('VALIDATION', 'Kỳ báo cáo này không thuộc kế hoạch đang làm việc.', 'periodId');
  const kind = reportKindOf(period.periodType);
  if (!kind) {
    throw new AppError('VALIDATION', 'Báo cáo kết quả chỉ lập cho kỳ báo cáo 6 tháng hoặc kỳ báo cáo năm.', 'periodId');
  }
  return { period, kind };
}

export type PeriodRow = Awaited<ReturnType<typeof requirePeriod>>;
