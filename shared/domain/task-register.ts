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
  const own = reports.filter((r) => leadIds.includes(r.agencyId) && !r.exempt);
  if (own.length === 0) return null;
  const dueDates = [...new Set(own.map((r) => r.dueDate))].sort();
  for (const due of dueDates) {
    if (own.some((r) => r.dueDate === due && r.arrivalDate === null)) return { owedBy: due };
  }
  const arrivals = own.map((r) => r.arrivalDate!).sort();
  return { doneOn: arrivals[arrivals.length - 1]!, lastDue: dueDates[dueDates.length - 1]! };
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
