// The rules of setting up a plan: how documents cite it, its issue line, the checks on its details,
// agency names within a locality, and the checklist of a new plan.
import { describe, expect, it } from 'vitest';
import {
  adHocDeleteBlockedReason,
  agencyLevelFor,
  agencyNameKey,
  defaultAgencyLevel,
  issuedDateLine,
  issueProblem,
  localityKey,
  planDetailsProblem,
  planReference,
  planSetupChecklist,
} from '../../shared/domain/plan-setup';

const plan = { number: '15', symbol: 'KH-BCĐ138', issuedDate: '2022-03-20', issuer: 'Ban Chỉ đạo 138 tỉnh Ninh Bình' };

describe('planReference', () => {
  it('cites an issued plan with its number, symbol, date and issuer', () => {
    expect(planReference(plan)).toBe('Kế hoạch số 15/KH-BCĐ138 ngày 20/03/2022 của Ban Chỉ đạo 138 tỉnh Ninh Bình');
  });
  it('keeps the number blank and gives no date before the plan is issued', () => {
    expect(planReference({ ...plan, number: null, issuedDate: null })).toBe('Kế hoạch số /KH-BCĐ138 của Ban Chỉ đạo 138 tỉnh Ninh Bình');
  });
  it('takes the symbol of the document settings when given', () => {
    expect(planReference(plan, 'KH-BCĐ')).toBe('Kế hoạch số 15/KH-BCĐ ngày 20/03/2022 của Ban Chỉ đạo 138 tỉnh Ninh Bình');
  });
});

describe('issuedDateLine', () => {
  it('writes the day with two digits, and the month with two only for January and February (Decree 30)', () => {
    expect(issuedDateLine('Ninh Bình', '2022-03-20')).toBe('Ninh Bình, ngày 20 tháng 3 năm 2022');
    expect(issuedDateLine('Ninh Bình', '2022-02-05')).toBe('Ninh Bình, ngày 05 tháng 02 năm 2022');
    expect(issuedDateLine('Ninh Bình', '2022-11-05')).toBe('Ninh Bình, ngày 05 tháng 11 năm 2022');
  });
});

describe('the checks on a plan\'s details', () => {
  const ok = { year: 2022, yearFrom: 2022, yearTo: 2022, signerAuthority: 'KT. TRƯỞNG BAN' };
  it('accepts a one-year plan and a plan over several years that contains its year', () => {
    expect(planDetailsProblem(ok)).toBeNull();
    expect(planDetailsProblem({ ...ok, yearFrom: 2021, yearTo: 2025 })).toBeNull();
    expect(planDetailsProblem({ ...ok, signerAuthority: 'TRƯỞNG BAN' })).toBeNull();
  });
  it('names the field of each problem', () => {
    expect(planDetailsProblem({ ...ok, yearFrom: 2022, yearTo: 2021 })).toEqual({ field: 'yearTo', message: 'Đến năm: kế hoạch năm 2022 không thể kết thúc năm 2021.' });
    expect(planDetailsProblem({ ...ok, yearFrom: 2023, yearTo: 2024 })?.field).toBe('yearFrom');
    expect(planDetailsProblem({ ...ok, yearFrom: 2020, yearTo: 2021 })?.field).toBe('yearTo');
    expect(planDetailsProblem({ ...ok, signerAuthority: 'TM. ' })).toEqual({
      field: 'signerAuthority',
      message: 'Thẩm quyền ký: ghi rõ TM. thay mặt, ký thay cho ai (ví dụ "TM. TRƯỞNG BAN").',
    });
  });
  it('an issue needs a plain number and a date of the plan year or the year before', () => {
    expect(issueProblem({ year: 2022, number: '15', issuedDate: '2022-03-20' })).toBeNull();
    expect(issueProblem({ year: 2022, number: '1500', issuedDate: '2021-12-30' })).toBeNull();
    expect(issueProblem({ year: 2022, number: '15a', issuedDate: '2022-03-20' })?.field).toBe('number');
    expect(issueProblem({ year: 2022, number: '0', issuedDate: '2022-03-20' })?.field).toBe('number');
    expect(issueProblem({ year: 2022, number: '15/KH-BCĐ138', issuedDate: '2022-03-20' })?.field).toBe('number');
    expect(issueProblem({ year: 2022, number: '15', issuedDate: '2020-12-30' })?.field).toBe('issuedDate');
    expect(issueProblem({ year: 2022, number: '15', issuedDate: '2023-01-02' })?.field).toBe('issuedDate');
  });
});

describe('names and localities', () => {
  it('one locality however it is typed; agency names equal ignoring case and spaces, not diacritics', () => {
    expect(localityKey(' Ninh  bình ')).toBe(localityKey('Ninh Bình'));
    expect(agencyNameKey('công an  tỉnh')).toBe(agencyNameKey('Công an tỉnh'));
    expect(agencyNameKey('Công an tính')).not.toBe(agencyNameKey('Công an tỉnh'));
  });
  it('the Ministry and the national committee are national; a province\'s "Bộ Chỉ huy" is not', () => {
    expect(agencyLevelFor('Bộ Lao động - Thương binh và Xã hội', 'other')).toBe('national');
    expect(agencyLevelFor('Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm', 'other')).toBe('national');
    expect(agencyLevelFor('Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị', 'military')).toBe('province');
    expect(agencyLevelFor('UBND huyện Cam Lộ', 'district_pc')).toBe('district');
  });
  it('a district People\'s Committee is "huyện", other kinds "tỉnh"', () => {
    expect(defaultAgencyLevel('district_pc')).toBe('district');
    expect(defaultAgencyLevel('police')).toBe('province');
  });
});

describe('the checklist of a new plan', () => {
  const empty = { hasDetails: false, issued: false, agencies: 0, tasks: 0, targets: 0, reportingDuties: 0, documentSettings: false };
  it('lists every step as missing for an empty plan', () => {
    const items = planSetupChecklist(empty);
    expect(items.map((i) => i.label)).toEqual(['Thông tin kế hoạch', 'Cơ quan, đơn vị', 'Nhiệm vụ', 'Chỉ tiêu', 'Chế độ báo cáo', 'Thiết lập văn bản']);
    expect(items.every((i) => !i.done)).toBe(true);
    expect(items.find((i) => i.id === 'duties')?.hint).toBe('Chưa có chế độ báo cáo nào, nên chưa có kỳ báo cáo.');
  });
  it('details are done only once the plan is issued', () => {
    expect(planSetupChecklist({ ...empty, hasDetails: true })[0]).toMatchObject({ done: false, hint: 'Chưa ghi số và ngày ban hành ("Ban hành").' });
    expect(planSetupChecklist({ ...empty, hasDetails: true, issued: true })[0]?.done).toBe(true);
  });
  it('counts what is there', () => {
    const items = planSetupChecklist({ ...empty, agencies: 3, tasks: 1 });
    expect(items.filter((i) => i.done).map((i) => i.hint)).toEqual(['3 cơ quan, đơn vị.', '1 nhiệm vụ.']);
  });
});

describe('deleting an ad-hoc request', () => {
  it('is refused with the reason while a report was received for it', () => {
    expect(adHocDeleteBlockedReason(0)).toBeNull();
    expect(adHocDeleteBlockedReason(2)).toContain('đã nhận 2 báo cáo');
  });
});
