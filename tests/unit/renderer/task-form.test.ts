// The task forms (renderer/src/components/tasks/task-form.ts, task-parts-form.ts): what they open
// with, what they say before anything is sent, the request they send, and where a refusal is shown.
import { describe, expect, it } from 'vitest';
import type { UseFormReturnType } from '@mantine/form';
import type { TaskDetail } from '../../../shared/api/board-models';
import type { TaskGroupRow } from '../../../shared/api/models';
import { ApiCallError } from '../../../renderer/src/api/client';
import { showApiError } from '../../../renderer/src/components/form-rules';
import {
  GROUP_FIELDS,
  changedFields,
  formValuesOf,
  groupCreateOf,
  newTaskErrors,
  newTaskValues,
  suggestTaskCode,
  taskCodeOf,
  taskCreateOf,
  taskFieldsFromForm,
  taskFormErrors,
  taskUpdateOf,
} from '../../../renderer/src/components/tasks/task-form';
import { partCompletionOf, partDateErrors, PART_FIELDS } from '../../../renderer/src/components/tasks/task-parts-form';

const police = { id: 4, shortName: 'Công an tỉnh', kind: 'department' as const };
const health = { id: 9, shortName: 'Sở Y tế', kind: 'department' as const };
const v2: TaskGroupRow = { id: 2, code: 'V.2', title: 'Công an tỉnh' };
const v3: TaskGroupRow = { id: 3, code: 'V.3', title: 'Sở Y tế' };

const stored: TaskDetail = {
  id: 23,
  planId: 1,
  version: '2022-06-01T08:00:00.000Z#4',
  code: 'V.2.3',
  group: v2,
  content: 'Chỉ đạo phòng chuyên môn thực hiện chế độ báo cáo.',
  lead: [police],
  support: [health],
  deadlineKind: 'date',
  deadline: '2022-09-30',
  periodType: null,
  deadlineText: null,
  expectedOutput: 'Báo cáo',
  completionDate: null,
  note: null,
  status: 'not_done_in_time',
  effectiveDeadline: '2022-09-30',
  daysLeft: 91,
  dueSoon: false,
  progress: [],
} as unknown as TaskDetail;

const existing = [{ code: 'V.2.1' }, { code: 'V.2.2' }, { code: 'V.2.3' }, { code: 'V.2.5' }, { code: 'V.3.1' }];

describe('editing a task', () => {
  it('opens on the stored task, its empty texts as empty inputs', () => {
    expect(formValuesOf(stored)).toEqual({
      groupId: 2,
      content: 'Chỉ đạo phòng chuyên môn thực hiện chế độ báo cáo.',
      leadIds: [4],
      supportIds: [9],
      deadlineKind: 'date',
      deadline: '2022-09-30',
      periodType: null,
      deadlineText: '',
      expectedOutput: 'Báo cáo',
      completionDate: null,
      note: '',
    });
  });

  it('sends only what changed, with the version it was opened on', () => {
    const values = { ...formValuesOf(stored), note: 'Đã nhắc', completionDate: '2022-06-30' };
    expect(taskUpdateOf(stored, values)).toEqual({ taskId: 23, version: '2022-06-01T08:00:00.000Z#4', note: 'Đã nhắc', completionDate: '2022-06-30' });
    expect(changedFields(stored, formValuesOf(stored))).toEqual({});
  });

  it('a deadline by period drops the date; an emptied text is sent as none', () => {
    const values = { ...formValuesOf(stored), deadlineKind: 'period' as const, periodType: 'six_month' as const, expectedOutput: '  ' };
    expect(taskFieldsFromForm(values)).toMatchObject({ deadlineKind: 'period', deadline: null, periodType: 'six_month', expectedOutput: null });
    expect(changedFields(stored, values)).toEqual({ deadlineKind: 'period', deadline: null, periodType: 'six_month', expectedOutput: null });
  });

  it('names a date typed that is no day, and the deadline\'s only while the deadline is a date', () => {
    const typed = { deadline: 'Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).', completionDate: null };
    expect(taskFormErrors(formValuesOf(stored), typed)).toEqual({ deadline: 'Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).', completionDate: null });
    expect(taskFormErrors({ ...formValuesOf(stored), deadlineKind: 'ongoing' }, typed)).toEqual({ deadline: null, completionDate: null });
    expect(taskFormErrors(formValuesOf(stored), { completionDate: 'Không có ngày 32/06/2022.' })).toEqual({ deadline: null, completionDate: 'Không có ngày 32/06/2022.' });
  });
});

describe('adding a task', () => {
  it('suggests the next free code of a group', () => {
    expect(suggestTaskCode(v2, existing)).toBe('V.2.4');
    expect(suggestTaskCode({ code: 'V.14' }, existing)).toBe('V.14.1');
  });

  it('opens in the plan\'s first group, or adding a group when the plan has none', () => {
    expect(newTaskValues([v2, v3])).toMatchObject({ groupId: 2, newGroup: false, code: null });
    expect(newTaskValues([])).toMatchObject({ groupId: null, newGroup: true, groupCode: '', groupTitle: '' });
  });

  it('shows the suggested code until one is typed: the chosen group\'s, or the new group\'s as its code is typed', () => {
    const values = newTaskValues([v2, v3]);
    expect(taskCodeOf(values, [v2, v3], existing)).toBe('V.2.4');
    expect(taskCodeOf({ ...values, groupId: 3 }, [v2, v3], existing)).toBe('V.3.2');
    expect(taskCodeOf({ ...values, newGroup: true, groupCode: '' }, [v2, v3], existing)).toBe('');
    expect(taskCodeOf({ ...values, newGroup: true, groupCode: ' I ' }, [v2, v3], existing)).toBe('I.1');
    expect(taskCodeOf({ ...values, code: 'V.2.9' }, [v2, v3], existing)).toBe('V.2.9');
    // Typed and then cleared: sent empty, for the server to name the missing code.
    expect(taskCodeOf({ ...values, code: '' }, [v2, v3], existing)).toBe('');
  });

  it('names a group not chosen, unless a new group is being added', () => {
    const none = { ...newTaskValues([]), newGroup: false };
    expect(newTaskErrors(none, {})).toEqual({ deadline: null, completionDate: null, groupId: 'Chưa chọn nhóm nhiệm vụ.' });
    expect(newTaskErrors(newTaskValues([]), {}).groupId).toBeNull();
    expect(newTaskErrors({ ...newTaskValues([v2]), deadline: null }, { deadline: 'Không có ngày 31/04/2022 (tháng 4 năm 2022 có 30 ngày).' })).toMatchObject({
      deadline: 'Không có ngày 31/04/2022 (tháng 4 năm 2022 có 30 ngày).',
      groupId: null,
    });
  });

  it('creates the new group first, then the task in it with the group\'s first code', () => {
    const values = { ...newTaskValues([]), groupCode: 'I', groupTitle: 'Công tác tuyên truyền', content: 'Tuyên truyền tại 125 xã.', leadIds: [7], deadline: '2024-03-31' };
    expect(groupCreateOf(5, values)).toEqual({ planId: 5, code: 'I', title: 'Công tác tuyên truyền' });
    const group: TaskGroupRow = { id: 41, code: 'I', title: 'Công tác tuyên truyền' };
    expect(taskCreateOf(5, { ...values, newGroup: false, groupId: 41 }, [group], [])).toEqual({
      planId: 5,
      code: 'I.1',
      groupId: 41,
      content: 'Tuyên truyền tại 125 xã.',
      leadIds: [7],
      supportIds: [],
      deadlineKind: 'date',
      deadline: '2024-03-31',
      periodType: null,
      deadlineText: null,
      expectedOutput: null,
      note: null,
    });
  });

  it('shows the group\'s refusal under Mã nhóm, and the task\'s under Mã nhiệm vụ', () => {
    const { form, state } = fakeForm(newTaskValues([v2]));
    const conflict = new ApiCallError({ code: 'CONFLICT', message: 'Mã: kế hoạch đã có nhóm nhiệm vụ mã V.2.', field: 'code' });
    expect(showApiError(form, conflict, GROUP_FIELDS)).toBeNull();
    expect(state.errors).toEqual({ groupCode: 'Kế hoạch đã có nhóm nhiệm vụ mã V.2.' });
    const taken = new ApiCallError({ code: 'CONFLICT', message: 'Mã: kế hoạch đã có nhiệm vụ mã V.2.1.', field: 'code' });
    expect(showApiError(form, taken)).toBeNull();
    expect(state.errors).toEqual({ code: 'Kế hoạch đã có nhiệm vụ mã V.2.1.' });
  });
});

describe('completing a part of a task', () => {
  it('needs a day: not a text that is no day, not an empty field', () => {
    expect(partDateErrors({ date: '2022-06-10' }, {})).toEqual({ date: null });
    expect(partDateErrors({ date: '2022-06-10' }, { date: 'Không có ngày 31/06/2022 (tháng 6 năm 2022 có 30 ngày).' })).toEqual({
      date: 'Không có ngày 31/06/2022 (tháng 6 năm 2022 có 30 ngày).',
    });
    expect(partDateErrors({ date: null }, {})).toEqual({ date: 'Chưa nhập ngày.' });
  });

  it('marks a period done on the day chosen, or withdraws it', () => {
    expect(partCompletionOf(23, { periodKey: '2022-H1', agencyId: null }, true, { date: '2022-06-10' })).toEqual({
      taskId: 23,
      periodKey: '2022-H1',
      agencyId: null,
      completionDate: '2022-06-10',
    });
    expect(partCompletionOf(31, { periodKey: '', agencyId: 12 }, false, { date: '2022-06-10' })).toEqual({
      taskId: 31,
      periodKey: '',
      agencyId: 12,
      completionDate: null,
    });
  });

  it('shows a day refused by the server under the date field', () => {
    const { form, state } = fakeForm({ date: '2022-07-02' });
    const late = new ApiCallError({ code: 'VALIDATION', message: 'Ngày hoàn thành: 02/07/2022 còn sau ngày hôm nay.', field: 'completionDate' });
    expect(showApiError(form, late, PART_FIELDS)).toBeNull();
    expect(state.errors).toEqual({ date: '02/07/2022 còn sau ngày hôm nay.' });
  });
});

/** Just what showApiError uses of a @mantine/form form. */
function fakeForm(values: object) {
  const state = { errors: {} as Record<string, unknown> };
  const form = { getValues: () => values, setErrors: (e: Record<string, unknown>) => (state.errors = e) };
  return { form: form as unknown as UseFormReturnType<Record<string, unknown>>, state };
}
