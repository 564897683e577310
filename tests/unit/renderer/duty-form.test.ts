// A reporting duty's form (renderer/src/components/reports/duty-form.ts): the values it opens with,
// what it says before saving, and the duty it sends.
import { describe, expect, it } from 'vitest';
import type { ReportingDutyRow } from '../../../shared/api/models';
import { dutyFields, dutyProblems, initialDutyValues, type DutyFormValues } from '../../../renderer/src/components/reports/duty-form';

const agency = (id: number, shortName: string) => ({ id, shortName, kind: 'provincial_department' as const });

const sixMonthly: ReportingDutyRow = {
  id: 4,
  periodType: 'six_month',
  title: 'Báo cáo 6 tháng',
  dueMonth: 6,
  dueDay: 15,
  dueText: 'trước ngày 15/6',
  dueMonthOffset: null,
  dueInclusive: false,
  windowRule: 'decree09',
  windowText: '',
  upward: false,
  recipient: agency(9, 'Sở LĐTBXH'),
  recipientText: '',
  obliged: [agency(2, 'Công an tỉnh'), agency(5, 'Sở Y tế')],
  nextDue: null,
};

const filled = (over: Partial<DutyFormValues>): DutyFormValues => ({ ...initialDutyValues(null), obliged: ['2'], dueText: 'trước ngày 15/6', ...over });

describe('the duty form opens', () => {
  it('on a new duty, or the secretariat\'s own report, with its usual name and no deadline', () => {
    expect(initialDutyValues(null)).toMatchObject({ periodType: 'six_month', title: 'Báo cáo 6 tháng', dueText: '', dueInclusive: true, upward: false, obliged: [] });
    expect(initialDutyValues(null, true)).toMatchObject({ title: 'Báo cáo 6 tháng của cơ quan thường trực', upward: true });
  });

  it('on a duty being changed, with its agencies as the pickers hold them', () => {
    expect(initialDutyValues(sixMonthly)).toMatchObject({ dueInclusive: false, recipientAgencyId: '9', obliged: ['2', '5'] });
  });
});

describe('what the duty form says before saving', () => {
  it('names each field left empty, the deadline with the example of the kind chosen', () => {
    expect(dutyProblems(filled({ title: '  ', dueText: '', obliged: [], periodType: 'quarter' }), false)).toEqual({
      title: 'Chưa nhập tên báo cáo.',
      dueText: 'Chưa nhập hạn gửi, ví dụ "trước ngày 20 tháng cuối quý".',
      obliged: 'Chưa chọn đơn vị phải báo cáo.',
    });
  });

  it('says why a deadline cannot be read', () => {
    expect(dutyProblems(filled({ dueText: 'trước ngày 31/2' }), false)).toEqual({ dueText: 'Chưa đọc được hạn gửi: tháng 2 không có ngày 31.' });
  });

  it('asks an upward report where it goes, not who sends it; an ad-hoc duty has no deadline to type', () => {
    expect(dutyProblems(filled({ upward: true, obliged: [] }), false)).toEqual({ recipientText: 'Chưa ghi nơi nhận báo cáo.' });
    expect(dutyProblems(filled({ dueText: '' }), true)).toEqual({});
  });
});

describe('the duty sent', () => {
  it('trims the texts, sends empty ones as null and the agencies as numbers', () => {
    expect(dutyFields(filled({ title: ' Báo cáo quý ', windowText: ' ', recipientAgencyId: '9', obliged: ['2', '5'] }))).toEqual({
      periodType: 'six_month',
      title: 'Báo cáo quý',
      dueText: 'trước ngày 15/6',
      dueInclusive: true,
      windowRule: 'decree09',
      windowText: null,
      upward: false,
      recipientAgencyId: 9,
      recipientText: null,
      obliged: [2, 5],
    });
  });

  it('an upward report drops the agencies still picked below', () => {
    const sent = dutyFields(filled({ upward: true, recipientText: 'UBND tỉnh ', recipientAgencyId: '9', obliged: ['2'] }));
    expect(sent).toMatchObject({ upward: true, recipientAgencyId: null, recipientText: 'UBND tỉnh', obliged: [] });
  });
});
