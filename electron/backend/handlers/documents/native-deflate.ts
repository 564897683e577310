// Node's zlib as the documents' StreamCompressor (shared/documents/layout/zip.ts): the document part
// of a large plan is deflated chunk by chunk as it is written, natively, with the CRC-32 from zlib, so
// the backend never holds the whole part (some 30 MB of XML at 5,000 tasks) at once.
import { once } from 'node:events';
import zlib from 'node:zlib';
import type { PartDeflater, StreamCompressor } from '../../../../shared/documents';

export const nativeDeflate: StreamCompressor = {
  open(): PartDeflater {
    const deflate = zlib.createDeflateRaw({ level: 6 });
    const out: Buffer[] = [];
    let crc = 0;
    let failure: Error | null = null;
    deflate.on('data', (b: Buffer) => out.push(b));
    deflate.on('error', (e) => (failure = e));
    const ended = once(deflate, 'end');
    ended.catch(() => undefined); // an error is thrown by push or end
    return {
      async push(chunk) {
        if (failure) throw failure;
        crc = zlib.crc32(chunk, crc);
        if (!deflate.write(chunk)) await once(deflate, 'drain');
      },
      async end() {
        deflate.end();
        await ended;
        if (failure) throw failure;
        return { body: Buffer.concat(out), crc };
      },
    };
  },
};
