// Marking a task completed (date, result, reporting agency) and taking the mark back.
import { useEffect, useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { AgencyRow } from '../../../../shared/api/models';
import type { TaskDetail } from '../../../../shared/api/board-models';
import { call } from '../../api/client';
import { useToday } from '../../hooks/useToday';
import { ErrorAlert } from '../status';
import { DateField } from '../DateField';
import { useFormErrors } from '../form-errors';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { ReportedBySelect, useDatedEntry } from './dated-entry';

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
  const { date, setDate, onDateValidity, dateToSave, text, setText, reportedBy, setReportedBy, reportedByAgencyId } =
    useDatedEntry(task.lead[0]?.id);
  const { errors, show, clear, setField } = useFormErrors(['completionDate', 'text', 'reportedByAgencyId']);

  useEffect(() => {
    if (opened) {
      setDate(today);
      setText('');
      setReportedBy(task.lead[0] ? String(task.lead[0].id) : null);
      clear();
    }
  }, [opened, today, task, clear, setDate, setText, setReportedBy]);

  const submit = async () => {
    clear();
    const completionDate = dateToSave(setField, 'completionDate', 'Chưa nhập ngày hoàn thành.');
    if (!completionDate) return;
    try {
      await call('tasks.complete', {
        taskId: task.id,
        completionDate,
        text: text.trim() || null,
        reportedByAgencyId,
      });
      onDone();
    } catch (err) {
      show(err);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`Đánh dấu hoàn thành nhiệm vụ ${task.code}`} size="lg">
      <Stack>
        <DateField
          label="Ngày hoàn thành"
          required
          value={date}
          onChange={setDate}
          onValidityChange={onDateValidity}
          error={errors.fields.completionDate}
          w={220}
        />
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
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors.fields.text}
        />
        <ReportedBySelect agencies={agencies} value={reportedBy} onChange={setReportedBy} error={errors.fields.reportedByAgencyId} />
        {errors.form && <ErrorAlert message={errors.form} />}
        <Group>
          <Button color="green" onClick={submit}>
            Xác nhận hoàn thành
          </Button>
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
