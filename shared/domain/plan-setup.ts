// Rules of setting up a plan (issue 9): localities and agency levels, how a plan is cited in every
// document, the checks on the plan's details and on its issue ("Ban hành"), and what a new plan still
// lacks. Pure: the handlers give the facts.
import { foldVietnamese, nfc } from '../text/vietnamese';
import { formatDateVi } from '../dates/vietnamese-dates';
import { parseIsoDate } from '../dates/iso-date';

/** An agency's level: a national body (the Ministry), or a body of a province, a district or a commune. */
export const AGENCY_LEVELS = ['national', 'province', 'district', 'commune'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const AGENCY_LEVEL_LABELS: Record<AgencyLevel, string> = {
  national: 'Trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện (trước 7/2025)',
  commune: 'Cấp xã',
};

/** The key that makes two spellings of one locality the same: "Ninh  bình" = "Ninh Bình". */
export function localityKey(name: string): string {
  return foldVietnamese(name);
}

/** The level an agency of this kind has unless the clerk says otherwise. */
export function defaultAgencyLevel(kind: string): AgencyLevel {
  return kind === 'district_pc' ? 'district' : 'province';
}

/**
 * A central body (the Ministry, a department of it, the national committee): no province of its own.
 * "Bộ Chỉ huy Bộ đội Biên phòng tỉnh" names its province, so it is the province's.
 */
export function isNationalAgencyName(name: string): boolean {
  const n = nfc(name).trim();
  if (/\s(tỉnh|thành phố|huyện|thị xã|xã|phường)(\s|$)/u.test(n)) return false;
  return /^(Bộ|Cục|Tổng cục|Chính phủ|Thủ tướng|Văn phòng Chính phủ|Ủy ban Quốc gia|Uỷ ban Quốc gia|Ủy ban quốc gia|Uỷ ban quốc gia|Ban Chỉ đạo Trung ương|Ban Chỉ đạo quốc gia)\s/u.test(n);
}

/** The level of an agency described by its name and kind (a plan loaded or imported as data). */
export function agencyLevelFor(name: string, kind: string): AgencyLevel {
  return isNationalAgencyName(name) ? 'national' : defaultAgencyLevel(kind);
}

/** Two agency names that the clerk would read as the same: case, spaces and NFC ignored, diacritics kept. */
export function agencyNameKey(name: string): string {
  return nfc(name).trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

export interface PlanCitable {
  number: string | null;
  symbol: string;
  issuedDate: string | null;
  issuer: string;
}

/**
 * The plan as every document cites it: "Kế hoạch số 15/KH-BCĐ138 ngày 20/03/2022 của Ban Chỉ đạo 138
 * tỉnh Ninh Bình". Before it is issued the number stays blank for the văn thư ("Kế hoạch số /KH-…")
 * and no date is given.
 */
export function planReference(plan: PlanCitable, symbol: string = plan.symbol): string {
  const number = nfc(plan.number ?? '').trim();
  const date = plan.issuedDate ? ` ngày ${formatDateVi(plan.issuedDate)}` : '';
  return `Kế hoạch số ${number}/${nfc(symbol).trim()}${date} của ${nfc(plan.issuer).trim()}`;
}

/** "Ninh Bình, ngày 20 tháng 3 năm 2022": the place and date line of an issued plan. */
export function issuedDateLine(placeName: string, isoDate: string): string {
  const p = parseIsoDate(isoDate);
  if (!p) return '';
  const day = String(p.day).padStart(2, '0');
  const month = p.month < 3 ? String(p.month).padStart(2, '0') : String(p.month);
  return `${nfc(placeName).trim()}, ngày ${day} tháng ${month} năm ${p.year}`;
}

export const SIGNING_AUTHORITIES = ['', 'TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const;

export interface PlanDetailsCheck {
  year: number;
  yearFrom: number | null;
  yearTo: number | null;
  signerAuthority: string;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** The first problem of a plan's details (the years covered must contain the plan's year), worded for the clerk with the field's name; null when none. */
export function planDetailsProblem(d: PlanDetailsCheck): FieldProblem | null {
  if (d.yearFrom !== null && d.yearFrom > d.year) {
    return { field: 'yearFrom', message: `Từ năm: kế hoạch năm ${d.year} không thể bắt đầu từ năm ${d.yearFrom}.` };
  }
  if (d.yearTo !== null && d.yearTo < d.year) {
    return { field: 'yearTo', message: `Đến năm: kế hoạch năm ${d.year} không thể kết thúc năm ${d.yearTo}.` };
  }
  const m = /^(TM|KT|Q|TL|TUQ)\.\s*(.*)$/u.exec(d.signerAuthority.trim());
  if (m && !m[2]!.trim()) {
    return { field: 'signerAuthority', message: `Thẩm quyền ký: ghi rõ ${m[1]}. thay mặt, ký thay cho ai (ví dụ "${m[1]}. TRƯỞNG BAN").` };
  }
  return null;
}

/** The number and date of issue: the document's serial number (digits), a date of the plan's year or the one before. */
export function issueProblem(d: { year: number; number: string | null; issuedDate: string | null }): FieldProblem | null {
  const number = d.number?.trim() ?? '';
  if (number && !/^[1-9]\d{0,4}$/u.test(number)) {
    return { field: 'number', message: 'Số văn bản: chỉ ghi số thứ tự của văn bản (ví dụ "15"); ký hiệu ghi riêng.' };
  }
  if (d.issuedDate) {
    const p = parseIsoDate(d.issuedDate);
    if (!p || p.year < d.year - 1 || p.year > d.year) {
      return { field: 'issuedDate', message: `Ngày ban hành: phải thuộc năm ${d.year - 1} hoặc ${d.year}.` };
    }
  }
  return null;
}

/** What a plan holds, for its setup checklist. */
export interface PlanSetupFacts {
  hasDetails: boolean;
  issued: boolean;
  agencies: number;
  tasks: number;
  targets: number;
  reportingDuties: number;
  documentSettings: boolean;
}

export type SetupItemId = 'details' | 'agencies' | 'tasks' | 'targets' | 'duties' | 'documents';

export interface SetupItem {
  id: SetupItemId;
  label: string;
  done: boolean;
  /** What is still missing, for the clerk. */
  hint: string;
}

/** The steps of setting up a plan, in the order a clerk takes them, each done or not. */
export function planSetupChecklist(f: PlanSetupFacts): SetupItem[] {
  return [
    {
      id: 'details',
      label: 'Thông tin kế hoạch',
      done: f.hasDetails && f.issued,
      hint: !f.hasDetails
        ? 'Chưa nhập cơ quan ban hành, người ký và cơ quan thường trực.'
        : f.issued
          ? 'Đã có số và ngày ban hành.'
          : 'Chưa ghi số và ngày ban hành ("Ban hành").',
    },
    {
      id: 'agencies',
      label: 'Cơ quan, đơn vị',
      done: f.agencies > 0,
      hint: f.agencies > 0 ? `${f.agencies} cơ quan, đơn vị.` : 'Chưa có cơ quan, đơn vị nào tham gia.',
    },
    { id: 'tasks', label: 'Nhiệm vụ', done: f.tasks > 0, hint: f.tasks > 0 ? `${f.tasks} nhiệm vụ.` : 'Chưa có nhiệm vụ nào.' },
    { id: 'targets', label: 'Chỉ tiêu', done: f.targets > 0, hint: f.targets > 0 ? `${f.targets} chỉ tiêu.` : 'Chưa có chỉ tiêu nào.' },
    {
      id: 'duties',
      label: 'Chế độ báo cáo',
      done: f.reportingDuties > 0,
      hint: f.reportingDuties > 0 ? `${f.reportingDuties} chế độ báo cáo.` : 'Chưa có chế độ báo cáo nào, nên chưa có kỳ báo cáo.',
    },
    {
      id: 'documents',
      label: 'Thiết lập văn bản',
      done: f.documentSettings,
      hint: f.documentSettings ? 'Đã lưu.' : 'Chưa lưu cơ quan ban hành, người ký, ký hiệu và nơi nhận của văn bản.',
    },
  ];
}

/** Why an ad-hoc request cannot be deleted, or null when it can. */
export function adHocDeleteBlockedReason(received: number): string | null {
  return received > 0
    ? `Không xóa được vì yêu cầu này đã nhận ${received} báo cáo. Xóa sẽ làm mất báo cáo và số liệu đã nhận.`
    : null;
}
