// Serialises a built document to the bytes of a .docx file (works in Node and in the renderer). Long
// tables (layout/long-table.ts) are written from row templates instead of a docx object per row.
import type { Document } from 'docx';
import { packWithLongTables } from './layout/long-table';

export function packDocx(doc: Document): Promise<Uint8Array> {
  return packWithLongTables(doc);
}
