// The document settings as the clerk saves them (shared/documents/settings-rules.ts): what is stored
// after trimming, and each problem refused with its message at its field. Values written out by hand.
import { describe, expect, it } from 'vitest';
import type { DocumentSettingsValues, IssuerProfile } from '../../../shared/api/documents-models';
import { AppError } from '../../../shared/api/errors';
import { checkSettings, cleanSettings } from '../../../shared/documents/settings-rules';

const standing: IssuerProfile = {
  parentAgencyLine: 'UBND TỈNH QUẢNG TRỊ',
  issuingBody: ['SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
  issuerName: 'Sở Lao động - Thương binh và Xã hội',
  placeName: 'Quảng Trị',
  signerAuthority: 'KT.',
  signerAuthorityOf: 'GIÁM ĐỐC',
  signerPosition: 'PHÓ GIÁM ĐỐC',
  signerOtherPosition: '',
  signerName: 'Nguyễn Văn An',
  archiveLine: 'Lưu: VT, PCTNXH.',
};

const good: DocumentSettingsValues = {
  standing,
  planIssuer: { ...standing, parentAgencyLine: '', issuingBody: ['BAN CHỈ ĐẠO 138'], issuerName: 'Ban Chỉ đạo 138 tỉnh', signerAuthority: 'TM.', signerAuthorityOf: 'BAN CHỈ ĐẠO', signerPosition: 'TRƯỞNG BAN' },
  reportSymbol: 'BC-SLĐTBXH',
  letterSymbol: 'SLĐTBXH-PCTNXH',
  planSymbol: 'KH-BCĐ138',
  reportAddressees: ['Ủy ban nhân dân tỉnh'],
  reportRecipients: ['Bộ Lao động - Thương binh và Xã hội'],
  letterRecipients: [],
  planRecipients: ['Các thành viên BCĐ 138 tỉnh'],
  draftingUnit: 'PCTNXH',
};

/** The refusal of `values`, as the clerk reads it: message and field. */
function refusal(values: DocumentSettingsValues) {
  try {
    checkSettings(values);
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, message: err.message, field: err.field };
    throw err;
  }
  return null;
}

describe('settings as stored', () => {
  it('trims every field, joins decomposed letters and drops empty lines', () => {
    // "Quảng Trị" typed with combining marks (NFD) is stored precomposed (NFC), as every exported string.
    const typed = { ...good, standing: { ...standing, placeName: '  Qua\u0309ng Tri\u0323 ', issuingBody: [' SỞ LĐTBXH ', '  ', ''] }, reportRecipients: ['', ' Bộ LĐTBXH ', '   '], reportSymbol: ' BC-SLĐTBXH ' };
    const clean = cleanSettings(typed);
    expect(clean.standing.placeName).toBe('Quảng Trị');
    expect(clean.standing.placeName.length).toBe(9);
    expect(clean.standing.issuingBody).toEqual(['SỞ LĐTBXH']);
    expect(clean.reportRecipients).toEqual(['Bộ LĐTBXH']);
    expect(clean.reportSymbol).toBe('BC-SLĐTBXH');
    expect(clean.letterRecipients).toEqual([]);
  });

  it('accepts complete settings', () => {
    expect(refusal(good)).toBeNull();
  });
});

describe('each problem named at its field', () => {
  it('a report symbol without "BC-"', () => {
    expect(refusal({ ...good, reportSymbol: 'SLĐTBXH' })).toEqual({
      code: 'VALIDATION',
      message: 'Ký hiệu báo cáo: phải bắt đầu bằng "BC-" (Phụ lục III Nghị định 30/2020/NĐ-CP).',
      field: 'values.reportSymbol',
    });
  });

  it('a symbol with a slash or a space', () => {
    expect(refusal({ ...good, planSymbol: 'KH/BCĐ138' })).toEqual({
      code: 'VALIDATION',
      message: 'Ký hiệu kế hoạch: chỉ gồm chữ in hoa, chữ số và dấu gạch nối "-", không có dấu cách hay dấu "/" (ví dụ KH-SLĐTBXH).',
      field: 'values.planSymbol',
    });
    expect(refusal({ ...good, letterSymbol: 'SLĐTBXH PCTNXH' })?.field).toBe('values.letterSymbol');
  });

  it('an empty letter symbol', () => {
    expect(refusal({ ...good, letterSymbol: '  ' })?.message).toBe('Ký hiệu công văn: chưa được nhập.');
  });

  it('"KT." with nobody named after it, in the profile it belongs to', () => {
    expect(refusal({ ...good, standing: { ...standing, signerAuthorityOf: ' ' } })).toEqual({
      code: 'VALIDATION',
      message: 'Ký thay, thừa lệnh cho: ghi chức danh sau "KT.", ví dụ "GIÁM ĐỐC".',
      field: 'values.standing.signerAuthorityOf',
    });
  });

  it('a Lưu line that does not start with "Lưu", in the plan issuer’s profile', () => {
    expect(refusal({ ...good, planIssuer: { ...good.planIssuer, archiveLine: 'VT, PCTNXH.' } })).toEqual({
      code: 'VALIDATION',
      message: 'Dòng lưu: phải bắt đầu bằng "Lưu:", ví dụ "Lưu: VT, PCTNXH."',
      field: 'values.planIssuer.archiveLine',
    });
    // Written as a Nơi nhận line, with its dash: accepted.
    expect(refusal({ ...good, planIssuer: { ...good.planIssuer, archiveLine: '- Lưu: VT, PCTNXH.' } })).toBeNull();
  });

  it('a drafting unit written as a name', () => {
    expect(refusal({ ...good, draftingUnit: 'Phòng PCTNXH' })).toEqual({
      code: 'VALIDATION',
      message: 'Đơn vị soạn thảo: ghi chữ viết tắt in hoa, không dấu cách, ví dụ PCTNXH.',
      field: 'values.draftingUnit',
    });
    expect(refusal({ ...good, draftingUnit: '' })).toBeNull();
  });

  it('a report with nobody to send it to', () => {
    expect(refusal({ ...good, reportAddressees: [' '] })?.field).toBe('values.reportAddressees');
  });

  it('the issuer before the symbols: the first problem on the form is the one named', () => {
    expect(refusal({ ...good, standing: { ...standing, issuingBody: [''] }, reportSymbol: '' })?.field).toBe('values.standing.issuingBody');
  });
});
