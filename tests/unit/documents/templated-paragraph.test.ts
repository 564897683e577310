// Body paragraphs are written from templates when packed (layout/templated-paragraph.ts) and the package
// zipped again (layout/zip.ts): the document part must be, byte for byte, the one docx writes when it
// builds every paragraph itself, and the package a zip Word and fflate read.
import zlib from 'node:zlib';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { consolidatedReport, gzipCompressor, packDocx, planDocument, urgingLetter } from '../../../shared/documents';
import { crc32, zipParts } from '../../../shared/documents/layout/zip';
import type { BodySection, PlanDocumentInput } from '../../../shared/documents/types';
import { bcdSettings, planInput, reportInput, soSettings, TASK_ROWS, urgingInput } from './fixtures';

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
const nodeZlib = gzipCompressor((data) => zlib.gzipSync(data));

/** Task paragraphs with every character XML escapes or drops, composed and decomposed text, and marker-like characters. */
const TRICKY: string[] = [
  '- Tuyên truyền "an toàn" & <phòng, chống> mại dâm của \'Sở\'',
  `- ${'Kiểm tra liên ngành'.normalize('NFD')} các cơ sở`,
  '- Ký tự điều khiển\u0007 và\u000b tab\tở giữa',
  '- Ký hiệu riêng \uE002x.0\uE003 và \uE004x.1\uE005 trong văn bản',
  '- <w:p>\uE0040.1\uE005</w:p> giả làm chỗ giữ',
];

function manyTasks(n: number): BodySection[] {
  return Array.from({ length: 10 }, (_, g) => ({
    heading: `${g + 1}. Nhóm nhiệm vụ số ${g + 1}`,
    paragraphs: Array.from({ length: n / 10 }, (_, i) => `- Nhiệm vụ số ${g * (n / 10) + i + 1}: ${TRICKY[i % TRICKY.length]}`),
  }));
}

const planWith = (sections: BodySection[]): PlanDocumentInput => ({ ...planInput, sections: [...planInput.sections, ...sections], taskTable: TASK_ROWS });

describe('body paragraphs written from templates', () => {
  it('give the plan the XML docx writes paragraph by paragraph', async () => {
    const input = planWith(manyTasks(200));
    const fast = documentXml(await packDocx(planDocument(bcdSettings, input)));
    const slow = documentXml(await Packer.pack(planDocument(bcdSettings, input), 'uint8array'));
    expect(fast).toBe(slow);
    expect(fast).toContain('Tuyên truyền &quot;an toàn&quot; &amp; &lt;phòng, chống&gt; mại dâm của &apos;Sở&apos;');
    expect(fast).toContain('Kiểm tra liên ngành'.normalize('NFC'));
    expect(fast).toContain('Ký tự điều khiển và tab\tở giữa');
    // The texts that look like markers are printed as they are.
    expect(fast).toContain('Ký hiệu riêng \uE002x.0\uE003 và \uE004x.1\uE005 trong văn bản');
    expect(fast).toContain('&lt;w:p&gt;\uE0040.1\uE005&lt;/w:p&gt; giả làm chỗ giữ');
  });

  it('write every task paragraph once, in order, the last one ending "./." only when it ends the body', async () => {
    const xml = documentXml(await packDocx(planDocument(bcdSettings, planWith(manyTasks(2000)))));
    const order = [...xml.matchAll(/>- Nhiệm vụ số (\d+):/g)].map((m) => Number(m[1]));
    expect(order).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
    expect(xml.match(/\.\/\.</g)).toHaveLength(1);
  });

  it('give the report and the urging letter the XML docx writes', async () => {
    for (const doc of [() => consolidatedReport(soSettings, reportInput()), () => urgingLetter(soSettings, urgingInput)]) {
      expect(documentXml(await packDocx(doc()))).toBe(documentXml(await Packer.pack(doc(), 'uint8array')));
    }
  });

  it('keep every part docx writes, in its order (Node\'s zlib deflating)', async () => {
    const input = planWith(manyTasks(100));
    const a = await packDocx(planDocument(bcdSettings, input), nodeZlib);
    const docx = unzipSync(await Packer.pack(planDocument(bcdSettings, input), 'uint8array'));
    const ours = unzipSync(a);
    expect(Object.keys(ours)).toEqual(Object.keys(docx));
    for (const name of Object.keys(docx).filter((n) => n !== 'docProps/core.xml')) expect(strFromU8(ours[name]!), name).toBe(strFromU8(docx[name]!));
  });
});

describe('the package zip', () => {
  const parts: [string, Uint8Array][] = [
    ['[Content_Types].xml', new TextEncoder().encode('<Types/>')],
    ['word/document.xml', new TextEncoder().encode('<w:document>Tiếng Việt </w:document>'.repeat(20_000))],
    ['word/empty.xml', new Uint8Array()],
  ];

  it('holds each part as written, in order, with the CRC-32 zlib computes', () => {
    for (const compress of [undefined, nodeZlib]) {
      const zip = zipParts(parts, compress);
      const back = unzipSync(zip);
      expect(Object.keys(back)).toEqual(parts.map(([n]) => n));
      for (const [name, data] of parts) expect(Buffer.from(back[name]!).equals(data), name).toBe(true);
      expect(crc32(parts[1]![1])).toBe(zlib.crc32(parts[1]![1]));
      // Node's own inflate reads the first part's raw deflate, found from its local header.
      const view = new DataView(zip.buffer, zip.byteOffset);
      const start = 30 + view.getUint16(26, true);
      expect(zlib.inflateRawSync(zip.subarray(start, start + view.getUint32(18, true))).equals(parts[0]![1])).toBe(true);
    }
  });

  it('gives the same bytes for the same parts (dates fixed at 01/01/1980)', () => {
    expect(Buffer.from(zipParts(parts, nodeZlib)).equals(zipParts(parts, nodeZlib))).toBe(true);
    const view = new DataView(zipParts(parts).buffer);
    expect(view.getUint16(12, true)).toBe(33); // day 1, month 1, year 1980
  });
});
