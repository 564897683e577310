// A task's code (a button that opens it) and its content, the first two cells of every task table
// that is not the board's own list (an agency's tasks, the assignment matrix).
import { Anchor, Table, Text } from '@mantine/core';
import type { TaskRow } from '../../../../shared/api/models';

interface Props {
  task: Pick<TaskRow, 'id' | 'code' | 'content'>;
  onOpen: (taskId: number) => void;
  /** Lines of content shown before it is cut ("…", the whole text on hover). */
  lines: number;
  size: 'xs' | 'sm';
}

export function TaskCodeCells({ task, onOpen, lines, size }: Props) {
  return (
    <>
      <Table.Td>
        <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onOpen(task.id)}>
          {task.code}
        </Anchor>
      </Table.Td>
      <Table.Td className="cell-wrap">
        <Text size={size} lineClamp={lines} title={task.content}>
          {task.content}
        </Text>
      </Table.Td>
    </>
  );
}
