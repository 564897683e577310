// The target's form (renderer/src/components/targets/target-form.ts): what it says before sending,
// and what it sends to targets.create / targets.update and targets.setUnitCount.
import { describe, expect, it } from 'vitest';
import type { TargetRow } from '../../../shared/api/models';
import { initialTargetValues, targetFields, unitCountToSet, validateTarget, type TargetFormValues } from '../../../renderer/src/components/targets/target-form';

const blank = (changes: Partial<TargetFormValues> = {}): TargetFormValues => ({ ...initialTargetValues(null, ['Về tuyên truyền']), ...changes });

const stored: TargetRow = {
  id: 7,
  code: 'II.2.12',
  group: 'Về công tác phòng ngừa',
  wording: 'Ít nhất 60% số xã, phường, thị trấn không có tệ nạn mại dâm.',
  kind: 'percent',
  comparator: 'at_least',
  value: 60,
  unit: null,
  denominator: null,
  denominatorText: 'xã, phường, thị trấn',
  statistic: 'B06',
  denominatorStatistic: null,
  denominatorUnits: 'commune',
  note: null,
  agencies: [
    { id: 3, shortName: 'Công an tỉnh', kind: 'police' },
    { id: 12, shortName: 'Sở Lao động - TB&XH', kind: 'provincial_department' },
  ] as TargetRow['agencies'],
};

describe('the target form before sending', () => {
  it('a new target opens in the last group used, a count, with nothing typed', () => {
    const v = initialTargetValues(null, ['Về tuyên truyền', 'Về phòng ngừa']);
    expect(v).toMatchObject({ code: '', group: 'Về phòng ngừa', kind: 'count', comparator: 'exactly', value: '', denominatorMode: 'number', agencyIds: [] });
  });

  it('an edited target opens with its values, its agencies as the picker holds them', () => {
    const v = initialTargetValues(stored, []);
    expect(v).toMatchObject({ code: 'II.2.12', kind: 'percent', comparator: 'at_least', value: 60, denominatorMode: 'commune', statistic: 'B06', agencyIds: ['3', '12'] });
  });

  it('names the code (new target only), the wording and the level when they are missing', () => {
    expect(validateTarget(blank(), true, [])).toEqual({
      code: 'Chưa nhập mã chỉ tiêu.',
      wording: 'Chưa nhập nội dung chỉ tiêu.',
      value: 'Chưa nhập mức phải đạt.',
    });
    expect(validateTarget(blank({ wording: '  ', value: 5 }), false, [])).toEqual({ wording: 'Chưa nhập nội dung chỉ tiêu.' });
  });

  it('a qualitative target needs no level', () => {
    expect(validateTarget(blank({ code: '3', wording: 'Không phát sinh điểm nóng.', kind: 'qualitative' }), true, [])).toEqual({});
  });

  it('a level its kind does not allow is named with the reason', () => {
    const base = { code: '1', wording: 'Tỷ lệ' };
    expect(validateTarget(blank({ ...base, kind: 'percent', value: 120 }), true, [])).toEqual({ value: 'Mức phải đạt là tỷ lệ phần trăm, không được lớn hơn 100.' });
    expect(validateTarget(blank({ ...base, kind: 'count', value: -2 }), true, [])).toEqual({ value: 'Mức phải đạt không được là số âm.' });
    expect(validateTarget(blank({ ...base, kind: 'count', value: 120 }), true, [])).toEqual({});
  });

  it('a percentage of the locality\'s communes asks their number, unless the plan has it', () => {
    const v = blank({ code: '1', wording: 'Tỷ lệ xã', kind: 'percent', value: 60, denominatorMode: 'commune' });
    expect(validateTarget(v, true, [])).toEqual({ unitCount: 'Chưa nhập số xã, phường, thị trấn của địa bàn.' });
    expect(validateTarget(v, true, [{ level: 'district', count: 10 }])).toEqual({ unitCount: 'Chưa nhập số xã, phường, thị trấn của địa bàn.' });
    expect(validateTarget(v, true, [{ level: 'commune', count: 125 }])).toEqual({});
    expect(validateTarget({ ...v, unitCount: 125 }, true, [])).toEqual({});
  });
});

describe('what the target form sends', () => {
  it('a count target: trimmed texts, empty ones as null, agencies as numbers, no denominator', () => {
    const v = blank({
      code: ' 1 ',
      group: '  ',
      wording: ' Tổ chức ít nhất 20 buổi tuyên truyền. ',
      comparator: 'at_least',
      value: 20,
      unit: ' buổi ',
      denominator: 50,
      denominatorStatistic: 'B06',
      statistic: 'TT01',
      agencyIds: ['3', '12'],
      note: '',
    });
    expect(targetFields(v)).toEqual({
      group: null,
      wording: 'Tổ chức ít nhất 20 buổi tuyên truyền.',
      kind: 'count',
      comparator: 'at_least',
      value: 20,
      unit: 'buổi',
      denominator: null,
      denominatorText: null,
      denominatorUnits: null,
      statistic: 'TT01',
      denominatorStatistic: null,
      note: null,
      agencyIds: [3, 12],
    });
    expect(unitCountToSet(1, v)).toBeNull();
  });

  it('a qualitative target sends no comparison, level or statistic', () => {
    const fields = targetFields(blank({ wording: 'Không phát sinh điểm nóng.', kind: 'qualitative', comparator: 'at_most', value: 3, statistic: 'C01' }));
    expect(fields).toMatchObject({ kind: 'qualitative', comparator: null, value: null, statistic: null, denominator: null, denominatorUnits: null });
  });

  it('a percentage over a fixed number sends it; over the communes sends their level, and their number to store first', () => {
    const fixed = blank({ wording: 'Tỷ lệ', kind: 'percent', value: 60, denominator: 125, denominatorStatistic: 'B01' });
    expect(targetFields(fixed)).toMatchObject({ denominator: 125, denominatorUnits: null, denominatorStatistic: 'B01' });
    expect(unitCountToSet(4, fixed)).toBeNull();

    const communes = { ...fixed, denominatorMode: 'commune' as const, unitCount: 125 };
    expect(targetFields(communes)).toMatchObject({ denominator: null, denominatorUnits: 'commune' });
    expect(unitCountToSet(4, communes)).toEqual({ planId: 4, level: 'commune', count: 125 });
    expect(unitCountToSet(4, { ...communes, unitCount: '' })).toBeNull();
  });
});
