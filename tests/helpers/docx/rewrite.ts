// Rewrites one part of a .docx (for tests that prove a check rejects a broken document).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export function rewriteDocx(bytes: Uint8Array, file: string, transform: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const part = files[file];
  if (!part) throw new Error(`${file} is not in the package`);
  const before = strFromU8(part);
  const after = transform(before);
  if (after === before) throw new Error(`the rewrite of ${file} changed nothing`);
  files[file] = strToU8(after);
  return zipSync(files);
}
