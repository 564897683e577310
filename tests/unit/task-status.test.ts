import { describe, expect, it } from 'vitest';
import { taskStatus } from '../../shared/domain/task-status';

const opts = { dueSoonDays: 7 };
const dated = (deadline: string, completionDate: string | null = null) =>
  ({ deadlineKind: 'date', deadline, completionDate }) as const;

describe('task status buckets', () => {
  it('completed on the deadline day is on time; a day later is late', () => {
    expect(taskStatus(dated('2022-06-15', '2022-06-15'), '2022-07-01', opts).status).toBe('done_on_time');
    expect(taskStatus(dated('2022-06-15', '2022-06-16'), '2022-07-01', opts).status).toBe('done_late');
  });
  it('open with the deadline today is still in time, and due soon', () => {
    const r = taskStatus(dated('2022-06-15'), '2022-06-15', opts);
    expect(r.status).toBe('open_on_time');
    expect(r.daysLeft).toBe(0);
    expect(r.dueSoon).toBe(true);
  });
  it('open the day after the deadline is overdue', () => {
    const r = taskStatus(dated('2022-06-15'), '2022-06-16', opts);
    expect(r.status).toBe('open_overdue');
    expect(r.daysLeft).toBe(-1);
    expect(r.dueSoon).toBe(false);
  });
  it('due soon only within the warning window', () => {
    expect(taskStatus(dated('2022-06-15'), '2022-06-08', opts).dueSoon).toBe(true);
    expect(taskStatus(dated('2022-06-15'), '2022-06-07', opts).dueSoon).toBe(false);
  });
  it('ongoing tasks have no deadline and are never late', () => {
    const open = taskStatus({ deadlineKind: 'ongoing', deadline: null, completionDate: null }, '2030-01-01', opts);
    expect(open).toEqual({ status: 'ongoing', effectiveDeadline: null, daysLeft: null, dueSoon: false });
  });
  it('a per-period task is due at each period, across the year boundary', () => {
    const task = { deadlineKind: 'period', deadline: null, completionDate: null } as const;
    const dues = ['2022-06-15', '2022-12-15', '2023-06-15'];
    expect(taskStatus(task, '2022-06-10', { ...opts, periodDueDates: dues }).effectiveDeadline).toBe('2022-06-15');
    expect(taskStatus(task, '2022-06-16', { ...opts, periodDueDates: dues }).effectiveDeadline).toBe('2022-12-15');
    expect(taskStatus(task, '2022-12-20', { ...opts, periodDueDates: dues }).effectiveDeadline).toBe('2023-06-15');
    // After the last period, it stays judged against the last one: overdue.
    expect(taskStatus(task, '2023-07-01', { ...opts, periodDueDates: dues }).status).toBe('open_overdue');
  });
});
