// What the documents part of the API returns (issue 5): the document settings of a plan, the texts the
// clerk edits before export, the summary shown before saving, the exported file and the export log.
// Dates are ISO strings "YYYY-MM-DD".
import type { BodySection, SigningAuthority, TaskTableEntry } from '../documents/types';

export const DOCUMENT_KINDS = ['report', 'urging', 'assignment', 'plan'] as const;
/** report: Báo cáo kết quả 6 tháng / năm; urging: Công văn đôn đốc; assignment: Bảng phân công; plan: Kế hoạch. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  report: 'Báo cáo kết quả thực hiện kế hoạch',
  urging: 'Công văn đôn đốc gửi báo cáo',
  assignment: 'Bảng phân công nhiệm vụ',
  plan: 'Kế hoạch (kèm bảng phân công)',
};

export const SIGNING_AUTHORITIES: SigningAuthority[] = ['', 'TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'];

/** Who issues and signs: one profile for the standing body (reports, letters), one for the plan's issuer. */
export interface IssuerProfile {
  /** Cơ quan chủ quản: "UBND TỈNH QUẢNG TRỊ"; '' when none. */
  parentAgencyLine: string;
  /** Tên cơ quan ban hành as printed, one line per entry: ["SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"]. */
  issuingBody: string[];
  /** The body's name in running text: "Sở Lao động - Thương binh và Xã hội". */
  issuerName: string;
  /** Địa danh of the date line: "Quảng Trị". */
  placeName: string;
  signerAuthority: SigningAuthority;
  /** After the prefix: "GIÁM ĐỐC" in "KT. GIÁM ĐỐC". */
  signerAuthorityOf: string;
  signerPosition: string;
  /** Chức vụ khác above the name: "PHÓ CHỦ TỊCH UBND TỈNH"; '' when none. */
  signerOtherPosition: string;
  signerName: string;
  /** "Lưu: VT, PCTNXH." */
  archiveLine: string;
}

export interface DocumentSettingsValues {
  /** Reports and urging letters. */
  standing: IssuerProfile;
  /** The plan and its assignment table. */
  planIssuer: IssuerProfile;
  /** Ký hiệu: "BC-SLĐTBXH", "SLĐTBXH-PCTNXH", "KH-BCĐ138". */
  reportSymbol: string;
  letterSymbol: string;
  planSymbol: string;
  /** Kính gửi of the consolidated report. */
  reportAddressees: string[];
  /** Nơi nhận lines after "- Như trên;" and before the Lưu line. */
  reportRecipients: string[];
  letterRecipients: string[];
  /** Nơi nhận of the plan (no "Như trên"). */
  planRecipients: string[];
  /**
   * Đơn vị soạn thảo of reports and letters, abbreviated: "PCTNXH". A letter's symbol carries it
   * ("SLĐTBXH-PCTNXH") and so does the Lưu line of reports and letters ("Lưu: VT, PCTNXH."); '' for none.
   */
  draftingUnit: string;
}

/** One contradiction among a period's totals, as the preview shows it. */
export interface FigureCheckView {
  /** "C03>C02": the statistic that is a part, then its whole. */
  rule: string;
  text: string;
  accepted: { by: string; on: string } | null;
}

/** Where a statistic's figure comes from in a plan's reports (Cài đặt › Nguồn số liệu). */
export interface StatisticSourceRow {
  code: string;
  label: string;
  unit: string;
  group: string;
  /** The agency whose figure counts when it reported; null: the figures of every agency are added. */
  agency: { id: number; shortName: string } | null;
  /** true: the built-in rule (cases from the Công an, prosecutions from the Viện kiểm sát …), not a choice. */
  builtIn: boolean;
}

export interface DocumentSettingsView {
  planId: number;
  values: DocumentSettingsValues;
  /** The values derived from the plan's data, for "Khôi phục mặc định". */
  defaults: DocumentSettingsValues;
  /** false: nothing stored yet, the values are the defaults. */
  saved: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** The texts the clerk edits before export: of a report (per period) or of the plan. */
export interface DocumentTexts {
  /** Report: căn cứ lines. Plan: unused (empty). */
  legalBasis: string[];
  /** Report: the opening sentence. Plan: the opening paragraph "Thực hiện …, … ban hành Kế hoạch … như sau:". */
  opening: string;
  sections: BodySection[];
}

export interface DocumentTextsView {
  planId: number;
  kind: 'report' | 'plan';
  periodId: number | null;
  texts: DocumentTexts;
  defaults: DocumentTexts;
  saved: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface AssignmentTableData {
  planId: number;
  /** Second title line: "Thực hiện Kế hoạch phòng, chống mại dâm … năm 2022". */
  title: string;
  /** "(Nhiệm vụ Công an tỉnh chủ trì hoặc phối hợp)"; '' without a filter. */
  filterNote: string;
  rows: TaskTableEntry[];
  taskCount: number;
  /** The plan's document as cited for the "(Kèm theo …)" line. */
  parentRef: string;
}

/** One line of the summary shown before saving. */
export interface PreviewFact {
  label: string;
  value: string;
}

export interface DocumentPreview {
  kind: DocumentKind;
  /** Tên loại and trích yếu, as printed. */
  title: string;
  fileName: string;
  periodLabel: string | null;
  /** "Số: ……/BC-SLĐTBXH" and "Quảng Trị, ngày … tháng 7 năm 2022", as they will print. */
  numberLine: string;
  dateLine: string;
  issuer: string;
  signer: string;
  /** Kính gửi (letters, reports sent upward). */
  addressees: string[];
  /** Nơi nhận, as printed. */
  recipients: string[];
  facts: PreviewFact[];
  /** Things the clerk should know before sending it for signature (no figures yet, …). */
  warnings: string[];
  /**
   * Report totals that contradict each other ("số cơ sở được kiểm tra lớn hơn số lượt kiểm tra"): each
   * with who accepted it and when, or null while nobody has.
   */
  figureChecks: FigureCheckView[];
  /** Why the document cannot be exported yet (a setting missing, …), with the field at fault. */
  problem: { message: string; field: string | null } | null;
}

export interface ExportedDocument {
  kind: DocumentKind;
  fileName: string;
  mediaType: string;
  contentBase64: string;
  size: number;
  title: string;
  periodId: number | null;
}

export interface ExportLogRow {
  id: number;
  planId: number;
  kind: DocumentKind;
  periodId: number | null;
  periodLabel: string | null;
  title: string;
  fileName: string;
  /** The app's day of the export (ISO). */
  exportedOn: string;
  exportedBy: string;
  /** Where the desktop app saved it; null for a browser download. */
  savedTo: string | null;
}
