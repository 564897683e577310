// The 2022 plan exported through documents.export: its body paragraphs and task table are written from
// templates and the package zipped by Node's zlib, and the document part is the one docx writes when it
// builds every paragraph and row itself; the file opens with every part.
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentForBench } from '../../../electron/backend/handlers/documents';
import { openTempApp, type TempApp } from '../../helpers/temp-app';

let app: TempApp;
beforeAll(async () => {
  app = await openTempApp();
});
afterAll(async () => {
  await app.cleanup();
});

const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes, { filter: (f) => f.name === name })[name]!);

describe('the 2022 plan exported', () => {
  it.each(['plan', 'assignment'] as const)('%s: the document part docx writes element by element', async (kind) => {
    const exported = await app.call('documents.export', { kind, planId: 1 });
    const bytes = Buffer.from(exported.contentBase64, 'base64');
    expect(exported.size).toBe(bytes.length);
    const slow = await Packer.pack(await documentForBench(app.core.ctx, { kind, planId: 1 }), 'uint8array');
    const xml = part(bytes, 'word/document.xml');
    expect(xml).toBe(part(slow, 'word/document.xml'));
    expect(Object.keys(unzipSync(bytes))).toEqual(Object.keys(unzipSync(slow)));
    if (kind === 'plan') {
      // The plan's own text: its bullet lines printed whole, the body ending with "./." once.
      expect(xml).toContain('>- 100% các xã, phường, thị trấn trên địa bàn tỉnh triển khai phòng, chống mại dâm cấp xã.<');
      expect(xml).toContain('>+ Tiếp cận, tư vấn cho 50 lượt người bán dâm.<');
      expect(xml.match(/\.\/\.</g)).toHaveLength(1);
    }
  });
});
