// "Xóa nhiệm vụ" in the task drawer: asked once, twice when the task has progress notes.
import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import type { TaskDetail } from '../../../../shared/api/board-models';
import { call } from '../../api/client';
import { ConfirmDelete } from '../ConfirmDelete';

export function DeleteTaskButton({ task, onDeleted }: { task: TaskDetail; onDeleted: () => void }) {
  const [opened, setOpened] = useState(false);
  const progress = task.progress.length;
  return (
    <Group justify="flex-end">
      <Button variant="subtle" color="red" onClick={() => setOpened(true)}>
        Xóa nhiệm vụ
      </Button>
      <ConfirmDelete
        opened={opened}
        title={`Xóa nhiệm vụ ${task.code}?`}
        second={
          progress > 0
            ? `Nhiệm vụ ${task.code} đã có ${progress} lần cập nhật tiến độ. Xóa nhiệm vụ sẽ xóa cả các cập nhật này khỏi danh sách (nội dung vẫn được ghi trong lịch sử xóa).`
            : null
        }
        onClose={() => setOpened(false)}
        onConfirm={async () => {
          await call('tasks.delete', { taskId: task.id, withProgress: progress > 0 });
          setOpened(false);
          onDeleted();
        }}
      >
        <Text size="sm">{task.content}</Text>
        {progress > 0 && (
          <Text size="sm" c="orange.8">
            Nhiệm vụ này có {progress} lần cập nhật tiến độ.
          </Text>
        )}
      </ConfirmDelete>
    </Group>
  );
}
