// The tasks an agency leads or supports, as a table: code (opens the task), content, its role,
// deadline and status.
import { Anchor, Table, Text } from '@mantine/core';
import type { TaskRow } from '../../../../shared/api/models';
import { hasRole } from '../../../../shared/domain/task-filter';
import { TaskStatusBadge } from '../TaskStatusBadge';
import { DeadlineCell, rowColor } from '../tasks/TaskTable';

export function AgencyTasks({ tasks, agencyId, onOpen, label }: { tasks: TaskRow[]; agencyId: number; onOpen: (id: number) => void; label: string }) {
  if (tasks.length === 0) return <Text c="dimmed">Không có nhiệm vụ nào.</Text>;
  return (
    <Table withTableBorder verticalSpacing="xs" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={90}>Mã</Table.Th>
          <Table.Th>Nội dung nhiệm vụ</Table.Th>
          <Table.Th w={90}>Vai trò</Table.Th>
          <Table.Th w={140}>Thời hạn</Table.Th>
          <Table.Th w={200}>Tình trạng</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tasks.map((t) => (
          <Table.Tr key={t.id} bg={rowColor(t)}>
            <Table.Td>
              <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onOpen(t.id)}>
                {t.code}
              </Anchor>
            </Table.Td>
            <Table.Td className="cell-wrap">
              <Text size="sm" lineClamp={3} title={t.content}>
                {t.content}
              </Text>
            </Table.Td>
            <Table.Td>{hasRole(t, agencyId, 'lead') ? 'Chủ trì' : 'Phối hợp'}</Table.Td>
            <Table.Td>
              <DeadlineCell task={t} />
            </Table.Td>
            <Table.Td>
              <TaskStatusBadge status={t.status} dueSoon={t.dueSoon} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
