// Checks of folder and file paths typed by the clerk (or sent by anyone who can reach the API):
// only full local paths; no network shares, no device names, no NUL bytes.
import path from 'node:path';
import { AppError } from '../../shared/api/errors';

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(\..*)?$/i;

/** The path, normalised, or an AppError('VALIDATION') naming the field. */
export function checkLocalPath(input: string, field: string, platform: NodeJS.Platform = process.platform): string {
  const value = input.trim();
  if (!value) throw new AppError('VALIDATION', 'Đường dẫn: chưa được nhập.', field);
  // eslint-disable-next-line no-control-regex -- a path with control characters is refused
  if (/[\u0000-\u001f]/.test(value)) throw new AppError('VALIDATION', 'Đường dẫn chứa ký tự không hợp lệ.', field);
  if (/^[\\/]{2}/.test(value)) {
    throw new AppError(
      'VALIDATION',
      'Chỉ dùng thư mục trên máy này hoặc ổ USB, không dùng đường dẫn mạng (bắt đầu bằng \\\\).',
      field,
    );
  }
  const p = platform === 'win32' ? path.win32 : path.posix;
  const absolute = platform === 'win32' ? /^[A-Za-z]:[\\/]/.test(value) : value.startsWith('/');
  if (!absolute) {
    throw new AppError(
      'VALIDATION',
      platform === 'win32'
        ? 'Hãy nhập đường dẫn đầy đủ, bắt đầu bằng tên ổ đĩa, ví dụ E:\\ hoặc E:\\SaoLuu.'
        : 'Hãy nhập đường dẫn đầy đủ, bắt đầu bằng /, ví dụ /media/usb.',
      field,
    );
  }
  const normalised = p.resolve(value);
  if (platform === 'win32' && normalised.split(/[\\/]/).some((part) => WINDOWS_DEVICE.test(part))) {
    throw new AppError('VALIDATION', 'Đường dẫn chứa tên thiết bị của Windows (như CON, NUL), không dùng được.', field);
  }
  return normalised;
}

/** True when `inner` is `outer` or inside it. */
export function isInside(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
