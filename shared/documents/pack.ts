// Serialises a built document to the bytes of a .docx file (works in Node and in the renderer). Long
// tables (layout/long-table.ts) and body paragraphs (layout/templated-paragraph.ts) are written from
// templates instead of a docx object per row or paragraph.
import type { Document } from 'docx';
import { packWithLongTables } from './layout/long-table';
import './layout/docx-attributes';
import type { Compressor, StreamCompressor } from './layout/zip';

export { type Compressor, gzipCompressor, type PartDeflater, type StreamCompressor } from './layout/zip';

/**
 * `compress`: how the filled document part is deflated: the backend passes Node's zlib as a
 * `StreamCompressor`, which takes the part chunk by chunk instead of whole.
 */
export function packDocx(doc: Document, compress?: Compressor | StreamCompressor): Promise<Uint8Array> {
  return packWithLongTables(doc, compress);
}
