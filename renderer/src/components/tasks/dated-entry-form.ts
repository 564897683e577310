// The values of the two task forms that record "on this date, this agency reported this" (marking a
// task completed, adding a progress update), their rule, and the requests built from them.
import type { MethodInput } from '../../../../shared/api/contract';

export interface DatedEntryValues {
  /** ISO date, null while empty (a typed text that is no day is not passed to the form). */
  date: string | null;
  text: string;
  /** The reporting agency's id as the Select holds it. */
  reportedBy: string | null;
}

/** What the completion's date says when left empty (the progress note's says DATE_MISSING). */
export const COMPLETION_DATE_MISSING = 'Chưa nhập ngày hoàn thành.';

/** API fields carried by an input of another name: a refusal's message goes under that input. */
export const DATED_ENTRY_ALIASES: Record<string, keyof DatedEntryValues> = {
  completionDate: 'date',
  reportedByAgencyId: 'reportedBy',
};

/** A fresh entry: the day given (today), the task's first lead agency as the reporter. */
export function datedEntryValues(date: string | null, leadAgencyId: number | undefined): DatedEntryValues {
  return { date, text: '', reportedBy: leadAgencyId ? String(leadAgencyId) : null };
}

/** The date's message: the typed text's ("Không có ngày 31/02/2022 …"), else `whenEmpty` when empty. */
export function datedEntryDateError(values: DatedEntryValues, typed: string | null | undefined, whenEmpty: string): string | null {
  return typed ?? (values.date ? null : whenEmpty);
}

const agencyOf = (v: DatedEntryValues) => (v.reportedBy ? Number(v.reportedBy) : null);

/** "Xác nhận hoàn thành": the result is optional, sent as null when blank. */
export function completionRequest(taskId: number, v: DatedEntryValues): MethodInput<'tasks.complete'> {
  return { taskId, completionDate: v.date!, text: v.text.trim() || null, reportedByAgencyId: agencyOf(v) };
}

/** "Thêm cập nhật": the text as typed (the API refuses a blank one, under the field). */
export function progressRequest(taskId: number, v: DatedEntryValues): MethodInput<'tasks.addProgress'> {
  return { taskId, date: v.date!, text: v.text, reportedByAgencyId: agencyOf(v) };
}
