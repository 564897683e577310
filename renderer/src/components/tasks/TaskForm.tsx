// The fields of a task, for editing one and for adding one. Messages from the server are shown
// under the input they are about.
import { Group, MultiSelect, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Input } from '@mantine/core';
import type { AgencyRow, TaskGroupRow } from '../../../../shared/api/models';
import { DEADLINE_KINDS, PERIOD_TYPES, type DeadlineKind, type PeriodType } from '../../../../shared/domain/types';
import { DEADLINE_KIND_LABELS, PERIOD_TYPE_LABELS } from '../../../../shared/domain/labels';
import { DateField } from '../DateField';
import { viOptionsFilter } from '../vi-filter';
import { agencyOptions } from './agency-options';

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

export const TASK_FORM_FIELDS = [
  'code',
  'groupId',
  'content',
  'leadIds',
  'supportIds',
  'deadlineKind',
  'deadline',
  'periodType',
  'deadlineText',
  'expectedOutput',
  'completionDate',
  'note',
] as const;

interface Props {
  values: TaskFormValues;
  onChange: (next: TaskFormValues) => void;
  errors: Record<string, string>;
  agencies: AgencyRow[];
  groups: TaskGroupRow[];
  /** Agencies the task already had (still shown when deactivated). */
  keepAgencyIds: number[];
  /** Called with a date field's message while its text is no day, null once it is one. */
  onDateValidity?: (field: string, message: string | null) => void;
  /** Shown before the other fields (the code of a new task). */
  head?: React.ReactNode;
  showCompletion?: boolean;
  /** The group is chosen elsewhere (a new group being added). */
  hideGroup?: boolean;
  /** The clerk changed these fields: their old messages no longer apply. */
  onEdited?: (fields: string[]) => void;
}

export function TaskForm({ values, onChange, errors, agencies, groups, keepAgencyIds, onDateValidity, head, showCompletion = true, hideGroup = false, onEdited }: Props) {
  const set = (changes: Partial<TaskFormValues>) => {
    onEdited?.(Object.keys(changes));
    onChange({ ...values, ...changes });
  };
  const options = agencyOptions(agencies, keepAgencyIds);
  return (
    <Stack gap="sm">
      {head}
      {!hideGroup && (
      <Select
        label="Nhóm nhiệm vụ"
        required
        searchable
        filter={viOptionsFilter}
        allowDeselect={false}
        data={groups.map((g) => ({ value: String(g.id), label: `${g.code}. ${g.title}` }))}
        value={values.groupId != null ? String(values.groupId) : null}
        onChange={(v) => set({ groupId: v ? Number(v) : null })}
        error={errors.groupId}
      />
      )}
      <Textarea
        label="Nội dung nhiệm vụ"
        required
        autosize
        minRows={3}
        maxRows={10}
        value={values.content}
        onChange={(e) => set({ content: e.currentTarget.value })}
        error={errors.content}
      />
      <MultiSelect
        label="Cơ quan chủ trì"
        placeholder={values.leadIds.length ? undefined : 'Chọn cơ quan chủ trì'}
        searchable
        filter={viOptionsFilter}
        data={options.filter((o) => !values.supportIds.includes(Number(o.value)))}
        value={values.leadIds.map(String)}
        onChange={(v) => set({ leadIds: v.map(Number) })}
        error={errors.leadIds}
      />
      <MultiSelect
        label="Cơ quan phối hợp"
        placeholder={values.supportIds.length ? undefined : 'Chọn cơ quan phối hợp'}
        searchable
        filter={viOptionsFilter}
        data={options.filter((o) => !values.leadIds.includes(Number(o.value)))}
        value={values.supportIds.map(String)}
        onChange={(v) => set({ supportIds: v.map(Number) })}
        error={errors.supportIds}
      />
      <Input.Wrapper label="Loại thời hạn" error={errors.deadlineKind}>
        <div>
          <SegmentedControl
            aria-label="Loại thời hạn"
            value={values.deadlineKind}
            onChange={(v) => set({ deadlineKind: v as DeadlineKind })}
            data={DEADLINE_KINDS.map((k) => ({ value: k, label: DEADLINE_KIND_LABELS[k] }))}
          />
        </div>
      </Input.Wrapper>
      <Group align="flex-start" grow>
        {values.deadlineKind === 'date' && (
          <DateField
            label="Thời hạn (ngày)"
            required
            value={values.deadline}
            onChange={(iso) => set({ deadline: iso })}
            onValidityChange={(_ok, message) => onDateValidity?.('deadline', message)}
            error={errors.deadline}
          />
        )}
        {values.deadlineKind === 'period' && (
          <Select
            label="Kỳ báo cáo"
            required
            data={PERIOD_TYPES.filter((p) => p !== 'ad_hoc').map((p) => ({ value: p, label: PERIOD_TYPE_LABELS[p] }))}
            value={values.periodType}
            onChange={(v) => set({ periodType: v as PeriodType | null })}
            error={errors.periodType}
          />
        )}
        <TextInput
          label="Diễn giải thời hạn"
          description="Câu chữ của kế hoạch, ví dụ: trong năm 2022"
          value={values.deadlineText}
          onChange={(e) => set({ deadlineText: e.currentTarget.value })}
          error={errors.deadlineText}
        />
      </Group>
      <Textarea
        label="Sản phẩm đầu ra"
        autosize
        minRows={1}
        maxRows={5}
        value={values.expectedOutput}
        onChange={(e) => set({ expectedOutput: e.currentTarget.value })}
        error={errors.expectedOutput}
      />
      {showCompletion && (
        <DateField
          label="Ngày hoàn thành"
          description="Để trống khi nhiệm vụ chưa hoàn thành."
          value={values.completionDate}
          onChange={(iso) => set({ completionDate: iso })}
          onValidityChange={(_ok, message) => onDateValidity?.('completionDate', message)}
          error={errors.completionDate}
          w={220}
        />
      )}
      <Textarea
        label="Ghi chú"
        autosize
        minRows={1}
        maxRows={5}
        value={values.note}
        onChange={(e) => set({ note: e.currentTarget.value })}
        error={errors.note}
      />
      {Object.keys(errors).length > 0 && (
        <Text c="red" size="sm" role="alert">
          Chưa lưu được: hãy sửa các ô được đánh dấu đỏ.
        </Text>
      )}
    </Stack>
  );
}
