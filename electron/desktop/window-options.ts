// What the desktop host gives Electron for its windows and for every page it shows, as plain
// functions without an `electron` import, so tests check the real objects the host passes on.
import path from 'node:path';
import { isAllowedNavigation, isVettedExternalUrl } from './security';

/** Isolation of every window: its page reaches the app only through the preload's one channel. */
export function secureWebPreferences(preloadDir: string) {
  return {
    preload: path.join(preloadDir, 'preload.cjs'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** The app window. */
export function appWindowOptions(preloadDir: string) {
  return { width: 1280, height: 820, title: 'Thường trực', show: false, webPreferences: secureWebPreferences(preloadDir) };
}

/** The hidden window a print view is loaded in (A4 landscape at 96 dpi), with the same isolation. */
export function printWindowOptions(preloadDir: string) {
  return { show: false, width: 1123, height: 794, webPreferences: secureWebPreferences(preloadDir) };
}

/** The parts of Electron's WebContents the guards use. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-redirect' | 'will-frame-navigate', listener: (event: { preventDefault(): void; url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Guards a page: it never navigates away from the app page (nor is redirected, nor has a frame led away), never attaches a webview, never opens a
 * window; a vetted https link opens in the system browser instead (`openExternal`).
 */
export function guardContents(contents: GuardedContents, appPageUrl: string, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, appPageUrl)) event.preventDefault();
  });
  // A redirect, or any frame (an iframe too) going somewhere else, is held to the same rule.
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, appPageUrl)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, appPageUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isVettedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
