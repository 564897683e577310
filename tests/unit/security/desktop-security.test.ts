// The desktop window's security rules (electron/desktop/security.ts), the options of its windows and
// the guards on its pages (electron/desktop/window-options.ts), checked without Electron on the real
// objects; what only the preload and main.ts can show is read from their source, because the
// Electron runtime cannot start on the build machines.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isAllowedPermission, isTrustedSender, isVettedExternalUrl } from '../../../electron/desktop/security';
import {
  appWindowOptions,
  guardContents,
  printWindowOptions,
  type GuardedContents,
} from '../../../electron/desktop/window-options';

const APP_WIN = 'file:///C:/Users/Lan/AppData/Local/Programs/thuong-truc/resources/app.asar/dist/renderer/index.html';
const APP_LINUX = 'file:///opt/Th%C6%B0%E1%BB%9Dng%20tr%E1%BB%B1c/resources/app.asar/dist/renderer/index.html';

describe('navigation', () => {
  it('stays on the app page (its screens live in the fragment)', () => {
    for (const app of [APP_WIN, APP_LINUX]) {
      expect(isAllowedNavigation(app, app)).toBe(true);
      expect(isAllowedNavigation(`${app}#/nhiem-vu`, app)).toBe(true);
    }
  });

  it('never leaves it: other files, web sites, scripts, data, odd hosts, malformed addresses', () => {
    for (const target of [
      'file:///C:/Windows/System32/drivers/etc/hosts',
      'file:///C:/Users/Lan/AppData/Local/Programs/thuong-truc/resources/app.asar/dist/renderer/other.html',
      'file:///C:/Users/Lan/AppData/Local/Programs/thuong-truc/resources/app.asar/dist/renderer/index.html.evil',
      'file://evil.example/C:/Users/Lan/AppData/Local/Programs/thuong-truc/resources/app.asar/dist/renderer/index.html',
      'file:///C:/Users/Lan/Downloads/index.html',
      'https://evil.example/',
      'http://127.0.0.1:4780/',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:file:///1234',
      'about:blank',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
      '',
    ]) {
      expect(isAllowedNavigation(target, APP_WIN), target).toBe(false);
    }
  });
});

describe('external links', () => {
  it('opens plain https addresses in the system browser', () => {
    expect(isVettedExternalUrl('https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-dinh-30-2020-ND-CP.aspx')).toBe(true);
    expect(isVettedExternalUrl('https://chinhphu.vn/')).toBe(true);
  });

  it('refuses everything else: http, files, scripts, Windows protocol handlers, credentials, malformed', () => {
    for (const target of [
      'http://chinhphu.vn/',
      'file:///C:/Windows/System32/calc.exe',
      'file://evil.example/share/payload.exe',
      'javascript:alert(1)',
      'data:text/html,x',
      'ms-msdt:/id PCWDiagnostic',
      'search-ms:query=x&crumb=location:\\\\evil.example\\share',
      'smb://evil.example/share',
      'ms-settings:',
      'mailto:x@example.com',
      'https://user:pass@evil.example/',
      'https://token@evil.example/',
      'https://',
      'HTTPS//missing-colon',
      '',
    ]) {
      expect(isVettedExternalUrl(target), target).toBe(false);
    }
  });
});

describe('IPC sender', () => {
  it('answers only the app page', () => {
    expect(isTrustedSender(APP_WIN, APP_WIN)).toBe(true);
    expect(isTrustedSender(`${APP_WIN}#/cai-dat`, APP_WIN)).toBe(true);
    for (const sender of [
      undefined,
      '',
      'about:blank',
      'https://evil.example/',
      'file:///C:/Users/Lan/Downloads/index.html',
      'devtools://devtools/bundled/inspector.html',
      'data:text/html,x',
    ]) {
      expect(isTrustedSender(sender, APP_WIN), String(sender)).toBe(false);
    }
  });
});

describe('the options the desktop host gives its windows', () => {
  const dir = '/opt/thuong-truc/resources/app.asar/dist-electron';
  const isolated = {
    preload: `${dir}/preload.cjs`,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };

  it('opens the app window isolated and sandboxed, without Node, with the preload beside main', () => {
    expect(appWindowOptions(dir)).toEqual({ width: 1280, height: 820, title: 'Thường trực', show: false, webPreferences: isolated });
  });

  it('opens the hidden print window with the same isolation, at A4 landscape (297 x 210 mm at 96 dpi)', () => {
    // 297 mm / 25.4 * 96 = 1122.5 -> 1123 px; 210 mm / 25.4 * 96 = 793.7 -> 794 px.
    expect(printWindowOptions(dir)).toEqual({ show: false, width: 1123, height: 794, webPreferences: isolated });
  });
});

describe('the guards on every page the desktop host shows', () => {
  type Listener = (event: { preventDefault(): void }, url?: string) => void;
  function fakeContents() {
    const listeners = new Map<string, Listener>();
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
    const opened: string[] = [];
    const contents = {
      on(event: string, listener: Listener) {
        listeners.set(event, listener);
        return contents;
      },
      setWindowOpenHandler(h: (d: { url: string }) => { action: 'deny' }) {
        openHandler = h;
      },
    };
    guardContents(contents as unknown as GuardedContents, APP_WIN, (url) => opened.push(url));
    const fire = (name: string, url?: string) => {
      let prevented = false;
      // will-redirect and will-frame-navigate carry the address on the event; will-navigate as an argument.
      listeners.get(name)!({ preventDefault: () => (prevented = true), url } as { preventDefault(): void }, url);
      return prevented;
    };
    return { fire, open: (url: string) => openHandler!({ url }), opened };
  }

  it('lets the page move between its own screens and stops navigation anywhere else', () => {
    const c = fakeContents();
    expect(c.fire('will-navigate', `${APP_WIN}#/bao-cao`)).toBe(false);
    expect(c.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(c.fire('will-navigate', 'file:///C:/Users/Lan/Downloads/index.html')).toBe(true);
  });

  it('holds redirects and every frame (an iframe too) to the same navigation rule', () => {
    const c = fakeContents();
    for (const event of ['will-redirect', 'will-frame-navigate']) {
      expect(c.fire(event, `${APP_WIN}#/bao-cao`), event).toBe(false);
      expect(c.fire(event, 'https://evil.example/'), event).toBe(true);
      expect(c.fire(event, 'file:///C:/Users/Lan/Downloads/index.html'), event).toBe(true);
    }
  });

  it('never attaches a webview', () => {
    expect(fakeContents().fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window; only an https link is handed to the system browser', () => {
    const c = fakeContents();
    expect(c.open('https://chinhphu.vn/')).toEqual({ action: 'deny' });
    expect(c.open('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(c.open('ms-msdt:/id PCWDiagnostic')).toEqual({ action: 'deny' });
    expect(c.opened).toEqual(['https://chinhphu.vn/']);
  });
});

describe('the desktop host applies the checklist', () => {
  const main = fs.readFileSync('electron/desktop/main.ts', 'utf8');
  const preload = fs.readFileSync('electron/desktop/preload.ts', 'utf8');
  const page = fs.readFileSync('renderer/index.html', 'utf8');

  it('builds every window from the options above and guards every page with guardContents', () => {
    // The Electron runtime cannot start on the build machines: that main.ts passes these very
    // objects on is the one thing still read from its source.
    const windows = main.match(/new BrowserWindow\([^;]*;/g) ?? [];
    expect(windows.sort()).toEqual(['new BrowserWindow(appWindowOptions(__dirname));', 'new BrowserWindow(printWindowOptions(__dirname));']);
    expect(main).toMatch(/'web-contents-created'[^\n]*\n\s*guardContents\(contents, pageUrl,/);
    expect(main).toMatch(/ipcMain\.handle\(IPC_CHANNEL[\s\S]*?isTrustedSender\(/);
    expect(main.match(/shell\.openExternal\(/g)?.length).toBe(1);
  });

  it('serves its page through the app:// protocol, never from file://', () => {
    expect(main).toMatch(/protocol\.registerSchemesAsPrivileged\(\[\s*\{ scheme: APP_SCHEME, privileges: \{ standard: true, secure: true/);
    expect(main).toMatch(/protocol\.handle\(APP_SCHEME, async \(request\) => \{\s*const answer = await serveAppRequest\(request\.url, rendererDir, CONTENT_SECURITY_POLICY\);/);
    expect(main).toMatch(/const pageUrl = APP_PAGE_URL;/);
    expect(main).not.toMatch(/loadFile\(|pathToFileURL/);
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'midiSysex', 'hid', 'serial', 'fullscreen', 'openExternal']) {
      expect(isAllowedPermission(permission), permission).toBe(false);
    }
    expect(main).toMatch(/setPermissionRequestHandler\(\(_contents, permission, callback\) => callback\(isAllowedPermission\(permission\)\)\)/);
    expect(main).toMatch(/setPermissionCheckHandler\(\(_contents, permission\) => isAllowedPermission\(permission\)\)/);
  });

  it('exposes one function on one channel to the page', () => {
    expect(preload.match(/exposeInMainWorld\(/g)?.length).toBe(1);
    expect(preload).toMatch(/ipcRenderer\.invoke\(IPC_CHANNEL,/);
    expect(preload).not.toMatch(/ipcRenderer\.(on|send|sendSync)\(/);
  });

  it('loads its page under a Content-Security-Policy that allows scripts only from itself', () => {
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
