// A reporting task judged on its leads' reports in the register (V.2.3): the earliest due date a lead
// still owes, or, when everything has come, the last arrival and the last due date.
import { describe, expect, it } from 'vitest';
import { registerTiming, type PeriodReport } from '../../shared/domain/task-register';

const report = (agencyId: number, dueDate: string, arrivalDate: string | null, exempt = false): PeriodReport => ({
  periodKey: `2022-${dueDate}`,
  dueDate,
  agencyId,
  arrivalDate,
  exempt,
});

describe('a reporting task judged on the register', () => {
  it('is not judged on the register when none of its leads owes a report', () => {
    expect(registerTiming([7], [report(8, '2022-06-15', null)])).toBeNull();
    // Exempt from every period: nothing owed either.
    expect(registerTiming([7], [report(7, '2022-06-15', null, true)])).toBeNull();
  });

  it('is owed by the earliest due date a lead has not reported for, whichever lead and in whatever order', () => {
    const reports = [
      report(7, '2022-12-15', null),
      report(9, '2022-06-15', '2022-06-10'),
      report(7, '2022-06-15', null),
      report(9, '2022-12-15', null),
      // Another agency's missing report does not count, nor an exempt one.
      report(8, '2022-03-15', null),
      report(9, '2022-03-15', null, true),
    ];
    expect(registerTiming([7, 9], reports)).toEqual({ owedBy: '2022-06-15' });
  });

  it('is done on the last arrival once every period is reported, whatever the order they came in', () => {
    const reports = [
      report(7, '2022-12-15', '2022-12-20'),
      report(7, '2022-06-15', '2022-12-28'),
      report(9, '2022-06-15', '2022-06-14'),
      report(9, '2022-12-15', null, true),
    ];
    expect(registerTiming([7, 9], reports)).toEqual({ doneOn: '2022-12-28', lastDue: '2022-12-15' });
  });
});
