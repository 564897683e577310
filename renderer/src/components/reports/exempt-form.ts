// Exempting an agency from one period's report (@mantine/form): the reason is required.
import type { MethodInput } from '../../../../shared/api/contract';

export interface ExemptValues {
  reason: string;
}

export const exemptReasonProblem = (reason: string): string | null => (reason.trim() ? null : 'Hãy ghi lý do miễn báo cáo.');

export function exemptRequest(expectedReportId: number, values: ExemptValues): MethodInput<'reporting.setExemption'> {
  return { expectedReportId, exempt: true, reason: values.reason.trim() };
}
