// Finds the Electron runtime, or says in Vietnamese why it cannot be used on this machine.
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);

/** { path } of the Electron binary, or { reason, detail } when there is none. */
export function findElectron() {
  let binary;
  try {
    // The electron package exports the path of its binary, and throws when the binary was not downloaded.
    binary = require('electron');
  } catch (err) {
    // `detail` is what the package itself said, for test reports; the reason is for the clerk.
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { reason: 'chưa có bộ chạy Electron trên máy này (cần mạng khi cài đặt để tải về)', detail };
  }
  if (typeof binary !== 'string' || !fs.existsSync(binary)) {
    return { reason: 'không tìm thấy tệp chạy Electron', detail: `gói electron chỉ tới ${String(binary)}, tệp này không có` };
  }
  return { path: binary };
}
