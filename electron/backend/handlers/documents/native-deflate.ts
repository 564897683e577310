// Node's zlib as the documents' StreamCompressor (shared/documents/layout/zip.ts): the document part
// of a large plan is deflated chunk by chunk as it is written, natively, with the CRC-32 from zlib, so
// the backend never holds the whole part (some 30 MB of XML at 5,000 tasks) at once.
//
// A part that stays small (every part of a report or a letter, the small parts of any package) is
// held until its end and deflated in one synchronous call: a zlib stream hands each write to libuv's
// thread pool and back, and on a busy machine those round trips cost more than deflating a few
// hundred kilobytes. Only a part that grows past SYNC_LIMIT is streamed. The bytes are the same.
import { once } from 'node:events';
import zlib from 'node:zlib';
import type { PartDeflater, StreamCompressor } from '../../../../shared/documents';

/** Bytes of a part held for one synchronous deflate; a larger part is streamed. */
export const SYNC_LIMIT = 4 * 2 ** 20;

function streamed(): PartDeflater {
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
}

export const nativeDeflate: StreamCompressor = {
  open(): PartDeflater {
    let held: Uint8Array[] = [];
    let size = 0;
    let stream: PartDeflater | null = null;
    return {
      async push(chunk) {
        if (stream) return stream.push(chunk);
        held.push(chunk);
        size += chunk.length;
        if (size <= SYNC_LIMIT) return;
        stream = streamed();
        for (const c of held) await stream.push(c);
        held = [];
      },
      async end() {
        if (stream) return stream.end();
        const data = held.length === 1 ? held[0]! : Buffer.concat(held);
        held = [];
        return { body: zlib.deflateRawSync(data, { level: 6 }), crc: zlib.crc32(data) };
      },
    };
  },
};
