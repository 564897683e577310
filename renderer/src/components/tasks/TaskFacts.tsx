// A task's stored fields as a table, with the button that opens the edit form.
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import type { TaskDetail } from '../../../../shared/api/board-models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { DEADLINE_KIND_LABELS } from '../../../../shared/domain/labels';
import { TaskAgencies } from './TaskAgencies';
import { DeadlineCell } from './TaskTable';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={170} style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td className="cell-wrap">{children}</Table.Td>
    </Table.Tr>
  );
}

export function TaskFacts({ task, onEdit }: { task: TaskDetail; onEdit: () => void }) {
  return (
    <Stack>
      <Table withTableBorder verticalSpacing="xs" aria-label="Thông tin nhiệm vụ">
        <Table.Tbody>
          <Fact label="Nhóm nhiệm vụ">
            {task.group.code}. {task.group.title}
          </Fact>
          <Fact label="Nội dung">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {task.content}
            </Text>
          </Fact>
          <Fact label="Chủ trì">
            <TaskAgencies task={task} role="lead" />
          </Fact>
          <Fact label="Phối hợp">
            <TaskAgencies task={task} role="support" />
          </Fact>
          <Fact label="Loại thời hạn">{DEADLINE_KIND_LABELS[task.deadlineKind]}</Fact>
          <Fact label="Thời hạn">
            <DeadlineCell task={task} />
          </Fact>
          {task.deadlineText && <Fact label="Diễn giải thời hạn">{task.deadlineText}</Fact>}
          <Fact label="Sản phẩm đầu ra">{task.expectedOutput ?? '—'}</Fact>
          <Fact label="Ngày hoàn thành">{task.completionDate ? formatDateVi(task.completionDate) : 'Chưa hoàn thành'}</Fact>
          {task.note && <Fact label="Ghi chú">{task.note}</Fact>}
        </Table.Tbody>
      </Table>
      <Group>
        <Button variant="light" onClick={onEdit}>
          Sửa nhiệm vụ
        </Button>
      </Group>
    </Stack>
  );
}
