// Appendix heading (§10.1, Mẫu 2.1): "Phụ lục" / "Phụ lục I" bold, the title upper case bold, the
// "(Kèm theo … số … ngày … của …)" line italic, a short rule; then the content on landscape pages.
import { AlignmentType, type Paragraph } from 'docx';
import { formatNumberAndSymbol, formatVietnameseDate, nfc, roman, upper } from '../text';
import type { ParentDocumentRef } from '../types';
import { PT, SHORT_RULE_RATIO } from './constants';
import { balancedLines, widestLine } from './metrics';
import { textParagraph } from './paragraphs';
import { ruleParagraph } from './rule';
import { STYLE } from './styles';

/** "Phụ lục" for a single appendix, "Phụ lục I", "Phụ lục II" … when there are several. */
export function appendixLabel(index: number, count: number): string {
  return count > 1 ? `Phụ lục ${roman(index + 1)}` : 'Phụ lục';
}

/**
 * The report's appendix on who sent their report, as the body and the preview name it: second after
 * the figures' appendix ("Phụ lục II"), or the only appendix when no figure was reported ("Phụ lục";
 * the district appendix needs figures too).
 */
export function complianceAppendixLabel(withFigures: boolean): string {
  return withFigures ? appendixLabel(1, 2) : appendixLabel(0, 1);
}

/** "(Kèm theo Kế hoạch số 05/KH-BCĐ138 ngày 05 tháng 3 năm 2022 của Ban Chỉ đạo 138 tỉnh)". */
export function attachedToLine(parent: ParentDocumentRef, defaultIssuer: string): string {
  const issuer = nfc(parent.issuer ?? defaultIssuer).trim();
  const of = issuer ? ` của ${issuer}` : '';
  return `(Kèm theo ${nfc(parent.kind).trim()} số ${formatNumberAndSymbol(parent.number)} ${formatVietnameseDate(parent.date)}${of})`;
}

export interface AppendixHeadingOptions {
  /** "Phụ lục", "Phụ lục I"; none for a standalone table. */
  label?: string;
  /** Printed upper case: "BẢNG PHÂN CÔNG NHIỆM VỤ". */
  title: string;
  /** A bold second title line in normal case. */
  subtitle?: string;
  /** The "(Kèm theo …)" line. */
  attachedTo?: string;
  /** Further italic lines (a filter note). */
  notes?: string[];
  textWidth: number;
  /** Space above the first line (when a header block precedes). */
  before?: number;
}

export function appendixHeading(o: AppendixHeadingOptions): Paragraph[] {
  const center = AlignmentType.CENTER;
  const measure = Math.floor(o.textWidth * 0.8);
  const bold = { pt: PT.appendix, bold: true };
  const titleLines = balancedLines(upper(o.title), measure, PT.appendix, bold);
  const subtitleLines = o.subtitle?.trim() ? balancedLines(o.subtitle, measure, PT.appendix, bold) : [];
  const out: Paragraph[] = [];
  const before = o.before ?? 0;
  if (o.label) out.push(textParagraph(o.label, bold, { align: center, keepNext: true, before }));
  out.push(textParagraph(titleLines, bold, { align: center, keepNext: true, style: STYLE.title, ...(o.label ? {} : { before }) }));
  if (subtitleLines.length) out.push(textParagraph(subtitleLines, bold, { align: center, keepNext: true }));
  if (o.attachedTo) {
    const lines = balancedLines(o.attachedTo, measure, PT.appendix, { italics: true });
    out.push(textParagraph(lines, { pt: PT.appendix, italics: true }, { align: center, keepNext: true }));
  }
  for (const note of o.notes ?? []) {
    if (note.trim()) out.push(textParagraph(note.trim(), { pt: PT.appendix, italics: true }, { align: center, keepNext: true }));
  }
  const ruleLength = SHORT_RULE_RATIO * widestLine([...titleLines, ...subtitleLines], PT.appendix, bold);
  out.push(ruleParagraph(ruleLength, o.textWidth, 240));
  return out;
}
