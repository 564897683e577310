// Targets, statistics and reporting duties set up by the clerk: checks, then one transaction in db/.
import type { HandlerContext, HandlerGroup } from './types';
import type { ParsedInput } from '../../../shared/api/contract';
import type { ReportingDutyRow, StatisticRow } from '../../../shared/api/models';
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
import {
  createStatistic,
  getStatistic,
  listStatisticRequests,
  listStatistics,
  setStatisticRequests,
  updateStatistic,
} from '../../../db/queries/statistics';
import { createDuty, deleteDuty, getDuty, updateDuty, type DutyEdit } from '../../../db/queries/reporting-duties';
import { listReportingDuties, planAgencyIds } from '../../../db/queries/reporting';
import { figureProblem, numeratorCode } from '../../../shared/domain/statistics';
import { parseDueRule } from '../../../shared/domain/due-rule';
import { periodsOfDuty } from '../../../shared/domain/periods';
import { requirePlan } from './reporting';
import { nfc } from '../../../shared/text/vietnamese';
import { staleTargetMessage, targetVersion } from '../../../shared/domain/edit-version';

type TargetInput = ParsedInput<'targets.update'> & { code?: string };

const clean = (t: string | null | undefined) => (t ? nfc(t.trim()) : '') || null;

async function checkAgencies(ctx: HandlerContext, planId: number, ids: number[], field: string) {
  const inPlan = new Set(await planAgencyIds(ctx.db, planId));
  if (ids.some((a) => !inPlan.has(a))) throw new AppError('VALIDATION', 'Có đơn vị được chọn không tham gia kế hoạch này.', field);
}

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

/** The plan's duties; an upward duty carries its next due date from today. */
export async function dutyRows(ctx: HandlerContext, planId: number): Promise<ReportingDutyRow[]> {
  const plan = await requirePlan(ctx, planId);
  const today = ctx.today();
  return (await listReportingDuties(ctx.db, planId)).map((d) => {
    if (!d.upward || d.periodType === 'ad_hoc') return d;
    const next = [plan.year, plan.year + 1]
      .flatMap((y) => periodsOfDuty({ ...d, windowRule: d.windowRule }, y))
      .filter((p) => p.dueDate >= today)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
    return { ...d, nextDue: next ? { dueDate: next.dueDate, label: next.label } : null };
  });
}

async function dutyRow(ctx: HandlerContext, planId: number, dutyId: number) {
  return (await dutyRows(ctx, planId)).find((d) => d.id === dutyId)!;
}

async function targetEditOf(ctx: HandlerContext, planId: number, targetId: number): Promise<TargetEdit> {
  const t = (await listTargets(ctx.db, planId)).find((r) => r.id === targetId)!;
  return { ...t, agencyIds: t.agencies.map((a) => a.id) };
}

export const planTargetHandlers: HandlerGroup<
  | 'targets.create'
  | 'targets.update'
  | 'targets.delete'
  | 'targets.unitCounts'
  | 'targets.setUnitCount'
  | 'statistics.list'
  | 'statistics.create'
  | 'statistics.update'
  | 'statistics.requests'
  | 'statistics.setRequests'
  | 'reporting.duties'
  | 'duties.create'
  | 'duties.update'
  | 'duties.delete'
> = {
  'targets.create': async (input, ctx) => {
    await requirePlan(ctx, input.planId);
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
    await requirePlan(ctx, planId);
    return listUnitCounts(ctx.db, planId);
  },

  'targets.setUnitCount': async ({ planId, level, count }, ctx) => {
    await requirePlan(ctx, planId);
    await setUnitCount(ctx.db, planId, level, count);
    return listUnitCounts(ctx.db, planId);
  },

  'statistics.list': (input, { db }) => listStatistics(db, input.planId ?? null),

  'statistics.create': async (input, ctx) => {
    await requirePlan(ctx, input.planId);
    if (await getStatistic(ctx.db, input.code)) {
      throw new AppError('VALIDATION', `Mã: đã có chỉ số ${input.code}; hãy chọn mã khác.`, 'code');
    }
    await createStatistic(ctx.db, input.planId, input.code, await checkStatistic(ctx, input.planId, input));
    return statisticRow(await listStatistics(ctx.db, input.planId), input.code);
  },

  'statistics.update': async (input, ctx) => {
    await requirePlan(ctx, input.planId);
    const current = await getStatistic(ctx.db, input.code);
    if (!current) throw new AppError('NOT_FOUND', `Không có chỉ số ${input.code}.`, 'code');
    if (current.builtin) throw new AppError('VALIDATION', `Chỉ số ${input.code} có sẵn trong danh mục chung nên không sửa được.`, 'code');
    if (current.plan_id !== input.planId) throw new AppError('VALIDATION', `Chỉ số ${input.code} do kế hoạch khác tạo; hãy sửa ở kế hoạch đó.`, 'code');
    await updateStatistic(ctx.db, input.code, input.planId, await checkStatistic(ctx, input.planId, input));
    return statisticRow(await listStatistics(ctx.db, input.planId), input.code);
  },

  'statistics.requests': async ({ planId }, ctx) => {
    await requirePlan(ctx, planId);
    const catalogue = await listStatistics(ctx.db, planId);
    const stored = await listStatisticRequests(ctx.db, planId);
    // A statistic asked of an agency brings its "trong đó" parts.
    return [...stored.entries()].map(([agencyId, codes]) => ({
      agencyId,
      codes: catalogue.filter((s) => codes.includes(s.code) || (s.partOf !== null && codes.includes(s.partOf))).map((s) => s.code),
    }));
  },

  'statistics.setRequests': async ({ planId, agencyId, codes }, ctx) => {
    await requirePlan(ctx, planId);
    await checkAgencies(ctx, planId, [agencyId], 'agencyId');
    const catalogue = new Set((await listStatistics(ctx.db, planId)).map((s) => s.code));
    const unknown = codes.find((c) => !catalogue.has(c));
    if (unknown) throw new AppError('VALIDATION', `Các chỉ số: không có chỉ số "${unknown}" trong danh mục của kế hoạch.`, 'codes');
    await setStatisticRequests(ctx.db, planId, agencyId, codes);
    const all = await planTargetHandlers['statistics.requests']({ planId }, ctx);
    return all.find((r) => r.agencyId === agencyId) ?? { agencyId, codes: [] };
  },

  'reporting.duties': ({ planId }, ctx) => dutyRows(ctx, planId),

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
