// Adding a task to the plan (and, for a new or empty plan, a task group first).
import { useEffect, useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import type { AgencyRow, TaskGroupRow, TaskRow } from '../../../../shared/api/models';
import { call } from '../../api/client';
import { ErrorAlert } from '../status';
import { useFormErrors } from '../form-errors';
import { TaskForm, TASK_FORM_FIELDS, taskFieldsFromForm, type TaskFormValues } from './TaskForm';

const EMPTY: TaskFormValues = {
  groupId: null,
  content: '',
  leadIds: [],
  supportIds: [],
  deadlineKind: 'date',
  deadline: null,
  periodType: null,
  deadlineText: '',
  expectedOutput: '',
  completionDate: null,
  note: '',
};

/** Next free code in a group: "V.2" with V.2.1..V.2.5 gives "V.2.6". */
export function suggestTaskCode(group: TaskGroupRow, tasks: TaskRow[]): string {
  const taken = new Set(tasks.map((t) => t.code));
  for (let n = 1; ; n++) {
    const code = `${group.code}.${n}`;
    if (!taken.has(code)) return code;
  }
}

interface Props {
  opened: boolean;
  planId: number;
  tasks: TaskRow[];
  agencies: AgencyRow[];
  groups: TaskGroupRow[];
  onClose: () => void;
  onCreated: (taskId: number) => void;
}


export function NewTaskModal({ opened, planId, tasks, agencies, groups: planGroups, onClose, onCreated }: Props) {
  const [values, setValues] = useState<TaskFormValues>(EMPTY);
  const [code, setCode] = useState('');
  const [codeTouched, setCodeTouched] = useState(false);
  const [newGroup, setNewGroup] = useState(false);
  const [groupCode, setGroupCode] = useState('');
  const [groupTitle, setGroupTitle] = useState('');
  const [createdGroups, setCreatedGroups] = useState<TaskGroupRow[]>([]);
  const [badDates, setBadDates] = useState<Map<string, string>>(new Map());
  const { errors, show, clear, setField, edited } = useFormErrors(TASK_FORM_FIELDS);
  const groupErrors = useFormErrors(['code', 'title']);
  const groups = [...planGroups, ...createdGroups.filter((g) => !planGroups.some((p) => p.id === g.id))];

  useEffect(() => {
    if (opened) {
      const first = planGroups[0];
      setValues({ ...EMPTY, groupId: first?.id ?? null });
      // Suggested here too: the group may be the one of the last task added, so groupId does not change.
      setCode(first ? suggestTaskCode(first, tasks) : '');
      setCodeTouched(false);
      setNewGroup(planGroups.length === 0);
      clear();
      groupErrors.clear();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset the form only when the modal opens
  }, [opened]);

  // Suggest the next code of the chosen group until the clerk types one.
  useEffect(() => {
    const group = groups.find((g) => g.id === values.groupId);
    if (!codeTouched && group) setCode(suggestTaskCode(group, tasks));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- suggest again when the group changes, not when the task list reloads
  }, [values.groupId, codeTouched]);

  // A new group's first task: its code follows the group's code as it is typed.
  useEffect(() => {
    if (newGroup && !codeTouched) setCode(groupCode.trim() ? suggestTaskCode({ id: 0, code: groupCode.trim(), title: '' }, tasks) : '');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follow the typed group code, not reloads of the task list
  }, [newGroup, groupCode, codeTouched]);

  const save = async () => {
    clear();
    groupErrors.clear();
    if (badDates.size > 0) {
      for (const [field, message] of badDates) setField(field, message);
      return;
    }
    let group = groups.find((g) => g.id === values.groupId);
    if (newGroup) {
      try {
        const created = await call('taskGroups.create', { planId, code: groupCode, title: groupTitle });
        setCreatedGroups((g) => [...g, created]);
        setNewGroup(false);
        group = created;
        setValues((v) => ({ ...v, groupId: created.id }));
        if (!codeTouched) setCode(suggestTaskCode(created, tasks));
      } catch (err) {
        groupErrors.show(err);
        return;
      }
    }
    if (!group) {
      setField('groupId', 'Chưa chọn nhóm nhiệm vụ.');
      return;
    }
    // The suggested code of a group created just now is not in `code` yet.
    const taskCode = codeTouched ? code : code || suggestTaskCode(group, tasks);
    try {
      const created = await call('tasks.create', {
        planId,
        code: taskCode,
        groupId: group.id,
        ...taskFieldsFromForm(values),
      });
      onCreated(created.id);
    } catch (err) {
      show(err);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Thêm nhiệm vụ" size="xl">
      <Stack>
        <Checkbox
          label="Thêm nhóm nhiệm vụ mới"
          checked={newGroup}
          onChange={(e) => setNewGroup(e.currentTarget.checked)}
        />
        {newGroup && (
          <Group grow align="flex-start">
            <TextInput
              label="Mã nhóm"
              required
              placeholder="ví dụ: V.14"
              value={groupCode}
              onChange={(e) => setGroupCode(e.currentTarget.value)}
              error={groupErrors.errors.fields.code}
            />
            <TextInput
              label="Tên nhóm"
              required
              value={groupTitle}
              onChange={(e) => setGroupTitle(e.currentTarget.value)}
              error={groupErrors.errors.fields.title}
            />
          </Group>
        )}
        {groupErrors.errors.form && <ErrorAlert message={groupErrors.errors.form} />}
        <TaskForm
          values={values}
          onChange={setValues}
          onEdited={edited}
          errors={errors.fields}
          agencies={agencies}
          groups={groups}
          hideGroup={newGroup}
          keepAgencyIds={[]}
          showCompletion={false}
          onDateValidity={(field, message) =>
            setBadDates((s) => {
              const next = new Map(s);
              if (message) next.set(field, message);
              else next.delete(field);
              return next;
            })
          }
          head={
            <TextInput
              label="Mã nhiệm vụ"
              required
              w={220}
              value={code}
              onChange={(e) => {
                setCode(e.currentTarget.value);
                setCodeTouched(true);
              }}
              error={errors.fields.code}
            />
          }
        />
        {errors.form && <ErrorAlert message={errors.form} />}
        <Group>
          <Button onClick={save}>Thêm nhiệm vụ</Button>
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
