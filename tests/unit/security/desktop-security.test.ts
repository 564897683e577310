// The desktop window's security rules (electron/desktop/security.ts), checked without Electron,
// and the settings of the window and the preload that apply them (read from the source, because
// the Electron runtime cannot start on the build machines).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isAllowedPermission, isTrustedSender, isVettedExternalUrl } from '../../../electron/desktop/security';

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

describe('the desktop host applies the checklist', () => {
  const main = fs.readFileSync('electron/desktop/main.ts', 'utf8');
  const preload = fs.readFileSync('electron/desktop/preload.ts', 'utf8');
  const page = fs.readFileSync('renderer/index.html', 'utf8');

  it('opens its window isolated and sandboxed, without Node', () => {
    const prefs = /webPreferences:\s*\{([^}]*)\}/.exec(main)?.[1] ?? '';
    expect(prefs).toMatch(/contextIsolation:\s*true/);
    expect(prefs).toMatch(/sandbox:\s*true/);
    expect(prefs).toMatch(/nodeIntegration:\s*false/);
    expect(prefs).not.toMatch(/webSecurity:\s*false/);
    expect(prefs).not.toMatch(/allowRunningInsecureContent:\s*true/);
    expect(main).not.toMatch(/nodeIntegrationInSubFrames:\s*true/);
  });

  it('guards navigation, new windows, webviews and the IPC channel with the rules above', () => {
    expect(main).toMatch(/'will-navigate'[\s\S]*?isAllowedNavigation\(/);
    expect(main).toMatch(/'will-attach-webview'[\s\S]*?preventDefault\(\)/);
    expect(main).toMatch(/setWindowOpenHandler\([\s\S]*?isVettedExternalUrl\([\s\S]*?action: 'deny'/);
    expect(main).toMatch(/ipcMain\.handle\(IPC_CHANNEL[\s\S]*?isTrustedSender\(/);
    expect(main.match(/shell\.openExternal\(/g)?.length).toBe(1);
  });

  it('holds redirects and every frame to the same navigation rule', () => {
    expect(main).toMatch(/'will-redirect'[\s\S]*?isAllowedNavigation\(event\.url[\s\S]*?preventDefault\(\)/);
    expect(main).toMatch(/'will-frame-navigate'[\s\S]*?isAllowedNavigation\(event\.url[\s\S]*?preventDefault\(\)/);
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
