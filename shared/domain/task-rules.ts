// Rules a task must satisfy before it is saved, with the Vietnamese message shown at the field.
// Checked by the handlers inside the transaction; the UI shows the message under the input.
import type { DeadlineKind, PeriodType } from './types';
import { formatDateVi } from '../dates/vietnamese-dates';
import { addDays, addYears, parseIsoDate } from '../dates/iso-date';

export interface TaskDraft {
  groupId: number;
  content: string;
  leadIds: number[];
  supportIds: number[];
  deadlineKind: DeadlineKind;
  deadline: string | null;
  periodType: PeriodType | null;
  deadlineText: string | null;
  expectedOutput: string | null;
  completionDate: string | null;
  note: string | null;
}

/** What a stored task holds of a draft's fields: the backend's row and the UI's detail both do. */
export interface TaskDraftSource extends Omit<TaskDraft, 'groupId' | 'leadIds' | 'supportIds'> {
  group: { id: number };
  lead: { id: number }[];
  support: { id: number }[];
}

/** A task's editable fields as a draft: what an edit starts from and what a bulk undo puts back. */
export function draftOfTask(t: TaskDraftSource): TaskDraft {
  return {
    groupId: t.group.id,
    content: t.content,
    leadIds: t.lead.map((a) => a.id),
    supportIds: t.support.map((a) => a.id),
    deadlineKind: t.deadlineKind,
    deadline: t.deadline,
    periodType: t.periodType,
    deadlineText: t.deadlineText,
    expectedOutput: t.expectedOutput,
    completionDate: t.completionDate,
    note: t.note,
  };
}

export interface RuleViolation {
  field: string;
  message: string;
}

export interface AgencyFacts {
  id: number;
  shortName: string;
  active: boolean;
}

export interface TaskRuleContext {
  today: string;
  /** Agencies taking part in the task's plan. */
  planAgencies: ReadonlyMap<number, AgencyFacts>;
  /** Agencies the task already had before this change (kept even when since deactivated). */
  previousAgencyIds?: ReadonlySet<number>;
  /** Group ids of the task's plan. */
  groupIds: ReadonlySet<number>;
}

function unique(ids: number[]): number[] {
  return [...new Set(ids)];
}

const blankToNull = (v: string | null | undefined): string | null => {
  const t = v?.trim() ?? '';
  return t === '' ? null : t;
};

/**
 * Puts a draft in its stored shape: trimmed texts, empty texts as null, no duplicate agencies, and
 * only the deadline fields that belong to the deadline kind (a date for 'date', a period type for
 * 'period', neither for 'ongoing').
 */
export function normaliseTaskDraft(d: TaskDraft): TaskDraft {
  return {
    groupId: d.groupId,
    content: d.content.trim(),
    leadIds: unique(d.leadIds),
    supportIds: unique(d.supportIds),
    deadlineKind: d.deadlineKind,
    deadline: d.deadlineKind === 'date' ? d.deadline : null,
    periodType: d.deadlineKind === 'period' ? d.periodType : null,
    deadlineText: blankToNull(d.deadlineText),
    expectedOutput: blankToNull(d.expectedOutput),
    completionDate: d.completionDate,
    note: blankToNull(d.note),
  };
}

/** The first rule the draft breaks, or null. Expects a normalised draft. */
export function checkTaskDraft(d: TaskDraft, ctx: TaskRuleContext): RuleViolation | null {
  if (!ctx.groupIds.has(d.groupId)) {
    return { field: 'groupId', message: 'Nhóm nhiệm vụ: nhóm này không thuộc kế hoạch.' };
  }
  if (d.content === '') return { field: 'content', message: 'Nội dung: chưa được nhập.' };
  if (d.deadlineKind === 'date' && !d.deadline) {
    return { field: 'deadline', message: 'Thời hạn: chưa nhập ngày. Với thời hạn theo ngày, hãy nhập ngày (dd/mm/yyyy).' };
  }
  if (d.deadline && !parseIsoDate(d.deadline)) {
    return { field: 'deadline', message: 'Thời hạn: phải là một ngày có thật từ 01/01/1900 đến 31/12/2999.' };
  }
  if (d.deadlineKind === 'period' && !d.periodType) {
    return { field: 'periodType', message: 'Kỳ báo cáo: chưa chọn kỳ cho nhiệm vụ thực hiện theo kỳ báo cáo.' };
  }
  if (d.completionDate && d.completionDate > ctx.today) {
    return {
      field: 'completionDate',
      message: `Ngày hoàn thành: không được sau ngày hôm nay (${formatDateVi(ctx.today)}).`,
    };
  }
  for (const [field, label, ids] of [
    ['leadIds', 'Cơ quan chủ trì', d.leadIds],
    ['supportIds', 'Cơ quan phối hợp', d.supportIds],
  ] as const) {
    for (const agencyId of ids) {
      const agency = ctx.planAgencies.get(agencyId);
      if (!agency) return { field, message: `${label}: có cơ quan không tham gia kế hoạch này.` };
      if (!agency.active && !ctx.previousAgencyIds?.has(agencyId)) {
        return { field, message: `${label}: ${agency.shortName} đã ngừng hoạt động, không giao thêm nhiệm vụ.` };
      }
    }
  }
  const both = d.supportIds.find((a) => d.leadIds.includes(a));
  if (both !== undefined) {
    const name = ctx.planAgencies.get(both)?.shortName ?? 'Một cơ quan';
    return { field: 'supportIds', message: `Cơ quan phối hợp: ${name} đã là cơ quan chủ trì của nhiệm vụ này.` };
  }
  return null;
}

/** A progress note: a real day not after today, and some text. */
export function checkProgress(p: { date: string; text: string }, today: string): RuleViolation | null {
  if (!parseIsoDate(p.date)) return { field: 'date', message: 'Ngày: không phải ngày có thật.' };
  if (p.date > today) return { field: 'date', message: `Ngày: không được sau ngày hôm nay (${formatDateVi(today)}).` };
  if (p.text.trim() === '') return { field: 'text', message: 'Nội dung cập nhật: chưa được nhập.' };
  return null;
}

/** A task's dated deadline moved by whole days (bulk "move deadline"). */
export function shiftDeadline(deadline: string, days: number): string {
  return addDays(deadline, days);
}

/** A date moved to the same day in a later plan year (29/02 becomes 28/02). */
export function moveToYear(iso: string, years: number): string {
  return addYears(iso, years);
}
