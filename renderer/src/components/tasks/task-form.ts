// The task forms' values (@mantine/form): what the form opens with, what it says before anything is
// sent, and the request it sends, for a task edited in the drawer (tasks.update, only what changed)
// and a task added with "Thêm nhiệm vụ" (tasks.create, and taskGroups.create for a new group first).
// The rules of a task itself are the server's (shared/domain/task-rules.ts); their messages come back
// naming a field and are shown under it (showApiError in form-rules.ts).
import type { FormErrors } from '@mantine/form';
import type { MethodInput } from '../../../../shared/api/contract';
import type { TaskGroupRow, TaskRow } from '../../../../shared/api/models';
import type { TaskDetail } from '../../../../shared/api/board-models';
import type { DeadlineKind, PeriodType } from '../../../../shared/domain/types';
import { draftOfTask } from '../../../../shared/domain/task-rules';

/** A task's own fields as the inputs hold them (an empty text is ''). */
export interface TaskFormValues {
  groupId: number | null;
  content: string;
  leadIds: number[];
  supportIds: number[];
  deadlineKind: DeadlineKind;
  deadline: string | null;
  periodType: PeriodType | null;
  deadlineText: string;
  expectedOutput: string;
  completionDate: string | null;
  note: string;
}

/** "Thêm nhiệm vụ": the task's fields, its code, and the group added with it. */
export interface NewTaskValues extends TaskFormValues {
  /** The code typed, or null while the suggested one stands (suggestTaskCode). */
  code: string | null;
  /** "Thêm nhóm nhiệm vụ mới": the group is created first, with its code and title. */
  newGroup: boolean;
  groupCode: string;
  groupTitle: string;
}

/** The typed dates' messages (useTypedDates().typed in form-rules.ts). */
export type TypedDateMessages = Record<string, string | null | undefined>;

/** What the form says before anything is sent: a date typed that is no day. */
export function taskFormErrors(values: TaskFormValues, typed: TypedDateMessages): FormErrors {
  return {
    // The day is asked only while the deadline is a date (the field is not shown otherwise).
    deadline: values.deadlineKind === 'date' ? (typed.deadline ?? null) : null,
    completionDate: typed.completionDate ?? null,
  };
}

/** …and for a new task, a group: chosen, or a new one being added. */
export function newTaskErrors(values: NewTaskValues, typed: TypedDateMessages): FormErrors {
  return {
    ...taskFormErrors(values, typed),
    groupId: !values.newGroup && values.groupId == null ? 'Chưa chọn nhóm nhiệm vụ.' : null,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

/** What the form sends for the task's own fields, the same whether a task is added or edited. */
export function taskFieldsFromForm(values: TaskFormValues) {
  return {
    content: values.content,
    leadIds: values.leadIds,
    supportIds: values.supportIds,
    deadlineKind: values.deadlineKind,
    deadline: values.deadlineKind === 'date' ? values.deadline : null,
    periodType: values.deadlineKind === 'period' ? values.periodType : null,
    deadlineText: orNull(values.deadlineText),
    expectedOutput: orNull(values.expectedOutput),
    note: orNull(values.note),
  };
}

/** The stored task as the edit form opens on it (draftOfTask, its empty texts as ''). */
export function formValuesOf(t: TaskDetail): TaskFormValues {
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

/**
 * The edit's request: only what the form changed, with the version it was opened on, so that a save
 * in another window in between is not silently reverted (the server refuses and shows the current values).
 */
export function taskUpdateOf(task: TaskDetail, values: TaskFormValues): MethodInput<'tasks.update'> {
  return { taskId: task.id, version: task.version, ...changedFields(task, values) };
}

/** Next free code in a group: "V.2" with V.2.1..V.2.5 gives "V.2.6". */
export function suggestTaskCode(group: Pick<TaskGroupRow, 'code'>, tasks: readonly Pick<TaskRow, 'code'>[]): string {
  const taken = new Set(tasks.map((t) => t.code));
  for (let n = 1; ; n++) {
    const code = `${group.code}.${n}`;
    if (!taken.has(code)) return code;
  }
}

/** A new task's form as it opens: in the plan's first group, or adding a group when the plan has none. */
export function newTaskValues(groups: readonly TaskGroupRow[]): NewTaskValues {
  return {
    groupId: groups[0]?.id ?? null,
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
    code: null,
    newGroup: groups.length === 0,
    groupCode: '',
    groupTitle: '',
  };
}

/**
 * The code shown and sent: the one typed, else the next free code of the group being added (as its
 * code is typed) or of the group chosen; '' while there is no group to suggest from.
 */
export function taskCodeOf(values: NewTaskValues, groups: readonly TaskGroupRow[], tasks: readonly Pick<TaskRow, 'code'>[]): string {
  if (values.code !== null) return values.code;
  if (values.newGroup) return values.groupCode.trim() ? suggestTaskCode({ code: values.groupCode.trim() }, tasks) : '';
  const group = groups.find((g) => g.id === values.groupId);
  return group ? suggestTaskCode(group, tasks) : '';
}

/** The new group's request (taskGroups.create). */
export function groupCreateOf(planId: number, values: NewTaskValues): MethodInput<'taskGroups.create'> {
  return { planId, code: values.groupCode, title: values.groupTitle };
}

/** Where the group's refusal is shown: its "Mã" and "Tên" are the form's groupCode and groupTitle. */
export const GROUP_FIELDS = { code: 'groupCode', title: 'groupTitle' };

/** The new task's request (tasks.create), once its group exists (`values.groupId`). */
export function taskCreateOf(
  planId: number,
  values: NewTaskValues,
  groups: readonly TaskGroupRow[],
  tasks: readonly Pick<TaskRow, 'code'>[],
): MethodInput<'tasks.create'> {
  return {
    planId,
    code: taskCodeOf({ ...values, newGroup: false }, groups, tasks),
    groupId: values.groupId!,
    ...taskFieldsFromForm(values),
  };
}
