// The task table is written from row templates when packed (layout/long-table.ts): the document part
// must be, byte for byte, the one docx writes when it builds every row itself.
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { consolidatedReport, packDocx, planDocument, taskAssignmentTable, urgingLetter } from '../../../shared/documents';
import type { TaskTableEntry } from '../../../shared/documents/types';
import { bcdSettings, planInput, reportInput, soSettings, TASK_ROWS, taskTableInput, urgingInput } from './fixtures';

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);

/** Rows of every shape and the characters XML must escape or drop. */
const TRICKY_ROWS: TaskTableEntry[] = [
  ...TASK_ROWS,
  { stt: 'V', group: 'Nhóm có "ngoặc kép" & <ký hiệu> của \'Sở\'' },
  {
    stt: '11',
    code: 'V.1.2',
    content: 'Dòng một\nDòng hai có dấu & và <thẻ>\nDòng ba',
    lead: 'Công an tỉnh\nSở Y tế',
    support: '',
    deadline: '31/12/2022',
    expectedOutput: 'Báo cáo\u0007 có ký tự điều khiển\u000b và tab\tở giữa',
  },
  { stt: '12', code: 'V.1.3', content: '  khoảng trắng ở đầu và cuối  ', lead: '', support: 'Sở Tư pháp', deadline: '', expectedOutput: '' },
  // Composed and decomposed Vietnamese: both written NFC.
  { stt: '13', code: 'V.1.4', content: 'Tuyên truyền'.normalize('NFD') + ' pháp luật', lead: 'Sở Tư pháp', support: 'Đài Phát thanh', deadline: 'Quý II', expectedOutput: 'Tin bài' },
  { stt: '', group: '' },
  { stt: '14', code: 'V.1.5', content: 'Nội dung có ký hiệu \uE000 riêng', lead: 'Sở Nội vụ', support: 'Sở Tài chính', deadline: 'Quý IV', expectedOutput: 'Quyết định' },
];

describe('the task table written from row templates', () => {
  it('gives the standalone table the XML docx writes row by row', async () => {
    const input = { ...taskTableInput, rows: TRICKY_ROWS };
    const fast = documentXml(await packDocx(taskAssignmentTable(bcdSettings, input)));
    const slow = documentXml(await Packer.pack(taskAssignmentTable(bcdSettings, input), 'uint8array'));
    expect(fast.length).toBeGreaterThan(20_000);
    expect(fast).toBe(slow);
    expect(fast).toContain('Dòng hai có dấu &amp; và &lt;thẻ&gt;');
    expect(fast).toContain('Nhóm có &quot;ngoặc kép&quot; &amp; &lt;ký hiệu&gt; của &apos;Sở&apos;');
    expect(fast).not.toContain('\uE001');
  });

  it('gives the plan with its Phụ lục the XML docx writes row by row', async () => {
    const input = { ...planInput, taskTable: TRICKY_ROWS };
    const fast = documentXml(await packDocx(planDocument(bcdSettings, input)));
    const slow = documentXml(await Packer.pack(planDocument(bcdSettings, input), 'uint8array'));
    expect(fast).toBe(slow);
    expect(fast.match(/<w:tr>/g)!.length).toBe(slow.match(/<w:tr>/g)!.length);
  });

  it("gives the report, its statistics and compliance appendices from row templates, the XML docx writes row by row", async () => {
    const fast = documentXml(await packDocx(consolidatedReport(soSettings, reportInput())));
    const slow = documentXml(await Packer.pack(consolidatedReport(soSettings, reportInput()), 'uint8array'));
    expect(fast).toBe(slow);
    expect(fast).toContain('TÌNH HÌNH GỬI BÁO CÁO');
  });

  it("zips every part docx writes, in docx's order and byte for byte, from docx's compiler", async () => {
    // The fast path: docx 9's Packer keeps its compiler; without it packDocx unzips Packer.pack's zip.
    expect(typeof (Packer as unknown as { compiler?: { compile?: unknown } }).compiler?.compile).toBe('function');
    const letter = () => urgingLetter(soSettings, urgingInput);
    const ours = unzipSync(await packDocx(letter()));
    const docx = unzipSync(await Packer.pack(letter(), 'uint8array'));
    expect(Object.keys(ours)).toEqual(Object.keys(docx));
    // Only the document's creation time may differ.
    for (const name of Object.keys(docx).filter((n) => n !== 'docProps/core.xml')) expect(strFromU8(ours[name]!), name).toBe(strFromU8(docx[name]!));
  });

  it('packs a table without rows as docx does', async () => {
    const input = { ...taskTableInput, rows: [] };
    const fast = documentXml(await packDocx(taskAssignmentTable(bcdSettings, input)));
    expect(fast).toBe(documentXml(await Packer.pack(taskAssignmentTable(bcdSettings, input), 'uint8array')));
  });

  it('writes every row of a table of thousands of tasks, in order', async () => {
    const rows: TaskTableEntry[] = [];
    for (let g = 1; g <= 20; g++) {
      rows.push({ stt: String(g), group: `Nhóm nhiệm vụ số ${g}` });
      for (let t = 1; t <= 100; t++) {
        const n = (g - 1) * 100 + t;
        rows.push({ stt: `${g}.${t}`, code: `V.${g}.${t}`, content: `Nhiệm vụ số ${n}${n % 7 === 0 ? '\nkèm dòng thứ hai' : ''}`, lead: `Cơ quan ${n % 45}`, support: '', deadline: `${(n % 28) + 1}/06/2027`, expectedOutput: 'Báo cáo' });
      }
    }
    const xml = documentXml(await packDocx(taskAssignmentTable(bcdSettings, { ...taskTableInput, rows })));
    // The task table (the last table, after the header block's): its header row, then every group and task row.
    const table = xml.slice(xml.lastIndexOf('<w:tbl>'));
    expect(table.match(/<w:tr>/g)!.length).toBe(1 + 20 + 2000);
    const order = [...xml.matchAll(/>Nhiệm vụ số (\d+)</g)].map((m) => Number(m[1]));
    expect(order).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
    expect(xml.match(/>kèm dòng thứ hai</g)!.length).toBe(Math.floor(2000 / 7));
  });
});
