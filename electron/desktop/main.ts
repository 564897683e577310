// The desktop host: one window over the built UI, the handler map behind one IPC channel.
// Only this file and preload.ts import electron.
import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type WebContents } from 'electron';
import { openAppCore, type AppCore } from '../backend/core/app-core';
import { diskFullMessage, isDiskFull } from '../../db/disk-full';
import { APP_FOLDER_NAME, resolveDataDir } from '../backend/core/data-dir';
import { dispatchForWire } from '../backend/api/dispatch';
import { handlers } from '../backend/handlers';
import { IPC_CHANNEL } from '../../shared/api/transport';
import { isAllowedPermission, isTrustedSender } from './security';
import { APP_PAGE_URL, APP_SCHEME, serveAppRequest } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from '../backend/browser-host/http-security';
import { appWindowOptions, guardContents, printWindowOptions } from './window-options';
import { DESKTOP_CHOOSE_FOLDER, DESKTOP_PRINT_VIEW, isDesktopMethod, type HostActionResult } from '../../shared/api/host-actions';
import { validate } from '../../shared/api/validation';
import type { ApiResult } from '../../shared/api/errors';
import {
  chooseFolderInput,
  folderChoice,
  folderDialogOptions,
  printHash,
  printViewInput,
  safeFileName,
  SAVE_DIALOG_TEXT,
  savedFileKind,
  saveFileInput,
  type SavedFileKind,
} from './desktop-actions';

app.setName(APP_FOLDER_NAME);
const appRoot = path.resolve(__dirname, '..');
const rendererDir = path.join(appRoot, 'dist', 'renderer');
// The page is served as app://thuong-truc/index.html (app-protocol.ts), never from file://: its own
// origin, only the UI folder reachable, the CSP sent as a header.
const pageUrl = APP_PAGE_URL;
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false } },
]);
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
  guardContents(contents, pageUrl, (url) => void shell.openExternal(url));
});

app.whenReady().then(async () => {
  // The app needs no camera, microphone, location, notifications or other browser permission:
  // every request and every check is denied.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(isAllowedPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isAllowedPermission(permission));
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await serveAppRequest(request.url, rendererDir, CONTENT_SECURITY_POLICY);
    const body = typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body);
    return new Response(body, { status: answer.status, headers: answer.headers });
  });
  const dataDir = resolveDataDir(process.argv);
  try {
    core = await openAppCore({ dataDir, host: 'desktop', version: app.getVersion() });
    core.startAutoBackup();
    core.startMemoryTrim();
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
    // Desktop-only actions (save dialog, printing) share the channel under reserved names.
    if (isDesktopMethod(method)) return desktopAction(event.sender, method, input);
    return dispatchForWire(handlers, ctx, method, input);
  });
  Menu.setApplicationMenu(buildMenu());
  createWindow();
});

app.on('window-all-closed', async () => {
  await core?.close();
  core = null;
  app.quit();
});

/** Folder of the last save, offered again in the next dialog. */
let lastSaveFolder: string | null = null;
/** Folder last chosen in the folder dialog (backups), offered again in the next one. */
let lastChosenFolder: string | null = null;

function ok(data: HostActionResult): ApiResult<HostActionResult> {
  return { ok: true, data };
}

/** Asks where to save, writes the bytes, and opens the file when asked. */
async function saveWithDialog(
  owner: BrowserWindow | null,
  fileName: string,
  bytes: Uint8Array,
  kind: SavedFileKind,
  openAfter: boolean,
): Promise<ApiResult<HostActionResult>> {
  const name = safeFileName(fileName, kind);
  const folder = lastSaveFolder ?? app.getPath('documents');
  const options: Electron.SaveDialogOptions = {
    title: SAVE_DIALOG_TEXT[kind].title,
    buttonLabel: 'Lưu',
    defaultPath: path.join(folder, name),
    filters: [SAVE_DIALOG_TEXT[kind].filter],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return ok({ done: false, path: null, note: null });
  const target = choice.filePath;
  try {
    // Written whole under a temporary name and flushed to the disk, then renamed: a full disk never
    // leaves half a document, nor spoils an older file of the same name.
    const temp = `${target}.${process.pid}.tmp`;
    try {
      const handle = await fs.open(temp, 'w');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, target);
    } catch (err) {
      await fs.rm(temp, { force: true });
      throw err;
    }
  } catch (err) {
    const message = isDiskFull(err)
      ? diskFullMessage(path.dirname(target), { what: `tệp ${path.basename(target)}`, neededBytes: bytes.length })
      : `Không ghi được tệp ${target}: ${(err as Error).message}`;
    return { ok: false, error: { code: 'INTERNAL', message } };
  }
  lastSaveFolder = path.dirname(target);
  let note: string | null = null;
  if (openAfter) {
    const failure = await shell.openPath(target);
    if (failure) note = `Đã lưu tệp nhưng không mở được: ${failure}`;
  }
  return ok({ done: true, path: target, note });
}

/** Loads a print view in a hidden window and waits until it says its data is on the page. */
async function loadPrintView(route: string): Promise<BrowserWindow> {
  // The same isolation as the app window: the print view reads its data through the preload's one channel.
  const win = new BrowserWindow(printWindowOptions(__dirname));
  await win.loadURL(`${pageUrl}#${printHash(route)}`);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const state = (await win.webContents.executeJavaScript('document.documentElement.dataset.printReady || ""')) as string;
    if (state === '1') return win;
    if (state === 'error' || Date.now() > deadline) {
      win.destroy();
      throw new Error(state === 'error' ? 'Không tải được dữ liệu để in.' : 'Trang in không tải xong.');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The reserved desktop actions (Frappe Books prints the same way: a hidden window, print or printToPDF). */
async function desktopAction(sender: WebContents, method: string, input: unknown): Promise<ApiResult<HostActionResult>> {
  const owner = BrowserWindow.fromWebContents(sender);
  try {
    if (method === DESKTOP_CHOOSE_FOLDER) {
      const checked = validate(chooseFolderInput, input ?? {});
      if (!checked.ok) return { ok: false, error: checked.error };
      const options = folderDialogOptions(checked.value.purpose, checked.value.startIn, lastChosenFolder, app.getPath('documents'), path.isAbsolute);
      const answer = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const result = folderChoice(answer);
      if (result.path) lastChosenFolder = result.path;
      return ok(result);
    }
    if (method === DESKTOP_PRINT_VIEW) {
      const checked = validate(printViewInput, input ?? {});
      if (!checked.ok) return { ok: false, error: checked.error };
      const { route, pdf, fileName, openAfter } = checked.value;
      const win = await loadPrintView(route);
      try {
        if (pdf) {
          const bytes = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, landscape: true, pageSize: 'A4' });
          return await saveWithDialog(owner, fileName || 'ban-in.pdf', bytes, 'pdf', openAfter ?? false);
        }
        const printed = await new Promise<{ success: boolean; reason: string }>((resolve) =>
          win.webContents.print({ silent: false, printBackground: true, landscape: true, pageSize: 'A4' }, (success, reason) =>
            resolve({ success, reason }),
          ),
        );
        if (!printed.success && printed.reason !== 'cancelled') {
          return { ok: false, error: { code: 'INTERNAL', message: `Không in được: ${printed.reason}` } };
        }
        return ok({ done: printed.success, path: null, note: null });
      } finally {
        if (!win.isDestroyed()) win.destroy();
      }
    }
    const checked = validate(saveFileInput, input ?? {});
    if (!checked.ok) return { ok: false, error: checked.error };
    const { fileName, contentBase64, openAfter } = checked.value;
    return await saveWithDialog(owner, fileName, Buffer.from(contentBase64, 'base64'), savedFileKind(fileName), openAfter ?? false);
  } catch (err) {
    return { ok: false, error: { code: 'INTERNAL', message: (err as Error).message || 'Có lỗi khi lưu hoặc in.' } };
  }
}

function createWindow(): void {
  const win = new BrowserWindow(appWindowOptions(__dirname));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(pageUrl);
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
