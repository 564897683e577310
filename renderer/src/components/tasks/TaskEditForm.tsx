// Editing a task's fields in the drawer: the form (@mantine/form) opened on the stored task, saving
// only what changed (task-form.ts).
import { useState } from 'react';
import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AgencyRow, TaskGroupRow } from '../../../../shared/api/models';
import type { TaskDetail } from '../../../../shared/api/board-models';
import { call } from '../../api/client';
import { ErrorAlert } from '../status';
import { showApiError, useTypedDates } from '../form-rules';
import { TaskForm } from './TaskForm';
import { formValuesOf, taskFormErrors, taskUpdateOf, type TaskFormValues } from './task-form';
import { FormButtons } from '../FormButtons';

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
  const dates = useTypedDates();
  const form = useForm<TaskFormValues>({
    initialValues: formValuesOf(task),
    validate: (values) => taskFormErrors(values, dates.typed),
  });
  const [formError, setFormError] = useState<string | null>(null);

  const save = async (values: TaskFormValues) => {
    setFormError(null);
    try {
      await call('tasks.update', taskUpdateOf(task, values));
      onSaved();
    } catch (err) {
      setFormError(showApiError(form, err));
    }
  };

  return (
    <Stack>
      <TaskForm
        form={form}
        dates={dates}
        agencies={agencies}
        groups={groups}
        keepAgencyIds={[...task.lead, ...task.support].map((a) => a.id)}
      />
      {formError && <ErrorAlert message={formError} />}
      <FormButtons
        submitLabel="Lưu thay đổi"
        onSubmit={() => form.onSubmit(save, () => setFormError(null))()}
        loading={form.submitting}
        onCancel={onCancel}
      />
    </Stack>
  );
}
