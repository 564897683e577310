// `npm run app`: the one command for a fresh machine. Installs the dependencies (exactly as locked),
// then starts the app. Where the Electron runtime cannot be downloaded (no internet), installs
// without it and the app runs in the browser instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function npmCi(env) {
  return spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
}

const installed = fs.existsSync('node_modules/.package-lock.json');
if (!installed) {
  console.log('Đang cài đặt các thành phần của ứng dụng (lần đầu có thể mất vài phút)...');
  let result = npmCi(process.env);
  if (result.status !== 0) {
    console.log('Không tải được bộ chạy Electron (máy không có mạng?): cài đặt lại không kèm Electron, ứng dụng sẽ chạy trong trình duyệt.');
    result = npmCi({ ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
  }
  if (result.status !== 0) {
    console.error('Cài đặt không thành công. Hãy kiểm tra Node.js 20 và npm đã được cài, rồi chạy lại lệnh này.');
    process.exit(result.status ?? 1);
  }
}
await import('./start.mjs');
