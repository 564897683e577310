// Page, type and table measures of NĐ30 (spec/nd30-layout.md §1–§10), as integer twips
// (1 mm = 56.7 tw; 20 tw = 1 pt) and points.

export const FONT = 'Times New Roman';
export const LANGUAGE = 'vi-VN';

/** A4 in portrait numbers; docx swaps them itself for a landscape section. */
export const A4 = { width: 11906, height: 16838 } as const;

/** Top/bottom 20 mm, left 30 mm, right 15 mm; header and footer 10 mm from the edge. */
export const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 851, header: 567, footer: 567 } as const;

/** Text width of a portrait page: 11906 − 1701 − 851 (165 mm). */
export const PORTRAIT_TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
/** Text width of a landscape page: 16838 − 1701 − 851 (252 mm). */
export const LANDSCAPE_TEXT_WIDTH = A4.height - MARGINS.left - MARGINS.right;

/** Left and right cell margins of the borderless layout tables (header, signature). */
export const LAYOUT_CELL_MARGIN = 57;

/** Header columns (§3.5): right 100 mm holds the Quốc hiệu at 13 pt on one line. */
export const HEADER_RIGHT = 5670;
/** Right column when the Quốc hiệu is set at 12 pt to make room for a long agency line. */
export const HEADER_RIGHT_NARROW = 5230;

/** Font sizes in points (§3.2 recommended set, §4–§10). */
export const PT = {
  quocHieu: 13,
  quocHieuSmall: 12,
  tieuNgu: 14,
  parentAgency: 13,
  agency: 13,
  agencySmall: 12,
  number: 13,
  date: 14,
  subjectLine: 12,
  docType: 14,
  title: 14,
  body: 14,
  noiNhanLabel: 12,
  noiNhanList: 11,
  signature: 14,
  pageNumber: 14,
  appendix: 14,
  table: 12,
} as const;

/** Body paragraph (§2.3): first line 1 cm, 6 pt before, single line spacing. */
export const BODY_FIRST_LINE = 567;
export const BODY_SPACING_BEFORE = 120;
export const SINGLE_LINE = 240;

/** Short rules (§3.6): 0.75 pt line; the agency and trích yếu rules are 40 % of their text. */
export const RULE_BORDER_SIZE = 6;
export const SHORT_RULE_RATIO = 0.4;

/** Empty 14 pt lines left for the signature (§6: 4–5 lines, about 25–30 mm). */
export const SIGNATURE_SPACE_LINES = 4;

/** Data tables (§10.3): cell margins and border. */
export const TABLE_CELL_MARGINS = { left: 85, right: 85, top: 40, bottom: 40 } as const;
export const TABLE_BORDER_SIZE = 4;
