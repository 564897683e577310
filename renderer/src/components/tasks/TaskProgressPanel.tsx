// A task's progress updates as a timeline, and the form that adds one.
import { useEffect } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea, Timeline } from '@mantine/core';
import type { AgencyRow } from '../../../../shared/api/models';
import type { TaskDetail } from '../../../../shared/api/board-models';
import { call } from '../../api/client';
import { useToday } from '../../hooks/useToday';
import { ErrorAlert } from '../status';
import { DateField } from '../DateField';
import { DATE_MISSING } from '../form-rules';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { formatTimestampVi } from '../../../../shared/domain/audit-format';
import { ReportedBySelect, useDatedEntry } from './dated-entry';
import { progressRequest } from './dated-entry-form';

export function ProgressPanel({ task, agencies, onSaved }: { task: TaskDetail; agencies: AgencyRow[]; onSaved: () => void }) {
  const today = useToday();
  const { form, formError, submit, dateProps, reportedByProps } = useDatedEntry(task.lead[0]?.id, DATE_MISSING);

  useEffect(() => {
    if (today && form.values.date === null) form.setFieldValue('date', today);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- prefill today once it is known; a date the clerk chose stays
  }, [today]);

  const add = () =>
    submit(async (values) => {
      await call('tasks.addProgress', progressRequest(task.id, values));
      form.setFieldValue('text', '');
      onSaved();
    });

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
            <DateField label="Ngày" required {...dateProps()} />
            <ReportedBySelect agencies={agencies} {...reportedByProps()} />
          </Group>
          <Textarea
            label="Nội dung cập nhật"
            required
            autosize
            minRows={2}
            {...form.getInputProps('text')}
          />
          {formError && <ErrorAlert message={formError} />}
          <Group>
            <Button onClick={() => void add()}>Thêm cập nhật</Button>
          </Group>
        </Stack>
      </Alert>
    </Stack>
  );
}
