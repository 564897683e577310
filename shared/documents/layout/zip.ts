// The .docx package written again after its document part was filled in (long tables, templated
// paragraphs): a plain zip of deflated parts. The document part of a plan of 5,000 tasks is some 30 MB
// of XML, given as UTF-8 chunks (`utf8Chunks`): the backend deflates them as they come with Node's
// zlib (a `StreamCompressor`, electron/backend/handlers/documents/native-deflate.ts), a fraction of
// fflate's time and never the whole part in memory; without it (the renderer, tests) the chunks are
// joined and fflate (or the `Compressor` given) deflates them, the CRC computed here.
import { deflateSync } from 'fflate';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A part deflated (raw deflate) with the CRC-32 of its bytes. */
export interface CompressedPart {
  body: Uint8Array;
  crc: number;
}
export type Compressor = (data: Uint8Array) => CompressedPart;

const fflateCompressor: Compressor = (data) => ({ body: deflateSync(data, { level: 6 }), crc: crc32(data) });

/**
 * A compressor from a gzip function (Node's zlib.gzipSync): a gzip member is a 10-byte header, the raw
 * deflate and a trailer of the CRC-32 and the size, so both come from native code.
 */
export function gzipCompressor(gzip: (data: Uint8Array) => Uint8Array): Compressor {
  return (data) => {
    const gz = gzip(data);
    const trailer = new DataView(gz.buffer, gz.byteOffset + gz.length - 8, 8);
    // A header with optional fields (FLG != 0) is not what zlib writes: then fflate does the work.
    if (gz[3] !== 0 || trailer.getUint32(4, true) !== data.length >>> 0) return fflateCompressor(data);
    return { body: gz.subarray(10, gz.length - 8), crc: trailer.getUint32(0, true) };
  };
}

/** A part deflated as its bytes come: `push` each chunk in order (waiting when it returns a promise), then `end`. */
export interface PartDeflater {
  push(chunk: Uint8Array): void | Promise<void>;
  end(): Promise<CompressedPart>;
}
/** Deflates parts given in chunks (raw deflate, CRC-32 of all the bytes). */
export interface StreamCompressor {
  open(): PartDeflater;
}

/** A part's bytes: whole, or in chunks read once, in order. */
export type PartBytes = Uint8Array | Iterable<Uint8Array>;

/** Strings as UTF-8 chunks of about `size` characters each (the pieces are never cut). */
export function* utf8Chunks(pieces: Iterable<string>, size = 1 << 20): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield encoder.encode(batch.join(''));
      batch = [];
      length = 0;
    }
  }
  if (length > 0) yield encoder.encode(batch.join(''));
}

function joined(chunks: Iterable<Uint8Array>): Uint8Array {
  const list = [...chunks];
  const out = new Uint8Array(list.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of list) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const isStream = (c: Compressor | StreamCompressor): c is StreamCompressor => typeof c === 'object';

/**
 * `zipParts` for parts whose bytes may come in chunks: with a `StreamCompressor`, each chunk is deflated
 * as it comes and let go; with a `Compressor` (or none: fflate), a chunked part is joined first.
 */
export async function zipStreamedParts(parts: [string, PartBytes][], compress: Compressor | StreamCompressor = fflateCompressor): Promise<Uint8Array> {
  const entries: Entry[] = [];
  for (const [name, data] of parts) {
    if (!isStream(compress)) {
      const bytes = data instanceof Uint8Array ? data : joined(data);
      entries.push(entry(name, bytes.length, compress(bytes)));
      continue;
    }
    const deflater = compress.open();
    let size = 0;
    for (const chunk of data instanceof Uint8Array ? [data] : data) {
      size += chunk.length;
      await deflater.push(chunk);
    }
    entries.push(entry(name, size, await deflater.end()));
  }
  return zipEntries(entries);
}

interface Entry extends CompressedPart {
  name: Uint8Array;
  size: number;
}
const entry = (name: string, size: number, part: CompressedPart): Entry => ({ name: new TextEncoder().encode(name), size, ...part });

/**
 * Zips the parts in the given order, each deflated. Dates are 01/01/1980 (the zip's earliest), so the
 * same document gives the same bytes.
 */
export function zipParts(parts: [string, Uint8Array][], compress: Compressor = fflateCompressor): Uint8Array {
  return zipEntries(parts.map(([name, data]) => entry(name, data.length, compress(data))));
}

function zipEntries(entries: Entry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  for (const e of entries) {
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    local.setUint16(6, 0x0800, true); // names in UTF-8
    local.setUint16(8, 8, true); // deflate
    local.setUint16(10, 0, true);
    local.setUint16(12, DOS_DATE, true);
    local.setUint32(14, e.crc, true);
    local.setUint32(18, e.body.length, true);
    local.setUint32(22, e.size, true);
    local.setUint16(26, e.name.length, true);
    local.setUint16(28, 0, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(8, 0x0800, true);
    dir.setUint16(10, 8, true);
    dir.setUint16(12, 0, true);
    dir.setUint16(14, DOS_DATE, true);
    dir.setUint32(16, e.crc, true);
    dir.setUint32(20, e.body.length, true);
    dir.setUint32(24, e.size, true);
    dir.setUint16(28, e.name.length, true);
    dir.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), e.name, e.body);
    central.push(new Uint8Array(dir.buffer), e.name);
    offset += 30 + e.name.length + e.body.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
