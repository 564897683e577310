// The "Văn bản" screen's choice of document, held by @mantine/form: which document, for which period or
// agencies, its number and signing date; and the request for a preview or an export built from it
// (null while something chosen is missing or a field holds a message).
import { useEffect } from 'react';
import { useForm, type UseFormReturnType } from '@mantine/form';
import type { DocumentKind } from '../../../../shared/api/documents-models';
import type { MethodInput } from '../../../../shared/api/contract';
import type { ReportingPeriodRow } from '../../../../shared/api/models';
import { currentPeriod } from '../../../../shared/domain/report-status';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';

export type DocumentRequest = MethodInput<'documents.export'>;

export interface DocumentFormValues {
  kind: DocumentKind;
  /** Báo cáo kết quả: the 6-month or annual period reported on. */
  reportPeriodId: string | null;
  /** Công văn đôn đốc: the period chased, the agencies written to, the new deadline given them. */
  urgingPeriodId: string | null;
  agencyIds: number[];
  newDeadline: string | null;
  /** Also written in the register's urging record after the letter is saved. */
  recordUrging: boolean;
  /** Bảng phân công: one agency, one group of tasks, only overdue tasks. */
  agencyId: string | null;
  groupId: string | null;
  overdueOnly: boolean;
  /** Số văn bản and Ngày ký (report, letter, plan): left empty for the clerk's office to fill in. */
  number: string;
  issuedOn: string | null;
  /** Desktop: open the file once saved. */
  openAfter: boolean;
}

export type DocumentForm = UseFormReturnType<DocumentFormValues>;

export const DOCUMENT_KINDS: { value: DocumentKind; label: string }[] = [
  { value: 'report', label: 'Báo cáo kết quả' },
  { value: 'urging', label: 'Công văn đôn đốc' },
  { value: 'assignment', label: 'Bảng phân công nhiệm vụ' },
  { value: 'plan', label: 'Kế hoạch' },
];

export const isReportPeriod = (p: ReportingPeriodRow) => p.periodType === 'six_month' || p.periodType === 'annual';

/** A period as offered in a list: "6 tháng đầu năm 2022 (hạn 15/06/2022)". */
export const periodOptions = (list: ReportingPeriodRow[]) =>
  list.map((p) => ({ value: String(p.id), label: `${p.label} (hạn ${formatDateVi(p.dueDate)})` }));

/** The document's number as typed: empty, or a positive whole number. */
export function numberProblem(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isInteger(value) && value > 0 ? null : 'Số văn bản là số nguyên dương, ví dụ 125.';
}

export function useDocumentForm(): DocumentForm {
  return useForm<DocumentFormValues>({
    initialValues: {
      kind: 'report',
      reportPeriodId: null,
      urgingPeriodId: null,
      agencyIds: [],
      newDeadline: null,
      recordUrging: true,
      agencyId: null,
      groupId: null,
      overdueOnly: false,
      number: '',
      issuedOn: null,
      openAfter: false,
    },
    validate: { number: numberProblem },
    validateInputOnChange: ['number'],
  });
}

/** The first period chased (the first with agencies still missing) and printed. */
export function firstChasedPeriod(periods: ReportingPeriodRow[]): ReportingPeriodRow | null {
  return periods.find((p) => p.summary.missing > 0) ?? periods[0] ?? null;
}

/**
 * Sensible first choices once the periods are known: the report of the latest 6-month or annual
 * period due by today, the period being chased. A choice already made is kept.
 */
export function useFirstChoices(form: DocumentForm, periods: ReportingPeriodRow[] | undefined, today: string | undefined) {
  const { setFieldValue, getValues } = form;
  useEffect(() => {
    if (!periods || !today) return;
    const report = currentPeriod(periods.filter(isReportPeriod), today, 0);
    const chasing = firstChasedPeriod(periods);
    if (getValues().reportPeriodId === null && report) setFieldValue('reportPeriodId', String(report.id));
    if (getValues().urgingPeriodId === null && chasing) setFieldValue('urgingPeriodId', String(chasing.id));
  }, [periods, today, setFieldValue, getValues]);
}

/**
 * The request for the chosen document, or null while it cannot be made: no period, no agency to
 * write to, a number that is not one, a date typed that is no day (`typedDates`: the DateFields'
 * messages, `useTypedDates().typed`).
 */
export function documentRequest(values: DocumentFormValues, typedDates: Record<string, unknown>, planId: number): DocumentRequest | null {
  if (numberProblem(values.number) || typedDates.issuedOn) return null;
  const number = values.number.trim() ? Number(values.number.trim()) : null;
  const issue = { ...(number ? { number } : {}), ...(values.issuedOn ? { issuedOn: values.issuedOn } : {}) };
  const { kind } = values;
  switch (kind) {
    case 'report':
      return values.reportPeriodId ? { kind, planId, periodId: Number(values.reportPeriodId), ...issue } : null;
    case 'urging':
      if (!values.urgingPeriodId || values.agencyIds.length === 0 || typedDates.newDeadline) return null;
      return {
        kind,
        planId,
        periodId: Number(values.urgingPeriodId),
        agencyIds: values.agencyIds,
        ...(values.newDeadline ? { newDeadline: values.newDeadline } : {}),
        ...issue,
      };
    case 'assignment':
      return {
        kind,
        planId,
        ...(values.agencyId ? { agencyId: Number(values.agencyId) } : {}),
        ...(values.groupId ? { groupId: Number(values.groupId) } : {}),
        ...(values.overdueOnly ? { overdueOnly: true } : {}),
      };
    case 'plan':
      return { kind, planId, ...issue };
  }
}
