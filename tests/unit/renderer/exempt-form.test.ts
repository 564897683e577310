// Exempting an agency from a period's report (renderer/src/components/reports/exempt-form.ts).
import { describe, expect, it } from 'vitest';
import { exemptReasonProblem, exemptRequest } from '../../../renderer/src/components/reports/exempt-form';

describe('an exemption', () => {
  it('needs its reason, sent trimmed', () => {
    expect(exemptReasonProblem('   ')).toBe('Hãy ghi lý do miễn báo cáo.');
    expect(exemptReasonProblem('Huyện đảo')).toBeNull();
    expect(exemptRequest(42, { reason: ' Huyện đảo ' })).toEqual({ expectedReportId: 42, exempt: true, reason: 'Huyện đảo' });
  });
});
