// Rules for the reviewed plan before it is saved, and for taking it as another year's plan. Pure.
import type { PlanDataset } from '../domain/plan-dataset';
import { copiedDeadline, moveYearInText } from '../domain/plan-copy';

export interface ReviewProblem {
  message: string;
  /** Dotted path of the field at fault, e.g. "dataset.tasks.3.lead". */
  field: string;
}

/** The first thing that stops the reviewed plan from being saved, in Vietnamese; null when it may be saved. */
export function checkReviewedPlan(ds: PlanDataset): ReviewProblem | null {
  const agencies = new Set<string>();
  for (const [i, a] of ds.agencies.entries()) {
    if (agencies.has(a.code)) return { message: `Cơ quan "${a.name}": mã ${a.code} bị trùng.`, field: `dataset.agencies.${i}.code` };
    agencies.add(a.code);
  }
  const groups = new Set<string>();
  for (const [i, g] of ds.taskGroups.entries()) {
    if (groups.has(g.code)) return { message: `Nhóm nhiệm vụ ${g.code}: mã bị trùng.`, field: `dataset.taskGroups.${i}.code` };
    groups.add(g.code);
  }
  if (!agencies.has(ds.plan.standingAgency)) {
    return { message: 'Cơ quan thường trực: hãy chọn cơ quan nhận báo cáo.', field: 'dataset.plan.standingAgency' };
  }
  const taskCodes = new Set<string>();
  for (const [i, t] of ds.tasks.entries()) {
    const at = `Nhiệm vụ ${t.code}`;
    if (taskCodes.has(t.code)) return { message: `${at}: mã bị trùng.`, field: `dataset.tasks.${i}.code` };
    taskCodes.add(t.code);
    if (!groups.has(t.group)) return { message: `${at}: nhóm ${t.group} không có trong kế hoạch.`, field: `dataset.tasks.${i}.group` };
    for (const c of [...t.lead, ...t.support]) {
      if (!agencies.has(c)) return { message: `${at}: cơ quan ${c} không có trong danh sách cơ quan của kế hoạch.`, field: `dataset.tasks.${i}.lead` };
    }
    if (t.deadlineKind === 'date' && !t.deadline) return { message: `${at}: hãy nhập ngày của thời hạn (dd/mm/yyyy).`, field: `dataset.tasks.${i}.deadline` };
    if (t.deadlineKind === 'period' && !t.periodType) return { message: `${at}: hãy chọn kỳ báo cáo của thời hạn.`, field: `dataset.tasks.${i}.periodType` };
  }
  const seenLinks = new Set<string>();
  for (const [i, l] of (ds.taskLinks ?? []).entries()) {
    const at = `Liên kết "theo mục V" của nhiệm vụ ${l.task}`;
    if (!taskCodes.has(l.task)) return { message: `${at}: nhiệm vụ ${l.task} không có trong kế hoạch.`, field: `dataset.taskLinks.${i}.task` };
    if (!taskCodes.has(l.duty)) return { message: `${at}: nhiệm vụ ${l.duty} không có trong kế hoạch.`, field: `dataset.taskLinks.${i}.duty` };
    if (l.task === l.duty) return { message: `${at}: nhiệm vụ không thể liên kết với chính nó.`, field: `dataset.taskLinks.${i}.duty` };
    if (seenLinks.has(`${l.task}>${l.duty}`)) return { message: `${at}: liên kết với ${l.duty} bị trùng.`, field: `dataset.taskLinks.${i}.duty` };
    seenLinks.add(`${l.task}>${l.duty}`);
  }
  const targetCodes = new Set<string>();
  for (const [i, t] of ds.targets.entries()) {
    const at = `Chỉ tiêu ${t.code}`;
    if (targetCodes.has(t.code)) return { message: `${at}: mã bị trùng.`, field: `dataset.targets.${i}.code` };
    targetCodes.add(t.code);
    if (t.kind !== 'qualitative' && (t.value === undefined || !Number.isFinite(t.value))) {
      return { message: `${at}: hãy nhập giá trị của chỉ tiêu (hoặc chọn "định tính").`, field: `dataset.targets.${i}.value` };
    }
    if (t.kind === 'percent' && t.value !== undefined && t.value > 100) return { message: `${at}: tỷ lệ không quá 100%.`, field: `dataset.targets.${i}.value` };
    for (const c of t.agencies) if (!agencies.has(c)) return { message: `${at}: cơ quan ${c} không có trong danh sách cơ quan của kế hoạch.`, field: `dataset.targets.${i}.agencies` };
  }
  for (const [i, d] of ds.reportingDuties.entries()) {
    if (d.upward && !d.recipientText?.trim()) return { message: `${d.title}: hãy ghi nơi nhận báo cáo.`, field: `dataset.reportingDuties.${i}.recipientText` };
    if (!d.upward && !d.recipient) return { message: `${d.title}: hãy chọn cơ quan nhận báo cáo.`, field: `dataset.reportingDuties.${i}.recipient` };
    for (const c of [...(d.upward ? [] : [d.recipient]), ...d.obliged]) {
      if (!agencies.has(c)) return { message: `${d.title}: cơ quan ${c} không có trong danh sách cơ quan của kế hoạch.`, field: `dataset.reportingDuties.${i}` };
    }
    if ((d.dueMonth === null) !== (d.dueDay === null)) return { message: `${d.title}: hạn gửi cần cả ngày và tháng.`, field: `dataset.reportingDuties.${i}.dueDay` };
  }
  return null;
}

/**
 * The plan taken as another year's plan, by the rules of a plan copy (shared/domain/plan-copy.ts):
 * deadlines move by the difference in years unless they belong to a longer programme; the title, the
 * date line and deadline wording change their year only where it is the only year named. The task and
 * target wording keeps the words of the file; the number and date of issue are left for the văn thư.
 */
export function asYear(ds: PlanDataset, toYear: number): PlanDataset {
  const from = ds.plan.year;
  if (toYear === from) return ds;
  return {
    ...ds,
    plan: {
      ...ds.plan,
      year: toYear,
      number: null,
      issuedDate: null,
      title: moveYearInText(ds.plan.title, from, toYear),
      issuedDateText: moveYearInText(ds.plan.issuedDateText, from, toYear),
    },
    tasks: ds.tasks.map((t) => ({
      ...t,
      ...(t.deadline ? { deadline: copiedDeadline(t.deadline, from, toYear).date ?? t.deadline } : {}),
      ...(t.deadlineText ? { deadlineText: moveYearInText(t.deadlineText, from, toYear) } : {}),
    })),
  };
}
