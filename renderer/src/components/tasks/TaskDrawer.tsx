// One task in full: its fields (editable), progress updates, the audit trail, and marking it
// completed. Opened from the task list, the matrix and the per-agency page.
import { useEffect, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Drawer,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import type { AgencyRow, TaskGroupRow } from '../../../../shared/api/models';
import type { TaskDetail } from '../../../../shared/api/board-models';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { useToday } from '../../hooks/useToday';
import { ErrorAlert, Loading } from '../status';
import { TaskPartsCard } from './TaskPartsCard';
import { TaskStatusBadge } from '../TaskStatusBadge';
import { TaskAgencies } from './TaskAgencies';
import { DateField } from '../DateField';
import { useFormErrors } from '../form-errors';
import { TaskForm, TASK_FORM_FIELDS, taskFieldsFromForm, type TaskFormValues } from './TaskForm';
import { DeadlineCell } from './TaskTable';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { formatTimestampVi } from '../../../../shared/domain/audit-format';
import { DEADLINE_KIND_LABELS } from '../../../../shared/domain/labels';
import { viOptionsFilter } from '../vi-filter';
import { agencyOptions } from './agency-options';
import { DeleteTaskButton } from './DeleteTaskButton';

interface Props {
  taskId: number | null;
  planId: number;
  agencies: AgencyRow[];
  groups: TaskGroupRow[];
  onClose: () => void;
  /** Something was saved: the list behind should reload. */
  onChanged: () => void;
}

export function formValuesOf(t: TaskDetail): TaskFormValues {
  return {
    groupId: t.group.id,
    content: t.content,
    leadIds: t.lead.map((a) => a.id),
    supportIds: t.support.map((a) => a.id),
    deadlineKind: t.deadlineKind,
    deadline: t.deadline,
    periodType: t.periodType,
    deadlineText: t.deadlineText ?? '',
    expectedOutput: t.expectedOutput ?? '',
    completionDate: t.completionDate,
    note: t.note ?? '',
  };
}


/** The task's saved fields this form changed (every field when nothing is known to be unchanged). */
export function changedFields(task: TaskDetail, values: TaskFormValues) {
  const fields = (v: TaskFormValues) => ({
    groupId: v.groupId ?? task.group.id,
    ...taskFieldsFromForm(v),
    completionDate: v.completionDate,
  });
  const before = fields(formValuesOf(task));
  const after = fields(values);
  const changed: Partial<typeof after> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) (changed as Record<string, unknown>)[key] = after[key];
  }
  return changed;
}

export function TaskDrawer({ taskId, agencies, groups, onClose, onChanged }: Props) {
  const [tab, setTab] = useState<string | null>('info');
  const [version, setVersion] = useState(0);
  const detail = useApi('tasks.get', taskId !== null ? { taskId } : null);
  const history = useApi('tasks.history', taskId !== null && tab === 'history' ? { taskId } : null);
  const [editing, setEditing] = useState(false);
  const [completing, setCompleting] = useState(false);

  useEffect(() => {
    setTab('info');
    setEditing(false);
  }, [taskId]);

  const saved = () => {
    detail.reload();
    history.reload();
    setVersion((v) => v + 1);
    onChanged();
  };

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
          <TaskPartsCard taskId={task.id} version={version} onChanged={saved} />
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="info">Thông tin</Tabs.Tab>
              <Tabs.Tab value="progress">Tiến độ ({task.progress.length})</Tabs.Tab>
              <Tabs.Tab value="history">Lịch sử thay đổi</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="info" pt="md">
              {editing ? (
                <TaskEditForm
                  key={`${task.id}-${version}`}
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
              onChanged();
              onClose();
            }}
          />
        </Stack>
      )}
    </Drawer>
  );
}

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

function TaskFacts({ task, onEdit }: { task: TaskDetail; onEdit: () => void }) {
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

function TaskEditForm({
  task,
  agencies,
  groups,
  onCancel,
  onSaved,
}: {
  task: TaskDetail;
  agencies: AgencyRow[];
  groups: TaskGroupRow[];
  onCancel: () => void;
  onSaved: () => void;
}) {
  const [values, setValues] = useState<TaskFormValues>(() => formValuesOf(task));
  const [badDates, setBadDates] = useState<Map<string, string>>(new Map());
  const [saving, setSaving] = useState(false);
  const { errors, show, clear, setField, edited } = useFormErrors(TASK_FORM_FIELDS);

  const save = async () => {
    clear();
    if (badDates.size > 0) {
      for (const [field, message] of badDates) setField(field, message);
      return;
    }
    setSaving(true);
    try {
      // Only what this form changed, with the version it was opened on: a save in another window
      // in between is not silently reverted (the server refuses and shows the current values).
      await call('tasks.update', { taskId: task.id, version: task.version, ...changedFields(task, values) });
      onSaved();
    } catch (err) {
      show(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack>
      <TaskForm
        values={values}
        onChange={setValues}
        onEdited={edited}
        errors={errors.fields}
        agencies={agencies}
        groups={groups}
        keepAgencyIds={[...task.lead, ...task.support].map((a) => a.id)}
        onDateValidity={(field, message) =>
          setBadDates((s) => {
            const next = new Map(s);
            if (message) next.set(field, message);
            else next.delete(field);
            return next;
          })
        }
      />
      {errors.form && <ErrorAlert message={errors.form} />}
      <Group>
        <Button onClick={save} loading={saving}>
          Lưu thay đổi
        </Button>
        <Button variant="default" onClick={onCancel}>
          Hủy
        </Button>
      </Group>
    </Stack>
  );
}

function ReopenButton({ task, onDone }: { task: TaskDetail; onDone: () => void }) {
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

function CompleteModal({
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
  const [date, setDate] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [reportedBy, setReportedBy] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const { errors, show, clear, setField } = useFormErrors(['completionDate', 'text', 'reportedByAgencyId']);

  useEffect(() => {
    if (opened) {
      setDate(today);
      setText('');
      setReportedBy(task.lead[0] ? String(task.lead[0].id) : null);
      clear();
    }
  }, [opened, today, task, clear]);

  const submit = async () => {
    clear();
    if (dateError || !date) {
      setField('completionDate', dateError ?? 'Chưa nhập ngày hoàn thành.');
      return;
    }
    try {
      await call('tasks.complete', {
        taskId: task.id,
        completionDate: date,
        text: text.trim() || null,
        reportedByAgencyId: reportedBy ? Number(reportedBy) : null,
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
          onValidityChange={(_ok, message) => setDateError(message)}
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
        <Select
          label="Đơn vị báo cáo"
          clearable
          searchable
          filter={viOptionsFilter}
          data={agencyOptions(agencies)}
          value={reportedBy}
          onChange={setReportedBy}
          error={errors.fields.reportedByAgencyId}
        />
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

function ProgressPanel({ task, agencies, onSaved }: { task: TaskDetail; agencies: AgencyRow[]; onSaved: () => void }) {
  const today = useToday();
  const [date, setDate] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [reportedBy, setReportedBy] = useState<string | null>(task.lead[0] ? String(task.lead[0].id) : null);
  const [dateError, setDateError] = useState<string | null>(null);
  const { errors, show, clear, setField } = useFormErrors(['date', 'text', 'reportedByAgencyId']);

  useEffect(() => {
    if (today && date === null) setDate(today);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- prefill today once it is known; a date the clerk chose stays
  }, [today]);

  const add = async () => {
    clear();
    if (dateError || !date) {
      setField('date', dateError ?? 'Chưa nhập ngày.');
      return;
    }
    try {
      await call('tasks.addProgress', {
        taskId: task.id,
        date,
        text,
        reportedByAgencyId: reportedBy ? Number(reportedBy) : null,
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
            <DateField label="Ngày" required value={date} onChange={setDate} onValidityChange={(_ok, message) => setDateError(message)} error={errors.fields.date} />
            <Select
              label="Đơn vị báo cáo"
              clearable
              searchable
              filter={viOptionsFilter}
              data={agencyOptions(agencies)}
              value={reportedBy}
              onChange={setReportedBy}
              error={errors.fields.reportedByAgencyId}
            />
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

export function AuditTable({ lines }: { lines: import('../../../../shared/api/board-models').AuditLine[] }) {
  if (lines.length === 0) return <Text c="dimmed">Chưa có thay đổi nào được ghi lại.</Text>;
  return (
    <Table withTableBorder verticalSpacing="xs" aria-label="Lịch sử thay đổi">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>Thời điểm</Table.Th>
          <Table.Th w={130}>Người thực hiện</Table.Th>
          <Table.Th w={140}>Nội dung</Table.Th>
          <Table.Th>Giá trị cũ</Table.Th>
          <Table.Th>Giá trị mới</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((l) => (
          <Table.Tr key={l.id}>
            <Table.Td>{formatTimestampVi(l.at)}</Table.Td>
            <Table.Td>{l.actor}</Table.Td>
            <Table.Td>{l.fieldLabel}</Table.Td>
            <Table.Td className="cell-wrap">
              <Text size="sm" c={l.oldValue ? undefined : 'dimmed'}>
                {l.oldValue ?? '(trống)'}
              </Text>
            </Table.Td>
            <Table.Td className="cell-wrap">
              <Text size="sm" c={l.newValue ? undefined : 'dimmed'}>
                {l.newValue ?? '(trống)'}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
