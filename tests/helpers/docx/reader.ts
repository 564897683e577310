// Reads a produced .docx for tests: unzips it (fflate), parses document.xml, styles.xml, settings.xml
// and the headers (@xmldom/xmldom), and answers the questions of the NĐ30 checklist: paragraphs by
// text, run properties (with their effective font and size), table grids, section properties.
import { strFromU8, unzipSync } from 'fflate';
import { attr, child, children, descendants, type Element, hasAncestor, numAttr, parseXml, path, toggle, type XmlDocument } from './xml';

export interface RunInfo {
  el: Element;
  text: string;
  bold: boolean;
  italics: boolean;
  /** Half-points as written on the run (w:sz), null when inherited. */
  sz: number | null;
  /** Size in half-points after inheritance (run, then document defaults). */
  effectiveSz: number | null;
  fonts: { ascii: string | null; hAnsi: string | null; eastAsia: string | null; cs: string | null };
  /** Fonts after inheritance (run, then paragraph style, then document defaults). */
  effectiveFonts: { ascii: string | null; hAnsi: string | null; eastAsia: string | null; cs: string | null };
  color: string | null;
  caps: boolean;
  lang: string | null;
  hasPageField: boolean;
}

export interface BorderInfo {
  val: string | null;
  sz: number | null;
  space: number | null;
  color: string | null;
}

export interface ParagraphInfo {
  el: Element;
  /** Text of the runs; a line break is "\n", a tab "\t". */
  text: string;
  lines: string[];
  runs: RunInfo[];
  jc: string | null;
  ind: { left: number; right: number; firstLine: number; hanging: number };
  spacing: { before: number; after: number; line: number | null; lineRule: string | null };
  keepNext: boolean;
  keepLines: boolean;
  borderBottom: BorderInfo | null;
  /** Size of the paragraph mark (pPr/rPr/sz), half-points. */
  markSz: number | null;
  inTable: boolean;
  /** Index of the section the paragraph belongs to. */
  section: number;
}

export interface CellInfo {
  el: Element;
  width: { w: number | null; type: string | null };
  gridSpan: number;
  vAlign: string | null;
  margins: { left: number | null; right: number | null; top: number | null; bottom: number | null };
  paragraphs: ParagraphInfo[];
  text: string;
}

export interface RowInfo {
  el: Element;
  tblHeader: boolean;
  cantSplit: boolean;
  cells: CellInfo[];
}

export interface TableInfo {
  el: Element;
  grid: number[];
  width: { w: number | null; type: string | null };
  layout: string | null;
  indent: number | null;
  /** tblBorders: side -> w:val. */
  borders: Record<string, string | null>;
  rows: RowInfo[];
  section: number;
  /** Index among the body's top-level blocks. */
  block: number;
}

export interface HeaderInfo {
  path: string;
  xml: XmlDocument;
  paragraphs: ParagraphInfo[];
  hasPageField: boolean;
}

export interface SectionInfo {
  el: Element;
  pgSz: { w: number | null; h: number | null; orient: string | null };
  pgMar: Record<'top' | 'bottom' | 'left' | 'right' | 'header' | 'footer', number | null>;
  titlePg: boolean;
  pgNumStart: number | null;
  headers: { default?: HeaderInfo; first?: HeaderInfo; even?: HeaderInfo };
}

const SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const;

export class DocxReader {
  readonly files: Record<string, Uint8Array>;
  readonly document: XmlDocument;
  readonly styles: XmlDocument;
  readonly settings: XmlDocument | null;
  readonly body: Element;
  private readonly rels: Map<string, string>;
  private readonly defaults: { sz: number | null; fonts: RunInfo['fonts'] };
  private readonly blockSection = new Map<Element, number>();
  private readonly styleFontCache = new Map<string, RunInfo['fonts'] | undefined>();
  private sectionCache: SectionInfo[] | null = null;

  constructor(bytes: Uint8Array) {
    this.files = unzipSync(bytes);
    this.document = this.xml('word/document.xml');
    this.styles = this.xml('word/styles.xml');
    this.settings = this.files['word/settings.xml'] ? this.xml('word/settings.xml') : null;
    const body = descendants(this.document, 'w:body')[0];
    if (!body) throw new Error('word/document.xml has no w:body');
    this.body = body;
    this.rels = new Map();
    const relsXml = this.xml('word/_rels/document.xml.rels');
    for (const r of descendants(relsXml, 'Relationship')) this.rels.set(attr(r, 'Id')!, attr(r, 'Target')!);
    const rPrDefault = path(descendants(this.styles, 'w:docDefaults')[0], 'w:rPrDefault', 'w:rPr');
    const f = child(rPrDefault, 'w:rFonts');
    this.defaults = {
      sz: numAttr(child(rPrDefault, 'w:sz'), 'w:val'),
      fonts: { ascii: attr(f, 'w:ascii'), hAnsi: attr(f, 'w:hAnsi'), eastAsia: attr(f, 'w:eastAsia'), cs: attr(f, 'w:cs') },
    };
    // Which section each top-level block belongs to: a paragraph carrying w:sectPr ends a section.
    let section = 0;
    for (const block of children(this.body)) {
      this.blockSection.set(block, section);
      if (block.nodeName === 'w:p' && path(block, 'w:pPr', 'w:sectPr')) section += 1;
    }
  }

  text(file: string): string {
    const bytes = this.files[file];
    if (!bytes) throw new Error(`${file} is not in the package (has: ${Object.keys(this.files).join(', ')})`);
    return strFromU8(bytes);
  }

  xml(file: string): XmlDocument {
    return parseXml(this.text(file));
  }

  /** Top-level blocks of the body (w:p, w:tbl), without the final w:sectPr. */
  blocks(): Element[] {
    return children(this.body).filter((b) => b.nodeName === 'w:p' || b.nodeName === 'w:tbl');
  }

  private sectionOf(el: Element): number {
    let top: Element = el;
    while (top.parentNode && top.parentNode !== this.body) top = top.parentNode as Element;
    return this.blockSection.get(top) ?? 0;
  }

  run(el: Element, styleFonts?: RunInfo['fonts']): RunInfo {
    const rPr = child(el, 'w:rPr');
    const f = child(rPr, 'w:rFonts');
    const fonts = { ascii: attr(f, 'w:ascii'), hAnsi: attr(f, 'w:hAnsi'), eastAsia: attr(f, 'w:eastAsia'), cs: attr(f, 'w:cs') };
    const sz = numAttr(child(rPr, 'w:sz'), 'w:val');
    let text = '';
    for (const c of children(el)) {
      if (c.nodeName === 'w:t') text += c.textContent ?? '';
      else if (c.nodeName === 'w:br' || c.nodeName === 'w:cr') text += '\n';
      else if (c.nodeName === 'w:tab') text += '\t';
    }
    const pick = (k: keyof RunInfo['fonts']) => fonts[k] ?? styleFonts?.[k] ?? this.defaults.fonts[k];
    return {
      el,
      text,
      bold: toggle(child(rPr, 'w:b')) ?? false,
      italics: toggle(child(rPr, 'w:i')) ?? false,
      sz,
      effectiveSz: sz ?? this.defaults.sz,
      fonts,
      effectiveFonts: { ascii: pick('ascii'), hAnsi: pick('hAnsi'), eastAsia: pick('eastAsia'), cs: pick('cs') },
      color: attr(child(rPr, 'w:color'), 'w:val'),
      caps: toggle(child(rPr, 'w:caps')) ?? false,
      lang: attr(child(rPr, 'w:lang'), 'w:val'),
      hasPageField: children(el, 'w:instrText').some((t) => /\bPAGE\b/.test(t.textContent ?? '')),
    };
  }

  private styleFonts(styleId: string | null): RunInfo['fonts'] | undefined {
    if (!styleId) return undefined;
    if (!this.styleFontCache.has(styleId)) this.styleFontCache.set(styleId, this.readStyleFonts(styleId));
    return this.styleFontCache.get(styleId);
  }

  private readStyleFonts(styleId: string): RunInfo['fonts'] | undefined {
    const style = descendants(this.styles, 'w:style').find((s) => attr(s, 'w:styleId') === styleId);
    const f = path(style, 'w:rPr', 'w:rFonts');
    if (!f) return undefined;
    return { ascii: attr(f, 'w:ascii'), hAnsi: attr(f, 'w:hAnsi'), eastAsia: attr(f, 'w:eastAsia'), cs: attr(f, 'w:cs') };
  }

  paragraph(el: Element, section = this.sectionOf(el)): ParagraphInfo {
    const pPr = child(el, 'w:pPr');
    const styleFonts = this.styleFonts(attr(child(pPr, 'w:pStyle'), 'w:val'));
    const runEls = [...children(el, 'w:r'), ...children(el, 'w:hyperlink').flatMap((h) => children(h, 'w:r'))];
    const runs = runEls.map((r) => this.run(r, styleFonts));
    const text = runs.map((r) => r.text).join('');
    const ind = child(pPr, 'w:ind');
    const spacing = child(pPr, 'w:spacing');
    const bottom = path(pPr, 'w:pBdr', 'w:bottom');
    return {
      el,
      text,
      lines: text.split('\n'),
      runs,
      jc: attr(child(pPr, 'w:jc'), 'w:val'),
      ind: {
        left: numAttr(ind, 'w:left') ?? numAttr(ind, 'w:start') ?? 0,
        right: numAttr(ind, 'w:right') ?? numAttr(ind, 'w:end') ?? 0,
        firstLine: numAttr(ind, 'w:firstLine') ?? 0,
        hanging: numAttr(ind, 'w:hanging') ?? 0,
      },
      spacing: {
        before: numAttr(spacing, 'w:before') ?? 0,
        after: numAttr(spacing, 'w:after') ?? 0,
        line: numAttr(spacing, 'w:line'),
        lineRule: attr(spacing, 'w:lineRule'),
      },
      keepNext: toggle(child(pPr, 'w:keepNext')) ?? false,
      keepLines: toggle(child(pPr, 'w:keepLines')) ?? false,
      borderBottom: bottom
        ? { val: attr(bottom, 'w:val'), sz: numAttr(bottom, 'w:sz'), space: numAttr(bottom, 'w:space'), color: attr(bottom, 'w:color') }
        : null,
      markSz: numAttr(path(pPr, 'w:rPr', 'w:sz'), 'w:val'),
      inTable: hasAncestor(el, 'w:tbl'),
      section,
    };
  }

  /** Every paragraph of the body, in document order, including those in table cells. */
  paragraphs(): ParagraphInfo[] {
    return descendants(this.body, 'w:p').map((p) => this.paragraph(p));
  }

  /** Paragraphs whose text equals `match` (string) or matches it (RegExp). */
  findParagraphs(match: string | RegExp): ParagraphInfo[] {
    return this.paragraphs().filter((p) => (typeof match === 'string' ? p.text === match : match.test(p.text)));
  }

  /** The one paragraph whose text equals or matches `match`; throws when there is none or several. */
  findParagraph(match: string | RegExp): ParagraphInfo {
    const found = this.findParagraphs(match);
    if (found.length !== 1) {
      throw new Error(`expected one paragraph matching ${String(match)}, found ${found.length}`);
    }
    return found[0]!;
  }

  table(el: Element): TableInfo {
    const tblPr = child(el, 'w:tblPr');
    const tblW = child(tblPr, 'w:tblW');
    const borders: Record<string, string | null> = {};
    const tb = child(tblPr, 'w:tblBorders');
    for (const side of SIDES) borders[side] = attr(child(tb, `w:${side}`), 'w:val');
    const section = this.sectionOf(el);
    const rows = children(el, 'w:tr').map((tr) => {
      const trPr = child(tr, 'w:trPr');
      return {
        el: tr,
        tblHeader: toggle(child(trPr, 'w:tblHeader')) ?? false,
        cantSplit: toggle(child(trPr, 'w:cantSplit')) ?? false,
        cells: children(tr, 'w:tc').map((tc) => {
          const tcPr = child(tc, 'w:tcPr');
          const tcW = child(tcPr, 'w:tcW');
          const mar = child(tcPr, 'w:tcMar');
          const paragraphs = children(tc, 'w:p').map((p) => this.paragraph(p, section));
          return {
            el: tc,
            width: { w: numAttr(tcW, 'w:w'), type: attr(tcW, 'w:type') },
            gridSpan: numAttr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1,
            vAlign: attr(child(tcPr, 'w:vAlign'), 'w:val'),
            margins: {
              left: numAttr(child(mar, 'w:left') ?? child(mar, 'w:start'), 'w:w'),
              right: numAttr(child(mar, 'w:right') ?? child(mar, 'w:end'), 'w:w'),
              top: numAttr(child(mar, 'w:top'), 'w:w'),
              bottom: numAttr(child(mar, 'w:bottom'), 'w:w'),
            },
            paragraphs,
            text: paragraphs.map((p) => p.text).join('\n'),
          };
        }),
      };
    });
    return {
      el,
      grid: children(child(el, 'w:tblGrid')!, 'w:gridCol').map((g) => numAttr(g, 'w:w') ?? 0),
      width: { w: numAttr(tblW, 'w:w'), type: attr(tblW, 'w:type') },
      layout: attr(child(tblPr, 'w:tblLayout'), 'w:type'),
      indent: numAttr(child(tblPr, 'w:tblInd'), 'w:w'),
      borders,
      rows,
      section,
      block: this.blocks().indexOf(el),
    };
  }

  /** Top-level tables of the body, in order. */
  tables(): TableInfo[] {
    return children(this.body, 'w:tbl').map((t) => this.table(t));
  }

  private header(rId: string | null): HeaderInfo | undefined {
    if (!rId) return undefined;
    const target = this.rels.get(rId);
    if (!target) throw new Error(`header relationship ${rId} is missing`);
    const file = `word/${target.replace(/^\//, '').replace(/^word\//, '')}`;
    const xml = this.xml(file);
    const root = xml.documentElement!;
    const paragraphs = descendants(root, 'w:p').map((p) => this.paragraph(p, -1));
    const hasPageField =
      descendants(root, 'w:instrText').some((t) => /\bPAGE\b/.test(t.textContent ?? '')) ||
      descendants(root, 'w:fldSimple').some((f) => /\bPAGE\b/.test(attr(f, 'w:instr') ?? ''));
    return { path: file, xml, paragraphs, hasPageField };
  }

  /** Section properties in order: the w:sectPr in paragraphs, then the body's last one. */
  sections(): SectionInfo[] {
    if (this.sectionCache) return this.sectionCache;
    const els = [
      ...children(this.body, 'w:p')
        .map((p) => path(p, 'w:pPr', 'w:sectPr'))
        .filter((s): s is Element => s !== null),
      ...children(this.body, 'w:sectPr'),
    ];
    this.sectionCache = els.map((el) => {
      const pgSz = child(el, 'w:pgSz');
      const pgMar = child(el, 'w:pgMar');
      const refs = children(el, 'w:headerReference');
      const ref = (type: string) => attr(refs.find((r) => attr(r, 'w:type') === type), 'r:id');
      const headers: SectionInfo['headers'] = {};
      for (const type of ['default', 'first', 'even'] as const) {
        const h = this.header(ref(type));
        if (h) headers[type] = h;
      }
      return {
        el,
        pgSz: { w: numAttr(pgSz, 'w:w'), h: numAttr(pgSz, 'w:h'), orient: attr(pgSz, 'w:orient') },
        pgMar: {
          top: numAttr(pgMar, 'w:top'),
          bottom: numAttr(pgMar, 'w:bottom'),
          left: numAttr(pgMar, 'w:left'),
          right: numAttr(pgMar, 'w:right'),
          header: numAttr(pgMar, 'w:header'),
          footer: numAttr(pgMar, 'w:footer'),
        },
        titlePg: toggle(child(el, 'w:titlePg')) ?? false,
        pgNumStart: numAttr(child(el, 'w:pgNumType'), 'w:start'),
        headers,
      };
    });
    return this.sectionCache;
  }

  /** Every w:t text of the document and its headers. */
  allText(): string[] {
    const files = Object.keys(this.files).filter((f) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(f));
    return files.flatMap((f) => descendants(this.xml(f), 'w:t').map((t) => t.textContent ?? ''));
  }
}

export function readDocx(bytes: Uint8Array): DocxReader {
  return new DocxReader(bytes);
}
