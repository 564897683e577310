// The desktop host: one window over the built UI, the handler map behind one IPC channel.
// Only this file and preload.ts import electron.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, shell } from 'electron';
import { openAppCore, type AppCore } from '../core/app-core';
import { APP_FOLDER_NAME, resolveDataDir } from '../core/data-dir';
import { dispatch } from '../api/dispatch';
import { handlers } from '../handlers';
import { IPC_CHANNEL } from '../../shared/api/transport';
import { isAllowedNavigation, isTrustedSender, isVettedExternalUrl } from './security';

app.setName(APP_FOLDER_NAME);
const appRoot = path.resolve(__dirname, '..');
const pageFile = path.join(appRoot, 'dist', 'renderer', 'index.html');
const pageUrl = pathToFileURL(pageFile).href;
let core: AppCore | null = null;

if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  const win = BrowserWindow.getAllWindows()[0];
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, pageUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isVettedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

app.whenReady().then(async () => {
  const dataDir = resolveDataDir(process.argv);
  try {
    core = await openAppCore({ dataDir, host: 'desktop', version: app.getVersion() });
    core.startAutoBackup();
  } catch (err) {
    dialog.showErrorBox('Không mở được dữ liệu', `${(err as Error).message}\n\nThư mục dữ liệu: ${dataDir}`);
    app.quit();
    return;
  }
  const ctx = core.ctx;
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, pageUrl)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng.' } };
    }
    return dispatch(handlers, ctx, method, input);
  });
  Menu.setApplicationMenu(buildMenu());
  createWindow();
});

app.on('window-all-closed', async () => {
  await core?.close();
  core = null;
  app.quit();
});

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    title: 'Thường trực',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(pageFile);
}

function buildMenu(): Menu {
  return Menu.buildFromTemplate([
    {
      label: 'Tệp',
      submenu: [{ role: 'quit', label: 'Thoát' }],
    },
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { role: 'reload', label: 'Tải lại' },
        { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
      ],
    },
  ]);
}
