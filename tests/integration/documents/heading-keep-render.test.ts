// A heading never ends a page apart from its text (issue 12): rendered with LibreOffice, the report's
// "3. Nguyên nhân", its lead-in "Những tồn tại, hạn chế trên chủ yếu do:" and the first line of its list
// are always on one page, wherever the page breaks. The text before the heading grows one line at a
// time so that the break falls before, inside and after the heading; the same files without
// keep-with-next show that the range reaches the case it guards against.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidatedReport, packDocx } from '../../../shared/documents';
import type { BodySection, ConsolidatedReportInput } from '../../../shared/documents/types';
import { assertRenderTools, type Page, readLayout, renderPdfs } from '../../helpers/docx/pdf';
import { rewriteDocx } from '../../helpers/docx/rewrite';
import { reportInput, soSettings } from '../../unit/documents/fixtures';

/** One-line paragraphs before the heading: from a heading low on page 1 to one on page 2. */
const FIRST = 10;
const STEPS = 16;
const HEADING = '3. Nguyên nhân';
const LEAD_IN = 'Những tồn tại, hạn chế trên chủ yếu do:';
const FIRST_ITEM = '- Một số cơ quan, đơn vị chưa thực hiện nghiêm chế độ thông tin, báo cáo theo Kế hoạch (15 chưa gửi, 1 gửi chậm), nên số liệu tổng hợp chưa đầy đủ.';

function sections(lines: number): BodySection[] {
  return [
    { heading: 'I. TÌNH HÌNH TỆ NẠN MẠI DÂM TRÊN ĐỊA BÀN', paragraphs: ['Trong kỳ, tình hình tệ nạn mại dâm trên địa bàn tỉnh cơ bản được kiểm soát.'] },
    {
      heading: 'III. ĐÁNH GIÁ CHUNG',
      paragraphs: [],
      subsections: [
        { heading: '1. Kết quả đạt được', paragraphs: Array.from({ length: lines }, (_, i) => `- Kết quả thứ ${i + 1} đã thực hiện trong kỳ.`) },
        { heading: '2. Tồn tại, hạn chế', paragraphs: ['Còn 15 cơ quan, đơn vị chưa gửi báo cáo.'] },
        {
          heading: HEADING,
          paragraphs: [LEAD_IN, FIRST_ITEM, '- Việc theo dõi tiến độ các nhiệm vụ ở một số cơ quan chủ trì chưa kịp thời, để 2 nhiệm vụ quá thời hạn.'],
        },
        { heading: '4. Bài học kinh nghiệm', paragraphs: ['- Thực hiện nghiêm chế độ báo cáo định kỳ là cơ sở để tổng hợp, đánh giá kết quả.'] },
      ],
    },
    { heading: 'V. ĐỀ XUẤT, KIẾN NGHỊ', paragraphs: ['Đề nghị Ủy ban nhân dân tỉnh chỉ đạo các cơ quan, đơn vị thực hiện nghiêm chế độ báo cáo.'] },
  ];
}

function input(lines: number): ConsolidatedReportInput {
  return {
    ...reportInput(),
    legalBasis: [],
    sections: sections(lines),
    targets: [],
    statisticsAppendix: { columns: [], rows: [] },
    complianceAppendix: { onTime: [], late: [], missing: [] },
  };
}

/** The same file with every keep-with-next taken out, in the body and in the heading styles. */
const loose = (bytes: Uint8Array) =>
  rewriteDocx(rewriteDocx(bytes, 'word/document.xml', (x) => x.replaceAll('<w:keepNext/>', '')), 'word/styles.xml', (x) => x.replaceAll('<w:keepNext/>', ''));

let dir: string;
const out: Record<string, Page[]> = {};

beforeAll(async () => {
  assertRenderTools();
  dir = mkdtempSync(join(tmpdir(), 'heading-keep-'));
  const files: Record<string, Uint8Array> = {};
  for (let k = 0; k < STEPS; k++) {
    const bytes = await packDocx(consolidatedReport(soSettings, input(FIRST + k)));
    files[`keep-${k}`] = bytes;
    files[`loose-${k}`] = loose(bytes);
  }
  const paths = Object.entries(files).map(([name, bytes]) => {
    const p = join(dir, `${name}.docx`);
    writeFileSync(p, bytes);
    return p;
  });
  const pdfs = renderPdfs(paths, dir);
  Object.keys(files).forEach((name, i) => {
    out[name] = readLayout(pdfs[i]!);
  });
}, 300_000);

afterAll(() => {
  if (dir && !process.env.ND30_KEEP_RENDERS) rmSync(dir, { recursive: true, force: true });
});

const pageOf = (pages: Page[], test: (text: string) => boolean) => pages.find((p) => p.lines.some((l) => test(l.text)))?.index;
const headingPage = (pages: Page[]) => pageOf(pages, (t) => t === HEADING)!;
const itemPage = (pages: Page[]) => pageOf(pages, (t) => t.startsWith('- Một số cơ quan, đơn vị chưa thực hiện'))!;

describe('the heading "3. Nguyên nhân"', () => {
  it('stays on the page of its lead-in and the first line of its list, wherever the page breaks', () => {
    const pages = new Set<number>();
    for (let k = 0; k < STEPS; k++) {
      const r = out[`keep-${k}`]!;
      expect(headingPage(r), `with ${FIRST + k} lines before it`).toBe(itemPage(r));
      expect(pageOf(r, (t) => t === LEAD_IN)).toBe(itemPage(r));
      pages.add(headingPage(r));
    }
    // The range crosses the page break…
    expect([...pages].sort()).toEqual([1, 2]);
    // …and without keep-with-next the heading (or it and its lead-in) would have ended page 1 alone.
    const apart = Array.from({ length: STEPS }, (_, k) => out[`loose-${k}`]!).filter((r) => headingPage(r) !== itemPage(r));
    expect(apart.length).toBeGreaterThan(0);
  });
});
