// "Việc tuần này" on Tổng quan: the reports and tasks that fall due in the coming week, and those
// already overdue, across the plans still being worked on. Derived from the register and the tasks'
// status, never stored.
//
// The week is today and the six days after it (seven days, today included). An item is
//   - overdue ("Quá hạn") when it is not done and its last day passed before today;
//   - due this week ("Đến hạn trong 7 ngày tới") when it is not done and its last day is in the week;
//   - not listed otherwise (done, no deadline, or due later).
// A report's last day is its last day on time (lastOnTimeDay: "trước ngày 15/6" read as the register
// reads it); a task's is its effective deadline (for a per-period task, the period it stands at).
// Plans still being worked on: this year's, last year's (its annual report falls due in the new
// year) and any later one; an old plan's leftovers do not fill the week for ever. Only the plans of
// the province of the plan on screen: a secretariat's week is its own province's work, and another
// province's plan in the same database (the built-in example, a plan kept for reference) is not.
import { addDays, daysBetween } from '../dates/iso-date';

export const WEEK_DAYS = 7;

export type AgendaWhen = 'overdue' | 'this_week';

/** The last day of the week that starts today (today + 6). */
export function weekEnd(today: string): string {
  return addDays(today, WEEK_DAYS - 1);
}

/** Where an item stands this week, or null when it is not for this week's list. */
export function agendaWhen(lastDay: string | null, done: boolean, today: string): AgendaWhen | null {
  if (done || lastDay === null) return null;
  if (lastDay < today) return 'overdue';
  if (lastDay <= weekEnd(today)) return 'this_week';
  return null;
}

/** Days from today to the last day: negative when overdue, 0 when today is the last day. */
export function daysToLastDay(lastDay: string, today: string): number {
  return daysBetween(today, lastDay);
}

/** The plans whose work belongs on this week's list (see the header). */
export function agendaPlanYears(todayYear: number): (year: number) => boolean {
  return (year) => year >= todayYear - 1;
}

/** Whether a plan's work belongs on the week's list seen from the plan on screen (see the header). */
export function onAgenda(plan: { year: number; localityId: number | null }, onScreen: { localityId: number | null }, todayYear: number): boolean {
  return agendaPlanYears(todayYear)(plan.year) && plan.localityId === onScreen.localityId;
}

export interface AgendaSortable {
  when: AgendaWhen;
  lastDay: string;
  label: string;
}

/** Overdue first, the longest overdue at the top; then the week in date order; then by label. */
export function sortAgenda<T extends AgendaSortable>(items: T[]): T[] {
  const rank = (w: AgendaWhen) => (w === 'overdue' ? 0 : 1);
  return [...items].sort(
    (a, b) => rank(a.when) - rank(b.when) || a.lastDay.localeCompare(b.lastDay) || a.label.localeCompare(b.label, 'vi'),
  );
}

/** "Quá hạn 16 ngày", "Hết hạn hôm nay", "Còn 3 ngày". */
export function agendaDaysText(lastDay: string, today: string): string {
  const d = daysToLastDay(lastDay, today);
  if (d < 0) return `Quá hạn ${-d} ngày`;
  if (d === 0) return 'Hết hạn hôm nay';
  return `Còn ${d} ngày`;
}
