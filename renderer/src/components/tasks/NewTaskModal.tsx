// Adding a task to the plan (and, for a new or empty plan, a task group first): one form
// (@mantine/form, values and requests in task-form.ts), opened afresh each time the modal opens.
import { useState } from 'react';
import { Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import type { AgencyRow, TaskGroupRow, TaskRow } from '../../../../shared/api/models';
import { call } from '../../api/client';
import { ErrorAlert } from '../status';
import { fieldError, showApiError, useTypedDates } from '../form-rules';
import { TaskForm } from './TaskForm';
import { GROUP_FIELDS, groupCreateOf, newTaskErrors, newTaskValues, taskCodeOf, taskCreateOf, type NewTaskValues } from './task-form';
import { FormButtons } from '../FormButtons';

interface Props {
  opened: boolean;
  planId: number;
  tasks: TaskRow[];
  agencies: AgencyRow[];
  groups: TaskGroupRow[];
  onClose: () => void;
  onCreated: (taskId: number) => void;
}

export function NewTaskModal({ opened, onClose, ...rest }: Props) {
  // The modal's content is mounted when it opens: each opening starts a new form.
  return (
    <Modal opened={opened} onClose={onClose} title="Thêm nhiệm vụ" size="xl">
      <NewTaskForm onClose={onClose} {...rest} />
    </Modal>
  );
}

function NewTaskForm({ planId, tasks, agencies, groups: planGroups, onClose, onCreated }: Omit<Props, 'opened'>) {
  const dates = useTypedDates();
  const form = useForm<NewTaskValues>({
    initialValues: newTaskValues(planGroups),
    validate: (values) => newTaskErrors(values, dates.typed),
  });
  // A group created here stays offered even before the plan's list of groups is read again.
  const [createdGroups, setCreatedGroups] = useState<TaskGroupRow[]>([]);
  const [groupError, setGroupError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const groups = [...planGroups, ...createdGroups.filter((g) => !planGroups.some((p) => p.id === g.id))];

  const save = async (values: NewTaskValues) => {
    let inGroup = values;
    let known = groups;
    if (values.newGroup) {
      try {
        const created = await call('taskGroups.create', groupCreateOf(planId, values));
        setCreatedGroups((g) => [...g, created]);
        known = [...groups, created];
        inGroup = { ...values, newGroup: false, groupId: created.id };
        form.setValues({ newGroup: false, groupId: created.id });
      } catch (err) {
        setGroupError(showApiError(form, err, GROUP_FIELDS));
        return;
      }
    }
    try {
      const created = await call('tasks.create', taskCreateOf(planId, inGroup, known, tasks));
      onCreated(created.id);
    } catch (err) {
      setFormError(showApiError(form, err));
    }
  };
  const submit = () => {
    setGroupError(null);
    setFormError(null);
    form.onSubmit(save)();
  };

  return (
    <Stack>
      <NewGroupFields form={form} error={groupError} />
      <TaskForm
        form={form}
        dates={dates}
        agencies={agencies}
        groups={groups}
        hideGroup={form.values.newGroup}
        keepAgencyIds={[]}
        showCompletion={false}
        head={
          <TextInput
            label="Mã nhiệm vụ"
            required
            w={220}
            value={taskCodeOf(form.values, groups, tasks)}
            onChange={(e) => form.setFieldValue('code', e.currentTarget.value)}
            error={fieldError(form, 'code')}
          />
        }
      />
      {formError && <ErrorAlert message={formError} />}
      <FormButtons submitLabel="Thêm nhiệm vụ" onSubmit={submit} loading={form.submitting} onCancel={onClose} />
    </Stack>
  );
}

/** "Thêm nhóm nhiệm vụ mới": the group's code and title, and what was said when it could not be created. */
function NewGroupFields({ form, error }: { form: UseFormReturnType<NewTaskValues>; error: string | null }) {
  return (
    <>
      <Checkbox label="Thêm nhóm nhiệm vụ mới" {...form.getInputProps('newGroup', { type: 'checkbox' })} />
      {form.values.newGroup && (
        <Group grow align="flex-start">
          <TextInput label="Mã nhóm" required placeholder="ví dụ: V.14" {...form.getInputProps('groupCode')} />
          <TextInput label="Tên nhóm" required {...form.getInputProps('groupTitle')} />
        </Group>
      )}
      {error && <ErrorAlert message={error} />}
    </>
  );
}
