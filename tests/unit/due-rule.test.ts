// Reading a duty's deadline from the plan's wording, and the periods a duty asks for in a year.
import { describe, expect, it } from 'vitest';
import { describeDueRule, parseDueRule } from '../../shared/domain/due-rule';
import { periodsOfDuty } from '../../shared/domain/periods';
import { planDutyChange, type ExistingPeriod } from '../../shared/domain/duty-rules';

describe('the wording of a deadline', () => {
  it('reads day and month for 6-month and annual duties, with or without diacritics', () => {
    expect(parseDueRule('trước ngày 15/6', 'six_month')).toEqual({ ok: true, dueMonth: 6, dueDay: 15, dueMonthOffset: null });
    expect(parseDueRule('truoc ngay 15 thang 12', 'annual')).toEqual({ ok: true, dueMonth: 12, dueDay: 15, dueMonthOffset: null });
    expect(parseDueRule('Trước ngày 05/01 năm sau', 'annual')).toMatchObject({ ok: true, dueMonth: 1, dueDay: 5 });
  });

  it('reads which month of the quarter or the month a quarterly or monthly deadline falls in', () => {
    expect(parseDueRule('trước ngày 20 tháng cuối quý', 'quarter')).toEqual({ ok: true, dueMonth: null, dueDay: 20, dueMonthOffset: 0 });
    expect(parseDueRule('trước ngày 10 của tháng đầu quý sau', 'quarter')).toMatchObject({ ok: true, dueDay: 10, dueMonthOffset: 1 });
    expect(parseDueRule('trước ngày 25 hằng tháng', 'month')).toMatchObject({ ok: true, dueDay: 25, dueMonthOffset: 0 });
    expect(parseDueRule('trước ngày 5 tháng sau', 'month')).toMatchObject({ ok: true, dueDay: 5, dueMonthOffset: 1 });
    expect(parseDueRule('', 'ad_hoc')).toEqual({ ok: true, dueMonth: null, dueDay: null, dueMonthOffset: null });
  });

  it('says what is missing or impossible', () => {
    expect(parseDueRule('', 'six_month')).toEqual({ ok: false, message: 'chưa ghi hạn gửi, ví dụ "trước ngày 15/6"' });
    expect(parseDueRule('cuối năm', 'annual')).toEqual({ ok: false, message: 'chưa ghi ngày và tháng, ví dụ "trước ngày 15/6"' });
    expect(parseDueRule('trước ngày 31/6', 'six_month')).toEqual({ ok: false, message: 'tháng 6 không có ngày 31' });
    expect(parseDueRule('trước ngày 15/13', 'annual')).toEqual({ ok: false, message: 'không có tháng 13' });
    expect(parseDueRule('trước ngày 20', 'quarter')).toMatchObject({ ok: false, message: 'chưa rõ tháng nào: ghi "tháng cuối quý" hoặc "tháng đầu quý sau"' });
    expect(parseDueRule('trước ngày 15/6', 'quarter')).toMatchObject({ ok: false });
  });

  it('is described back in words', () => {
    expect(describeDueRule({ dueMonth: 6, dueDay: 15, dueMonthOffset: null }, 'six_month')).toBe('ngày 15/6');
    expect(describeDueRule({ dueMonth: null, dueDay: 20, dueMonthOffset: 0 }, 'quarter')).toBe('ngày 20 tháng cuối quý');
    expect(describeDueRule({ dueMonth: null, dueDay: 5, dueMonthOffset: 1 }, 'month')).toBe('ngày 5 tháng sau');
  });
});

describe('periods of a duty', () => {
  const timing = (periodType: 'quarter' | 'month', dueText: string, windowRule?: 'decree09' | 'calendar') => {
    const r = parseDueRule(dueText, periodType);
    if (!r.ok) throw new Error(r.message);
    return { periodType, dueText, dueInclusive: true, windowRule, ...r };
  };

  it('quarterly: four periods, due on the 20th of each last month, Decree 09 windows', () => {
    const periods = periodsOfDuty(timing('quarter', 'trước ngày 20 tháng cuối quý'), 2026);
    expect(periods.map((p) => [p.label, p.window.from, p.window.to, p.dueDate])).toEqual([
      ['quý I năm 2026', '2025-12-15', '2026-03-14', '2026-03-20'],
      ['quý II năm 2026', '2026-03-15', '2026-06-14', '2026-06-20'],
      ['quý III năm 2026', '2026-06-15', '2026-09-14', '2026-09-20'],
      ['quý IV năm 2026', '2026-09-15', '2026-12-14', '2026-12-20'],
    ]);
  });

  it('quarterly due in the first month after: the last quarter falls in January of the next year', () => {
    const periods = periodsOfDuty(timing('quarter', 'trước ngày 10 tháng đầu quý sau', 'calendar'), 2026);
    expect(periods.map((p) => [p.window.from, p.window.to, p.dueDate])).toEqual([
      ['2026-01-01', '2026-03-31', '2026-04-10'],
      ['2026-04-01', '2026-06-30', '2026-07-10'],
      ['2026-07-01', '2026-09-30', '2026-10-10'],
      ['2026-10-01', '2026-12-31', '2027-01-10'],
    ]);
  });

  it('monthly: twelve periods; "hằng tháng" on the 25th of the month, calendar windows end on the month’s last day', () => {
    const periods = periodsOfDuty(timing('month', 'trước ngày 25 hằng tháng', 'calendar'), 2024);
    expect(periods).toHaveLength(12);
    expect(periods[1]).toMatchObject({ label: 'tháng 2 năm 2024', window: { from: '2024-02-01', to: '2024-02-29' }, dueDate: '2024-02-25' });
    expect(periods[11]).toMatchObject({ window: { from: '2024-12-01', to: '2024-12-31' }, dueDate: '2024-12-25' });
  });
});

describe('what a duty change does to its periods', () => {
  const period = (id: number, index: number, received: number[]): ExistingPeriod => ({
    id,
    periodType: 'quarter',
    year: 2026,
    index,
    label: `quý ${index} năm 2026`,
    dueDate: `2026-0${index * 3}-20`.replace('-012-', '-12-'),
    previousDefaultDueDate: `2026-0${index * 3}-20`.replace('-012-', '-12-'),
    expected: [1, 2].map((a) => ({ id: id * 10 + a, agencyId: a, agencyName: a === 1 ? 'Công an tỉnh' : 'Sở Y tế', received: received.includes(a) })),
  });
  const wanted = periodsOfDuty({ periodType: 'quarter', dueMonth: null, dueDay: 25, dueMonthOffset: 0, dueText: 'trước ngày 25 tháng cuối quý', dueInclusive: true }, 2026);

  it('rewords kept periods, moves their due date, and drops the expected reports of an agency no longer obliged', () => {
    const plan = planDutyChange([period(1, 1, []), period(2, 2, [])], wanted, [1]);
    expect(plan.refusal).toBeNull();
    expect(plan.updatePeriods.map((u) => u.dueDate)).toEqual(['2026-03-25', '2026-06-25']);
    expect(plan.deleteExpected).toEqual([12, 22]);
    expect(plan.deletePeriods).toEqual([]);
  });

  it('refuses, naming the period and the agency, when a received report would be orphaned', () => {
    expect(planDutyChange([period(1, 1, [2])], wanted, [1]).refusal).toBe(
      'Không thể thay đổi vì Sở Y tế đã gửi báo cáo quý 1 năm 2026. Hãy xóa các báo cáo đã nhận đó trước, hoặc giữ nguyên kỳ và đơn vị phải báo cáo.',
    );
    expect(planDutyChange([period(1, 1, [1]), period(2, 2, [])], [], [], 'delete')).toMatchObject({
      refusal: 'Không thể xóa nghĩa vụ báo cáo vì kỳ quý 1 năm 2026 đã nhận báo cáo của Công an tỉnh. Hãy xóa các báo cáo đã nhận đó trước, hoặc giữ nguyên kỳ và đơn vị phải báo cáo.',
    });
    expect(planDutyChange([period(2, 2, [])], [], [], 'delete')).toMatchObject({ refusal: null, deletePeriods: [2] });
  });

  it('keeps a due date the clerk moved', () => {
    const moved = { ...period(1, 1, []), dueDate: '2026-03-31' };
    expect(planDutyChange([moved], wanted, [1, 2]).updatePeriods[0]!.dueDate).toBe('2026-03-31');
  });
});
