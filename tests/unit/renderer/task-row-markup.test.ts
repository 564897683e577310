// The rows of the Nhiệm vụ list are written as plain elements (renderer/src/components/tasks/
// task-row-markup.tsx) so that a keystroke does not run a Mantine component per cell. The clerk must
// see the same thing: for every kind of row, the HTML equals what Mantine's own components render
// (tests/unit/renderer/mantine-task-row.tsx, the row as it was written before).
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider, Table } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { theme } from '../../../renderer/src/app/theme';
import { TaskListRow } from '../../../renderer/src/components/tasks/TaskTable';
import { MantineTaskRow } from './mantine-task-row';
import { taskRow } from '../../helpers/task-row';
import type { TaskRow } from '../../../shared/api/models';

const inTable = (row: ReactElement) =>
  renderToStaticMarkup(
    createElement(MantineProvider, { theme }, createElement(Table, null, createElement(Table.Tbody, null, row))),
  )
    // Mantine's Checkbox gives its input an id of its own (useId); nothing points to it.
    .replace(/ id="mantine-[^"]*"/g, '');

function both(task: TaskRow, heading: boolean, selected: boolean) {
  const noop = () => {};
  return {
    plain: inTable(createElement(TaskListRow, { task, heading, selected, onToggle: noop, onOpen: noop })),
    mantine: inTable(createElement(MantineTaskRow, { task, heading, selected })),
  };
}

const group = { id: 3, code: 'III.1.a', title: 'Nâng cao hiệu quả công tác truyền thông' };
const ca = { id: 1, shortName: 'Công an tỉnh', kind: 'police' as const };
const huyen = (id: number, name: string) => ({ id, shortName: `UBND huyện ${name}`, kind: 'district_pc' as const });

const rows: [string, TaskRow, boolean, boolean][] = [
  [
    'overdue, with its group heading',
    taskRow({ code: 'III.1.a.1', group, content: 'Tuyên truyền phòng, chống mại dâm', lead: [ca], deadlineKind: 'date', deadline: '2027-06-10', effectiveDeadline: '2027-06-10', status: 'open_overdue', daysLeft: -20 }),
    true,
    false,
  ],
  [
    'due soon and ticked, three districts supporting',
    taskRow({ code: 'III.1.a.2', group, lead: [ca], support: [huyen(11, 'Hải Lăng'), huyen(12, 'Gio Linh'), huyen(13, 'Vĩnh Linh')], deadlineKind: 'date', deadline: '2027-07-03', effectiveDeadline: '2027-07-03', status: 'open_on_time', daysLeft: 3, dueSoon: true }),
    false,
    true,
  ],
  [
    'done late at each period, two parts',
    taskRow({
      code: 'II.4',
      deadlineKind: 'period',
      periodType: 'quarter',
      effectiveDeadline: '2027-06-15',
      completionDate: '2027-06-20',
      status: 'done_late',
      lead: [ca],
      parts: [
        { key: 'q1', label: 'Quý I', status: 'done_on_time', leadsDone: null, current: false, completionDate: '2027-03-10', leadDates: [], needed: 1 },
        { key: 'q2', label: 'Quý II', status: 'done_late', leadsDone: '1/1 đơn vị đã hoàn thành', current: true, completionDate: '2027-06-20', leadDates: [], needed: 1 },
      ],
    }),
    false,
    false,
  ],
  [
    'shared responsibility, nobody assigned',
    taskRow({ code: 'IV.2', sharedResponsibility: 'Chung: thành viên BCĐ 138', status: 'ongoing' }),
    false,
    false,
  ],
  [
    'led through duties of section V',
    taskRow({ code: 'III.1.c.3', lead: [], linkedLead: [ca], linkedSupport: [huyen(11, 'Hải Lăng')], carriedBy: [{ taskId: 90, code: 'V.2.1', role: 'lead' }], status: 'open_on_time', deadlineKind: 'date', deadline: '2027-09-30', effectiveDeadline: '2027-09-30', daysLeft: 92 }),
    true,
    false,
  ],
];

describe('a row of the Nhiệm vụ list', () => {
  it.each(rows)('%s: the same HTML as Mantine’s components', (_name, task, heading, selected) => {
    const { plain, mantine } = both(task, heading, selected);
    expect(plain).toBe(mantine);
  });

  it('the comparison sees what differs: the ticked row and the coloured rows', () => {
    const overdue = both(rows[0]![1], true, false).plain;
    expect(overdue).toContain('background:var(--mantine-color-red-0)');
    expect(overdue).toContain('Quá hạn 20 ngày');
    expect(overdue).toContain('class="m_4e7aa4fd mantine-Table-tr group-row"');
    const ticked = both(rows[1]![1], false, true).plain;
    expect(ticked).toContain('data-checked="true"');
    expect(ticked).toContain('background:var(--mantine-color-indigo-0)');
    expect(ticked).toContain('UBND các huyện, thị xã, thành phố (3)');
    expect(ticked).toContain('>Sắp đến hạn<');
    expect(both(rows[1]![1], false, false).plain).not.toBe(ticked);
    expect(both(rows[4]![1], false, false).plain).toContain('theo mục V');
  });
});
