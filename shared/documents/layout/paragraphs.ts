// Text runs and paragraphs in Times New Roman, NFC, Vietnamese language tag, explicit line rule.
import { AlignmentType, LineRuleType, Paragraph, ParagraphProperties, RunProperties, TextRun } from 'docx';
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

/**
 * The run properties of each style, made once and shared by its runs: docx writes a run's properties
 * from the object each time it writes the run and never changes them, so a report of a thousand table
 * cells makes three of them instead of a thousand (the XML is the same, byte for byte).
 */
const runProperties = new Map<string, RunProperties>();
function sharedRunProperties(style: TextStyle): RunProperties {
  const key = `${style.pt}${style.bold ? 'b' : ''}${style.italics ? 'i' : ''}`;
  let props = runProperties.get(key);
  if (!props) {
    props = new RunProperties({
      font: FONT,
      size: style.pt * 2,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italics ? { italics: true } : {}),
      language: { value: LANGUAGE },
    });
    runProperties.set(key, props);
  }
  return props;
}

/** A run as docx's Run holds it: its properties first in `root`, and in `properties`. */
type RunInside = { root: unknown[]; properties: RunProperties };

export function textRun(text: string, style: TextStyle, breakBefore = false): TextRun {
  const run = new TextRun({ text: nfc(text), ...(breakBefore ? { break: 1 } : {}) });
  const inside = run as unknown as RunInside;
  inside.properties = inside.root[0] = sharedRunProperties(style);
  return run;
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
/**
 * The options and property elements (style, keep, spacing, indent, alignment, the mark's size) of each
 * kind of paragraph, made once and shared as run properties are: each paragraph keeps its own
 * `w:pPr` holding them, since docx adds a section's properties to the pPr of the paragraph ending it.
 */
const paragraphKinds = new Map<string, { options: ReturnType<typeof paragraphProps> & { run: { font: string; size: number } }; items: unknown[] }>();
function paragraphKind(pt: number, o: ParagraphOptions) {
  const key = `${pt}|${o.align ?? ''}|${o.before ?? ''}|${o.after ?? ''}|${o.line ?? ''}|${o.indentLeft ?? ''}|${o.indentRight ?? ''}|${o.firstLine ?? ''}|${o.hanging ?? ''}|${o.keepNext ? 1 : ''}|${o.keepLines ? 1 : ''}|${o.pageBreakBefore ? 1 : ''}|${o.style ?? ''}`;
  let kind = paragraphKinds.get(key);
  if (!kind) {
    // The paragraph mark takes the text's size, so an empty line has the height of its text.
    const options = { ...paragraphProps(o), run: { font: FONT, size: pt * 2 } };
    kind = { options, items: (new ParagraphProperties(options) as unknown as { root: unknown[] }).root };
    paragraphKinds.set(key, kind);
  }
  return kind;
}

/** A paragraph as docx's Paragraph holds it. */
type ParagraphInside = { options: unknown; alignment: unknown; properties: { root: unknown[] } };

export function textParagraph(text: string | string[], style: TextStyle, o: ParagraphOptions = {}): Paragraph {
  const lines = Array.isArray(text) ? text : [text];
  const children = lines.map((line, i) => textRun(line, style, i > 0));
  const kind = paragraphKind(style.pt, o);
  // What `new Paragraph({ ...kind.options, children })` makes, with the kind's property elements.
  const paragraph = new Paragraph({ children });
  const inside = paragraph as unknown as ParagraphInside;
  inside.properties.root.push(...kind.items);
  inside.options = { ...kind.options, children };
  inside.alignment = { alignment: kind.options.alignment, bidirectional: undefined };
  return paragraph;
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
