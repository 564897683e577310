// Serialises a built document to the bytes of a .docx file (works in Node and in the renderer).
import { type Document, Packer } from 'docx';

export function packDocx(doc: Document): Promise<Uint8Array> {
  return Packer.pack(doc, 'uint8array');
}
