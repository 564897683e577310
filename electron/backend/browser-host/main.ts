// Entry of the browser host: `node dist-electron/browser-host.mjs [--data-dir DIR] [--port N] [--no-open]`.
// Used where the Electron runtime cannot start, and by the end-to-end tests.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openAppCore } from '../core/app-core';
import { readOption, resolveDataDir } from '../core/data-dir';
import { startBrowserHost } from './server';
import { isApiError } from '../../../shared/api/errors';

const DEFAULT_PORT = 4780;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const version = JSON.parse(fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8')).version as string;
  const dataDir = resolveDataDir(argv);
  const port = Number(readOption(argv, '--port') ?? process.env.THUONG_TRUC_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Cổng không hợp lệ: ${port}. Hãy chọn một số từ 1024 đến 65535.`);
    process.exit(2);
  }
  const today = process.env.THUONG_TRUC_TODAY || undefined;

  const core = await openAppCore({ dataDir, host: 'browser', version, today });
  core.startAutoBackup();
  core.startMemoryTrim();
  const host = await startBrowserHost({ ctx: core.ctx, staticDir: path.join(appRoot, 'dist', 'renderer'), port });
  console.log(`Thường trực đang chạy trong trình duyệt. Dữ liệu: ${dataDir}`);
  console.log(`Mở địa chỉ: ${host.url}`);
  console.log('Nhấn Ctrl+C để dừng.');

  if (!argv.includes('--no-open') && !process.env.CI) openInBrowser(host.openUrl());

  const stop = async () => {
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * Asks the system to open the address. It carries a one-time token, not the secret: a command
 * line can be read by other programs of the user, and the token is spent when the page uses it.
 */
function openInBrowser(url: string): void {
  const command =
    process.platform === 'win32'
      ? { cmd: 'cmd', args: ['/c', 'start', '""', url] }
      : { cmd: process.platform === 'darwin' ? 'open' : 'xdg-open', args: [url] };
  try {
    const child = spawn(command.cmd, command.args, { stdio: 'ignore', detached: true });
    child.on('error', () => console.log('Không tự mở được trình duyệt: hãy chép địa chỉ trên vào trình duyệt.'));
    child.unref();
  } catch {
    console.log('Không tự mở được trình duyệt: hãy chép địa chỉ trên vào trình duyệt.');
  }
}

main().catch((err) => {
  console.error(isApiError(err) || err instanceof Error ? `Không khởi động được: ${err.message}` : err);
  process.exit(1);
});
