// Reads a plan's Word file (.docx) into HTML with mammoth (bold, italic, tables and lists kept), after
// checking what the bytes are: an old .doc, an encrypted file, a damaged or empty one, or too large is
// refused with a Vietnamese message naming the file. Runs in the backend (Node).

/** The largest Word file accepted: plans of 10-20 pages are well under 1 MB; images make them larger. */
export const MAX_DOCX_BYTES = 10 * 1024 * 1024;

export class PlanFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanFileError';
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const needle = Buffer.from(word, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** Refuses what is not a readable .docx; returns nothing when the bytes may be read. */
export function checkDocxBytes(bytes: Uint8Array, fileName = 'tệp'): void {
  if (bytes.byteLength === 0) throw new PlanFileError(`Tệp "${fileName}" trống (0 byte): hãy chọn tệp Word của kế hoạch.`);
  if (bytes.byteLength > MAX_DOCX_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1).replace('.', ',');
    throw new PlanFileError(`Tệp "${fileName}" quá lớn (${mb} MB): chỉ nhận tệp Word đến 10 MB.`);
  }
  if (startsWith(bytes, OLE)) {
    // Word stores a password-protected .docx inside an OLE container with an "EncryptionInfo" stream.
    if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) {
      throw new PlanFileError(`Tệp "${fileName}" có mật khẩu (đã mã hóa): hãy mở trong Word, bỏ mật khẩu rồi lưu lại thành .docx.`);
    }
    throw new PlanFileError(`Tệp "${fileName}" là tệp Word cũ (.doc): hãy mở trong Word và lưu thành .docx (Tệp › Lưu thành › Word Document).`);
  }
  if (!startsWith(bytes, ZIP)) {
    throw new PlanFileError(`Tệp "${fileName}" không phải tệp Word .docx: hãy chọn tệp .docx của kế hoạch hoặc dán nội dung kế hoạch.`);
  }
}

/** The .docx as HTML. Throws PlanFileError for any file that cannot be read. */
export async function docxToHtml(bytes: Uint8Array, fileName = 'tệp'): Promise<{ html: string; messages: string[] }> {
  checkDocxBytes(bytes, fileName);
  let result: { value: string; messages: { message: string }[] };
  // mammoth is loaded when a plan's Word file is first read, not when the backend starts.
  const mammoth = (await import('mammoth')).default;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are not needed to read the plan; leaving them out keeps the HTML small.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
  } catch {
    throw new PlanFileError(`Tệp "${fileName}" bị hỏng hoặc không phải tệp Word hợp lệ: không đọc được nội dung.`);
  }
  return { html: result.value, messages: result.messages.map((m) => m.message) };
}
