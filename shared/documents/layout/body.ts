// The body (ô 6, §5): justified 14 pt paragraphs with a 1 cm first line and 6 pt before; italic căn cứ
// lines; Mục headings upper case bold, Khoản titles bold, Điểm regular, all kept with what follows.
// The body is first listed as plain items, so the last paragraph can get "./." and be kept with the
// signature (the signature block never stands alone on a page), then turned into docx paragraphs.
import { AlignmentType, type FileChild, Paragraph, type Table } from 'docx';
import { basisLines, nfc, upper, withFinalMark } from '../text';
import type { BodySection } from '../types';
import { BODY_FIRST_LINE, BODY_SPACING_BEFORE, PORTRAIT_TEXT_WIDTH, PT } from './constants';
import { textWidthTwips } from './metrics';
import { textParagraph } from './paragraphs';
import { STYLE } from './styles';
import { type ParagraphShape, TemplatedParagraph } from './templated-paragraph';

export type BodyItem =
  | { kind: 'heading'; level: 0 | 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; italics?: boolean; bold?: boolean; keepNext?: boolean }
  | { kind: 'block'; node: Paragraph | Table };

/** Lists a body outline; `extra` may add items (a table) after a section's own paragraphs. */
export function sectionItems(
  sections: BodySection[],
  extra?: (section: BodySection, depth: number) => BodyItem[],
  depth = 0,
): BodyItem[] {
  const items: BodyItem[] = [];
  for (const s of sections) {
    const heading = nfc(s.heading ?? '').trim();
    if (heading) items.push({ kind: 'heading', level: Math.min(depth, 2) as 0 | 1 | 2, text: heading });
    for (const p of s.paragraphs ?? []) {
      const text = nfc(p).trim();
      if (text) items.push({ kind: 'paragraph', text });
    }
    if (extra) items.push(...extra(s, depth));
    if (s.subsections?.length) items.push(...sectionItems(s.subsections, extra, depth + 1));
  }
  return items;
}

/** Căn cứ lines: italic, each ending ";", the last ".". */
export function basisItems(lines: string[]): BodyItem[] {
  return basisLines(lines).map((text) => ({ kind: 'paragraph', text, italics: true }));
}

export function bodyParagraph(
  text: string,
  o: { italics?: boolean; bold?: boolean; keep?: boolean; before?: number } = {},
): Paragraph {
  return textParagraph(
    text,
    { pt: PT.body, ...(o.italics ? { italics: true } : {}), ...(o.bold ? { bold: true } : {}) },
    {
      align: AlignmentType.JUSTIFIED,
      firstLine: BODY_FIRST_LINE,
      before: o.before ?? BODY_SPACING_BEFORE,
      style: STYLE.body,
      ...(o.keep ? { keepNext: true, keepLines: true } : {}),
    },
  );
}

type BodyParagraphOptions = { italics?: boolean; bold?: boolean; keep: boolean; before: number };
const bodyShapes = new Map<string, ParagraphShape>();
/** The shape of body paragraphs of these options (one object per set, shared by the paragraphs). */
function bodyShape(o: BodyParagraphOptions): ParagraphShape {
  const key = `${o.italics ? 'i' : ''}${o.bold ? 'b' : ''}${o.keep ? 'k' : ''}${o.before}`;
  let shape = bodyShapes.get(key);
  if (!shape) {
    shape = { key, make: (text) => bodyParagraph(text, o) };
    bodyShapes.set(key, shape);
  }
  return shape;
}

/** Space above a paragraph that follows a table: 12 pt instead of 6. */
const AFTER_TABLE = 240;

function headingParagraph(level: 0 | 1 | 2, text: string, keepLast: boolean, before: number): Paragraph {
  const style = level === 0 ? { pt: PT.body, bold: true } : level === 1 ? { pt: PT.body, bold: true } : { pt: PT.body };
  return textParagraph(level === 0 ? upper(text) : text, style, {
    align: AlignmentType.JUSTIFIED,
    firstLine: BODY_FIRST_LINE,
    before,
    keepNext: true,
    style: level === 0 ? STYLE.heading1 : level === 1 ? STYLE.heading2 : STYLE.heading3,
    ...(keepLast ? { keepLines: true } : {}),
  });
}

/** Body lines kept on the page of the signature, so that it never stands with only a closing line. */
export const LINES_WITH_SIGNATURE = 3;

/** Lines a body paragraph takes on a portrait page (measured in Times New Roman, first line indented). */
export function estimatedLines(text: string, textWidth = PORTRAIT_TEXT_WIDTH): number {
  return Math.max(1, Math.ceil((textWidthTwips(text, PT.body) + BODY_FIRST_LINE) / (textWidth - 100)));
}

/**
 * Turns body items into docx blocks. Headings are kept with what follows, and so is a paragraph ending
 * with ":" (it introduces the next). The last text paragraph ends with "./."; when the body ends with
 * it, it is kept with the next block (the signature) and kept whole, and so are the paragraphs before
 * it until at least three lines of text go with the signature. Text paragraphs are written from
 * templates when the document is packed (a plan lists thousands of tasks).
 */
export function renderBody(items: BodyItem[]): FileChild[] {
  let lastParagraph = -1;
  items.forEach((item, i) => {
    if (item.kind === 'paragraph') lastParagraph = i;
  });
  const keptWithEnd = new Set<number>();
  if (lastParagraph === items.length - 1 && lastParagraph >= 0) {
    let lines = 0;
    for (let i = lastParagraph; i >= 0 && lines < LINES_WITH_SIGNATURE; i--) {
      const item = items[i]!;
      if (item.kind === 'block') break;
      keptWithEnd.add(i);
      if (item.kind === 'paragraph') lines += estimatedLines(item.text);
    }
  }
  return items.map((item, i) => {
    const last = i === items.length - 1;
    const before = i > 0 && items[i - 1]!.kind === 'block' ? AFTER_TABLE : BODY_SPACING_BEFORE;
    switch (item.kind) {
      case 'heading':
        return headingParagraph(item.level, item.text, last || keptWithEnd.has(i), before);
      case 'paragraph': {
        const text = i === lastParagraph ? withFinalMark(item.text) : item.text;
        // The end is kept with the signature; a paragraph introducing a table, with the table; one that
        // introduces a list ("… chủ yếu do:"), with its first item, so a heading and its lead-in never end a page.
        const introduces = text.trimEnd().endsWith(':') && items[i + 1]?.kind === 'paragraph';
        const keep = last || keptWithEnd.has(i) || items[i + 1]?.kind === 'block' || item.keepNext === true || introduces;
        return new TemplatedParagraph(bodyShape({ ...(item.italics ? { italics: true } : {}), ...(item.bold ? { bold: true } : {}), keep, before }), text);
      }
      case 'block':
        return item.node;
    }
  });
}
