// The forms that change a period (@mantine/form): its deadline moved (reporting.updatePeriod), and an
// ad-hoc request created (reporting.createAdHoc). Their dates are DateFields, checked with the form's
// typed dates (useTypedDates); the other rules and the requests are here.
import type { FormErrors } from '@mantine/form';
import type { MethodInput } from '../../../../shared/api/contract';
import type { ReportingPeriodRow } from '../../../../shared/api/models';

export interface DueDateValues {
  dueDate: string | null;
  dueInclusive: boolean;
}

export const initialDueDateValues = (period: ReportingPeriodRow): DueDateValues => ({
  dueDate: period.dueDate,
  dueInclusive: period.dueInclusive,
});

/** The moved deadline; `dueDate` is checked by the form first (a required date). */
export function dueDateRequest(periodId: number, values: DueDateValues): MethodInput<'reporting.updatePeriod'> {
  return { periodId, dueDate: values.dueDate!, dueInclusive: values.dueInclusive };
}

export interface AdHocValues {
  title: string;
  requestNumber: string;
  requestDate: string | null;
  dueDate: string | null;
  agencyIds: number[];
}

export const EMPTY_AD_HOC: AdHocValues = { title: '', requestNumber: '', requestDate: null, dueDate: null, agencyIds: [] };

/** What the request says before saving, besides its dates. */
export function adHocProblems(values: AdHocValues): FormErrors {
  const errors: FormErrors = {};
  if (!values.title.trim()) errors.title = 'Chưa nhập tên yêu cầu.';
  if (values.agencyIds.length === 0) errors.agencyIds = 'Chưa chọn đơn vị nào phải báo cáo.';
  return errors;
}

/** The request as the API takes it; `dueDate` is checked by the form first (a required date). */
export function adHocRequest(planId: number, values: AdHocValues): MethodInput<'reporting.createAdHoc'> {
  return {
    planId,
    title: values.title.trim(),
    requestNumber: values.requestNumber.trim() || null,
    requestDate: values.requestDate,
    dueDate: values.dueDate!,
    agencyIds: values.agencyIds,
  };
}

/** An agency ticked or unticked in the request's list. */
export const toggled = (ids: number[], id: number, on: boolean): number[] => (on ? (ids.includes(id) ? ids : [...ids, id]) : ids.filter((x) => x !== id));
