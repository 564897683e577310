// Mantine's light Badge, its markup written plainly (tasks/task-row-markup.tsx): one in every row of Nhiệm vụ.
import { PlainLightBadge } from './tasks/task-row-markup';
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
    <PlainLightBadge color={dueSoon ? 'orange' : TASK_STATUS_COLORS[status]}>{dueSoon ? 'Sắp đến hạn' : TASK_STATUS_LABELS[status]}</PlainLightBadge>
  );
}
