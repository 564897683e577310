// The backend deflates the filled document part chunk by chunk as it is written (Node's zlib,
// electron/backend/handlers/documents/native-deflate.ts) instead of holding the whole part: at 5,000
// tasks that part is some 30 MB of XML. The package must be the one the whole part gives.
import zlib from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gzipCompressor, packDocx, planDocument, taskAssignmentTable, type StreamCompressor } from '../../../shared/documents';
import { utf8Chunks, zipParts, zipStreamedParts } from '../../../shared/documents/layout/zip';
import type { BodySection, TaskTableEntry } from '../../../shared/documents/types';
import { nativeDeflate, SYNC_LIMIT } from '../../../electron/backend/handlers/documents/native-deflate';
import { bcdSettings, planInput, taskTableInput } from '../../unit/documents/fixtures';

const wholeZlib = gzipCompressor((data) => zlib.gzipSync(data, { level: 6 }));
const parts = (bytes: Uint8Array) => unzipSync(bytes);

/** nativeDeflate, noting the size of every chunk it is given, per part. */
function recording() {
  const chunks: number[][] = [];
  const compressor: StreamCompressor = {
    open() {
      const inner = nativeDeflate.open();
      const sizes: number[] = [];
      chunks.push(sizes);
      return {
        push: (chunk) => {
          sizes.push(chunk.length);
          return inner.push(chunk);
        },
        end: () => inner.end(),
      };
    },
  };
  return { compressor, chunks };
}

const TEXTS = ['Tuyên truyền "an toàn" & <phòng, chống> mại dâm của \'Sở\'', `${'Kiểm tra liên ngành'.normalize('NFD')} các cơ sở kinh doanh dịch vụ`, 'Rà soát, thống kê'];
const rows = (n: number): TaskTableEntry[] =>
  Array.from({ length: n }, (_, i) =>
    i % 50 === 0
      ? { stt: `N${i / 50 + 1}`, group: `Nhóm nhiệm vụ số ${i / 50 + 1}` }
      : { stt: String(i), code: `I.${i}`, content: `Nhiệm vụ số ${i}: ${TEXTS[i % 3]}\nDòng hai`, lead: 'Công an tỉnh', support: 'Sở Y tế\nSở Tư pháp', deadline: '31/12/2027', expectedOutput: 'Báo cáo' },
  );
const sections = (n: number): BodySection[] => [{ heading: 'IV. Nhiệm vụ', paragraphs: Array.from({ length: n }, (_, i) => `- Nhiệm vụ số ${i + 1}: ${TEXTS[i % 3]}`) }];

describe('the document part deflated as it is written', () => {
  it('gives a plan of 3,000 tasks the parts the whole part gives, the document part in chunks of about a megabyte', async () => {
    const input = { ...planInput, sections: [...planInput.sections, ...sections(3000)], taskTable: rows(3000) };
    const { compressor, chunks } = recording();
    const streamed = parts(await packDocx(planDocument(bcdSettings, input), compressor));
    const whole = parts(await packDocx(planDocument(bcdSettings, input), wholeZlib));
    expect(Object.keys(streamed)).toEqual(Object.keys(whole));
    for (const name of Object.keys(whole).filter((n) => n !== 'docProps/core.xml')) expect(strFromU8(streamed[name]!), name).toBe(strFromU8(whole[name]!));
    const xml = strFromU8(streamed['word/document.xml']!);
    expect(xml).toContain('>Nhiệm vụ số 2997: Tuyên truyền &quot;an toàn&quot; &amp; &lt;phòng, chống&gt; mại dâm của &apos;Sở&apos;<');
    expect(xml).toContain('>- Nhiệm vụ số 2999: Kiểm tra liên ngành các cơ sở kinh doanh dịch vụ<'.normalize('NFC'));
    expect(xml).toContain('>- Nhiệm vụ số 3000: Rà soát, thống kê./.<');
    // The document part (the largest) came in several chunks, none near the whole part.
    const documentChunks = chunks.find((c) => c.reduce((a, b) => a + b, 0) === streamed['word/document.xml']!.length)!;
    expect(documentChunks.length).toBeGreaterThan(3);
    expect(Math.max(...documentChunks)).toBeLessThan(3.5 * 2 ** 20);
  });

  it('gives the standalone table of 3,000 tasks the document part the whole part gives', async () => {
    const input = { ...taskTableInput, rows: rows(3000) };
    const streamed = parts(await packDocx(taskAssignmentTable(bcdSettings, input), nativeDeflate));
    const whole = parts(await packDocx(taskAssignmentTable(bcdSettings, input), wholeZlib));
    expect(strFromU8(streamed['word/document.xml']!)).toBe(strFromU8(whole['word/document.xml']!));
    // 3,000 rows of which 60 are groups: every task once.
    expect(strFromU8(streamed['word/document.xml']!).match(/>Nhiệm vụ số \d+: /g)!.length).toBe(2940);
  });

  it('zips chunks into the bytes zlib gives the whole part, CRC and sizes included', async () => {
    const text = '<w:p><w:r><w:t>Tiếng Việt có dấu, nhiệm vụ số </w:t></w:r></w:p>';
    const pieces = Array.from({ length: 60_000 }, (_, i) => `${text}${i}`);
    const data = new TextEncoder().encode(pieces.join(''));
    const whole = zipParts([['[Content_Types].xml', new TextEncoder().encode('<Types/>')], ['word/document.xml', data]], wholeZlib);
    const streamed = await zipStreamedParts([['[Content_Types].xml', new TextEncoder().encode('<Types/>')], ['word/document.xml', utf8Chunks(pieces, 100_000)]], nativeDeflate);
    expect(Buffer.from(streamed).equals(whole)).toBe(true);
    expect(Buffer.from(unzipSync(streamed)['word/document.xml']!).equals(data)).toBe(true);
  });

  // A report's parts are held and deflated in one call; a part that grows past SYNC_LIMIT on the way
  // is streamed from there, the chunks held so far first: either way the bytes zlib gives the whole part.
  it.each([
    ['a report-sized part in chunks', 3_000, 40_000],
    ['a part that passes the limit on its way', Math.ceil((SYNC_LIMIT * 1.5) / 80), 200_000],
  ])('%s: the bytes zlib gives the whole part', async (_label, count, chunk) => {
    const pieces = Array.from({ length: count }, (_, i) => `<w:p><w:r><w:t>Nhiệm vụ số ${i}: ${TEXTS[i % 3]!.normalize('NFC')}</w:t></w:r></w:p>`);
    const data = new TextEncoder().encode(pieces.join(''));
    const chunks = [...utf8Chunks(pieces, chunk)];
    expect(chunks.length).toBeGreaterThan(3);
    const name = new TextEncoder().encode('<Types/>');
    const whole = zipParts([['[Content_Types].xml', name], ['word/document.xml', data]], wholeZlib);
    const made = await zipStreamedParts([['[Content_Types].xml', name], ['word/document.xml', chunks]], nativeDeflate);
    expect(Buffer.from(made).equals(whole)).toBe(true);
    expect(Buffer.from(unzipSync(made)['word/document.xml']!).equals(data)).toBe(true);
  });
});
