// tasks.list on the wire: each group and agency sent once, tasks as rows of values, and the UI's decoder
// gives back exactly what the handler returned.
import { describe, expect, it } from 'vitest';
import { decodeFromWire, decodeTaskList, encodeForWire, encodeTaskList, isTaskListWire } from '../../../shared/api/wire';
import type { AgencyRef, TaskGroupRow, TaskRow } from '../../../shared/api/models';
import { taskRow } from '../../helpers/task-row';

const groupI: TaskGroupRow = { id: 7, code: 'I', title: 'Công tác tuyên truyền, giáo dục' };
const groupII: TaskGroupRow = { id: 8, code: 'II', title: 'Kiểm tra, xử lý vi phạm' };
const congAn: AgencyRef = { id: 3, shortName: 'Công an tỉnh', kind: 'police' };
const soLd: AgencyRef = { id: 5, shortName: 'Sở LĐ-TB&XH', kind: 'provincial_department' };

function three(): TaskRow[] {
  return [
    taskRow({ id: 1, code: 'I.1', group: groupI, content: 'Tuyên truyền', lead: [congAn], support: [soLd] }),
    taskRow({ id: 2, code: 'I.2', group: { ...groupI }, content: 'Tập huấn', lead: [soLd], support: [congAn, soLd], deadlineKind: 'date', deadline: '2022-06-15' }),
    taskRow({
      id: 3,
      code: 'II.1',
      group: groupII,
      content: 'Kiểm tra liên ngành',
      lead: [congAn],
      support: [],
      linkedLead: [soLd],
      carriedBy: [{ taskId: 9, code: 'V.2.1', role: 'lead' }],
    }),
  ];
}

describe('tasks.list on the wire', () => {
  it('sends each group and each agency once, and the tasks as rows referring to them by number', () => {
    const wire = encodeTaskList(three());
    expect(wire.groups).toEqual([groupI, groupII]);
    expect(wire.agencies).toEqual([congAn, soLd]);
    expect(wire.fields).toEqual([
      'id', 'code', 'group', 'content', 'lead', 'support', 'deadlineKind', 'deadline', 'periodType', 'deadlineText',
      'expectedOutput', 'completionDate', 'note', 'status', 'effectiveDeadline', 'daysLeft', 'dueSoon',
    ]);
    expect(wire.rows[0]).toEqual([1, 'I.1', 0, 'Tuyên truyền', [0], [1], 'ongoing', null, null, null, null, null, null, 'ongoing', null, null, false]);
    expect(wire.rows[1]).toEqual([2, 'I.2', 0, 'Tập huấn', [1], [0, 1], 'date', '2022-06-15', null, null, null, null, null, 'ongoing', null, null, false]);
    // A field only some tasks have travels by name with its task, agencies by number too.
    expect(wire.rows[2]).toEqual([
      3, 'II.1', 1, 'Kiểm tra liên ngành', [0], [], 'ongoing', null, null, null, null, null, null, 'ongoing', null, null, false,
      { linkedLead: [1], carriedBy: [{ taskId: 9, code: 'V.2.1', role: 'lead' }] },
    ]);
    // The group's title is written once in the JSON, not once per task.
    expect(JSON.stringify(wire).split(groupI.title).length - 1).toBe(1);
  });

  it('decodes to exactly the tasks the handler returned, through JSON', () => {
    const tasks = three();
    const back = decodeTaskList(JSON.parse(JSON.stringify(encodeTaskList(tasks))));
    expect(back).toStrictEqual(JSON.parse(JSON.stringify(tasks)));
    expect(back[2]!.linkedLead).toEqual([soLd]);
    expect(back[1]!).not.toHaveProperty('linkedLead');
    // Tasks of one group share its object once decoded.
    expect(back[0]!.group).toBe(back[1]!.group);
  });

  it('an empty plan', () => {
    const wire = encodeTaskList([]);
    expect(wire).toEqual({ wire: 'tasks.list/1', groups: [], agencies: [], fields: [], rows: [] });
    expect(decodeTaskList(wire)).toEqual([]);
  });

  it('only tasks.list is encoded; the decoder leaves other results, and a plain list, as they are', () => {
    const tasks = three();
    expect(isTaskListWire(encodeForWire('tasks.list', tasks))).toBe(true);
    const periods = [{ id: 1, periodType: 'annual' }];
    expect(encodeForWire('reporting.periods', periods)).toBe(periods);
    expect(decodeFromWire('reporting.periods', periods)).toBe(periods);
    expect(decodeFromWire('tasks.list', tasks)).toBe(tasks);
    expect(decodeFromWire('tasks.list', encodeForWire('tasks.list', tasks))).toEqual(tasks);
  });
});
