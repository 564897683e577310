// The body (ô 6, §5): justified 14 pt paragraphs with a 1 cm first line and 6 pt before; italic căn cứ
// lines; Mục headings upper case bold, Khoản titles bold, Điểm regular, all kept with what follows.
// The body is first listed as plain items, so the last paragraph can get "./." and be kept with the
// signature (the signature block never stands alone on a page), then turned into docx paragraphs.
import { AlignmentType, Paragraph, type Table } from 'docx';
import { basisLines, nfc, upper, withFinalMark } from '../text';
import type { BodySection } from '../types';
import { BODY_FIRST_LINE, BODY_SPACING_BEFORE, PT } from './constants';
import { textParagraph } from './paragraphs';

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
      ...(o.keep ? { keepNext: true, keepLines: true } : {}),
    },
  );
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
    ...(keepLast ? { keepLines: true } : {}),
  });
}

/**
 * Turns body items into docx blocks. The last text paragraph ends with "./."; when the body ends with
 * it, it is kept with the next block (the signature) and kept whole.
 */
export function renderBody(items: BodyItem[]): (Paragraph | Table)[] {
  let lastParagraph = -1;
  items.forEach((item, i) => {
    if (item.kind === 'paragraph') lastParagraph = i;
  });
  return items.map((item, i) => {
    const last = i === items.length - 1;
    const before = i > 0 && items[i - 1]!.kind === 'block' ? AFTER_TABLE : BODY_SPACING_BEFORE;
    switch (item.kind) {
      case 'heading':
        return headingParagraph(item.level, item.text, last, before);
      case 'paragraph': {
        const text = i === lastParagraph ? withFinalMark(item.text) : item.text;
        // The last paragraph is kept with the signature; one introducing a table, with the table.
        const keep = last || items[i + 1]?.kind === 'block' || item.keepNext === true;
        return bodyParagraph(text, { ...(item.italics ? { italics: true } : {}), ...(item.bold ? { bold: true } : {}), keep, before });
      }
      case 'block':
        return item.node;
    }
  });
}
