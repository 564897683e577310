// The tasks an agency leads or supports, as a table: code (opens the task), content, its role,
// deadline and status; a page at a time (a busy agency has hundreds).
import { Table, Text } from '@mantine/core';
import type { TaskRow } from '../../../../shared/api/models';
import { hasRole } from '../../../../shared/domain/task-filter';
import { TaskStatusBadge } from '../TaskStatusBadge';
import { DeadlineCell, rowColor } from '../tasks/TaskTable';
import { TaskCodeCells } from '../tasks/TaskCells';
import { PageControls, usePaged } from '../Paged';

export const AGENCY_TASKS_PAGE_SIZE = 50;

export function AgencyTasks({ tasks, agencyId, onOpen, label }: { tasks: TaskRow[]; agencyId: number; onOpen: (id: number) => void; label: string }) {
  const { page, pages, setPage, shown } = usePaged(tasks, AGENCY_TASKS_PAGE_SIZE);
  if (tasks.length === 0) return <Text c="dimmed">Không có nhiệm vụ nào.</Text>;
  return (
    <>
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
          {shown.map((t) => (
            <Table.Tr key={t.id} bg={rowColor(t)}>
              <TaskCodeCells task={t} onOpen={onOpen} lines={3} size="sm" />
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
      <PageControls page={page} pages={pages} onChange={setPage} perPage={`${AGENCY_TASKS_PAGE_SIZE} nhiệm vụ`} />
    </>
  );
}
