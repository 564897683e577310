// Tên loại and trích yếu (ô 5a, §4): "KẾ HOẠCH" / "Phòng, chống mại dâm …" centred bold, then a rule
// 40 % as long as the widest trích-yếu line. The trích yếu is broken into lines here, by measure,
// so that the rule is sized from the line actually printed.
import { AlignmentType, type Paragraph } from 'docx';
import { DocumentInputError, nfc, upper } from '../text';
import { PT, SHORT_RULE_RATIO } from './constants';
import { balancedLines, widestLine } from './metrics';
import { textParagraph } from './paragraphs';
import { ruleParagraph } from './rule';
import { STYLE } from './styles';

/** A centred trích yếu stays within 90 % of the text width, as titles are set by hand. */
const TITLE_MEASURE = 0.9;

export function titleLines(title: string | string[], textWidth: number): string[] {
  const lines = Array.isArray(title)
    ? title.map((l) => nfc(l).trim()).filter(Boolean)
    : balancedLines(title, Math.floor(textWidth * TITLE_MEASURE), PT.title, { bold: true });
  if (lines.length === 0) throw new DocumentInputError('Thiếu trích yếu văn bản.', 'title');
  return lines;
}

/** The title block: tên loại, trích yếu and its rule. `docType` is printed upper case. */
export function titleBlock(docType: string, title: string | string[], textWidth: number): Paragraph[] {
  const lines = titleLines(title, textWidth);
  const center = AlignmentType.CENTER;
  return [
    // One empty 14 pt line plus 12 pt below the header block (§4 practice values).
    textParagraph(upper(docType), { pt: PT.docType, bold: true }, { align: center, before: 560, keepNext: true, style: STYLE.title }),
    textParagraph(lines, { pt: PT.title, bold: true }, { align: center, keepNext: true, style: STYLE.title }),
    ruleParagraph(SHORT_RULE_RATIO * widestLine(lines, PT.title, { bold: true }), textWidth, 240),
  ];
}
