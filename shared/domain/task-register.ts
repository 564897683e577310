// A per-period reporting task (V.2.3: Công an tỉnh reports 6-monthly and yearly) is done for a period
// when the register has its lead agencies' reports for that period: its status follows the register.
// Pure: the database gives the expected reports of the plan's periodic (not ad-hoc) periods.

export interface PeriodReport {
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
