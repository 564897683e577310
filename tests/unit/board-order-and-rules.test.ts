// The task board's orders and search details, the task and progress rules' messages, the wording of
// periods and of a report's state: each expected value written out by hand.
import { describe, expect, it } from 'vitest';
import type { TaskRow } from '../../shared/api/models';
import { taskRow } from '../helpers/task-row';
import {
  TaskSearchIndex,
  describeDaysLeft,
  filterTasks,
  hasRole,
  matchesStatus,
  queryWords,
  sortTasks,
  taskSearchText,
} from '../../shared/domain/task-filter';
import { checkProgress, checkTaskDraft, moveToYear, normaliseTaskDraft, shiftDeadline, type TaskDraft } from '../../shared/domain/task-rules';
import { periodDeadline, taskStatus } from '../../shared/domain/task-status';
import { dataWindow, periodDueText, periodLabel } from '../../shared/domain/periods';
import { complianceSummary, currentPeriod, lastDayText, reportStatus, reportStatusText } from '../../shared/domain/report-status';

const police = { id: 2, shortName: 'Công an tỉnh', kind: 'police' as const };
const health = { id: 3, shortName: 'Sở Y tế', kind: 'provincial_department' as const };
const anGiang = { id: 4, shortName: 'Ân Thi', kind: 'other' as const };

const task = taskRow;

describe('the task board’s orders', () => {
  const noDate1 = task({ code: 'A.1' });
  const late = task({ code: 'A.2', effectiveDeadline: '2022-06-15', status: 'open_overdue', daysLeft: -16 });
  const noDate2 = task({ code: 'A.3' });
  const soon = task({ code: 'A.4', effectiveDeadline: '2022-07-05', status: 'open_on_time', daysLeft: 4, dueSoon: true });
  const early = task({ code: 'A.5', effectiveDeadline: '2022-03-31', status: 'done_on_time' });
  const sameDay = task({ code: 'A.6', effectiveDeadline: '2022-06-15', status: 'done_late' });
  const list = [noDate1, late, noDate2, soon, early, sameDay];
  const codes = (ts: TaskRow[]) => ts.map((t) => t.code);

  it('by deadline: earliest first, the same day in plan order, tasks without a deadline last in plan order', () => {
    expect(codes(sortTasks(list, 'deadline'))).toEqual(['A.5', 'A.2', 'A.6', 'A.4', 'A.1', 'A.3']);
    expect(codes(sortTasks([noDate1, early], 'deadline'))).toEqual(['A.5', 'A.1']);
  });

  it('by urgency: overdue, due soon, then by status bucket; plan order keeps ties', () => {
    // overdue A.2 (0), due soon A.4 (1), ongoing A.1 and A.3 (3), done late A.6 (4), done on time A.5 (5).
    expect(codes(sortTasks(list, 'status'))).toEqual(['A.2', 'A.4', 'A.1', 'A.3', 'A.6', 'A.5']);
  });

  it('in plan order: as given, whatever the codes', () => {
    expect(codes(sortTasks([noDate2, noDate1, late], 'plan'))).toEqual(['A.3', 'A.1', 'A.2']);
  });

  it('by lead agency: Vietnamese alphabetical order, tasks without a lead last, same lead in plan order', () => {
    const t1 = task({ code: 'L.1', lead: [police] });
    const t2 = task({ code: 'L.2' });
    const t3 = task({ code: 'L.3', lead: [health] });
    const t4 = task({ code: 'L.4', lead: [police] });
    const t5 = task({ code: 'L.5', lead: [anGiang] });
    // Ân (A with a circumflex) sorts before Công; Công before Sở.
    expect(codes(sortTasks([t2, t1, t3, t4, t5], 'lead'))).toEqual(['L.5', 'L.1', 'L.4', 'L.3', 'L.2']);
    expect(codes(sortTasks([t1, t2], 'lead'))).toEqual(['L.1', 'L.2']);
    // Names that sort after the letters of "undefined" still come before a task without a lead.
    const ub = task({ code: 'L.6', lead: [{ id: 9, shortName: 'Ủy ban nhân dân tỉnh', kind: 'provincial_pc' as const }] });
    const vp = task({ code: 'L.7', lead: [{ id: 10, shortName: 'Văn phòng UBND tỉnh', kind: 'other' as const }] });
    expect(codes(sortTasks([t2, vp, ub], 'lead'))).toEqual(['L.6', 'L.7', 'L.2']);
    expect(codes(sortTasks([vp, t2, ub], 'lead'))).toEqual(['L.6', 'L.7', 'L.2']);
  });

  it('by code and by content, in Vietnamese order with numbers as numbers', () => {
    const c10 = task({ code: 'III.1.a.10', content: 'Đào tạo' });
    const c2 = task({ code: 'III.1.a.2', content: 'Dạy nghề' });
    expect(codes(sortTasks([c10, c2], 'code'))).toEqual(['III.1.a.2', 'III.1.a.10']);
    expect(codes(sortTasks([c10, c2], 'content'))).toEqual(['III.1.a.2', 'III.1.a.10']); // D before Đ
  });

  it('days left read only for open tasks with a deadline', () => {
    expect(describeDaysLeft({ daysLeft: -16, status: 'open_overdue' })).toBe('Quá hạn 16 ngày');
    expect(describeDaysLeft({ daysLeft: 0, status: 'open_on_time' })).toBe('Đến hạn hôm nay');
    expect(describeDaysLeft({ daysLeft: 3, status: 'open_on_time' })).toBe('Còn 3 ngày');
    expect(describeDaysLeft({ daysLeft: 3, status: 'done_on_time' })).toBeNull();
    expect(describeDaysLeft({ daysLeft: -2, status: 'done_late' })).toBeNull();
    expect(describeDaysLeft({ daysLeft: null, status: 'open_on_time' })).toBeNull();
  });
});

describe('search details', () => {
  it('the searched text: code, content, group, agencies, shared responsibility, output and deadline wording, blanks for none', () => {
    const t = task({ code: 'V.1', content: 'Nội dung', group: { id: 1, code: 'V', title: 'Nhóm V' }, lead: [police], support: [health] });
    expect(taskSearchText(t)).toBe('V.1 Nội dung Nhóm V Công an tỉnh Sở Y tế   ');
    expect(taskSearchText({ ...t, expectedOutput: 'Báo cáo', deadlineText: 'Quý II' })).toBe('V.1 Nội dung Nhóm V Công an tỉnh Sở Y tế  Báo cáo Quý II');
    expect(taskSearchText({ ...t, sharedResponsibility: 'Chung: thành viên BCĐ 138' })).toBe('V.1 Nội dung Nhóm V Công an tỉnh Sở Y tế Chung: thành viên BCĐ 138  ');
  });

  it('query words: folded, split at anything but letters, digits and dots', () => {
    expect(queryWords('Công-an, tỉnh  V.2')).toEqual(['cong', 'an', 'tinh', 'v.2']);
    expect(queryWords(' , ')).toEqual([]);
  });

  it('an empty query matches every task; an unknown task matches nothing', () => {
    const t = task({ content: 'Kiểm tra' });
    const index = new TaskSearchIndex([t]);
    expect(index.matches(t.id, '  ')).toBe(true);
    expect(index.matches(999, 'kiem')).toBe(false);
  });

  it('a search with punctuation between words still finds the task; words must begin a word', () => {
    const t = task({ content: 'Kiểm tra, xử lý vi phạm' });
    expect(filterTasks([t], { query: 'kiem-tra' })).toHaveLength(1);
    expect(filterTasks([t], { query: 'iem' })).toHaveLength(0);
    expect(filterTasks([t], { query: 'tra,xu' })).toHaveLength(1);
  });

  it('roles: lead, support, either (the default)', () => {
    const t = task({ lead: [police], support: [health] });
    expect(hasRole(t, health.id)).toBe(true);
    expect(hasRole(t, health.id, 'lead')).toBe(false);
    expect(hasRole(t, health.id, 'support')).toBe(true);
    expect(hasRole(t, police.id, 'support')).toBe(false);
    expect(hasRole(t, anGiang.id)).toBe(false);
  });

  it('statuses: none chosen is every status; "due soon" picks due-soon tasks', () => {
    expect(matchesStatus({ status: 'ongoing', dueSoon: false }, [])).toBe(true);
    expect(matchesStatus({ status: 'ongoing', dueSoon: false }, undefined)).toBe(true);
    expect(matchesStatus({ status: 'open_on_time', dueSoon: true }, ['due_soon'])).toBe(true);
    expect(matchesStatus({ status: 'open_on_time', dueSoon: false }, ['due_soon'])).toBe(false);
  });
});

describe('task rules: messages name the field', () => {
  const draft: TaskDraft = {
    groupId: 1,
    content: 'Nội dung',
    leadIds: [2],
    supportIds: [],
    deadlineKind: 'date',
    deadline: '2022-06-30',
    periodType: null,
    deadlineText: null,
    expectedOutput: null,
    completionDate: null,
    note: null,
  };
  const ctx = {
    today: '2022-07-01',
    planAgencies: new Map([[2, { id: 2, shortName: 'Công an tỉnh', active: true }]]),
    groupIds: new Set([1]),
  };

  it('the stored shape: trimmed texts, blanks as null, the period type kept for a per-period task', () => {
    const n = normaliseTaskDraft({ ...draft, deadlineKind: 'period', periodType: 'six_month', note: '  ghi chú ', deadlineText: '   ', expectedOutput: 'Báo cáo' });
    expect(n).toMatchObject({ deadline: null, periodType: 'six_month', note: 'ghi chú', deadlineText: null, expectedOutput: 'Báo cáo' });
    expect(normaliseTaskDraft({ ...draft, periodType: 'annual' }).periodType).toBeNull();
    // Texts not given stay null (not an empty or placeholder text).
    expect(normaliseTaskDraft({ ...draft, leadIds: [2, 2], supportIds: [3, 3], content: ' Nội dung ' })).toEqual({ ...draft, supportIds: [3] });
  });

  it('each refusal’s message', () => {
    expect(checkTaskDraft({ ...draft, groupId: 9 }, ctx)).toEqual({ field: 'groupId', message: 'Nhóm nhiệm vụ: nhóm này không thuộc kế hoạch.' });
    expect(checkTaskDraft({ ...draft, deadline: null }, ctx)).toEqual({
      field: 'deadline',
      message: 'Thời hạn: chưa nhập ngày. Với thời hạn theo ngày, hãy nhập ngày (dd/mm/yyyy).',
    });
    expect(checkTaskDraft({ ...draft, deadlineKind: 'period', deadline: null }, ctx)).toEqual({
      field: 'periodType',
      message: 'Kỳ báo cáo: chưa chọn kỳ cho nhiệm vụ thực hiện theo kỳ báo cáo.',
    });
    expect(checkTaskDraft({ ...draft, supportIds: [7] }, ctx)).toEqual({ field: 'supportIds', message: 'Cơ quan phối hợp: có cơ quan không tham gia kế hoạch này.' });
    expect(checkTaskDraft(draft, ctx)).toBeNull();
  });

  it('a progress note: a real day, not after today, with text', () => {
    expect(checkProgress({ date: '2022-02-30', text: 'x' }, '2022-07-01')).toEqual({ field: 'date', message: 'Ngày: không phải ngày có thật.' });
    expect(checkProgress({ date: '2022-07-02', text: 'x' }, '2022-07-01')).toEqual({ field: 'date', message: 'Ngày: không được sau ngày hôm nay (01/07/2022).' });
    expect(checkProgress({ date: '2022-07-01', text: '  ' }, '2022-07-01')).toEqual({ field: 'text', message: 'Nội dung cập nhật: chưa được nhập.' });
    expect(checkProgress({ date: '2022-07-01', text: 'Đã họp' }, '2022-07-01')).toBeNull();
  });

  it('bulk moves: a deadline by days, a date to a later year', () => {
    expect(shiftDeadline('2022-06-25', 10)).toBe('2022-07-05');
    expect(shiftDeadline('2022-06-25', -30)).toBe('2022-05-26');
    expect(moveToYear('2024-02-29', 1)).toBe('2025-02-28');
  });
});

describe('task status details', () => {
  it('a per-period task without periods has no deadline; a completed ongoing task is done on time', () => {
    const period = { deadlineKind: 'period', deadline: null, completionDate: null } as const;
    expect(taskStatus(period, '2022-07-01', { dueSoonDays: 7 })).toEqual({ status: 'ongoing', effectiveDeadline: null, daysLeft: null, dueSoon: false });
    expect(taskStatus({ ...period, deadlineKind: 'ongoing', completionDate: '2022-05-01' }, '2022-07-01', { dueSoonDays: 7 }).status).toBe('done_on_time');
    // A completed task is never "due soon", even completed the day before its deadline.
    const dated = { deadlineKind: 'date', deadline: '2022-07-02', completionDate: '2022-07-01' } as const;
    expect(taskStatus(dated, '2022-07-01', { dueSoonDays: 7 })).toEqual({ status: 'done_on_time', effectiveDeadline: '2022-07-02', daysLeft: null, dueSoon: false });
  });
  it('an ongoing task stays ongoing even when period dates are given', () => {
    const ongoing = { deadlineKind: 'ongoing', deadline: null, completionDate: null } as const;
    expect(taskStatus(ongoing, '2022-07-01', { dueSoonDays: 7, periodDueDates: ['2022-12-15'] }).status).toBe('ongoing');
  });
  it('period dates given in any order', () => {
    expect(periodDeadline(['2022-12-15', '2022-06-15'], '2022-06-10')).toBe('2022-06-15');
    expect(periodDeadline(['2022-12-15', '2022-06-15'], '2023-01-10')).toBe('2022-12-15');
    expect(periodDeadline([], '2022-06-10')).toBeNull();
  });
});

describe('periods and report states as they read', () => {
  it('labels of every kind of period', () => {
    expect(periodLabel('nine_month', 2022)).toBe('9 tháng năm 2022');
    expect(periodLabel('month', 2022, 3)).toBe('tháng 3 năm 2022');
    expect(periodLabel('ad_hoc', 2022)).toBe('đột xuất năm 2022');
    expect(['I', 'II', 'III', 'IV'].map((_, i) => periodLabel('quarter', 2022, i + 1))).toEqual([
      'quý I năm 2022',
      'quý II năm 2022',
      'quý III năm 2022',
      'quý IV năm 2022',
    ]);
  });

  it('February’s window starts 15 January of the same year; an ad-hoc report has no fixed window', () => {
    expect(dataWindow('month', 2023, 2)).toEqual({ from: '2023-01-15', to: '2023-02-14' });
    expect(dataWindow('month', 2023, 12)).toEqual({ from: '2023-11-15', to: '2023-12-14' });
    expect(() => dataWindow('ad_hoc', 2023)).toThrow('Báo cáo đột xuất không có kỳ số liệu cố định');
  });

  it('the year is added only to a bare day/month', () => {
    expect(periodDueText('trước ngày 15/6', '2022-06-15')).toBe('trước ngày 15/6/2022');
    expect(periodDueText('số 15/123', '2022-06-15')).toBe('số 15/123');
    expect(periodDueText('trước ngày 15/6/2022', '2022-06-15')).toBe('trước ngày 15/6/2022');
    expect(periodDueText('Công văn 115/6', '2022-06-15')).toBe('Công văn 115/6');
  });

  it('a report’s state in words', () => {
    const rule = { dueDate: '2022-06-15', dueInclusive: true };
    const text = (arrival: string | null, today: string, exempt = false) => reportStatusText(reportStatus({ exempt, arrivalDate: arrival }, rule, today));
    expect(text('2022-06-15', '2022-07-01')).toBe('Đúng hạn');
    expect(text('2022-06-18', '2022-07-01')).toBe('Chậm 3 ngày');
    expect(text(null, '2022-07-01')).toBe('Quá hạn 16 ngày');
    expect(text(null, '2022-06-15')).toBe('Hạn cuối hôm nay');
    expect(text(null, '2022-06-10')).toBe('Còn 5 ngày');
    expect(text(null, '2022-07-01', true)).toBe('Được miễn');
    expect(reportStatus({ exempt: false, arrivalDate: '2022-06-15' }, rule, '2022-07-01')).toEqual({ state: 'on_time', daysLate: 0, daysOverdue: 0, daysLeft: 0 });
    expect(reportStatus({ exempt: false, arrivalDate: null }, rule, '2022-06-10')).toEqual({ state: 'pending', daysLate: 0, daysOverdue: 0, daysLeft: 5 });
  });

  it('the last day on time in words, inclusive or read literally', () => {
    expect(lastDayText({ dueDate: '2022-06-15', dueInclusive: true })).toBe('nhận đến hết ngày 15/06/2022');
    expect(lastDayText({ dueDate: '2022-06-01', dueInclusive: false })).toBe('nhận đến hết ngày 31/05/2022');
  });

  it('pending reports are counted; two periods due the same day: the later created is current', () => {
    expect(complianceSummary(['pending', 'pending', 'on_time']).pending).toBe(2);
    const a = { id: 5, dueDate: '2022-06-15' };
    const b = { id: 7, dueDate: '2022-06-15' };
    expect(currentPeriod([b, a], '2022-07-01', 7)?.id).toBe(7);
    expect(currentPeriod([a, b], '2022-01-01', 7)?.id).toBe(5);
    expect(currentPeriod([], '2022-01-01', 7)).toBeNull();
  });
});
