// A per-period reporting task (V.2.3: Công an tỉnh reports 6-monthly and yearly) is done for a period
// when the register has its lead agencies' reports for that period: its status follows the register.
// Pure: the database gives the expected reports of the plan's periodic (not ad-hoc) periods.

import type { CompletionRecord, TaskPeriod } from './task-parts';

export interface PeriodReport {
  /** The period, keyed as a task's part is: "2022-six_month-1". */
  periodKey: string;
  dueDate: string;
  agencyId: number;
  /** Arrival date of the received report; null while missing. */
  arrivalDate: string | null;
  exempt: boolean;
}

/**
 * For a task led by `leadIds`: null when none of its leads owes a periodic report (the task is then
 * judged on the plan's due dates as before). Otherwise the earliest due date a lead still owes a
 * report for (`owedBy`), or, when every period is reported, `doneOn`: the day the last report came and
 * `lastDue` the last due date.
 */
export function registerTiming(
  leadIds: number[],
  reports: PeriodReport[],
): { owedBy: string } | { doneOn: string; lastDue: string } | null {
  // One pass (ISO dates compare as strings): the earliest due date still owed, else the last arrival
  // and the last due date. Sorting copies of the dates for each task of a 3,000-task list allocated
  // close to a megabyte a call.
  let owedBy: string | null = null;
  let lastDue: string | null = null;
  let doneOn: string | null = null;
  for (const r of reports) {
    if (r.exempt || !leadIds.includes(r.agencyId)) continue;
    if (lastDue === null || r.dueDate > lastDue) lastDue = r.dueDate;
    if (r.arrivalDate === null) {
      if (owedBy === null || r.dueDate < owedBy) owedBy = r.dueDate;
    } else if (doneOn === null || r.arrivalDate > doneOn) {
      doneOn = r.arrivalDate;
    }
  }
  if (lastDue === null) return null;
  return owedBy !== null ? { owedBy } : { doneOn: doneOn!, lastDue };
}

/**
 * The parts of a per-period task that the register completes: a lead agency's report received for the
 * part's period completes that part for it, on the arrival date (for a single lead, the part itself;
 * a task with one period only is completed as a whole). Derived, never stored.
 */
export function registerCompletions(leadIds: number[], reports: PeriodReport[], periods: TaskPeriod[], recurring: boolean): CompletionRecord[] {
  const shared = leadIds.length >= 2;
  const out: CompletionRecord[] = [];
  const parts = recurring ? periods : periods.slice(0, 1);
  for (const p of parts) {
    for (const r of reports) {
      if (r.periodKey !== p.key || r.exempt || r.arrivalDate === null || !leadIds.includes(r.agencyId)) continue;
      out.push({ periodKey: recurring ? p.key : '', agencyId: shared ? r.agencyId : null, date: r.arrivalDate, fromRegister: true });
    }
  }
  return out;
}

/** The clerk's own records, then the register's for the parts (and lead agencies) the clerk has not recorded. */
export function withRegister(stored: CompletionRecord[], fromRegister: CompletionRecord[]): CompletionRecord[] {
  const has = (r: CompletionRecord) => stored.some((s) => s.periodKey === r.periodKey && s.agencyId === r.agencyId);
  return [...stored, ...fromRegister.filter((r) => !has(r))];
}
