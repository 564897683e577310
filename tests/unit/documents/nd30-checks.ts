// The tester's checklist of spec/nd30-layout.md §16, as assertions on the XML of a produced .docx.
// Each check states exact values where the builders choose one (e.g. margins 1134/1134/1701/851) and
// the decree's range where it allows one.
import { expect } from 'vitest';
import { measureTwips } from '../../helpers/tnr-measure';
import type { DocxReader, ParagraphInfo, TableInfo } from '../../helpers/docx/reader';
import type { Element } from '../../helpers/docx/xml';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
export const NUMBER_RE = /^Số: (\d{2,}| +)\/[A-ZĐa-z]+(-[A-ZĐa-z0-9]+)+$/;
export const DATE_RE = /^[A-ZĐ][^,]*, ngày (0[1-9]|[12]\d|3[01]| +) tháng (0[12]|[3-9]|1[0-2]| +) năm \d{4}$/;
const CELL_MARGIN = 57;
const PORTRAIT_TEXT = 9354;
const LANDSCAPE_TEXT = 14286;

const within = (v: number | null, lo: number, hi: number) => {
  expect(v).not.toBeNull();
  expect(v!).toBeGreaterThanOrEqual(lo);
  expect(v!).toBeLessThanOrEqual(hi);
};

/** Length of a paragraph-border rule inside a box: box − left indent − right indent. */
export function ruleLength(p: ParagraphInfo, box: number): number {
  return box - p.ind.left - p.ind.right;
}

export function expectRule(p: ParagraphInfo | undefined) {
  expect(p, 'rule paragraph').toBeDefined();
  expect(p!.text).toBe('');
  expect(p!.borderBottom).toMatchObject({ val: 'single', sz: 6 });
  expect(p!.markSz).toBe(2);
  expect(p!.spacing).toMatchObject({ before: 0, line: 60, lineRule: 'exact' });
}

/** One run style across a paragraph's runs. */
export function runsOf(p: ParagraphInfo) {
  const texted = p.runs.filter((r) => r.text.length > 0);
  expect(texted.length, `runs of "${p.text}"`).toBeGreaterThan(0);
  return {
    bold: texted.every((r) => r.bold),
    notBold: texted.every((r) => !r.bold),
    italics: texted.every((r) => r.italics),
    notItalics: texted.every((r) => !r.italics),
    sizes: [...new Set(texted.map((r) => r.effectiveSz))],
  };
}

// ------------------------------------------------------------------------------------------ Page

export function checkPages(r: DocxReader, orientations: ('portrait' | 'landscape')[]) {
  const sections = r.sections();
  expect(sections.map((s) => s.pgSz.orient ?? 'portrait')).toEqual(orientations);
  for (const s of sections) {
    if ((s.pgSz.orient ?? 'portrait') === 'portrait') expect([s.pgSz.w, s.pgSz.h]).toEqual([11906, 16838]);
    else expect([s.pgSz.w, s.pgSz.h]).toEqual([16838, 11906]);
    // The builders' choice: 20/20/30/15 mm, exactly; the decree's ranges with ±2 twips.
    expect(s.pgMar).toMatchObject({ top: 1134, bottom: 1134, left: 1701, right: 851 });
    within(s.pgMar.top, 1134 - 2, 1417 + 2);
    within(s.pgMar.bottom, 1134 - 2, 1417 + 2);
    within(s.pgMar.left, 1701 - 2, 1984 + 2);
    within(s.pgMar.right, 851 - 2, 1133 + 2);
  }
}

/** titlePg; a centred PAGE field at 14 pt upright in the default header, none in the first-page header. */
export function checkPageNumbers(r: DocxReader) {
  const sections = r.sections();
  sections.forEach((s, i) => {
    expect(s.titlePg, `section ${i} titlePg`).toBe(true);
    const def = s.headers.default;
    expect(def?.hasPageField, `section ${i} default header has PAGE`).toBe(true);
    const numberParagraph = def!.paragraphs.find((p) => p.runs.some((run) => run.hasPageField))!;
    expect(numberParagraph.jc).toBe('center');
    for (const run of numberParagraph.runs) {
      expect(run.effectiveSz).toBe(28);
      expect(run.bold).toBe(false);
      expect(run.italics).toBe(false);
      expect(run.effectiveFonts.ascii).toBe('Times New Roman');
    }
    expect(s.headers.first, `section ${i} first-page header`).toBeDefined();
    expect(s.headers.first!.hasPageField).toBe(false);
    if (i > 0) expect(s.pgNumStart, `appendix section ${i} restarts at 1`).toBe(1);
    else expect(s.pgNumStart).toBeNull();
  });
}

// ----------------------------------------------------------------------------------------- Fonts

export function checkFontsAndText(r: DocxReader) {
  const paragraphs = [...r.paragraphs(), ...r.sections().flatMap((s) => Object.values(s.headers).flatMap((h) => h!.paragraphs))];
  let runs = 0;
  for (const p of paragraphs) {
    for (const run of p.runs) {
      runs += 1;
      expect(run.effectiveFonts, `font of "${run.text}"`).toEqual({
        ascii: 'Times New Roman',
        hAnsi: 'Times New Roman',
        eastAsia: 'Times New Roman',
        cs: 'Times New Roman',
      });
      expect(run.color === null || run.color === '000000').toBe(true);
      expect(run.effectiveSz).not.toBeNull();
    }
  }
  expect(runs).toBeGreaterThan(20);
  for (const t of r.allText()) {
    expect(t, 'no combining marks (NFC)').not.toMatch(/[\u0300-\u0323]/);
    expect(t.normalize('NFC')).toBe(t);
  }
}

// ---------------------------------------------------------------------------------------- Header

export interface HeaderExpectation {
  parentLine?: string;
  agencyLines: string[];
  /** Expected columns, e.g. [3684, 5670]. */
  columns: [number, number];
  quocHieuSz: 24 | 26;
  agencySz: 24 | 26;
  numberLine?: string;
  dateLine?: string;
  subjectLines?: string[];
}

export function checkHeaderTable(r: DocxReader, e: HeaderExpectation): TableInfo {
  const t = r.tables()[0]!;
  expect(t.block, 'the header table opens the document').toBe(0);
  expect(Object.values(t.borders)).toEqual(['none', 'none', 'none', 'none', 'none', 'none']);
  expect(t.width).toEqual({ w: e.columns[0] + e.columns[1], type: 'dxa' });
  expect(t.grid).toEqual(e.columns);
  expect(t.layout).toBe('fixed');
  expect(t.grid[1]!).toBeGreaterThanOrEqual(e.quocHieuSz === 26 ? 5640 : 5230);
  for (const row of t.rows) {
    row.cells.forEach((c, i) => {
      expect(c.width).toEqual({ w: e.columns[i], type: 'dxa' });
      expect(c.margins).toEqual({ left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 });
      expect(c.vAlign).toBe('top');
      for (const p of c.paragraphs) if (p.text) expect(p.jc).toBe('center');
    });
  }
  const [left, right] = t.rows[0]!.cells;
  const leftBox = e.columns[0] - 2 * CELL_MARGIN;
  const rightBox = e.columns[1] - 2 * CELL_MARGIN;

  // ô 1: Quốc hiệu, Tiêu ngữ directly below, the rule as long as the Tiêu ngữ.
  const [qh, tn, tnRule] = right!.paragraphs;
  expect(qh!.text).toBe(QUOC_HIEU);
  expect(runsOf(qh!)).toMatchObject({ bold: true, notItalics: true, sizes: [e.quocHieuSz] });
  expect(tn!.text).toBe(TIEU_NGU);
  expect(runsOf(tn!)).toMatchObject({ bold: true, notItalics: true, sizes: [28] });
  expectRule(tnRule);
  const tnWidth = measureTwips(TIEU_NGU, 14, { bold: true });
  expect(Math.abs(ruleLength(tnRule!, rightBox) - tnWidth)).toBeLessThanOrEqual(1);
  expect(ruleLength(tnRule!, rightBox) / 3415).toBeGreaterThan(0.9);
  expect(ruleLength(tnRule!, rightBox) / 3415).toBeLessThan(1.1);
  // The Quốc hiệu fits its cell on one line.
  expect(measureTwips(QUOC_HIEU, e.quocHieuSz / 2, { bold: true })).toBeLessThan(rightBox);

  // ô 2: chủ quản (regular), the agency (bold, upper case), a rule 33–50 % of its longest line.
  const lp = left!.paragraphs;
  let i = 0;
  if (e.parentLine) {
    expect(lp[0]!.text).toBe(e.parentLine);
    expect(runsOf(lp[0]!)).toMatchObject({ notBold: true, sizes: [e.agencySz] });
    i = 1;
  }
  const agency = lp.slice(i, i + e.agencyLines.length);
  expect(agency.map((p) => p.text)).toEqual(e.agencyLines);
  for (const p of agency) {
    expect(p.text).toBe(p.text.toLocaleUpperCase('vi'));
    expect(runsOf(p)).toMatchObject({ bold: true, sizes: [e.agencySz] });
    expect(measureTwips(p.text, e.agencySz / 2, { bold: true })).toBeLessThan(leftBox);
  }
  const agencyRule = lp[i + e.agencyLines.length];
  expectRule(agencyRule);
  expect(lp.length).toBe(i + e.agencyLines.length + 1);
  const widest = Math.max(...e.agencyLines.map((l) => measureTwips(l, e.agencySz / 2, { bold: true })));
  const ratio = ruleLength(agencyRule!, leftBox) / widest;
  expect(ratio).toBeGreaterThanOrEqual(0.33);
  expect(ratio).toBeLessThanOrEqual(0.5);
  expect(agencyRule!.ind.left - agencyRule!.ind.right, 'agency rule centred').toBeLessThanOrEqual(1);
  expect(agencyRule!.ind.right - agencyRule!.ind.left).toBeLessThanOrEqual(1);

  if (e.numberLine === undefined) {
    expect(t.rows.length).toBe(1);
    return t;
  }
  // ô 3 and ô 4 in one row; V/v (ô 5b) under Số for a công văn only.
  expect(t.rows.length).toBe(2);
  const [numberCell, dateCell] = t.rows[1]!.cells;
  const [num, ...subject] = numberCell!.paragraphs;
  expect(num!.text).toBe(e.numberLine);
  expect(num!.text).toMatch(NUMBER_RE);
  expect(num!.text).not.toMatch(/\/CV-|-CV\b|\/20\d\d\//);
  expect(runsOf(num!)).toMatchObject({ notBold: true, notItalics: true, sizes: [26] });
  // Both lines start 6 pt below row 1; Số is lowered by the ascent difference (13 vs 14 pt) to share the baseline.
  expect(num!.spacing.before).toBe(120 + 18);
  if (e.subjectLines) {
    expect(subject.length).toBe(1);
    expect(subject[0]!.lines).toEqual(e.subjectLines);
    expect(subject[0]!.text).toMatch(/^V\/v /);
    expect(runsOf(subject[0]!)).toMatchObject({ notBold: true, sizes: [24] });
    expect(subject[0]!.spacing.before).toBeGreaterThanOrEqual(120);
    expect(subject[0]!.borderBottom).toBeNull();
  } else {
    expect(subject.length).toBe(0);
    expect(r.findParagraphs(/^V\/v /)).toEqual([]);
  }
  expect(dateCell!.paragraphs.length).toBe(1);
  const date = dateCell!.paragraphs[0]!;
  expect(date.text).toBe(e.dateLine);
  checkDateLine(date.text);
  expect(runsOf(date)).toMatchObject({ italics: true, notBold: true, sizes: [28] });
  expect(date.spacing.before).toBe(120);
  return t;
}

/** The date regex, plus: months 1 and 2 as "01"/"02", months 3–12 without a leading zero. */
export function checkDateLine(text: string) {
  expect(text).toMatch(DATE_RE);
  const month = /tháng (\S+)/.exec(text)?.[1];
  if (month && /^\d+$/.test(month)) {
    const n = Number(month);
    expect(month).toBe(n <= 2 ? `0${n}` : String(n));
  }
}

// ----------------------------------------------------------------------------------------- Title

export function checkTitle(r: DocxReader, docType: string, lines: string[]) {
  const blocks = r.blocks();
  const typeP = r.findParagraph(docType);
  const at = blocks.indexOf(typeP.el);
  expect(at).toBe(1);
  expect(typeP.text).toBe(typeP.text.toLocaleUpperCase('vi'));
  expect(typeP.jc).toBe('center');
  expect(runsOf(typeP)).toMatchObject({ bold: true, sizes: [28] });
  const title = r.paragraph(blocks[at + 1]!);
  expect(title.lines).toEqual(lines);
  expect(title.jc).toBe('center');
  expect(runsOf(title)).toMatchObject({ bold: true, notItalics: true, sizes: [28] });
  expect(title.text).not.toBe(title.text.toLocaleUpperCase('vi'));
  const rule = r.paragraph(blocks[at + 2]!);
  expectRule(rule);
  const widest = Math.max(...lines.map((l) => measureTwips(l, 14, { bold: true })));
  const ratio = ruleLength(rule, PORTRAIT_TEXT) / widest;
  expect(ratio).toBeGreaterThanOrEqual(0.33);
  expect(ratio).toBeLessThanOrEqual(0.5);
}

// ----------------------------------------------------------------------------------- Kính gửi

export function checkKinhGui(r: DocxReader, names: string[]) {
  if (names.length === 1) {
    const p = r.findParagraph(`Kính gửi: ${names[0]}.`);
    expect(p.jc).toBe('center');
    expect(runsOf(p)).toMatchObject({ notBold: true, sizes: [28] });
    return;
  }
  const label = r.findParagraph('Kính gửi:');
  const blocks = r.blocks();
  const at = blocks.indexOf(label.el);
  const list = blocks.slice(at + 1, at + 1 + names.length).map((b) => r.paragraph(b));
  expect(list.map((p) => p.text)).toEqual(names.map((n, i) => `- ${n}${i === names.length - 1 ? '.' : ';'}`));
  const lefts = new Set(list.map((p) => `${p.ind.left}/${p.ind.hanging}`));
  expect(lefts.size, 'equal left indents').toBe(1);
  // The dash starts under the colon of "Kính gửi:" (within 2 mm = 113 twips).
  const colonX = label.ind.left + label.ind.firstLine + measureTwips('Kính gửi', 14);
  const dashX = list[0]!.ind.left - list[0]!.ind.hanging;
  expect(Math.abs(dashX - colonX)).toBeLessThanOrEqual(113);
  for (const p of [label, ...list]) expect(runsOf(p)).toMatchObject({ notBold: true, notItalics: true, sizes: [28] });
}

// ------------------------------------------------------------------------------------------ Body

/**
 * The body paragraphs: top-level paragraphs of the first section after the title rule (or after the
 * header and Kính gửi of a công văn) and before the signature table.
 */
export function bodyBlocks(r: DocxReader): Element[] {
  const blocks = r.blocks();
  const tables = r.tables().filter((t) => t.section === 0);
  const signatureAt = tables[tables.length - 1]!.block;
  let start = 1;
  const title = blocks.slice(0, 4).findIndex((b, i) => i > 0 && b.nodeName === 'w:p' && r.paragraph(b).borderBottom);
  if (title > 0) start = title + 1;
  if (blocks[start] && r.paragraph(blocks[start]!).text.startsWith('Kính gửi:')) {
    start += 1;
    while (r.paragraph(blocks[start]!).text.startsWith('- ')) {
      const done = r.paragraph(blocks[start]!).text.endsWith('.');
      start += 1;
      if (done) break;
    }
  }
  return blocks.slice(start, signatureAt);
}

export function checkBody(r: DocxReader) {
  const blocks = bodyBlocks(r);
  const paragraphs = blocks.filter((b) => b.nodeName === 'w:p').map((b) => r.paragraph(b));
  expect(paragraphs.length).toBeGreaterThan(2);
  for (const p of paragraphs) {
    expect(p.jc, p.text).toBe('both');
    expect(p.ind.firstLine).toBe(567);
    expect(p.spacing.before + p.spacing.after).toBeGreaterThanOrEqual(120);
    expect(p.spacing.lineRule).toBe('auto');
    within(p.spacing.line, 240, 360);
    expect(runsOf(p).sizes).toEqual([28]);
    if (/^[IVX]+\. /.test(p.text)) {
      expect(p.text, 'Mục heading upper case').toBe(p.text.toLocaleUpperCase('vi'));
      expect(runsOf(p).bold).toBe(true);
      expect(p.keepNext).toBe(true);
    }
    if (/^[a-zđ]\) /.test(p.text)) expect(runsOf(p).notBold).toBe(true);
  }
  const basis = paragraphs.filter((p) => p.text.startsWith('Căn cứ'));
  basis.forEach((p, i) => {
    expect(runsOf(p).italics).toBe(true);
    expect(p.text.endsWith(i === basis.length - 1 ? '.' : ';')).toBe(true);
  });
  // The text ends with "./." in the block right before the signature, kept with it.
  const last = blocks[blocks.length - 1]!;
  expect(last.nodeName).toBe('w:p');
  const lastP = r.paragraph(last);
  expect(lastP.text.endsWith('./.')).toBe(true);
  expect(lastP.keepNext).toBe(true);
  expect(lastP.keepLines).toBe(true);
  expect(r.findParagraphs(/\.\/\.$/).length).toBe(1);
  return paragraphs;
}

// ------------------------------------------------------------------------------------ Signature

export interface SignatureExpectation {
  positionLines: string[];
  otherPosition?: string;
  name: string;
  recipients: string[];
  columns: [number, number];
}

export function checkSignature(r: DocxReader, e: SignatureExpectation) {
  const t = r.tables().filter((x) => x.section === 0).pop()!;
  expect(Object.values(t.borders)).toEqual(['none', 'none', 'none', 'none', 'none', 'none']);
  expect(t.rows.length).toBe(1);
  expect(t.rows[0]!.cantSplit).toBe(true);
  expect(t.grid).toEqual(e.columns);
  expect(t.layout).toBe('fixed');
  const [left, right] = t.rows[0]!.cells;
  expect(left!.margins.left).toBe(0);

  const [label, ...list] = left!.paragraphs;
  expect(label!.text).toBe('Nơi nhận:');
  expect(runsOf(label!)).toMatchObject({ bold: true, italics: true, sizes: [24] });
  expect(list.map((p) => p.text)).toEqual(e.recipients);
  list.forEach((p, i) => {
    expect(p.text.startsWith('- ')).toBe(true);
    expect(runsOf(p)).toMatchObject({ notBold: true, notItalics: true, sizes: [22] });
    if (i < list.length - 1) expect(p.text.endsWith(';')).toBe(true);
    else expect(p.text).toMatch(/^- Lưu: VT(, .+)?\.$/);
  });

  const rp = right!.paragraphs;
  const positions = rp.slice(0, e.positionLines.length);
  expect(positions.map((p) => p.text)).toEqual(e.positionLines);
  for (const p of positions) {
    expect(p.text).toBe(p.text.toLocaleUpperCase('vi'));
    expect(p.jc).toBe('center');
    expect(runsOf(p)).toMatchObject({ bold: true, notItalics: true, sizes: [28] });
  }
  if (/^(TM|KT|Q|TL|TUQ)\./.test(positions[0]!.text)) expect(positions[0]!.text).toMatch(/^(TM|KT|Q|TL|TUQ)\. \S/);
  // "Nơi nhận:" level with the first position line: same space above, both cells top-aligned.
  expect(label!.spacing.before).toBe(positions[0]!.spacing.before);
  expect(left!.vAlign).toBe('top');
  expect(right!.vAlign).toBe('top');
  // The signature space, then the other position (if any), then the name.
  const rest = rp.slice(e.positionLines.length);
  const blanks = rest.filter((p) => p.text === '');
  expect(blanks.length).toBeGreaterThanOrEqual(4);
  const printed = rest.filter((p) => p.text !== '');
  expect(printed.map((p) => p.text)).toEqual([...(e.otherPosition ? [e.otherPosition] : []), e.name]);
  const name = printed[printed.length - 1]!;
  expect(name.jc).toBe('center');
  expect(runsOf(name)).toMatchObject({ bold: true, sizes: [28] });
  expect(name.text).not.toBe(name.text.toLocaleUpperCase('vi'));
  // The signature table closes the first section: only an empty section-break paragraph may follow.
  const after = r.blocks().slice(t.block + 1).map((b) => r.paragraph(b)).filter((p) => p.section === 0);
  expect(after.every((p) => p.text === '')).toBe(true);
}

// ------------------------------------------------------------------------------------- Appendix

export interface AppendixExpectation {
  section: number;
  label?: string;
  title: string;
  subtitle?: string;
  attachedTo?: string;
  headers: string[];
  widths: number[];
  rowCount: number;
}

export function checkAppendix(r: DocxReader, e: AppendixExpectation) {
  const s = r.sections()[e.section]!;
  expect(s.pgSz).toEqual({ w: 16838, h: 11906, orient: 'landscape' });
  const paragraphs = r.paragraphs().filter((p) => p.section === e.section && !p.inTable);
  let i = 0;
  if (e.label) {
    expect(paragraphs[0]!.text).toBe(e.label);
    expect(paragraphs[0]!.jc).toBe('center');
    expect(runsOf(paragraphs[0]!)).toMatchObject({ bold: true, sizes: [28] });
    i = 1;
  }
  const title = paragraphs[i]!;
  expect(title.lines.join(' ')).toBe(e.title);
  expect(title.text).toBe(title.text.toLocaleUpperCase('vi'));
  expect(title.jc).toBe('center');
  expect(runsOf(title)).toMatchObject({ bold: true, sizes: [28] });
  i += 1;
  if (e.subtitle) {
    expect(paragraphs[i]!.lines.join(' ')).toBe(e.subtitle);
    expect(runsOf(paragraphs[i]!)).toMatchObject({ bold: true, sizes: [28] });
    i += 1;
  }
  if (e.attachedTo) {
    const att = paragraphs[i]!;
    expect(att.lines.join(' ')).toBe(e.attachedTo);
    expect(att.lines.join(' ')).toMatch(/^\(Kèm theo .+ số .+\/[^ ]+ ngày .+ tháng .+ năm \d{4}( của .+)?\)$/);
    expect(att.jc).toBe('center');
    expect(runsOf(att)).toMatchObject({ italics: true, notBold: true, sizes: [28] });
    i += 1;
  }
  while (paragraphs[i] && paragraphs[i]!.text !== '' && runsOf(paragraphs[i]!).italics) i += 1;
  expectRule(paragraphs[i]);

  const table = r.tables().find((t) => t.section === e.section && t.rows[0]!.tblHeader)!;
  expect(table, 'appendix table with a header row').toBeDefined();
  expect(table.width).toEqual({ w: LANDSCAPE_TEXT, type: 'dxa' });
  expect(table.grid).toEqual(e.widths);
  expect(table.grid.reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT);
  expect(table.layout).toBe('fixed');
  expect(Object.values(table.borders)).toEqual(['single', 'single', 'single', 'single', 'single', 'single']);
  const header = table.rows[0]!;
  expect(header.tblHeader).toBe(true);
  expect(header.cantSplit).toBe(true);
  expect(header.cells.map((c) => c.text)).toEqual(e.headers);
  for (const c of header.cells) {
    expect(c.paragraphs[0]!.jc).toBe('center');
    expect(runsOf(c.paragraphs[0]!).bold).toBe(true);
  }
  expect(table.rows.slice(1).every((row) => !row.tblHeader)).toBe(true);
  expect(table.rows.length).toBe(e.rowCount + 1);
  checkCellWidths(table);
  return table;
}

/** Every cell has a DXA width equal to the grid columns it spans. */
export function checkCellWidths(table: TableInfo) {
  for (const row of table.rows) {
    let col = 0;
    for (const c of row.cells) {
      const span = table.grid.slice(col, col + c.gridSpan).reduce((a, b) => a + b, 0);
      expect(c.width).toEqual({ w: span, type: 'dxa' });
      col += c.gridSpan;
    }
    expect(col).toBe(table.grid.length);
  }
}
