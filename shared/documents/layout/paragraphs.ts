// Text runs and paragraphs in Times New Roman, NFC, Vietnamese language tag, explicit line rule.
import { AlignmentType, LineRuleType, Paragraph, TextRun } from 'docx';
import { nfc } from '../text';
import { FONT, LANGUAGE, SINGLE_LINE } from './constants';

export interface TextStyle {
  pt: number;
  bold?: boolean;
  italics?: boolean;
}

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface ParagraphOptions {
  align?: Alignment;
  before?: number;
  after?: number;
  /** Auto line spacing in 240ths of a line; default single. */
  line?: number;
  indentLeft?: number;
  indentRight?: number;
  firstLine?: number;
  hanging?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  /** Starts a new page (a list printed after the signature). */
  pageBreakBefore?: boolean;
  /** A paragraph style defined in layout/styles.ts ("Heading1", "NoiNhan"). */
  style?: string;
}

export function textRun(text: string, style: TextStyle, breakBefore = false): TextRun {
  return new TextRun({
    text: nfc(text),
    font: FONT,
    size: style.pt * 2,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    language: { value: LANGUAGE },
    ...(breakBefore ? { break: 1 } : {}),
  });
}

function paragraphProps(o: ParagraphOptions) {
  const indent: Record<string, number> = {};
  if (o.indentLeft) indent.left = o.indentLeft;
  if (o.indentRight) indent.right = o.indentRight;
  if (o.firstLine) indent.firstLine = o.firstLine;
  if (o.hanging) indent.hanging = o.hanging;
  return {
    alignment: o.align ?? AlignmentType.LEFT,
    spacing: { before: o.before ?? 0, after: o.after ?? 0, line: o.line ?? SINGLE_LINE, lineRule: LineRuleType.AUTO },
    ...(Object.keys(indent).length ? { indent } : {}),
    ...(o.keepNext ? { keepNext: true } : {}),
    ...(o.keepLines ? { keepLines: true } : {}),
    ...(o.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(o.style ? { style: o.style } : {}),
  };
}

/**
 * A paragraph of one style. An array gives lines set apart by line breaks (for titles whose lines
 * are broken by measure, so that a rule can be sized from the widest).
 */
export function textParagraph(text: string | string[], style: TextStyle, o: ParagraphOptions = {}): Paragraph {
  const lines = Array.isArray(text) ? text : [text];
  return new Paragraph({
    ...paragraphProps(o),
    // The paragraph mark takes the text's size, so an empty line has the height of its text.
    run: { font: FONT, size: style.pt * 2 },
    children: lines.map((line, i) => textRun(line, style, i > 0)),
  });
}

/**
 * A paragraph of one style whose "<sub>…</sub>" parts are set as subscripts (the drafting unit's
 * initials in "Lưu: VT, NC<sub>M</sub>", as văn thư print them).
 */
export function subscriptParagraph(text: string, style: TextStyle, o: ParagraphOptions = {}): Paragraph {
  const parts = nfc(text).split(/(<sub>.*?<\/sub>)/).filter(Boolean);
  return new Paragraph({
    ...paragraphProps(o),
    run: { font: FONT, size: style.pt * 2 },
    children: parts.map((part) => {
      const sub = /^<sub>(.*)<\/sub>$/.exec(part);
      const run = textRun(sub ? sub[1]! : part, style);
      return sub ? new TextRun({ text: sub[1]!, font: FONT, size: style.pt * 2, language: { value: LANGUAGE }, subScript: true }) : run;
    }),
  });
}

/** An empty line of `pt` points (spacers between blocks, the signature space). */
export function emptyParagraph(pt: number, o: ParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...paragraphProps(o), run: { font: FONT, size: pt * 2 }, children: [] });
}
