// How a task's deadline reads on screen and in the assignment table.
import type { DeadlineKind, PeriodType } from './types';
import { formatDateVi } from '../dates/vietnamese-dates';
import { PERIOD_TYPE_LABELS } from './labels';

export interface DeadlineParts {
  deadlineKind: DeadlineKind;
  deadline: string | null;
  periodType: PeriodType | null;
  deadlineText: string | null;
}

export function describeDeadline(t: DeadlineParts): string {
  switch (t.deadlineKind) {
    case 'ongoing':
      return 'Thường xuyên';
    case 'period':
      return t.periodType ? `Định kỳ ${PERIOD_TYPE_LABELS[t.periodType].toLowerCase()}` : 'Theo kỳ báo cáo';
    case 'date':
      return t.deadline ? formatDateVi(t.deadline) : (t.deadlineText ?? '');
  }
}
