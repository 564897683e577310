// duties.*: the plan's reporting duties added, changed and deleted by the clerk (the list is
// reporting.duties in reporting.ts): checks, then one transaction in db/ that also plans the periods.
import type { HandlerContext, HandlerGroup } from './types';
import type { ParsedInput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { createDuty, deleteDuty, getDuty, updateDuty, type DutyEdit } from '../../../db/queries/reporting-duties';
import { parseDueRule } from '../../../shared/domain/due-rule';
import { cleanText as clean, nfc } from '../../../shared/text/vietnamese';
import { dutyRows, requirePlan } from './reporting';
import { checkAgencies } from './agencies';

async function checkDuty(ctx: HandlerContext, planId: number, input: ParsedInput<'duties.create'>): Promise<DutyEdit> {
  const rule = parseDueRule(input.dueText, input.periodType);
  if (!rule.ok) throw new AppError('VALIDATION', `Hạn gửi (theo văn bản): ${rule.message}.`, 'dueText');
  const upward = input.upward ?? false;
  const plan = await requirePlan(ctx, planId);
  let obliged = [...new Set(input.obliged)];
  if (upward) {
    // The secretariat reports upward itself.
    if (!plan.standingAgency) throw new AppError('VALIDATION', 'Kế hoạch chưa có cơ quan thường trực để báo cáo lên cấp trên.', 'upward');
    obliged = [plan.standingAgency.id];
    if (!clean(input.recipientText)) throw new AppError('VALIDATION', 'Nơi nhận báo cáo: hãy ghi nơi nhận, ví dụ "UBND tỉnh; Bộ Lao động - Thương binh và Xã hội".', 'recipientText');
  } else {
    if (obliged.length === 0) throw new AppError('VALIDATION', 'Đơn vị phải báo cáo: hãy chọn ít nhất một đơn vị.', 'obliged');
    await checkAgencies(ctx, planId, obliged, 'obliged');
  }
  if (input.recipientAgencyId) await checkAgencies(ctx, planId, [input.recipientAgencyId], 'recipientAgencyId');
  return {
    periodType: input.periodType,
    title: nfc(input.title),
    dueMonth: rule.dueMonth,
    dueDay: rule.dueDay,
    dueMonthOffset: rule.dueMonthOffset,
    dueText: nfc(input.dueText.trim()) || 'đột xuất',
    dueInclusive: input.dueInclusive ?? true,
    windowRule: input.windowRule ?? 'decree09',
    windowText: clean(input.windowText) ?? '',
    upward,
    recipientAgencyId: upward ? null : (input.recipientAgencyId ?? plan.standingAgency?.id ?? null),
    recipientText: clean(input.recipientText) ?? '',
    obliged,
  };
}

async function dutyRow(ctx: HandlerContext, planId: number, dutyId: number) {
  return (await dutyRows(ctx, planId)).find((d) => d.id === dutyId)!;
}

export const dutyHandlers: HandlerGroup<'duties.create' | 'duties.update' | 'duties.delete'> = {
  'duties.create': async (input, ctx) => {
    const edit = await checkDuty(ctx, input.planId, input);
    const id = await createDuty(ctx.db, input.planId, edit);
    return dutyRow(ctx, input.planId, id);
  },

  'duties.update': async ({ dutyId, ...input }, ctx) => {
    const duty = await getDuty(ctx.db, dutyId);
    if (!duty) throw new AppError('NOT_FOUND', 'Không tìm thấy nghĩa vụ báo cáo này.', 'dutyId');
    if ((duty.period_type === 'ad_hoc') !== (input.periodType === 'ad_hoc')) {
      throw new AppError('VALIDATION', 'Kỳ báo cáo: nghĩa vụ báo cáo đột xuất không đổi được thành báo cáo định kỳ, và ngược lại.', 'periodType');
    }
    const edit = await checkDuty(ctx, duty.plan_id, { ...input, planId: duty.plan_id });
    await updateDuty(ctx.db, dutyId, edit);
    return dutyRow(ctx, duty.plan_id, dutyId);
  },

  'duties.delete': async ({ dutyId }, ctx) => {
    const duty = await getDuty(ctx.db, dutyId);
    if (!duty) throw new AppError('NOT_FOUND', 'Không tìm thấy nghĩa vụ báo cáo này.', 'dutyId');
    await deleteDuty(ctx.db, dutyId);
    return { deleted: true };
  },
};
