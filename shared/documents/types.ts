// Input types of the Decree 30/2020/NĐ-CP document builders: plain data, no logic.
// Every string may arrive in any Unicode form; the builders normalise it to NFC.

/** Signing authority prefix (NĐ30 PL I §II.7.b); '' when the head signs in person. */
export type SigningAuthority = 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.' | '';

export interface Signer {
  authority: SigningAuthority;
  /**
   * Whom the signer signs for, after the prefix: "GIÁM ĐỐC" in "KT. GIÁM ĐỐC",
   * "ỦY BAN NHÂN DÂN" in "TM. ỦY BAN NHÂN DÂN". Ignored when authority is ''.
   */
  authorityOf: string;
  /** The signer's own position: "PHÓ GIÁM ĐỐC", "CHỦ TỊCH". May be '' with 'Q.' ("Q. GIÁM ĐỐC"). */
  position: string;
  /**
   * Another position printed above the name (ô 7b "chức vụ khác"), e.g. "PHÓ CHỦ TỊCH UBND TỈNH"
   * for the head of an advisory body signing with the People's Committee's seal.
   */
  otherPosition?: string;
  /** Full name, no academic titles: "Nguyễn Văn A". */
  name: string;
}

export interface DocumentSettings {
  /** Chủ quản line above the issuing body, e.g. "UBND TỈNH QUẢNG TRỊ". Omitted when absent or ''. */
  parentAgencyLine?: string;
  /**
   * Issuing body as printed in the header, upper case: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI".
   * A string is wrapped to the header column by measuring it; an array gives the lines as they must be
   * printed, e.g. ["SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"].
   */
  issuingBody: string | string[];
  /**
   * The issuing body's name in running text (capitalised per NĐ30 PL II): "Sở Lao động - Thương binh và
   * Xã hội". Used in the body of letters and in the "(Kèm theo … của …)" line of appendices.
   */
  issuerName: string;
  /** Địa danh of the date line: "Quảng Trị". */
  placeName: string;
  signer: Signer;
  /**
   * Nơi nhận lines after "- Như trên;" (where the document has one) and before the Lưu line, without
   * the leading "- " and the trailing ";" (both are added; given ones are tolerated):
   * ["UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở"].
   */
  recipients: string[];
  /** The archive line: "Lưu: VT, PCTNXH." (the leading "- " and the final "." are added if missing). */
  archiveLine: string;
}

export interface DocumentNumber {
  /** Serial number in the year; null leaves it blank for the văn thư ("Số:        /KH-BCĐ138"). */
  number: number | null;
  /** Ký hiệu as issued: "KH-BCĐ138", "BC-SLĐTBXH", "SLĐTBXH-PCTNXH" (công văn: no type abbreviation). */
  symbol: string;
}

export interface DocumentDate {
  /** null leaves the day blank for the văn thư ("ngày      tháng 3 năm 2022"). */
  day: number | null;
  /** 1–12; null leaves the month blank too (a draft made before the month is known). */
  month: number | null;
  year: number;
}

/** A reference to the document an appendix is attached to, for its "(Kèm theo …)" line. */
export interface ParentDocumentRef {
  /** Tên loại as cited in text: "Kế hoạch", "Báo cáo". */
  kind: string;
  number: DocumentNumber;
  date: DocumentDate;
  /** Issuer as cited in text; defaults to settings.issuerName. */
  issuer?: string;
}

/**
 * A part of a plan or report body. The heading of a top-level section is a Mục ("I. MỤC ĐÍCH, YÊU CẦU",
 * printed upper case and bold); of a subsection a Khoản with a title ("1. Mục đích", bold); of a
 * sub-subsection a Điểm ("a) …", regular). An empty heading prints nothing.
 * Paragraph strings are printed as body paragraphs; bullet lines start with "- " or "+ ".
 */
export interface BodySection {
  heading: string;
  paragraphs: string[];
  subsections?: BodySection[];
  /** Report only: print the targets table after this section's own paragraphs. */
  targetsTable?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Task assignment table (Bảng phân công nhiệm vụ)

export interface TaskTableRow {
  /** Số thứ tự as printed: "1", "2", or "1.1". */
  stt: string;
  /** The task's code in the plan ("III.1.a.1"); identifies the row, not printed. */
  code: string;
  content: string;
  /** Cơ quan chủ trì, as printed ("Sở Lao động - Thương binh và Xã hội"). */
  lead: string;
  /** Cơ quan phối hợp, as printed ('' when none). */
  support: string;
  /** Thời hạn as worded: "Trong năm 2022", "Trước ngày 15/6/2022", "Thường xuyên". */
  deadline: string;
  /** Sản phẩm: "Kế hoạch", "Báo cáo kết quả". */
  expectedOutput: string;
}

/** A row spanning the whole table that groups the tasks below it: "I. Công tác tuyên truyền". */
export interface TaskTableGroupRow {
  group: string;
  /** Printed in the STT column ("I", "A"); '' or absent leaves it empty. */
  stt?: string;
}

export type TaskTableEntry = TaskTableRow | TaskTableGroupRow;

export interface TaskAssignmentTableInput {
  /** Second title line under "BẢNG PHÂN CÔNG NHIỆM VỤ": "Thực hiện Kế hoạch phòng, chống mại dâm năm 2022". */
  title: string;
  rows: TaskTableEntry[];
  /** Printed in italics under the title, e.g. "(Lọc theo cơ quan chủ trì: Công an tỉnh)". */
  filterNote?: string;
  /** Standalone only: prints the Số/date row of the header when given. */
  number?: DocumentNumber;
  date?: DocumentDate;
  /** Standalone only: the plan the table belongs to, printed as "(Kèm theo …)" when given. */
  parent?: ParentDocumentRef;
}

// ---------------------------------------------------------------------------------------------
// Công văn đôn đốc (urging letter)

export interface UrgingLetterInput {
  number: DocumentNumber;
  date: DocumentDate;
  /** "6 tháng đầu năm 2022", "năm 2022". */
  periodLabel: string;
  /** Trích yếu of the plan, as cited after "về": "Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022". */
  planTitle: string;
  /** The plan as cited: "Kế hoạch số 35/KH-BCĐ138 ngày 05/3/2022 của Ban Chỉ đạo 138 tỉnh". */
  planRef: string;
  /** The original deadline as worded: "trước ngày 15/6/2022". */
  dueText: string;
  /** Kính gửi: the agencies that have not reported ("Công an tỉnh", "UBND huyện Hướng Hóa"). */
  agencies: string[];
  /** An earlier request letter, as cited: "Công văn số 512/SLĐTBXH-PCTNXH ngày 20/5/2022". */
  requestRef?: string;
  /** New deadline as a date text: "30/6/2022" (printed "trước ngày 30/6/2022"). */
  newDeadline?: string;
  /** Overrides the V/v line; "V/v " is added when missing. */
  subject?: string;
}

// ---------------------------------------------------------------------------------------------
// Báo cáo tổng hợp (consolidated 6-month or annual report)

export interface ReportTarget {
  /** The target as worded in the plan. */
  wording: string;
  /** Kế hoạch: "100%", "50 lượt người". */
  target: string;
  /** Kết quả: "118/125 xã", "32 lượt người". */
  achieved: string;
  /** Tỷ lệ đạt: "94,4%", or '' where it does not apply. */
  percent: string;
  /**
   * Đánh giá: "Đạt", "Chưa đạt", "Đang thực hiện". The table gets its "Đánh giá" column when any
   * target has one.
   */
  assessment?: string;
}

export interface StatisticsAppendix {
  /** Headers of the value columns ("Kỳ báo cáo", "Cùng kỳ năm trước", "Tăng/giảm (%)"). */
  columns: string[];
  rows: { label: string; values: string[]; /** A total row, printed bold. */ bold?: boolean }[];
  /** Header of the label column; default "Nội dung". */
  labelHeader?: string;
  /** Appendix title; default "BIỂU TỔNG HỢP SỐ LIỆU". */
  title?: string;
  /** Printed italic and right-aligned above the table: "(Đơn vị tính: …)"; none when absent. */
  unitNote?: string;
  /** Printed italic under the table (what a total row adds up); none when absent. */
  footNote?: string;
}

export interface ComplianceAppendix {
  onTime: string[];
  /** Agencies that reported late, with how many days late. */
  late: { name: string; days: number }[];
  /**
   * Agencies whose report was received but whose stored day of arrival cannot be read (written by
   * another program or an older version): received, so not among those that did not send, but
   * neither on time nor late until the clerk types the day again.
   */
  unreadable?: string[];
  missing: string[];
  /** Agencies exempted for the period, with the reason recorded ('' when none was). */
  exempt?: { name: string; reason: string }[];
}

export type ReportKind = 'six_month' | 'annual';

export interface ConsolidatedReportInput {
  number: DocumentNumber;
  date: DocumentDate;
  /** "6 tháng đầu năm 2022", "năm 2022". */
  periodLabel: string;
  year: number;
  kind: ReportKind;
  /** Căn cứ lines, printed italic; ";" and "." endings are set by the builder. */
  legalBasis: string[];
  /** Opening paragraph after the căn cứ lines: "Sở Lao động - … báo cáo kết quả … như sau:". */
  opening?: string;
  /** The outline (defaults: defaultReportSections) as the clerk edited it. */
  sections: BodySection[];
  targets: ReportTarget[];
  statisticsAppendix: StatisticsAppendix;
  complianceAppendix: ComplianceAppendix;
  /** The main statistics by district (rows), printed as the last appendix when it has rows. */
  districtAppendix?: StatisticsAppendix;
  /** Trích yếu override; default "Kết quả {topic} {period} và phương hướng, nhiệm vụ {next period}". */
  title?: string;
  /** Used in the default trích yếu; default "thực hiện Kế hoạch". */
  topic?: string;
  /** Kính gửi, for a report sent upward (then Nơi nhận starts "- Như trên;"). */
  addressees?: string[];
}

// ---------------------------------------------------------------------------------------------
// Kế hoạch (plan)

/** One paragraph of a plan's own text as printed ("- Xây dựng …", "a) Nâng cao …"). */
export interface PlanTextParagraph {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** A title: kept on the page of the paragraph after it. */
  heading?: boolean;
}

export interface PlanDocumentInput {
  number: DocumentNumber;
  date: DocumentDate;
  /** Trích yếu: "Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022" (string[] = explicit lines). */
  title: string | string[];
  /** Opening paragraph: "Thực hiện …, Ban Chỉ đạo 138 tỉnh ban hành Kế hoạch … như sau:". */
  basis: string;
  sections: BodySection[];
  /**
   * The plan's own text, paragraph by paragraph with its numbering, as signed. When given, it is the
   * body (from the opening sentence to the closing one) and `basis` and `sections` are not used.
   */
  text?: PlanTextParagraph[];
  /** The assignment table appended as Phụ lục; no appendix when empty. */
  taskTable: TaskTableEntry[];
  /** Second title line of the appendix; default "Thực hiện Kế hoạch {title}". */
  taskTableTitle?: string;
}
