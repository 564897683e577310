// A task row as tasks.list returns it, for tests of the board's rules: an ongoing task with nothing
// set, overridden by what a test needs. Each call gets a new id.
import type { TaskRow } from '../../shared/api/models';

let nextId = 1;

export function taskRow(t: Partial<TaskRow>): TaskRow {
  return {
    id: nextId++,
    code: 'X.1',
    group: { id: 1, code: 'X', title: 'Nhóm' },
    content: 'Nội dung',
    lead: [],
    support: [],
    deadlineKind: 'ongoing',
    deadline: null,
    periodType: null,
    deadlineText: null,
    expectedOutput: null,
    completionDate: null,
    note: null,
    status: 'ongoing',
    effectiveDeadline: null,
    daysLeft: null,
    dueSoon: false,
    ...t,
  } as TaskRow;
}
