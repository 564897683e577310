// The short solid rules under the Tiêu ngữ, the issuing body, the trích yếu and appendix titles
// (§3.6 option 1): an empty paragraph with a bottom border, 3 pt tall with a 1 pt mark, centred by
// equal left and right indents so that the border has exactly the wanted length.
import { BorderStyle, LineRuleType, Paragraph } from 'docx';
import { FONT, RULE_BORDER_SIZE } from './constants';

/**
 * A centred rule `length` twips long inside a box `boxWidth` twips wide (a cell's text width or the
 * page's text width).
 */
export function ruleParagraph(length: number, boxWidth: number, after = 0): Paragraph {
  const len = Math.min(Math.round(length), boxWidth);
  const side = Math.max(0, Math.floor((boxWidth - len) / 2));
  return new Paragraph({
    spacing: { before: 0, after, line: 60, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: boxWidth - len - side },
    run: { font: FONT, size: 2 },
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE_BORDER_SIZE, color: '000000', space: 1 } },
    children: [],
  });
}
