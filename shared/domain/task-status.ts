// The official status buckets of Vietnamese government task statistics, derived from a task's
// deadline, its completion date and today. Never stored: always computed here.
import type { DeadlineKind } from './types';
import { daysBetween, isIsoDate } from '../dates/iso-date';

export const TASK_STATUSES = [
  'done_on_time', // Đã hoàn thành đúng hạn
  'done_late', // Đã hoàn thành quá hạn
  'open_on_time', // Chưa hoàn thành, trong hạn
  'open_overdue', // Chưa hoàn thành, quá hạn
  'ongoing', // Thường xuyên (không có hạn cụ thể)
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface TaskTiming {
  deadlineKind: DeadlineKind;
  /** ISO date, for deadlineKind 'date'. */
  deadline: string | null;
  /** ISO date the task was completed, or null. */
  completionDate: string | null;
}

export interface TaskStatusResult {
  status: TaskStatus;
  /** The deadline the status was judged against (for per-period tasks: the period's due date). */
  effectiveDeadline: string | null;
  /** Days left until the effective deadline (negative when overdue); null without a deadline. */
  daysLeft: number | null;
  /** Open, in time, and due within the warning window. */
  dueSoon: boolean;
}

/**
 * The deadline a per-period task is judged against: the first period due date on or after the
 * reference day (completion day, or today when open); after the last one, the last one.
 */
export function periodDeadline(periodDueDates: string[], reference: string): string | null {
  const sorted = isSorted(periodDueDates) ? periodDueDates : [...periodDueDates].sort();
  return sorted.find((d) => d >= reference) ?? sorted[sorted.length - 1] ?? null;
}

function isSorted(dates: readonly string[]): boolean {
  for (let i = 1; i < dates.length; i++) if (dates[i - 1]! > dates[i]!) return false;
  return true;
}

export function taskStatus(
  task: TaskTiming,
  today: string,
  options: { dueSoonDays: number; periodDueDates?: string[] },
): TaskStatusResult {
  const reference = task.completionDate ?? today;
  const deadline =
    task.deadlineKind === 'date'
      ? task.deadline
      : task.deadlineKind === 'period'
        ? periodDeadline(options.periodDueDates ?? [], reference)
        : null;

  if (deadline === null) {
    // Ongoing work (thường xuyên): done when a completion date is recorded, never late.
    return {
      status: task.completionDate ? 'done_on_time' : 'ongoing',
      effectiveDeadline: null,
      daysLeft: null,
      dueSoon: false,
    };
  }
  if (!isIsoDate(deadline) || (task.completionDate !== null && !isIsoDate(task.completionDate))) {
    // A stored date this app cannot read (another program wrote it): judged by its text, no day count,
    // so the lists that show the task still open and show the value marked as not valid.
    const status: TaskStatus = task.completionDate
      ? task.completionDate <= deadline ? 'done_on_time' : 'done_late'
      : deadline >= today ? 'open_on_time' : 'open_overdue';
    return { status, effectiveDeadline: deadline, daysLeft: null, dueSoon: false };
  }
  if (task.completionDate) {
    return {
      status: task.completionDate <= deadline ? 'done_on_time' : 'done_late',
      effectiveDeadline: deadline,
      daysLeft: null,
      dueSoon: false,
    };
  }
  const daysLeft = daysBetween(today, deadline);
  // Work is still in time on the deadline day itself.
  const status: TaskStatus = daysLeft >= 0 ? 'open_on_time' : 'open_overdue';
  return {
    status,
    effectiveDeadline: deadline,
    daysLeft,
    dueSoon: status === 'open_on_time' && daysLeft <= options.dueSoonDays,
  };
}
