// The document settings as the clerk saves them: trimmed, and each problem named at its field before
// anything is stored (documents.updateSettings).
import type { DocumentSettingsValues, IssuerProfile } from '../api/documents-models';
import { AppError } from '../api/errors';

const SYMBOL = /^[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/u;

function checkSymbol(value: string, field: string, label: string, prefix: string | null): void {
  const v = value.normalize('NFC').trim();
  if (!v) throw new AppError('VALIDATION', `${label}: chưa được nhập.`, field);
  if (!SYMBOL.test(v)) {
    throw new AppError(
      'VALIDATION',
      `${label}: chỉ gồm chữ in hoa, chữ số và dấu gạch nối "-", không có dấu cách hay dấu "/" (ví dụ ${prefix ?? ''}SLĐTBXH).`,
      field,
    );
  }
  if (prefix && !v.startsWith(prefix)) {
    throw new AppError('VALIDATION', `${label}: phải bắt đầu bằng "${prefix}" (Phụ lục III Nghị định 30/2020/NĐ-CP).`, field);
  }
}

function checkProfile(p: IssuerProfile, key: 'standing' | 'planIssuer'): void {
  const f = (name: string) => `values.${key}.${name}`;
  if (p.issuingBody.every((l) => !l.trim())) throw new AppError('VALIDATION', 'Tên cơ quan ban hành: chưa được nhập.', f('issuingBody'));
  if (!p.issuerName.trim()) throw new AppError('VALIDATION', 'Tên cơ quan trong nội dung văn bản: chưa được nhập.', f('issuerName'));
  if (!p.placeName.trim()) throw new AppError('VALIDATION', 'Địa danh: chưa được nhập.', f('placeName'));
  if (p.signerAuthority && !p.signerAuthorityOf.trim()) {
    throw new AppError('VALIDATION', `Ký thay, thừa lệnh cho: ghi chức danh sau "${p.signerAuthority}", ví dụ "GIÁM ĐỐC".`, f('signerAuthorityOf'));
  }
  if (!p.signerPosition.trim() && !p.signerAuthority) {
    throw new AppError('VALIDATION', 'Chức vụ người ký: chưa được nhập.', f('signerPosition'));
  }
  if (!p.signerName.trim()) throw new AppError('VALIDATION', 'Họ tên người ký: chưa được nhập.', f('signerName'));
  if (!/^Lưu\b/u.test(p.archiveLine.normalize('NFC').trim().replace(/^[-–]\s*/, ''))) {
    throw new AppError('VALIDATION', 'Dòng lưu: phải bắt đầu bằng "Lưu:", ví dụ "Lưu: VT, PCTNXH."', f('archiveLine'));
  }
}

export function checkSettings(v: DocumentSettingsValues): void {
  checkProfile(v.standing, 'standing');
  checkProfile(v.planIssuer, 'planIssuer');
  checkSymbol(v.reportSymbol, 'values.reportSymbol', 'Ký hiệu báo cáo', 'BC-');
  checkSymbol(v.letterSymbol, 'values.letterSymbol', 'Ký hiệu công văn', null);
  checkSymbol(v.planSymbol, 'values.planSymbol', 'Ký hiệu kế hoạch', 'KH-');
  if (v.draftingUnit && !SYMBOL.test(v.draftingUnit)) {
    throw new AppError(
      'VALIDATION',
      'Đơn vị soạn thảo: ghi chữ viết tắt in hoa, không dấu cách, ví dụ PCTNXH.',
      'values.draftingUnit',
    );
  }
  if (v.reportAddressees.every((a) => !a.trim())) {
    throw new AppError('VALIDATION', 'Kính gửi (báo cáo): cần ít nhất một nơi nhận, ví dụ "Ủy ban nhân dân tỉnh".', 'values.reportAddressees');
  }
}

function cleanProfile(p: IssuerProfile): IssuerProfile {
  const t = (s: string) => s.normalize('NFC').trim();
  return {
    parentAgencyLine: t(p.parentAgencyLine),
    issuingBody: p.issuingBody.map(t).filter(Boolean),
    issuerName: t(p.issuerName),
    placeName: t(p.placeName),
    signerAuthority: p.signerAuthority,
    signerAuthorityOf: t(p.signerAuthorityOf),
    signerPosition: t(p.signerPosition),
    signerOtherPosition: t(p.signerOtherPosition),
    signerName: t(p.signerName),
    archiveLine: t(p.archiveLine),
  };
}

export function cleanSettings(v: DocumentSettingsValues): DocumentSettingsValues {
  const list = (l: string[]) => l.map((s) => s.normalize('NFC').trim()).filter(Boolean);
  return {
    standing: cleanProfile(v.standing),
    planIssuer: cleanProfile(v.planIssuer),
    reportSymbol: v.reportSymbol.normalize('NFC').trim(),
    letterSymbol: v.letterSymbol.normalize('NFC').trim(),
    planSymbol: v.planSymbol.normalize('NFC').trim(),
    reportAddressees: list(v.reportAddressees),
    reportRecipients: list(v.reportRecipients),
    letterRecipients: list(v.letterRecipients),
    planRecipients: list(v.planRecipients),
    draftingUnit: v.draftingUnit.normalize('NFC').trim(),
  };
}
