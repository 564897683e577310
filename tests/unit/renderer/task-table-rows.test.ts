// A keystroke that leaves the first tasks of the Nhiệm vụ list where they were keeps their rows drawn
// (sameLeadingRows): only the very same task objects, in the same places, among the rows drawn. While
// the clerk types, the rows out of sight wait for a pause (nextRowsIn).
import { describe, expect, it } from 'vitest';
import { FIRST_ROWS, nextRowsIn, REST_AFTER_MS, sameLeadingRows, TYPING_ROWS } from '../../../renderer/src/components/tasks/TaskTable';
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

describe('when the next rows of the list are drawn', () => {
  it('right away, a few at a time, when the list came from a filter, a page or the screen opening', () => {
    expect(nextRowsIn(FIRST_ROWS, 100, null, 1000)).toBe(0);
    expect(nextRowsIn(90, 100, null, 1000)).toBe(0);
  });

  it('never once every row is drawn', () => {
    expect(nextRowsIn(100, 100, null, 1000)).toBeNull();
    expect(nextRowsIn(20, 19, 1000, 1000)).toBeNull();
  });

  it('after a key: the first rows at once, the rest when the typing has paused', () => {
    // Typed at 1,000 ms: up to TYPING_ROWS straight away.
    expect(nextRowsIn(FIRST_ROWS, 100, 1000, 1001)).toBe(0);
    // Then nothing more until REST_AFTER_MS after the key, counted from the key, not from the last rows.
    expect(nextRowsIn(TYPING_ROWS, 100, 1000, 1001)).toBe(REST_AFTER_MS - 1);
    expect(nextRowsIn(TYPING_ROWS, 100, 1000, 1000 + REST_AFTER_MS - 100)).toBe(100);
    expect(nextRowsIn(TYPING_ROWS + FIRST_ROWS, 100, 1000, 1000 + REST_AFTER_MS + 40)).toBe(0);
  });
});
