// Completion in parts: per period for a recurring task, per lead agency for a shared one.
import { describe, expect, it } from 'vitest';
import { completionsInWindow, currentPart, leadsDoneText, partDoneInWindow, partForReport, partsNote, taskParts, taskPeriods, wholeCompletion } from '../../shared/domain/task-parts';
import { registerCompletions, withRegister } from '../../shared/domain/task-register';

const duties = [
  { periodType: 'six_month' as const, dueMonth: 6, dueDay: 15, dueText: 'trước ngày 15/6', dueInclusive: true },
  { periodType: 'annual' as const, dueMonth: 12, dueDay: 15, dueText: 'trước ngày 15/12', dueInclusive: true },
  { periodType: 'quarter' as const, dueMonth: null, dueDay: 20, dueMonthOffset: 0, dueText: 'trước ngày 20 tháng cuối quý', dueInclusive: true },
];

describe('the periods a task recurs in', () => {
  it('6-monthly: at the 6-month and the annual report; quarterly: each quarter; a kind with no duty: none', () => {
    expect(taskPeriods('six_month', duties, 2022).map((p) => [p.key, p.dueDate])).toEqual([
      ['2022-six_month-1', '2022-06-15'],
      ['2022-annual-1', '2022-12-15'],
    ]);
    expect(taskPeriods('quarter', duties, 2022).map((p) => p.dueDate)).toEqual(['2022-03-20', '2022-06-20', '2022-09-20', '2022-12-20']);
    expect(taskPeriods('month', duties, 2022)).toEqual([]);
    expect(taskPeriods(null, duties, 2022)).toEqual([]);
  });
});

describe('parts of a task', () => {
  const periods = taskPeriods('six_month', duties, 2022);
  const recurring = { deadlineKind: 'period' as const, deadline: null, completionDate: null, leadIds: [1] };

  it('a period done on time stays done while the next is open; the task is done when the last is', () => {
    const parts = taskParts(recurring, periods, [{ periodKey: '2022-six_month-1', agencyId: null, date: '2022-06-10' }], '2022-07-01', 7);
    expect(parts.map((p) => p.status.status)).toEqual(['done_on_time', 'open_on_time']);
    expect(currentPart(parts).key).toBe('2022-annual-1');
    expect(wholeCompletion(parts)).toBeNull();
    const all = taskParts(
      recurring,
      periods,
      [
        { periodKey: '2022-six_month-1', agencyId: null, date: '2022-06-10' },
        { periodKey: '2022-annual-1', agencyId: null, date: '2022-12-20' },
      ],
      '2022-12-31',
      7,
    );
    expect(all.map((p) => p.status.status)).toEqual(['done_on_time', 'done_late']);
    expect(wholeCompletion(all)).toBe('2022-12-20');
    // Done, but one period late: the task counts as done late.
    expect(currentPart(all).status.status).toBe('done_late');
  });

  it('a completion date on the task completes every part not completed on its own', () => {
    const parts = taskParts({ ...recurring, completionDate: '2022-06-30' }, periods, [], '2022-07-01', 7);
    expect(parts.map((p) => p.completionDate)).toEqual(['2022-06-30', '2022-06-30']);
    expect(currentPart(parts).status.status).toBe('done_late');
  });

  it('with three lead agencies: done when all three are, on the last date, and says how many', () => {
    const shared = { deadlineKind: 'date' as const, deadline: '2022-06-30', completionDate: null, leadIds: [1, 2, 3] };
    const two = taskParts(shared, [], [{ periodKey: '', agencyId: 1, date: '2022-06-01' }, { periodKey: '', agencyId: 2, date: '2022-06-05' }], '2022-06-10', 7);
    expect(leadsDoneText(two[0]!)).toBe('2/3 đơn vị đã hoàn thành');
    expect(two[0]!.completionDate).toBeNull();
    // A record of an agency that no longer leads it does not count.
    const stray = taskParts(shared, [], [{ periodKey: '', agencyId: 9, date: '2022-06-01' }], '2022-06-10', 7);
    expect(leadsDoneText(stray[0]!)).toBe('0/3 đơn vị đã hoàn thành');
    const three = taskParts(
      shared,
      [],
      [1, 2, 3].map((a) => ({ periodKey: '', agencyId: a, date: `2022-06-0${a}` })),
      '2022-06-10',
      7,
    );
    expect(three[0]).toMatchObject({ completionDate: '2022-06-03', status: { status: 'done_on_time' } });
    expect(leadsDoneText(taskParts({ ...shared, leadIds: [1] }, [], [], '2022-06-10', 7)[0]!)).toBeNull();
  });
});

describe('parts completed by the register (a lead agency’s report received for the period)', () => {
  const periods = taskPeriods('six_month', duties, 2022);
  const report = (periodKey: string, agencyId: number, arrivalDate: string | null, exempt = false) => ({
    periodKey,
    dueDate: periodKey.includes('six_month') ? '2022-06-15' : '2022-12-15',
    agencyId,
    arrivalDate,
    exempt,
  });

  it('the H1 report of the single lead completes H1 on its arrival date; another agency’s report, a missing or an exempt one does not', () => {
    const reports = [report('2022-six_month-1', 7, '2022-06-10'), report('2022-annual-1', 7, null), report('2022-annual-1', 9, '2022-12-01')];
    const records = registerCompletions([7], reports, periods, true);
    expect(records).toEqual([{ periodKey: '2022-six_month-1', agencyId: null, date: '2022-06-10', fromRegister: true }]);
    const parts = taskParts({ deadlineKind: 'period', deadline: null, completionDate: null, leadIds: [7] }, periods, records, '2022-07-01', 7);
    expect(parts.map((p) => [p.status.status, p.completionDate])).toEqual([
      ['done_on_time', '2022-06-10'],
      ['open_on_time', null],
    ]);
    expect(parts[0]!.done).toEqual([{ agencyId: null, date: '2022-06-10', fromRegister: true }]);
    expect(registerCompletions([7], [report('2022-six_month-1', 7, '2022-06-10', true)], periods, true)).toEqual([]);
  });

  it('with two leads, each lead’s report completes the part for that lead only', () => {
    const reports = [report('2022-six_month-1', 7, '2022-06-10'), report('2022-six_month-1', 8, null)];
    expect(registerCompletions([7, 8], reports, periods, true)).toEqual([
      { periodKey: '2022-six_month-1', agencyId: 7, date: '2022-06-10', fromRegister: true },
    ]);
  });

  it('a task with one period only is completed as a whole by that period’s report', () => {
    const annual = taskPeriods('annual', duties, 2022);
    expect(registerCompletions([7], [report('2022-annual-1', 7, '2022-12-10')], annual, false)).toEqual([
      { periodKey: '', agencyId: null, date: '2022-12-10', fromRegister: true },
    ]);
  });

  it('what the clerk recorded for a part stands; the register fills only the parts the clerk left', () => {
    const stored = [{ periodKey: '2022-annual-1', agencyId: null, date: '2022-12-20' }];
    const fromRegister = [
      { periodKey: '2022-six_month-1', agencyId: null, date: '2022-06-10', fromRegister: true },
      { periodKey: '2022-annual-1', agencyId: null, date: '2022-12-14', fromRegister: true },
    ];
    expect(withRegister(stored, fromRegister)).toEqual([stored[0], fromRegister[0]]);
  });
});

describe('what the task board shows under the status of a task completed in parts', () => {
  const periods = taskPeriods('six_month', duties, 2022);
  const asRow = (parts: ReturnType<typeof taskParts>) => {
    const current = currentPart(parts);
    return parts.map((p) => ({ label: p.label, status: p.status.status, leadsDone: leadsDoneText(p), current: p === current }));
  };

  it('a 6-monthly task done for June: the year is the period it is followed for, 1 of 2 periods done', () => {
    const parts = taskParts(
      { deadlineKind: 'period', deadline: null, completionDate: null, leadIds: [1] },
      periods,
      [{ periodKey: '2022-six_month-1', agencyId: null, date: '2022-06-10' }],
      '2022-07-01',
      7,
    );
    expect(partsNote(asRow(parts))).toEqual(['Kỳ năm 2022', '1/2 kỳ đã hoàn thành']);
  });

  it('a task led by three districts, one of them done: 1/3 đơn vị; no period line for a task with one deadline', () => {
    const parts = taskParts(
      { deadlineKind: 'date', deadline: '2022-11-30', completionDate: null, leadIds: [5, 6, 7] },
      [],
      [{ periodKey: '', agencyId: 6, date: '2022-06-28' }],
      '2022-07-01',
      7,
    );
    expect(partsNote(asRow(parts))).toEqual(['1/3 đơn vị đã hoàn thành']);
  });

  it('a recurring task led by two agencies: the period, the periods done and the agencies of the current period', () => {
    const parts = taskParts(
      { deadlineKind: 'period', deadline: null, completionDate: null, leadIds: [1, 2] },
      periods,
      [{ periodKey: '2022-six_month-1', agencyId: 2, date: '2022-06-10' }],
      '2022-07-01',
      7,
    );
    expect(partsNote(asRow(parts))).toEqual(['Kỳ 6 tháng đầu năm 2022', '0/2 kỳ đã hoàn thành', '1/2 đơn vị đã hoàn thành']);
  });

  it('a task completed in one piece shows nothing more', () => {
    expect(partsNote(undefined)).toEqual([]);
  });
});

describe('what the report of a period counts as completed, the way the board does', () => {
  const periods = taskPeriods('six_month', duties, 2022);
  // The 6-month report's data window: 15/12/2021 to 14/06/2022.
  const from = '2021-12-15';
  const to = '2022-06-14';
  const row = (code: string, task: Parameters<typeof taskParts>[0], ps: typeof periods, records: Parameters<typeof taskParts>[2]) => ({
    code,
    completionDate: task.completionDate,
    parts: taskParts(task, ps, records, '2022-07-01', 7).map(partForReport),
  });
  const recurring = row('I.2', { deadlineKind: 'period', deadline: null, completionDate: null, leadIds: [1] }, periods, [
    { periodKey: '2022-six_month-1', agencyId: null, date: '2022-06-10' },
  ]);
  const shared = { deadlineKind: 'date' as const, deadline: '2022-11-30', completionDate: null, leadIds: [5, 6, 7] };

  it('a 6-monthly task done for H1 counts as completed in H1, not as completed for good, and not in H2', () => {
    expect(completionsInWindow([recurring], from, to)).toEqual({ doneNow: 1, periodsNow: 1, doneAll: 0, someLeadsNow: [] });
    expect(completionsInWindow([recurring], '2022-06-15', '2022-12-14')).toEqual({ doneNow: 0, periodsNow: 0, doneAll: 0, someLeadsNow: [] });
    expect(partDoneInWindow(recurring, from, to)).toMatchObject({ label: '6 tháng đầu năm 2022', completionDate: '2022-06-10' });
    expect(partDoneInWindow(recurring, '2022-06-15', '2022-12-14')).toBeNull();
  });

  it('a task of three districts: one done is counted apart ("1/3"); all three done makes it completed in the period', () => {
    const one = row('I.3', shared, [], [{ periodKey: '', agencyId: 6, date: '2022-06-01' }]);
    expect(completionsInWindow([one], from, to)).toEqual({ doneNow: 0, periodsNow: 0, doneAll: 0, someLeadsNow: [{ code: 'I.3', done: 1, needed: 3 }] });
    // Done before the window: nothing new in it.
    expect(completionsInWindow([one], '2022-06-15', '2022-12-14').someLeadsNow).toEqual([]);
    const all = row('I.3', shared, [], [5, 6, 7].map((a) => ({ periodKey: '', agencyId: a, date: `2022-06-0${a - 3}` })));
    expect(completionsInWindow([all], from, to)).toEqual({ doneNow: 1, periodsNow: 0, doneAll: 0, someLeadsNow: [] });
  });

  it('a task completed as a whole counts as before: in the window and cumulatively up to its end', () => {
    const whole = { code: 'II.1', completionDate: '2022-05-20' };
    const later = { code: 'II.2', completionDate: '2022-06-20' };
    expect(completionsInWindow([whole, later, recurring], from, to)).toEqual({ doneNow: 2, periodsNow: 1, doneAll: 1, someLeadsNow: [] });
    expect(completionsInWindow([whole, later], '2022-06-15', '2022-12-14')).toEqual({ doneNow: 1, periodsNow: 0, doneAll: 2, someLeadsNow: [] });
  });
});
