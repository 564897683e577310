// Renders every document with LibreOffice and checks what a reader sees (spec §16 "render" items):
// the Quốc hiệu on one line, Số and date on one baseline, page numbers from page 2 and again per
// appendix, the signature never alone on a page, the appendix pages landscape, the table header
// repeated, the Kính gửi dashes under the colon, the fonts embedded.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consolidatedReport,
  packDocx,
  planDocument,
  taskAssignmentTable,
  urgingLetter,
} from '../../../shared/documents';
import { assertRenderTools, type Page, pageSizes, pdfFonts, readLayout, renderPdfs } from '../../helpers/docx/pdf';
import { rewriteDocx } from '../../helpers/docx/rewrite';
import { bcdSettings, planInput, reportInput, soSettings, taskTableInput, urgingInput } from '../../unit/documents/fixtures';

const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const PT_PER_MM = 72 / 25.4;
const TOP_MARGIN = 20 * PT_PER_MM;
const LEFT_MARGIN = 30 * PT_PER_MM;
const RIGHT_MARGIN = 15 * PT_PER_MM;
/** Extra paragraphs in the urging letter, enough to carry its end across the page break. */
const FILLER_STEPS = 16;
const ADDRESSEE_COUNTS = [1, 6, 15] as const;

interface Rendered {
  pages: Page[];
  sizes: { width: number; height: number }[];
  fonts: string[];
}

let dir: string;
const out: Record<string, Rendered> = {};

beforeAll(async () => {
  assertRenderTools();
  dir = mkdtempSync(join(tmpdir(), 'nd30-render-'));
  const files: Record<string, Uint8Array> = {
    urging: await packDocx(urgingLetter(soSettings, urgingInput)),
    report: await packDocx(consolidatedReport(soSettings, reportInput())),
    plan: await packDocx(planDocument(bcdSettings, planInput)),
    tasks: await packDocx(taskAssignmentTable(bcdSettings, taskTableInput)),
  };
  // The urging letter citing 0…15 lines more of earlier letters: one of them ends its text at the foot of page 1.
  for (let k = 0; k < FILLER_STEPS; k++) {
    const earlier = Array.from({ length: 2 * k }, (_, i) => `, Công văn số ${900 + i}/SLĐTBXH-PCTNXH ngày ${10 + (i % 18)}/6/2022`);
    const requestRef = `${urgingInput.requestRef}${earlier.join('')}`;
    const bytes = await packDocx(urgingLetter(soSettings, { ...urgingInput, requestRef }));
    files[`keep-${k}`] = bytes;
    // The same without keep-with-next, to show that the range reaches the case it guards against.
    files[`loose-${k}`] = rewriteDocx(bytes, 'word/document.xml', (x) => x.replaceAll('<w:keepNext/>', ''));
  }
  // The letter to 1, 6 and 15 agencies (past six, Kính gửi refers to a list after the signature).
  const names = Array.from({ length: 15 }, (_, i) => urgingInput.agencies[i] ?? `UBND huyện số ${i + 1}`);
  for (const n of ADDRESSEE_COUNTS) {
    files[`to-${n}`] = await packDocx(urgingLetter(soSettings, { ...urgingInput, agencies: names.slice(0, n) }));
  }
  const paths = Object.entries(files).map(([name, bytes]) => {
    const p = join(dir, `${name}.docx`);
    writeFileSync(p, bytes);
    return p;
  });
  const pdfs = renderPdfs(paths, dir);
  Object.keys(files).forEach((name, i) => {
    out[name] = { pages: readLayout(pdfs[i]!), sizes: pageSizes(pdfs[i]!), fonts: pdfFonts(pdfs[i]!) };
  });
}, 300_000);

afterAll(() => {
  if (dir && !process.env.ND30_KEEP_RENDERS) rmSync(dir, { recursive: true, force: true });
});

const pageOf = (r: Rendered, test: (text: string) => boolean) => r.pages.find((p) => p.lines.some((l) => test(l.text)))?.index;

const lineOf = (page: Page, test: (text: string) => boolean) => {
  const line = page.lines.find((l) => test(l.text));
  expect(line, `a line on page ${page.index}`).toBeDefined();
  return line!;
};

/** A page number: a lone number in the top margin, centred on the text area. */
function pageNumberOn(page: Page): string | null {
  const candidates = page.words.filter((w) => /^\d+$/.test(w.text) && w.yMax < TOP_MARGIN);
  if (candidates.length === 0) return null;
  expect(candidates.length).toBe(1);
  const w = candidates[0]!;
  const center = (LEFT_MARGIN + page.width - RIGHT_MARGIN) / 2;
  expect(Math.abs((w.xMin + w.xMax) / 2 - center)).toBeLessThan(3);
  return w.text;
}

const DOCS = ['urging', 'report', 'plan', 'tasks'] as const;

describe.each(DOCS)('%s rendered by LibreOffice', (name) => {
  it('prints the Quốc hiệu on one line', () => {
    const page = out[name]!.pages[0]!;
    const line = lineOf(page, (t) => t.includes('CỘNG HÒA'));
    expect(line.text).toBe(QUOC_HIEU);
  });

  it('sets Số and the date on one baseline', () => {
    const page = out[name]!.pages[0]!;
    const num = lineOf(page, (t) => t.startsWith('Số:'));
    const date = lineOf(page, (t) => /^Quảng Trị, ngày/.test(t));
    // yMax is the baseline plus the descent (0.216 em): 0.2 pt more for the 14 pt date than the 13 pt Số.
    expect(Math.abs(date.yMax - num.yMax)).toBeLessThan(1);
    expect(date.xMin).toBeGreaterThan(num.xMax);
  });

  it('shows no number on page 1 and the page number from page 2', () => {
    const r = out[name]!;
    expect(pageNumberOn(r.pages[0]!)).toBeNull();
    if (r.pages.length > 1 && name !== 'tasks') expect(pageNumberOn(r.pages[1]!)).toBe('2');
  });

  it('embeds only Liberation Serif (the metric twin of Times New Roman)', () => {
    expect(out[name]!.fonts.length).toBeGreaterThan(0);
    for (const f of out[name]!.fonts) expect(f).toMatch(/^(LiberationSerif|TimesNewRoman)/);
  });
});

describe('the consolidated report', () => {
  it('runs over several portrait pages, numbered 2, 3 … from page 2', () => {
    const r = out.report!;
    const firstAppendix = pageOf(r, (t) => t === 'Phụ lục I')!;
    expect(firstAppendix).toBeGreaterThan(2);
    for (let i = 2; i < firstAppendix; i++) expect(pageNumberOn(r.pages[i - 1]!)).toBe(String(i));
  });

  it('prints its appendices on landscape pages, numbered again from 1 without a number on their first page', () => {
    const r = out.report!;
    const first = pageOf(r, (t) => t === 'Phụ lục I')!;
    const second = pageOf(r, (t) => t === 'Phụ lục II')!;
    r.sizes.forEach((s, i) => {
      if (i + 1 < first) expect([Math.round(s.width), Math.round(s.height)]).toEqual([595, 842]);
      else expect([Math.round(s.width), Math.round(s.height)]).toEqual([842, 595]);
    });
    expect(pageNumberOn(r.pages[first - 1]!)).toBeNull();
    expect(pageNumberOn(r.pages[second - 1]!)).toBeNull();
    // Phụ lục II (43 rows) runs onto a second page, numbered 2, with the table header repeated on top.
    const next = r.pages[second]!;
    expect(next, 'Phụ lục II has a second page').toBeDefined();
    expect(pageNumberOn(next)).toBe('2');
    const headerLine = next.lines.filter((l) => l.yMax > TOP_MARGIN).sort((a, b) => a.yMin - b.yMin)[0]!;
    expect(headerLine.text).toMatch(/^STT/);
    expect(next.text).toContain('Tình hình gửi báo cáo');
  });
});

describe('the plan', () => {
  it('prints the task table as a landscape Phụ lục with its header on every page', () => {
    const r = out.plan!;
    const appendix = pageOf(r, (t) => t === 'Phụ lục')!;
    expect(appendix).toBeGreaterThan(1);
    for (let i = appendix; i <= r.pages.length; i++) {
      expect(Math.round(r.sizes[i - 1]!.width)).toBe(842);
      expect(r.pages[i - 1]!.text).toContain('Nội dung nhiệm vụ');
      expect(r.pages[i - 1]!.text).toContain('Cơ quan phối hợp');
    }
    expect(r.pages.length).toBeGreaterThan(appendix);
  });
});

describe('the task table printed alone', () => {
  it('is landscape on every page and repeats its header row', () => {
    const r = out.tasks!;
    expect(r.sizes.every((s) => Math.round(s.width) === 842 && Math.round(s.height) === 595)).toBe(true);
    expect(r.pages.length).toBeGreaterThan(1);
    for (const page of r.pages) expect(page.text).toContain('Cơ quan chủ trì');
    expect(pageNumberOn(r.pages[1]!)).toBe('2');
  });
});

describe('Kính gửi', () => {
  it('puts the dashes under the colon of "Kính gửi:" (within 2 mm)', () => {
    const page = out.urging!.pages[0]!;
    const label = lineOf(page, (t) => t === 'Kính gửi:');
    const colonWord = label.words[label.words.length - 1]!;
    const colonX = colonWord.xMax - (569 / 2048) * 14;
    const dashes = page.lines.filter((l) => l.text.startsWith('- ') && l.yMin > label.yMin && l.yMin < label.yMin + 100);
    expect(dashes.length).toBe(urgingInput.agencies.length);
    for (const d of dashes) expect(Math.abs(d.xMin - colonX)).toBeLessThan(2 * PT_PER_MM);
  });
});

describe('the signature block', () => {
  const endPage = (r: Rendered) => pageOf(r, (t) => t.endsWith('./.'));
  const namePage = (r: Rendered, name: string) => pageOf(r, (t) => t === name);

  it.each([
    ['urging', 'Lê Thị Hương'],
    ['report', 'Lê Thị Hương'],
    ['plan', 'Hoàng Nam'],
  ])('of the %s sits on the page where the text ends', (doc, name) => {
    const r = out[doc]!;
    expect(endPage(r)).toBeDefined();
    expect(namePage(r, name)).toBe(endPage(r));
    expect(pageOf(r, (t) => t.startsWith('Nơi nhận:'))).toBe(endPage(r));
  });

  it.each([
    ['urging', 'KT. GIÁM ĐỐC'],
    ['report', 'KT. GIÁM ĐỐC'],
    ['plan', 'TRƯỞNG BAN'],
  ])('of the %s has "Nơi nhận:" level with the first position line, flush with the left margin', (doc, position) => {
    const r = out[doc]!;
    const page = r.pages[endPage(r)! - 1]!;
    const label = lineOf(page, (t) => t === 'Nơi nhận:');
    const first = lineOf(page, (t) => t === position);
    expect(Math.abs(label.yMin - first.yMin)).toBeLessThan(1);
    expect(Math.abs(label.xMin - LEFT_MARGIN)).toBeLessThan(1);
    expect(first.xMin).toBeGreaterThan(page.width / 2);
  });

  it('never stands alone on a page, wherever the page breaks', () => {
    const spread = new Set<number>();
    for (let k = 0; k < FILLER_STEPS; k++) {
      const r = out[`keep-${k}`]!;
      expect(namePage(r, 'Lê Thị Hương'), `with ${k} more lines`).toBe(endPage(r));
      expect(pageOf(r, (t) => t.startsWith('KT. GIÁM ĐỐC'))).toBe(endPage(r));
      spread.add(endPage(r)!);
    }
    // The range crosses the page break…
    expect([...spread].sort()).toEqual([1, 2]);
    // …and without keep-with-next the signature would have been left alone on page 2.
    const stranded = Array.from({ length: FILLER_STEPS }, (_, k) => out[`loose-${k}`]!).filter(
      (r) => namePage(r, 'Lê Thị Hương') !== endPage(r),
    );
    expect(stranded.length).toBeGreaterThan(0);
  });
});

describe('the urging letter to 1, 6 or 15 agencies', () => {
  const endPage = (r: Rendered) => pageOf(r, (t) => t.endsWith('./.'));

  it.each(ADDRESSEE_COUNTS)('to %i is one page up to the signature', (n) => {
    const r = out[`to-${n}`]!;
    expect(endPage(r)).toBe(1);
    expect(pageOf(r, (t) => t === 'Lê Thị Hương')).toBe(1);
    expect(pageOf(r, (t) => t.startsWith('Nơi nhận:'))).toBe(1);
    // Up to six the addressees are on page 1 and the letter has no other page.
    if (n <= 6) expect(r.pages.length).toBe(1);
  });

  it('to one agency names it once under Kính gửi, on one line', () => {
    const page = out['to-1']!.pages[0]!;
    expect(page.lines.filter((l) => l.text.startsWith('Kính gửi')).map((l) => l.text)).toEqual(['Kính gửi: Công an tỉnh.']);
  });

  it('to 15 refers to the list, printed after the signature on a page of its own', () => {
    const r = out['to-15']!;
    expect(r.pages[0]!.text).toContain('Kính gửi: Các cơ quan, đơn vị có tên tại danh sách kèm theo.');
    expect(r.pages[0]!.text).not.toContain('UBND huyện số 15');
    expect(r.pages.length).toBe(2);
    const list = r.pages[1]!;
    expect(list.text).toContain('DANH SÁCH CÁC CƠ QUAN');
    expect(list.lines.filter((l) => /^\d+\. /.test(l.text)).length).toBe(15);
  });
});

describe('the end of a letter that runs onto page 2', () => {
  it('carries at least three lines of text above the signature, never the closing line alone', () => {
    let crossed = 0;
    for (let k = 0; k < FILLER_STEPS; k++) {
      const r = out[`keep-${k}`]!;
      const end = pageOf(r, (t) => t.startsWith('Nơi nhận:'))!;
      if (end === 1) continue;
      crossed += 1;
      const page = r.pages[end - 1]!;
      const label = lineOf(page, (t) => t.startsWith('Nơi nhận:'));
      const above = page.lines.filter((l) => l.yMin > TOP_MARGIN && l.yMax < label.yMin);
      expect(above.length, `with ${k} more lines`).toBeGreaterThanOrEqual(3);
    }
    expect(crossed).toBeGreaterThan(0);
  });
});
