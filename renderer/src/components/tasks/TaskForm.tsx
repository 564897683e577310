// The fields of a task, for editing one and for adding one, bound to the form that holds them
// (@mantine/form, values in task-form.ts). A message, the form's or the server's, is shown under the
// input it is about.
import { Group, MultiSelect, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Input } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { AgencyRow, TaskGroupRow } from '../../../../shared/api/models';
import { DEADLINE_KINDS, PERIOD_TYPES, type DeadlineKind } from '../../../../shared/domain/types';
import { DEADLINE_KIND_LABELS, PERIOD_TYPE_LABELS } from '../../../../shared/domain/labels';
import { DateField } from '../DateField';
import { viOptionsFilter } from '../vi-filter';
import { fieldError, typedDateProps, type TypedDates } from '../form-rules';
import { agencyOptions } from './agency-options';
import type { TaskFormValues } from './task-form';

interface Props {
  form: UseFormReturnType<TaskFormValues>;
  /** The form's typed dates (Thời hạn, Ngày hoàn thành). */
  dates: TypedDates;
  agencies: AgencyRow[];
  groups: TaskGroupRow[];
  /** Agencies the task already had (still shown when deactivated). */
  keepAgencyIds: number[];
  /** Shown before the other fields (the code of a new task). */
  head?: React.ReactNode;
  showCompletion?: boolean;
  /** The group is chosen elsewhere (a new group being added). */
  hideGroup?: boolean;
}

export function TaskForm({ form, dates, agencies, groups, keepAgencyIds, head, showCompletion = true, hideGroup = false }: Props) {
  const { values } = form;
  const options = agencyOptions(agencies, keepAgencyIds);
  const hasErrors = Object.values(form.errors).some(Boolean);
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
          onChange={(v) => form.setFieldValue('groupId', v ? Number(v) : null)}
          error={fieldError(form, 'groupId')}
        />
      )}
      <Textarea label="Nội dung nhiệm vụ" required autosize minRows={3} maxRows={10} {...form.getInputProps('content')} />
      <MultiSelect
        label="Cơ quan chủ trì"
        placeholder={values.leadIds.length ? undefined : 'Chọn cơ quan chủ trì'}
        searchable
        filter={viOptionsFilter}
        data={options.filter((o) => !values.supportIds.includes(Number(o.value)))}
        value={values.leadIds.map(String)}
        onChange={(v) => form.setFieldValue('leadIds', v.map(Number))}
        error={fieldError(form, 'leadIds')}
      />
      <MultiSelect
        label="Cơ quan phối hợp"
        placeholder={values.supportIds.length ? undefined : 'Chọn cơ quan phối hợp'}
        searchable
        filter={viOptionsFilter}
        data={options.filter((o) => !values.leadIds.includes(Number(o.value)))}
        value={values.supportIds.map(String)}
        onChange={(v) => form.setFieldValue('supportIds', v.map(Number))}
        error={fieldError(form, 'supportIds')}
      />
      <Input.Wrapper label="Loại thời hạn" error={fieldError(form, 'deadlineKind')}>
        <div>
          <SegmentedControl
            aria-label="Loại thời hạn"
            value={values.deadlineKind}
            onChange={(v) => {
              // The date field goes away or comes back empty of what was typed: its message with it.
              dates.watch('deadline').onValidityChange(true, null);
              form.setFieldValue('deadlineKind', v as DeadlineKind);
            }}
            data={DEADLINE_KINDS.map((k) => ({ value: k, label: DEADLINE_KIND_LABELS[k] }))}
          />
        </div>
      </Input.Wrapper>
      <Group align="flex-start" grow>
        {values.deadlineKind === 'date' && (
          <DateField label="Thời hạn (ngày)" required {...typedDateProps(form, dates, 'deadline')} error={fieldError(form, 'deadline')} />
        )}
        {values.deadlineKind === 'period' && (
          <Select
            label="Kỳ báo cáo"
            required
            data={PERIOD_TYPES.filter((p) => p !== 'ad_hoc').map((p) => ({ value: p, label: PERIOD_TYPE_LABELS[p] }))}
            {...form.getInputProps('periodType')}
          />
        )}
        <TextInput
          label="Diễn giải thời hạn"
          description="Câu chữ của kế hoạch, ví dụ: trong năm 2022"
          {...form.getInputProps('deadlineText')}
        />
      </Group>
      <Textarea label="Sản phẩm đầu ra" autosize minRows={1} maxRows={5} {...form.getInputProps('expectedOutput')} />
      {showCompletion && (
        <DateField
          label="Ngày hoàn thành"
          description="Để trống khi nhiệm vụ chưa hoàn thành."
          {...typedDateProps(form, dates, 'completionDate')}
          error={fieldError(form, 'completionDate')}
          w={220}
        />
      )}
      <Textarea label="Ghi chú" autosize minRows={1} maxRows={5} {...form.getInputProps('note')} />
      {hasErrors && (
        <Text c="red" size="sm" role="alert">
          Chưa lưu được: hãy sửa các ô được đánh dấu đỏ.
        </Text>
      )}
    </Stack>
  );
}
