// A task's progress updates as a timeline, and the form that adds one.
import { useEffect } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea, Timeline } from '@mantine/core';
import type { AgencyRow } from '../../../../shared/api/models';
import type { TaskDetail } from '../../../../shared/api/board-models';
import { call } from '../../api/client';
import { useToday } from '../../hooks/useToday';
import { ErrorAlert } from '../status';
import { DateField } from '../DateField';
import { useFormErrors } from '../form-errors';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { formatTimestampVi } from '../../../../shared/domain/audit-format';
import { ReportedBySelect, useDatedEntry } from './dated-entry';

export function ProgressPanel({ task, agencies, onSaved }: { task: TaskDetail; agencies: AgencyRow[]; onSaved: () => void }) {
  const today = useToday();
  const { date, setDate, onDateValidity, dateToSave, text, setText, reportedBy, setReportedBy, reportedByAgencyId } =
    useDatedEntry(task.lead[0]?.id);
  const { errors, show, clear, setField } = useFormErrors(['date', 'text', 'reportedByAgencyId']);

  useEffect(() => {
    if (today && date === null) setDate(today);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- prefill today once it is known; a date the clerk chose stays
  }, [today]);

  const add = async () => {
    clear();
    const day = dateToSave(setField, 'date', 'Chưa nhập ngày.');
    if (!day) return;
    try {
      await call('tasks.addProgress', {
        taskId: task.id,
        date: day,
        text,
        reportedByAgencyId,
      });
      setText('');
      onSaved();
    } catch (err) {
      show(err);
    }
  };

  return (
    <Stack>
      {task.progress.length === 0 ? (
        <Text c="dimmed">Chưa có cập nhật tiến độ nào.</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} aria-label="Các lần cập nhật tiến độ">
          {task.progress.map((p) => (
            <Timeline.Item key={p.id} title={`${formatDateVi(p.date)}${p.reportedBy ? ` · ${p.reportedBy.shortName}` : ''}`}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {p.text}
              </Text>
              <Text size="xs" c="dimmed">
                Nhập lúc {formatTimestampVi(p.createdAt)} bởi {p.createdBy || 'không rõ'}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      <Alert variant="light" color="gray" title="Thêm cập nhật tiến độ">
        <Stack gap="xs">
          <Group align="flex-start" grow>
            <DateField label="Ngày" required value={date} onChange={setDate} onValidityChange={onDateValidity} error={errors.fields.date} />
            <ReportedBySelect agencies={agencies} value={reportedBy} onChange={setReportedBy} error={errors.fields.reportedByAgencyId} />
          </Group>
          <Textarea
            label="Nội dung cập nhật"
            required
            autosize
            minRows={2}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={errors.fields.text}
          />
          {errors.form && <ErrorAlert message={errors.form} />}
          <Group>
            <Button onClick={add}>Thêm cập nhật</Button>
          </Group>
        </Stack>
      </Alert>
    </Stack>
  );
}
