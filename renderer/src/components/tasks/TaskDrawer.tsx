// One task in full: its fields (editable), progress updates, the audit trail, and marking it
// completed. Opened from the task list, the matrix and the per-agency page. What is shown is read
// again after each save by the query cache (api/invalidation.ts).
import { useEffect, useState } from 'react';
import { Badge, Button, Drawer, Group, Stack, Tabs, Title } from '@mantine/core';
import type { AgencyRow, TaskGroupRow } from '../../../../shared/api/models';
import { useApi } from '../../hooks/useApi';
import { ErrorAlert, Loading } from '../status';
import { TaskPartsCard } from './TaskPartsCard';
import { TaskStatusBadge } from '../TaskStatusBadge';
import { DeleteTaskButton } from './DeleteTaskButton';
import { TaskFacts } from './TaskFacts';
import { TaskEditForm } from './TaskEditForm';
import { CompleteModal, ReopenButton } from './TaskCompletion';
import { ProgressPanel } from './TaskProgressPanel';
import { AuditTable } from './AuditTable';

interface Props {
  taskId: number | null;
  planId: number;
  agencies: AgencyRow[];
  groups: TaskGroupRow[];
  onClose: () => void;
  /** Something was saved (the data on screen is refreshed without it). */
  onChanged?: () => void;
}

export function TaskDrawer({ taskId, agencies, groups, onClose, onChanged }: Props) {
  const [tab, setTab] = useState<string | null>('info');
  const detail = useApi('tasks.get', taskId !== null ? { taskId } : null);
  const history = useApi('tasks.history', taskId !== null && tab === 'history' ? { taskId } : null);
  const [editing, setEditing] = useState(false);
  const [completing, setCompleting] = useState(false);

  useEffect(() => {
    setTab('info');
    setEditing(false);
  }, [taskId]);

  const saved = () => onChanged?.();

  const task = detail.data && detail.data.id === taskId ? detail.data : undefined;

  return (
    <Drawer
      opened={taskId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={task ? <Title order={3}>Nhiệm vụ {task.code}</Title> : 'Nhiệm vụ'}
      closeButtonProps={{ 'aria-label': 'Đóng' }}
    >
      {detail.error && <ErrorAlert message={detail.error} />}
      {!task && !detail.error && <Loading />}
      {task && (
        <Stack>
          <Group justify="space-between">
            <Group gap="xs">
              <TaskStatusBadge status={task.status} />
              {task.dueSoon && (
                <Badge color="orange" variant="filled" style={{ textTransform: 'none' }}>
                  Sắp đến hạn
                </Badge>
              )}
            </Group>
            {task.completionDate ? (
              <ReopenButton task={task} onDone={saved} />
            ) : (
              <Button color="green" onClick={() => setCompleting(true)}>
                Đánh dấu hoàn thành
              </Button>
            )}
          </Group>
          <TaskPartsCard taskId={task.id} onChanged={saved} />
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="info">Thông tin</Tabs.Tab>
              <Tabs.Tab value="progress">Tiến độ ({task.progress.length})</Tabs.Tab>
              <Tabs.Tab value="history">Lịch sử thay đổi</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="info" pt="md">
              {editing ? (
                <TaskEditForm
                  key={`${task.id}-${task.version}`}
                  task={task}
                  agencies={agencies}
                  groups={groups}
                  onCancel={() => {
                    // Shows the task as now stored: another window may have saved it meanwhile.
                    setEditing(false);
                    detail.reload();
                  }}
                  onSaved={() => {
                    setEditing(false);
                    saved();
                  }}
                />
              ) : (
                <TaskFacts task={task} onEdit={() => setEditing(true)} />
              )}
            </Tabs.Panel>
            <Tabs.Panel value="progress" pt="md">
              <ProgressPanel task={task} agencies={agencies} onSaved={saved} />
            </Tabs.Panel>
            <Tabs.Panel value="history" pt="md">
              {history.error && <ErrorAlert message={history.error} />}
              {!history.data ? <Loading /> : <AuditTable lines={history.data} />}
            </Tabs.Panel>
          </Tabs>
          <CompleteModal
            opened={completing}
            task={task}
            agencies={agencies}
            onClose={() => setCompleting(false)}
            onDone={() => {
              setCompleting(false);
              saved();
            }}
          />
          <DeleteTaskButton
            task={task}
            onDeleted={() => {
              onChanged?.();
              onClose();
            }}
          />
        </Stack>
      )}
    </Drawer>
  );
}
