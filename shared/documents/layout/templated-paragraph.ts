// Body paragraphs of one shape repeated by the thousand (the plan's tasks, one "- …" line each) written
// without a docx object per paragraph. Each paragraph keeps only its text and its shape (the function
// that makes it with docx). When `packDocx` writes the document, the first paragraph of each shape is
// written by docx with a marker for its text (the sample), the others as a bare placeholder; then the
// sample is cut at its marker into a template and every placeholder is written from the template of
// its shape with its own escaped text. The XML is the one docx writes for every paragraph, byte for
// byte (tests/unit/documents/templated-paragraph.test.ts); a document serialised any other way (Packer
// directly) gets each paragraph built by docx as before.
import { FileChild, type IContext, type IXmlableObject, type Paragraph } from 'docx';
import { nfc } from '../text';

/** How a kind of paragraph is made: one per distinct set of options, shared by its paragraphs. */
export interface ParagraphShape {
  key: string;
  make: (text: string) => Paragraph;
}

interface PackState {
  /** Changes per pack, so that no text in the document can pass for a marker. */
  nonce: string;
  /** The occurrence number of each shape's sample. */
  samples: Map<ParagraphShape, number>;
  shapes: ParagraphShape[];
  texts: string[];
}

/** Documents being packed by `packDocx`, with the paragraphs written so far. */
const packing = new WeakMap<object, PackState>();

const sampleMarker = (s: PackState, n: number) => `\uE002${s.nonce}.${n}\uE003`;
const placeholder = (s: PackState, n: number) => `\uE004${s.nonce}.${n}\uE005`;

export class TemplatedParagraph extends FileChild {
  constructor(
    readonly shape: ParagraphShape,
    readonly text: string,
  ) {
    super('w:p');
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const state = packing.get(context.file);
    if (!state) return this.shape.make(this.text).prepForXml(context);
    const n = state.texts.length;
    state.texts.push(this.text);
    state.shapes.push(this.shape);
    if (!state.samples.has(this.shape)) {
      state.samples.set(this.shape, n);
      return this.shape.make(sampleMarker(state, n)).prepForXml(context);
    }
    return { 'w:p': placeholder(state, n) } as unknown as IXmlableObject;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
/** Text as docx escapes it (quotes too; control characters Word refuses are dropped). */
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are what is dropped
export const escapeText = (text: string) => nfc(text).replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

/** From here on, the templated paragraphs of `doc` write samples and placeholders. */
export function startParagraphTemplates(doc: object): void {
  packing.set(doc, { nonce: Math.random().toString(36).slice(2, 10), samples: new Map(), shapes: [], texts: [] });
}

export function stopParagraphTemplates(doc: object): void {
  packing.delete(doc);
}

/** Whether docx wrote any templated paragraph of `doc` since `startParagraphTemplates`. */
export function wroteParagraphTemplates(doc: object): boolean {
  return (packing.get(doc)?.texts.length ?? 0) > 0;
}

const P_OPEN = '<w:p>';
const P_CLOSE = '</w:p>';

/** The pieces of `xml` from `from` to `to`, each templated paragraph written in full. */
export type ParagraphPieces = (from: number, to: number) => Generator<string>;

/**
 * How every templated paragraph of `doc` is written into the document XML docx wrote while packing it:
 * the XML of a range in pieces (literal XML, then each paragraph from its sample's template), so the
 * whole document part never has to be held as one string.
 */
export function paragraphWriter(doc: object, xml: string): ParagraphPieces {
  const state = packing.get(doc);
  if (!state?.texts.length) {
    return function* (from, to) {
      if (to > from) yield xml.slice(from, to);
    };
  }
  const templates = new Map<ParagraphShape, [string, string]>();
  for (const [shape, n] of state.samples) {
    const marker = sampleMarker(state, n);
    const at = xml.indexOf(marker);
    const start = xml.lastIndexOf(P_OPEN, at);
    const end = xml.indexOf(P_CLOSE, at);
    if (at < 0 || start < 0 || end < 0) throw new Error('Đoạn văn mẫu không có trong tài liệu.');
    templates.set(shape, [xml.slice(start, at), xml.slice(at + marker.length, end + P_CLOSE.length)]);
  }
  const { nonce } = state;
  return function* (from, to) {
    const pattern = new RegExp(`<w:p>\uE004${nonce}\\.(\\d+)\uE005</w:p>|\uE002${nonce}\\.(\\d+)\uE003`, 'g');
    pattern.lastIndex = from;
    let at = from;
    for (let m = pattern.exec(xml); m && m.index + m[0].length <= to; m = pattern.exec(xml)) {
      if (m.index > at) yield xml.slice(at, m.index);
      at = m.index + m[0].length;
      const [, placed, sampled] = m;
      if (sampled !== undefined) {
        yield escapeText(state.texts[Number(sampled)]!);
      } else {
        const n = Number(placed);
        const [before, after] = templates.get(state.shapes[n]!)!;
        yield before;
        yield escapeText(state.texts[n]!);
        yield after;
      }
    }
    if (to > at) yield xml.slice(at, to);
  };
}
