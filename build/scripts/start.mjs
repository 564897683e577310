// `npm start`: builds the app, then opens the desktop window; where Electron cannot start, says so
// in one line and runs the browser host instead. Extra arguments (--data-dir, --port) pass through.
import { spawn } from 'node:child_process';
import { buildApp } from './build.mjs';
import { findElectron } from './electron-runtime.mjs';

const args = process.argv.slice(2);

function runBrowserHost() {
  const child = spawn(process.execPath, ['dist-electron/browser-host.mjs', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

function fallBack(reason) {
  console.log(`Không khởi động được ứng dụng Electron (${reason}): chuyển sang chạy trong trình duyệt.`);
  runBrowserHost();
}

await buildApp({ quiet: true });
const electron = findElectron();
if (!electron.path) {
  fallBack(electron.reason);
} else {
  const startedAt = Date.now();
  const child = spawn(electron.path, ['dist-electron/main.cjs', ...args], { stdio: 'inherit' });
  child.on('error', (err) => fallBack(err.message));
  child.on('exit', (code) => {
    // A runtime that dies at once (missing system libraries, no display) is a failed start.
    if (code !== 0 && Date.now() - startedAt < 5000) fallBack(`Electron dừng ngay với mã ${code}`);
    else process.exit(code ?? 0);
  });
}
