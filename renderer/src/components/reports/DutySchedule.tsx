// A duty's deadline in the plan's own words, with the periods and deadlines they give in the plan
// year shown beside; its data window; and whether it is the secretariat's own report upward.
import { Checkbox, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { WINDOW_RULES } from '../../../../shared/domain/types';
import { WINDOW_RULE_LABELS } from '../../../../shared/domain/labels';
import { periodsOfDuty } from '../../../../shared/domain/periods';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { fieldError } from '../form-rules';
import { DUE_EXAMPLES, dueRuleOf, type DutyFormValues } from './duty-form';

export function DutySchedule({ form, year }: { form: UseFormReturnType<DutyFormValues>; year: number }) {
  const values = form.getValues();
  const rule = dueRuleOf(values);
  const { periodType, dueText, dueInclusive, windowRule } = values;
  const preview = rule?.ok ? periodsOfDuty({ periodType, dueText, dueInclusive, windowRule, ...rule }, year) : [];
  return (
    <>
      <TextInput
        label="Hạn gửi (ghi như trong kế hoạch)"
        placeholder={DUE_EXAMPLES[values.periodType]}
        {...form.getInputProps('dueText')}
        // While typed, what cannot be read is said at once; the form's own message wins after a save.
        error={fieldError(form, 'dueText') ?? (rule && !rule.ok ? `Chưa đọc được: ${rule.message}` : undefined)}
      />
      <Checkbox label='Gửi đúng ngày ghi trong "trước ngày …" vẫn tính là đúng hạn' {...form.getInputProps('dueInclusive', { type: 'checkbox' })} />
      <SimpleGrid cols={2}>
        <Select
          label="Kỳ số liệu"
          allowDeselect={false}
          data={WINDOW_RULES.map((r) => ({ value: r, label: WINDOW_RULE_LABELS[r] }))}
          {...form.getInputProps('windowRule')}
        />
        <TextInput label="Diễn giải kỳ số liệu (nếu kế hoạch ghi)" {...form.getInputProps('windowText')} />
      </SimpleGrid>
      {preview.length > 0 && (
        <Stack gap={0} aria-label="Các kỳ trong năm">
          <Text size="xs" c="dimmed">
            Các kỳ năm {year}:
          </Text>
          {preview.map((p) => (
            <Text size="xs" key={p.index}>
              {p.label}: số liệu từ {formatDateVi(p.window.from)} đến {formatDateVi(p.window.to)}, hạn gửi {formatDateVi(p.dueDate)}
            </Text>
          ))}
        </Stack>
      )}
      <Checkbox
        label="Báo cáo của cơ quan thường trực gửi cấp trên (UBND tỉnh, Bộ, Ủy ban quốc gia)"
        {...form.getInputProps('upward', { type: 'checkbox' })}
      />
    </>
  );
}
