// A keystroke that leaves the first tasks of the Nhiệm vụ list where they were keeps their rows drawn
// (sameLeadingRows): only the very same task objects, in the same places, among the rows drawn.
import { describe, expect, it } from 'vitest';
import { sameLeadingRows } from '../../../renderer/src/components/tasks/TaskTable';
import { taskRow } from '../../helpers/task-row';

const tasks = Array.from({ length: 6 }, (_, i) => taskRow({ id: i + 1, code: `III.1.a.${i + 1}` }));

describe('the rows a new list keeps drawn', () => {
  it('are its first tasks that were drawn in the same places', () => {
    // "c" matched every task: the same list, every drawn row kept.
    expect(sameLeadingRows(tasks, 6, [...tasks])).toBe(6);
    // The third task no longer matches: the first two stay, the rest move up and are drawn again.
    expect(sameLeadingRows(tasks, 6, [tasks[0]!, tasks[1]!, tasks[3]!, tasks[4]!])).toBe(2);
    // A shorter list of the same first tasks.
    expect(sameLeadingRows(tasks, 6, tasks.slice(0, 3))).toBe(3);
  });

  it('are none when the first task changed or the list was read again', () => {
    expect(sameLeadingRows(tasks, 6, tasks.slice(1))).toBe(0);
    // Reloaded from the backend: equal tasks, other objects, rows rendered again anyway.
    expect(sameLeadingRows(tasks, 6, tasks.map((t) => ({ ...t })))).toBe(0);
  });

  it('count only the rows that were drawn', () => {
    expect(sameLeadingRows(tasks, 2, [...tasks])).toBe(2);
  });
});
