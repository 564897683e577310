// The task list: one row per task, overdue and due-soon rows stand out, a page at a time so that
// thousands of tasks stay quick; rows can be selected for bulk actions and opened for detail.
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Checkbox, Group, Pagination, Table, Text } from '@mantine/core';
import type { TaskRow } from '../../../../shared/api/models';
import { describeDeadline } from '../../../../shared/domain/deadline-format';
import { describeDaysLeft } from '../../../../shared/domain/task-filter';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { partsNote } from '../../../../shared/domain/task-parts';
import { TaskAgencies } from './TaskAgencies';
import { TaskStatusBadge } from '../TaskStatusBadge';
import { PlainAnchorButton, PlainCheckbox, PlainText, TD_CLASS, TR_CLASS, mantineColor } from './task-row-markup';

export const PAGE_SIZE = 100;
/**
 * Rows drawn at once when the list changes (a screenful: a row is 60–160 px tall under the filters);
 * the rest of the page follows. 20 before 1 December 2026: bench:ui, 10 against 20 alternated twice,
 * ten page loads each: keystroke p95 46 and 47 against 49 and 54 ms, opening p50 264 and 284 against
 * 307 and 333 ms.
 */
export const FIRST_ROWS = 10;

/**
 * While the clerk types in "Tìm kiếm", a new list draws this many rows and no more: the rows further
 * down, out of sight, would be taken down again by the next key, and taking down a hundred rows was
 * the longest part of a key that changed the first tasks. bench:ui, ten page loads each (four keys a
 * second), before and after alternated: keystroke p50 28.9 and 26.9 -> 21.1 and 21.9 ms, p95 50.4 and
 * 45.2 -> 43.5 and 43.4 ms.
 */
export const TYPING_ROWS = 20;
/** The rest of the page once the search has stayed the same this long (a pause in the typing). */
export const REST_AFTER_MS = 500;

/**
 * When to draw the next FIRST_ROWS rows of a list `drawnCount` rows of which are drawn: now (0), after
 * `ms`, or never (null: every row is drawn). `typedAt` is when the search last changed the list (null:
 * the list came otherwise, a filter, a page, the screen opening).
 */
export function nextRowsIn(drawnCount: number, length: number, typedAt: number | null, now: number): number | null {
  if (drawnCount >= length) return null;
  if (typedAt === null || drawnCount < TYPING_ROWS) return 0;
  return Math.max(0, typedAt + REST_AFTER_MS - now);
}

interface Props {
  tasks: TaskRow[];
  /** Show the group headings between rows (plan order). */
  grouped: boolean;
  selected: ReadonlySet<number>;
  onSelectedChange: (next: Set<number>) => void;
  onOpen: (taskId: number) => void;
  /** The search the rows answer (data-query on the table, which the bench waits for). */
  query?: string;
}

export function rowColor(t: Pick<TaskRow, 'status' | 'dueSoon'>): string | undefined {
  if (t.status === 'open_overdue') return 'red.0';
  if (t.dueSoon) return 'orange.0';
  return undefined;
}

export function DeadlineCell({ task }: { task: TaskRow }) {
  const left = describeDaysLeft(task);
  const showEffective = task.deadlineKind === 'period' && task.effectiveDeadline;
  return (
    <>
      <PlainText size="sm">{describeDeadline(task)}</PlainText>
      {showEffective && (
        <PlainText size="xs" c="dimmed">
          Kỳ này: {formatDateVi(task.effectiveDeadline)}
        </PlainText>
      )}
      {left && (
        <PlainText size="xs" fw={600} c={task.status === 'open_overdue' ? 'red.8' : task.dueSoon ? 'orange.8' : 'dimmed'}>
          {left}
        </PlainText>
      )}
      {task.completionDate && (
        <PlainText size="xs" c="dimmed">
          Hoàn thành: {formatDateVi(task.completionDate)}
        </PlainText>
      )}
    </>
  );
}

interface RowProps {
  task: TaskRow;
  /** The group's heading goes before this row (grouped list, first task of its group on the page). */
  heading: boolean;
  selected: boolean;
  onToggle: (taskId: number) => void;
  onOpen: (taskId: number) => void;
}

/**
 * One task's row, rendered again only when its task, heading or selection changes: a keystroke in the
 * search re-renders the rows that change, not the hundred rows of the page. Its cells are Mantine's
 * Table.Tr/Td, Checkbox, Anchor, Text and Badge markup written as plain elements (task-row-markup.tsx):
 * the same HTML, without running a Mantine component per cell for each row a keystroke mounts.
 */
export const TaskListRow = memo(function TaskListRow({ task: t, heading, selected, onToggle, onOpen }: RowProps) {
  const bg = selected ? 'indigo.0' : rowColor(t);
  return (
    <>
      {heading && (
        <tr className={`${TR_CLASS} group-row`} data-with-row-border="true">
          <td className={TD_CLASS} colSpan={7}>
            {t.group.code}. {t.group.title}
          </td>
        </tr>
      )}
      <tr style={bg ? { background: mantineColor(bg) } : undefined} className={TR_CLASS} data-with-row-border="true" data-status={t.status}>
        <td className={`${TD_CLASS} no-print`}>
          <PlainCheckbox label={`Chọn nhiệm vụ ${t.code}`} checked={selected} onChange={() => onToggle(t.id)} />
        </td>
        <td className={TD_CLASS}>
          <PlainAnchorButton onClick={() => onOpen(t.id)}>{t.code}</PlainAnchorButton>
        </td>
        <td className={`${TD_CLASS} cell-wrap`}>
          <PlainText size="sm" lineClamp={4} title={t.content} style={{ cursor: 'pointer' }} onClick={() => onOpen(t.id)}>
            {t.content}
          </PlainText>
        </td>
        <td className={TD_CLASS}>
          <TaskAgencies task={t} role="lead" />
        </td>
        <td className={TD_CLASS}>
          <TaskAgencies task={t} role="support" />
        </td>
        <td className={TD_CLASS}>
          <DeadlineCell task={t} />
        </td>
        <td className={TD_CLASS}>
          <TaskStatusBadge status={t.status} dueSoon={t.dueSoon} />
          {partsNote(t.parts).map((line) => (
            <PlainText key={line} size="xs" c="dimmed">
              {line}
            </PlainText>
          ))}
        </td>
      </tr>
    </>
  );
});

/** How many of the first `drawnCount` rows of `before` the list `next` begins with, the very same tasks. */
export function sameLeadingRows(before: readonly TaskRow[], drawnCount: number, next: readonly TaskRow[]): number {
  const n = Math.min(drawnCount, before.length, next.length);
  let i = 0;
  while (i < n && before[i] === next[i]) i++;
  return i;
}

export function TaskTable({ tasks, grouped, selected, onSelectedChange, onOpen, query }: Props) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(tasks.length / PAGE_SIZE));
  useEffect(() => {
    if (page > pages) setPage(1);
  }, [page, pages]);
  const shown = useMemo(() => tasks.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), [tasks, page]);
  // A new list (opening the screen, a keystroke, another page) draws its first rows, more than the
  // window shows, at once, and keeps every row it begins with that is drawn already (a keystroke that
  // leaves the first tasks where they were: taking them down to draw them again later cost a long
  // commit after each key). The rest of the page follows FIRST_ROWS at a time, each in a render the
  // next keystroke interrupts: the 80 rows in one commit held the page 60–100 ms, a key pressed then
  // waiting for it (bench:ui, two rounds of five page loads: keystroke p95 58 and 50 -> 45 and 49 ms, the
  // first letter p50 47 and 52 -> 35 and 40 ms). While the clerk types, the rows past TYPING_ROWS wait
  // for a pause (nextRowsIn).
  const [drawn, setDrawn] = useState({ rows: shown, count: FIRST_ROWS, query, typedAt: null as number | null });
  let count = drawn.count;
  if (drawn.rows !== shown || drawn.query !== query) {
    count = Math.max(FIRST_ROWS, sameLeadingRows(drawn.rows, drawn.count, shown));
    const typedAt = query !== drawn.query ? performance.now() : null;
    setDrawn({ rows: shown, count, query, typedAt });
  }
  const typedAt = drawn.typedAt;
  useEffect(() => {
    const wait = nextRowsIn(count, shown.length, typedAt, performance.now());
    if (wait === null) return;
    // Set whole, with the list this effect saw (a stale one is told apart in render and counted again): an
    // update that left the state as it was when its list was stale could end on the last commit's values,
    // with no effect to run again (the list stopped at 29 of 63 rows, two runs in six on a loaded machine).
    const more = () => startTransition(() => setDrawn({ rows: shown, count: Math.min(shown.length, count + FIRST_ROWS), query, typedAt }));
    if (wait === 0) {
      more();
      return;
    }
    const timer = setTimeout(more, wait);
    return () => clearTimeout(timer);
  }, [shown, count, query, typedAt]);
  const drawnRows = count < shown.length ? shown.slice(0, count) : shown;

  const allShownSelected = shown.length > 0 && shown.every((t) => selected.has(t.id));
  const someShownSelected = shown.some((t) => selected.has(t.id));
  const toggleAll = () => {
    const next = new Set(selected);
    for (const t of shown) {
      if (allShownSelected) next.delete(t.id);
      else next.add(t.id);
    }
    onSelectedChange(next);
  };
  // Stable across renders (the selection read from a ref), so that unchanged rows are not rendered again.
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const toggle = useCallback(
    (id: number) => {
      const next = new Set(selectedRef.current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      onSelectedChange(next);
    },
    [onSelectedChange],
  );

  return (
    <>
      <Table withTableBorder verticalSpacing="xs" aria-label="Danh sách nhiệm vụ" data-query={query}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36} className="no-print">
              <Checkbox
                aria-label="Chọn mọi nhiệm vụ trên trang này"
                checked={allShownSelected}
                indeterminate={!allShownSelected && someShownSelected}
                onChange={toggleAll}
              />
            </Table.Th>
            <Table.Th w={84}>Mã</Table.Th>
            <Table.Th>Nội dung nhiệm vụ</Table.Th>
            <Table.Th w={170}>Chủ trì</Table.Th>
            <Table.Th w={170}>Phối hợp</Table.Th>
            <Table.Th w={140}>Thời hạn</Table.Th>
            <Table.Th w={200}>Tình trạng</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {drawnRows.map((t, i) => (
            <TaskListRow
              key={t.id}
              task={t}
              heading={grouped && (i === 0 || drawnRows[i - 1]!.group.id !== t.group.id)}
              selected={selected.has(t.id)}
              onToggle={toggle}
              onOpen={onOpen}
            />
          ))}
        </Table.Tbody>
      </Table>
      {pages > 1 && (
        <Group justify="center" className="no-print">
          <Pagination total={pages} value={page} onChange={setPage} aria-label="Trang" />
          <Text size="sm" c="dimmed">
            {PAGE_SIZE} nhiệm vụ mỗi trang
          </Text>
        </Group>
      )}
    </>
  );
}
