// Editing a task's fields in the drawer: the form opened on the stored task, saving only what changed.
import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import type { AgencyRow, TaskGroupRow } from '../../../../shared/api/models';
import type { TaskDetail } from '../../../../shared/api/board-models';
import { call } from '../../api/client';
import { ErrorAlert } from '../status';
import { useFormErrors } from '../form-errors';
import { TaskForm, TASK_FORM_FIELDS, taskFieldsFromForm, type TaskFormValues } from './TaskForm';
import { draftOfTask } from '../../../../shared/domain/task-rules';

export function formValuesOf(t: TaskDetail): TaskFormValues {
  // The inputs hold text: an empty field is '' where the draft has null.
  return {
    ...draftOfTask(t),
    deadlineText: t.deadlineText ?? '',
    expectedOutput: t.expectedOutput ?? '',
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

export function TaskEditForm({
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
