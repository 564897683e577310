// The bulk action bar's form (renderer/src/components/tasks/bulk-action-form.ts): what each kind asks,
// what it says when the input is missing or wrong, and the action sent to tasks.bulk.
import { describe, expect, it } from 'vitest';
import { bulkActionOf, bulkErrors, bulkValuesFor, type BulkValues } from '../../../renderer/src/components/tasks/bulk-action-form';

const values = (v: Partial<BulkValues>): BulkValues => ({ kind: 'complete', date: null, days: 30, agencyId: null, ...v });

describe('choosing a kind of bulk change', () => {
  it('"Đánh dấu hoàn thành" starts on today; "Đặt thời hạn mới" starts empty; the days and agency chosen stay', () => {
    expect(bulkValuesFor('complete', '2022-07-01')).toEqual({ kind: 'complete', date: '2022-07-01', days: 30, agencyId: null });
    const before = values({ kind: 'setLead', days: -7, agencyId: '12', date: '2022-07-01' });
    expect(bulkValuesFor('setDeadline', '2022-07-01', before)).toEqual({ kind: 'setDeadline', date: null, days: -7, agencyId: '12' });
  });
});

describe('the rule of each kind, named at its input', () => {
  it('a date left empty, or typed as no day, is named under the date', () => {
    expect(bulkErrors(values({ kind: 'complete', date: null }), null)).toEqual({ date: 'Chưa nhập ngày.' });
    expect(bulkErrors(values({ kind: 'setDeadline', date: null }), 'Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).')).toEqual({
      date: 'Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).',
    });
    expect(bulkErrors(values({ kind: 'setDeadline', date: '2022-12-31' }), null)).toEqual({});
  });

  it('moving deadlines by 0 days, a fraction or nothing is refused; a negative number moves them earlier', () => {
    const message = { days: 'Nhập số ngày khác 0 (số âm để dời sớm hơn).' };
    expect(bulkErrors(values({ kind: 'shiftDeadline', days: 0 }), null)).toEqual(message);
    expect(bulkErrors(values({ kind: 'shiftDeadline', days: '' }), null)).toEqual(message);
    expect(bulkErrors(values({ kind: 'shiftDeadline', days: 2.5 }), null)).toEqual(message);
    expect(bulkErrors(values({ kind: 'shiftDeadline', days: -7 }), null)).toEqual({});
  });

  it('a lead or supporting agency must be chosen; reopening asks nothing, whatever the date says', () => {
    expect(bulkErrors(values({ kind: 'setLead' }), null)).toEqual({ agencyId: 'Chưa chọn cơ quan.' });
    expect(bulkErrors(values({ kind: 'addSupport' }), null)).toEqual({ agencyId: 'Chưa chọn cơ quan.' });
    expect(bulkErrors(values({ kind: 'reopen', date: null }), 'Không có ngày 31/02/2022.')).toEqual({});
  });
});

describe('the action sent', () => {
  it('each kind becomes the action of tasks.bulk', () => {
    expect(bulkActionOf(values({ kind: 'complete', date: '2022-07-01' }))).toEqual({ kind: 'setCompletion', completionDate: '2022-07-01' });
    expect(bulkActionOf(values({ kind: 'reopen', date: '2022-07-01' }))).toEqual({ kind: 'setCompletion', completionDate: null });
    expect(bulkActionOf(values({ kind: 'setDeadline', date: '2022-12-31' }))).toEqual({ kind: 'setDeadline', deadline: '2022-12-31' });
    expect(bulkActionOf(values({ kind: 'shiftDeadline', days: -7 }))).toEqual({ kind: 'shiftDeadline', days: -7 });
    expect(bulkActionOf(values({ kind: 'setLead', agencyId: '12' }))).toEqual({ kind: 'setLead', agencyId: 12 });
    expect(bulkActionOf(values({ kind: 'addSupport', agencyId: '3' }))).toEqual({ kind: 'addSupport', agencyId: 3 });
  });
});
