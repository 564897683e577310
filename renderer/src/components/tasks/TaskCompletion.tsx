// Marking a task completed (date, result, reporting agency) and taking the mark back.
import { useEffect, useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { AgencyRow } from '../../../../shared/api/models';
import type { TaskDetail } from '../../../../shared/api/board-models';
import { call } from '../../api/client';
import { useToday } from '../../hooks/useToday';
import { ErrorAlert } from '../status';
import { DateField } from '../DateField';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { ReportedBySelect, useDatedEntry } from './dated-entry';
import { COMPLETION_DATE_MISSING, completionRequest } from './dated-entry-form';
import { FormButtons } from '../FormButtons';

export function ReopenButton({ task, onDone }: { task: TaskDetail; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <Group gap="xs">
      {error && <Text c="red">{error}</Text>}
      <Button
        variant="default"
        onClick={() =>
          call('tasks.update', { taskId: task.id, version: task.version, completionDate: null })
            .then(onDone)
            .catch((err: Error) => setError(err.message))
        }
      >
        Bỏ đánh dấu hoàn thành
      </Button>
    </Group>
  );
}

export function CompleteModal({
  opened,
  task,
  agencies,
  onClose,
  onDone,
}: {
  opened: boolean;
  task: TaskDetail;
  agencies: AgencyRow[];
  onClose: () => void;
  onDone: () => void;
}) {
  const today = useToday();
  const { form, formError, submit, reset, dateProps, reportedByProps } = useDatedEntry(task.lead[0]?.id, COMPLETION_DATE_MISSING);
  const leadId = task.lead[0]?.id;

  useEffect(() => {
    if (opened) reset(today, leadId);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a fresh entry each time the modal opens (reset is new on every render)
  }, [opened, today, leadId]);

  const confirm = () =>
    submit(async (values) => {
      await call('tasks.complete', completionRequest(task.id, values));
      onDone();
    });
  const date = form.values.date;

  return (
    <Modal opened={opened} onClose={onClose} title={`Đánh dấu hoàn thành nhiệm vụ ${task.code}`} size="lg">
      <Stack>
        <DateField label="Ngày hoàn thành" required {...dateProps()} w={220} />
        {task.effectiveDeadline && date && (
          <Text size="sm" c={date > task.effectiveDeadline ? 'red.8' : 'green.8'}>
            {date > task.effectiveDeadline
              ? `Sau thời hạn ${formatDateVi(task.effectiveDeadline)}: sẽ tính là "Đã hoàn thành quá hạn".`
              : `Trong thời hạn ${formatDateVi(task.effectiveDeadline)}: sẽ tính là "Đã hoàn thành đúng hạn".`}
          </Text>
        )}
        <Textarea
          label="Kết quả thực hiện (không bắt buộc)"
          description="Được lưu vào tiến độ của nhiệm vụ."
          autosize
          minRows={2}
          {...form.getInputProps('text')}
        />
        <ReportedBySelect agencies={agencies} {...reportedByProps()} />
        {formError && <ErrorAlert message={formError} />}
        <FormButtons submitLabel="Xác nhận hoàn thành" color="green" onSubmit={() => void confirm()} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
