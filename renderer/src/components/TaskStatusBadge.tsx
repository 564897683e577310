import { Badge } from '@mantine/core';
import type { TaskStatus } from '../../../shared/domain/task-status';
import { TASK_STATUS_LABELS } from '../../../shared/domain/labels';

export const TASK_STATUS_COLORS: Record<TaskStatus, string> = {
  done_on_time: 'green',
  done_late: 'yellow',
  open_on_time: 'blue',
  open_overdue: 'red',
  ongoing: 'gray',
};

export function TaskStatusBadge({ status, dueSoon }: { status: TaskStatus; dueSoon?: boolean }) {
  return (
    <Badge color={dueSoon ? 'orange' : TASK_STATUS_COLORS[status]} variant="light" style={{ textTransform: 'none' }}>
      {dueSoon ? 'Sắp đến hạn' : TASK_STATUS_LABELS[status]}
    </Badge>
  );
}
