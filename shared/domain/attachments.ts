// Which files a received report may carry, and whether their bytes are what their name says.
// Pure (Uint8Array, no Node), so the UI and the handlers judge a file the same way.
import { base64ToBytes } from '../text/base64';

export interface AttachmentType {
  /** Extensions, lower case, without the dot. */
  extensions: string[];
  mediaType: string;
  /** What the file must start with. */
  signatures: number[][];
  label: string;
}

const ZIP = [[0x50, 0x4b, 0x03, 0x04]];
const OLE = [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]];

export const ATTACHMENT_TYPES: AttachmentType[] = [
  { extensions: ['pdf'], mediaType: 'application/pdf', signatures: [[0x25, 0x50, 0x44, 0x46]], label: 'PDF' },
  {
    extensions: ['docx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    signatures: ZIP,
    label: 'Word',
  },
  { extensions: ['doc'], mediaType: 'application/msword', signatures: OLE, label: 'Word' },
  {
    extensions: ['xlsx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    signatures: ZIP,
    label: 'Excel',
  },
  { extensions: ['xls'], mediaType: 'application/vnd.ms-excel', signatures: OLE, label: 'Excel' },
  { extensions: ['odt'], mediaType: 'application/vnd.oasis.opendocument.text', signatures: ZIP, label: 'OpenDocument' },
  { extensions: ['jpg', 'jpeg'], mediaType: 'image/jpeg', signatures: [[0xff, 0xd8, 0xff]], label: 'ảnh JPEG' },
  { extensions: ['png'], mediaType: 'image/png', signatures: [[0x89, 0x50, 0x4e, 0x47]], label: 'ảnh PNG' },
  {
    extensions: ['tif', 'tiff'],
    mediaType: 'image/tiff',
    signatures: [
      [0x49, 0x49, 0x2a, 0x00],
      [0x4d, 0x4d, 0x00, 0x2a],
    ],
    label: 'ảnh TIFF',
  },
  { extensions: ['zip'], mediaType: 'application/zip', signatures: ZIP, label: 'tệp nén ZIP' },
];

/** Largest file accepted, and largest total in one save (the browser host's body limit allows it). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_TOTAL_BYTES = 25 * 1024 * 1024;

export const ACCEPTED_EXTENSIONS = ATTACHMENT_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(',');

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return m ? m[1]!.toLowerCase() : '';
}

export function attachmentTypeOf(fileName: string): AttachmentType | null {
  const ext = extensionOf(fileName);
  return ATTACHMENT_TYPES.find((t) => t.extensions.includes(ext)) ?? null;
}

/** A file name usable as data: no folders, no control characters, at most 200 characters. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not keep
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim().normalize('NFC').slice(-200);
}

/**
 * Why a file cannot be attached, in Vietnamese, or null when it can. `bytes` is null when the
 * content could not be read or decoded at all.
 */
export function attachmentProblem(fileName: string, bytes: Uint8Array | null): string | null {
  const name = cleanFileName(fileName);
  if (!name) return 'Tệp đính kèm không có tên.';
  const type = attachmentTypeOf(name);
  if (!type) {
    const allowed = [...new Set(ATTACHMENT_TYPES.map((t) => t.label))].join(', ');
    return `Tệp "${name}" không thuộc loại được nhận (${allowed}).`;
  }
  if (bytes === null) return `Tệp "${name}" không đọc được.`;
  if (bytes.length === 0) return `Tệp "${name}" rỗng (0 byte), không đọc được.`;
  if (bytes.length > MAX_ATTACHMENT_BYTES) return `Tệp "${name}" lớn quá 20 MB.`;
  const matches = type.signatures.some((sig) => sig.every((b, i) => bytes[i] === b));
  if (!matches) return `Tệp "${name}" không đọc được: nội dung không phải tệp ${type.label} như tên tệp cho biết.`;
  return null;
}

/** Strict base64 (no spaces, correct padding); null when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  return base64ToBytes(text);
}

/** The one way a size is shown (attachments, backups): "350 KB", "1,2 MB", "2,5 GB"; at least "1 KB". */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1).replace('.', ',')} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
