// A reporting duty's form (@mantine/form): the values it opens with, what it says about each field
// before anything is sent, and the fields it sends (duties.create / duties.update).
import type { FormErrors } from '@mantine/form';
import type { MethodInput } from '../../../../shared/api/contract';
import type { ReportingDutyRow } from '../../../../shared/api/models';
import type { PeriodType, WindowRule } from '../../../../shared/domain/types';
import { parseDueRule } from '../../../../shared/domain/due-rule';

export interface DutyFormValues {
  periodType: PeriodType;
  title: string;
  /** The deadline in the plan's own words ("trước ngày 15/6"). */
  dueText: string;
  dueInclusive: boolean;
  windowRule: WindowRule;
  windowText: string;
  /** The secretariat's own report upward: it names where it goes instead of who sends it. */
  upward: boolean;
  recipientText: string;
  /** "Gửi về": an agency's id, or null for the secretariat. */
  recipientAgencyId: string | null;
  obliged: string[];
}

export type DutyFields = Omit<MethodInput<'duties.create'>, 'planId'>;

/** The kinds of period a duty is added for, in the order offered. */
export const DUTY_KINDS: PeriodType[] = ['six_month', 'annual', 'quarter', 'month', 'nine_month'];

/** How each kind's deadline is usually written, offered as a placeholder and in the message when none is typed. */
export const DUE_EXAMPLES: Partial<Record<PeriodType, string>> = {
  six_month: 'trước ngày 15/6',
  annual: 'trước ngày 15/12',
  quarter: 'trước ngày 20 tháng cuối quý',
  month: 'trước ngày 20 hằng tháng',
  nine_month: 'trước ngày 15/9',
};

export function initialDutyValues(duty: ReportingDutyRow | null, upwardDefault = false): DutyFormValues {
  return {
    periodType: duty?.periodType ?? 'six_month',
    title: duty?.title ?? (upwardDefault ? 'Báo cáo 6 tháng của cơ quan thường trực' : 'Báo cáo 6 tháng'),
    dueText: duty?.dueText ?? '',
    dueInclusive: duty?.dueInclusive ?? true,
    windowRule: duty?.windowRule ?? 'decree09',
    windowText: duty?.windowText ?? '',
    upward: duty?.upward ?? upwardDefault,
    recipientText: duty?.recipientText ?? '',
    recipientAgencyId: duty?.recipient ? String(duty.recipient.id) : null,
    obliged: (duty?.obliged ?? []).map((a) => String(a.id)),
  };
}

/** The deadline as read from its words, or null while none is typed. */
export const dueRuleOf = (values: Pick<DutyFormValues, 'dueText' | 'periodType'>) =>
  values.dueText.trim() ? parseDueRule(values.dueText, values.periodType) : null;

/** What the form says before saving. An ad-hoc duty's deadline is its request's, not typed here. */
export function dutyProblems(values: DutyFormValues, adHoc: boolean): FormErrors {
  const errors: FormErrors = {};
  if (!values.title.trim()) errors.title = 'Chưa nhập tên báo cáo.';
  if (!adHoc) {
    const rule = dueRuleOf(values);
    if (!rule) errors.dueText = `Chưa nhập hạn gửi, ví dụ "${DUE_EXAMPLES[values.periodType] ?? 'trước ngày 15/6'}".`;
    else if (!rule.ok) errors.dueText = `Chưa đọc được hạn gửi: ${rule.message}.`;
  }
  if (!values.upward && values.obliged.length === 0) errors.obliged = 'Chưa chọn đơn vị phải báo cáo.';
  if (values.upward && !values.recipientText.trim()) errors.recipientText = 'Chưa ghi nơi nhận báo cáo.';
  return errors;
}

/** The duty as the API takes it: an upward report has no recipient agency and no obliged agencies. */
export function dutyFields(values: DutyFormValues): DutyFields {
  return {
    periodType: values.periodType,
    title: values.title.trim(),
    dueText: values.dueText.trim(),
    dueInclusive: values.dueInclusive,
    windowRule: values.windowRule,
    windowText: values.windowText.trim() || null,
    upward: values.upward,
    recipientAgencyId: values.upward || !values.recipientAgencyId ? null : Number(values.recipientAgencyId),
    recipientText: values.recipientText.trim() || null,
    obliged: values.upward ? [] : values.obliged.map(Number),
  };
}
