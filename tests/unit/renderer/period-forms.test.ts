// The forms that change a period (renderer/src/components/reports/period-forms.ts): what each says
// before saving, besides its dates (checked by the form's typed dates), and the request it sends.
import { describe, expect, it } from 'vitest';
import type { ReportingPeriodRow } from '../../../shared/api/models';
import { EMPTY_AD_HOC, adHocProblems, adHocRequest, dueDateRequest, initialDueDateValues, toggled } from '../../../renderer/src/components/reports/period-forms';

describe('a period\'s deadline moved', () => {
  it('opens on the period\'s deadline and sends the one chosen', () => {
    const period = { id: 7, dueDate: '2022-06-15', dueInclusive: true } as ReportingPeriodRow;
    expect(initialDueDateValues(period)).toEqual({ dueDate: '2022-06-15', dueInclusive: true });
    expect(dueDateRequest(7, { dueDate: '2022-06-30', dueInclusive: false })).toEqual({ periodId: 7, dueDate: '2022-06-30', dueInclusive: false });
  });
});

describe('an ad-hoc request', () => {
  it('names a missing title and no agency chosen', () => {
    expect(adHocProblems(EMPTY_AD_HOC)).toEqual({ title: 'Chưa nhập tên yêu cầu.', agencyIds: 'Chưa chọn đơn vị nào phải báo cáo.' });
    expect(adHocProblems({ ...EMPTY_AD_HOC, title: ' ', agencyIds: [3] })).toEqual({ title: 'Chưa nhập tên yêu cầu.' });
    expect(adHocProblems({ ...EMPTY_AD_HOC, title: 'Báo cáo nhanh', agencyIds: [3] })).toEqual({});
  });

  it('sends the texts trimmed, an empty letter number as null, the dates as chosen', () => {
    const values = { title: ' Báo cáo nhanh dịp hè ', requestNumber: '  ', requestDate: null, dueDate: '2022-06-30', agencyIds: [2, 5] };
    expect(adHocRequest(1, values)).toEqual({ planId: 1, title: 'Báo cáo nhanh dịp hè', requestNumber: null, requestDate: null, dueDate: '2022-06-30', agencyIds: [2, 5] });
    expect(adHocRequest(1, { ...values, requestNumber: '612/SLĐTBXH ', requestDate: '2022-06-20' })).toMatchObject({ requestNumber: '612/SLĐTBXH', requestDate: '2022-06-20' });
  });

  it('ticking an agency adds it once; unticking removes it', () => {
    expect(toggled([2], 5, true)).toEqual([2, 5]);
    expect(toggled([2, 5], 5, true)).toEqual([2, 5]);
    expect(toggled([2, 5], 2, false)).toEqual([5]);
  });
});
