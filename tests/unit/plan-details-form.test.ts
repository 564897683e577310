// "Thông tin kế hoạch": what the form shows from a stored plan and what it saves back, and where a
// refused save's message goes (components/plans/plan-details-values.ts, components/form-rules.ts).
import { describe, expect, it } from 'vitest';
import type { UseFormReturnType } from '@mantine/form';
import { detailsValuesOf, planUpdateOf, type PlanDetailsValues } from '../../renderer/src/components/plans/plan-details-values';
import { showApiError } from '../../renderer/src/components/form-rules';
import { ApiCallError } from '../../renderer/src/api/client';
import type { PlanDetail } from '../../shared/api/models';

const stored: PlanDetail = {
  id: 7,
  key: null,
  title: 'Phòng, chống mại dâm trên địa bàn tỉnh Ninh Bình năm 2022',
  year: 2022,
  symbol: 'KH-BCĐ138',
  number: null,
  issuedDate: null,
  issuer: 'Ban Chỉ đạo 138 tỉnh Ninh Bình',
  issuedDateText: '',
  parentProgramme: '',
  placeName: 'Ninh Bình',
  standingAgency: { id: 12, name: 'Sở Lao động - Thương binh và Xã hội' },
  signerAuthority: 'KT. TRƯỞNG BAN',
  signerPosition: 'PHÓ TRƯỞNG BAN',
  signerName: 'Đinh Văn Hùng',
  recipients: ['Như trên;', 'Lưu: VT.'],
  locality: { id: 3, name: 'Ninh Bình' },
  parentBodyLine: 'UBND TỈNH NINH BÌNH',
  issuingBodyLines: ['BAN CHỈ ĐẠO 138'],
  legalBases: ['Căn cứ Luật Phòng, chống mại dâm năm 2003;'],
  yearFrom: null,
  yearTo: null,
};

describe('the plan details form', () => {
  it('shows "KT. TRƯỞNG BAN" as the authority KT. signing for TRƯỞNG BAN, and a one-year plan as 2022 to 2022', () => {
    const v = detailsValuesOf(stored);
    expect(v.authority).toBe('KT.');
    expect(v.authorityOf).toBe('TRƯỞNG BAN');
    expect(v.yearFrom).toBe(2022);
    expect(v.yearTo).toBe(2022);
    expect(v.standingAgencyId).toBe('12');
    expect(v.recipients).toBe('Như trên;\nLưu: VT.');
  });

  it('a signer with no authority prefix signs directly', () => {
    const v = detailsValuesOf({ ...stored, signerAuthority: 'CHỦ TỊCH' });
    expect(v.authority).toBe('');
    expect(v.authorityOf).toBe('CHỦ TỊCH');
    expect(planUpdateOf(7, v).signerAuthority).toBe('CHỦ TỊCH');
  });

  it('saves one line per căn cứ and recipient, without blank lines or edge spaces, and an emptied year as none', () => {
    const v: PlanDetailsValues = {
      ...detailsValuesOf(stored),
      authority: 'TM.',
      authorityOf: 'BAN CHỈ ĐẠO',
      legalBases: '  Căn cứ A;\n\n Căn cứ B; ',
      recipients: '\nNhư trên;\n',
      yearTo: '',
      standingAgencyId: null,
    };
    const saved = planUpdateOf(7, v);
    expect(saved.signerAuthority).toBe('TM. BAN CHỈ ĐẠO');
    expect(saved.legalBases).toEqual(['Căn cứ A;', 'Căn cứ B;']);
    expect(saved.recipients).toEqual(['Như trên;']);
    expect(saved.yearFrom).toBe(2022);
    expect(saved.yearTo).toBeNull();
    expect(saved.standingAgencyId).toBeNull();
  });
});

/** Just what showApiError uses of a @mantine/form form. */
function fakeForm(values: Record<string, unknown>) {
  const state = { errors: {} as Record<string, unknown> };
  const form = { getValues: () => values, setErrors: (e: Record<string, unknown>) => (state.errors = e) };
  return { form: form as unknown as UseFormReturnType<Record<string, unknown>>, state };
}

describe('a refused save on a form', () => {
  it('puts a message naming an input under it, without the label the input already shows', () => {
    const { form, state } = fakeForm({ yearFrom: 2022, yearTo: 2021 });
    const err = new ApiCallError({ code: 'VALIDATION', message: 'Đến năm: kế hoạch năm 2022 không thể kết thúc năm 2021.', field: 'yearTo' });
    expect(showApiError(form, err)).toBeNull();
    expect(state.errors).toEqual({ yearTo: 'Kế hoạch năm 2022 không thể kết thúc năm 2021.' });
  });

  it('puts the signer authority message under the authority input it is typed in', () => {
    const { form, state } = fakeForm({ authority: 'KT.', authorityOf: '' });
    const err = new ApiCallError({ code: 'VALIDATION', message: 'Chưa ghi ký thay cho ai.', field: 'signerAuthority' });
    expect(showApiError(form, err, { signerAuthority: 'authority' })).toBeNull();
    expect(state.errors).toEqual({ authority: 'Chưa ghi ký thay cho ai.' });
  });

  it('returns a message about no input of the form for the form to show, and clears the inputs', () => {
    const { form, state } = fakeForm({ title: '' });
    const err = new ApiCallError({ code: 'CONFLICT', message: 'Kế hoạch đã bị xóa.', field: 'planId' });
    expect(showApiError(form, err)).toBe('Kế hoạch đã bị xóa.');
    expect(state.errors).toEqual({});
    expect(showApiError(form, new Error('Mất kết nối.'))).toBe('Mất kết nối.');
  });
});
