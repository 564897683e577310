// The header block (ô 1–4 and 5b, §3): a borderless two-column table.
//   row 1: [chủ quản / CƠ QUAN BAN HÀNH / rule] | [QUỐC HIỆU / Tiêu ngữ / rule as long as the Tiêu ngữ]
//   row 2: [Số: … (+ V/v … for a công văn)]       | [Địa danh, ngày … tháng … năm …]
// Số and the date share a row, so they share a baseline however many lines the left block has.
import {
  AlignmentType,
  type Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { DocumentInputError, formatDateLine, formatNumberLine, nfc, upper } from '../text';
import type { DocumentDate, DocumentNumber, DocumentSettings } from '../types';
import {
  HEADER_RIGHT,
  HEADER_RIGHT_NARROW,
  LAYOUT_CELL_MARGIN,
  PORTRAIT_TEXT_WIDTH,
  PT,
  SHORT_RULE_RATIO,
} from './constants';
import { balancedLines, baselineOffsetTwips, textWidthTwips, widestLine } from './metrics';
import { textParagraph } from './paragraphs';
import { ruleParagraph } from './rule';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** Keeps measured lines a little short of the box, so a renderer's rounding never re-wraps them. */
const WRAP_SLACK = 30;

/** Column widths and type sizes chosen for a header, shared with the signature table. */
export interface HeaderLayout {
  textWidth: number;
  left: number;
  right: number;
  quocHieuPt: number;
  agencyPt: number;
  parentLine: string | null;
  agencyLines: string[];
}

function agencyLinesFor(settings: DocumentSettings, width: number, pt: number): string[] {
  const body = settings.issuingBody;
  const lines = Array.isArray(body)
    ? body.map((l) => upper(l).trim()).filter(Boolean)
    : balancedLines(upper(body), width - WRAP_SLACK, pt, { bold: true });
  if (lines.length === 0) throw new DocumentInputError('Thiếu tên cơ quan ban hành.', 'settings.issuingBody');
  return lines;
}

/**
 * Chooses the header layout. Default: columns 65/100 mm, Quốc hiệu 13 pt, agency 13 pt. When an agency
 * line (or the Số line) does not fit the 65 mm column, the Quốc hiệu goes to 12 pt, which frees 7.8 mm
 * for the left column (NĐ30 allows 12–13 pt); failing that, the agency lines go to 12 pt as well.
 */
export function planHeader(settings: DocumentSettings, textWidth = PORTRAIT_TEXT_WIDTH, numberLine = ''): HeaderLayout {
  const parentRaw = settings.parentAgencyLine ? upper(settings.parentAgencyLine).trim() : '';
  const parentLine = parentRaw || null;
  const wide = textWidth > PORTRAIT_TEXT_WIDTH;
  const candidates = wide
    ? [{ right: Math.floor(textWidth / 2), quocHieuPt: PT.quocHieu, agencyPt: PT.agency }]
    : [
        { right: HEADER_RIGHT, quocHieuPt: PT.quocHieu, agencyPt: PT.agency },
        { right: HEADER_RIGHT_NARROW, quocHieuPt: PT.quocHieuSmall, agencyPt: PT.agency },
        { right: HEADER_RIGHT_NARROW, quocHieuPt: PT.quocHieuSmall, agencyPt: PT.agencySmall },
      ];
  let chosen: HeaderLayout | null = null;
  for (const c of candidates) {
    const left = textWidth - c.right;
    const box = left - 2 * LAYOUT_CELL_MARGIN;
    const agencyLines = agencyLinesFor(settings, box, c.agencyPt);
    const needed = Math.max(
      widestLine(agencyLines, c.agencyPt, { bold: true }),
      parentLine ? textWidthTwips(parentLine, c.agencyPt) : 0,
      numberLine ? textWidthTwips(numberLine, PT.number) : 0,
    );
    chosen = { textWidth, left, right: c.right, quocHieuPt: c.quocHieuPt, agencyPt: c.agencyPt, parentLine, agencyLines };
    if (needed <= box - WRAP_SLACK) break;
  }
  return chosen as HeaderLayout;
}

export function layoutCell(width: number, children: Paragraph[], marginLeft = LAYOUT_CELL_MARGIN): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    margins: { left: marginLeft, right: LAYOUT_CELL_MARGIN, top: 0, bottom: 0 },
    children,
  });
}

export function borderlessTable(columns: [number, number], rows: TableRow[]): Table {
  return new Table({
    width: { size: columns[0] + columns[1], type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows,
  });
}

export interface HeaderBlockOptions {
  settings: DocumentSettings;
  layout: HeaderLayout;
  /** Row 2 is printed when both are given. */
  number?: DocumentNumber;
  date?: DocumentDate;
  /** Công văn: the "V/v …" trích yếu under Số (ô 5b). */
  subject?: string;
}

export function headerBlock(o: HeaderBlockOptions): Table {
  const { layout: l, settings } = o;
  const center = AlignmentType.CENTER;
  const leftBox = l.left - 2 * LAYOUT_CELL_MARGIN;
  const rightBox = l.right - 2 * LAYOUT_CELL_MARGIN;

  const agencyRule = SHORT_RULE_RATIO * widestLine(l.agencyLines, l.agencyPt, { bold: true });
  const left: Paragraph[] = [
    ...(l.parentLine ? [textParagraph(l.parentLine, { pt: l.agencyPt }, { align: center })] : []),
    ...l.agencyLines.map((line) => textParagraph(line, { pt: l.agencyPt, bold: true }, { align: center })),
    ruleParagraph(agencyRule, leftBox),
  ];
  const right: Paragraph[] = [
    textParagraph(QUOC_HIEU, { pt: l.quocHieuPt, bold: true }, { align: center }),
    textParagraph(TIEU_NGU, { pt: PT.tieuNgu, bold: true }, { align: center }),
    ruleParagraph(textWidthTwips(TIEU_NGU, PT.tieuNgu, { bold: true }), rightBox),
  ];
  const rows = [new TableRow({ children: [layoutCell(l.left, left), layoutCell(l.right, right)] })];

  if (o.number && o.date) {
    // Số (13 pt) is lowered by the difference in ascent so that it sits on the date's (14 pt) baseline.
    const numberBefore = 120 + baselineOffsetTwips(PT.number, PT.date);
    const numberCell: Paragraph[] = [
      textParagraph(formatNumberLine(o.number), { pt: PT.number }, { align: center, before: numberBefore }),
    ];
    if (o.subject) {
      const subject = nfc(o.subject).trim();
      const text = /^V\/v\b/.test(subject) ? subject : `V/v ${subject}`;
      // One run that the word processor wraps: a line break typed inside a phrase ("thực / hiện")
      // would stay in the text when it is copied or re-wrapped.
      numberCell.push(textParagraph(text, { pt: PT.subjectLine }, { align: center, before: 120 }));
    }
    const dateCell = [
      textParagraph(formatDateLine(settings.placeName, o.date), { pt: PT.date, italics: true }, { align: center, before: 120 }),
    ];
    rows.push(new TableRow({ children: [layoutCell(l.left, numberCell), layoutCell(l.right, dateCell)] }));
  }
  return borderlessTable([l.left, l.right], rows);
}
