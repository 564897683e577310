// Security rules of the desktop window, as pure functions so tests can check them without Electron.

/** The window may only show the app's own page (same file), never navigate elsewhere. */
export function isAllowedNavigation(target: string, appPageUrl: string): boolean {
  const to = safeUrl(target);
  const app = safeUrl(appPageUrl);
  if (!to || !app) return false;
  return to.protocol === app.protocol && to.host === app.host && to.pathname === app.pathname;
}

/** Links a clerk may open in the system browser: plain https addresses only. */
export function isVettedExternalUrl(target: string): boolean {
  const url = safeUrl(target);
  return !!url && url.protocol === 'https:' && !url.username && !url.password;
}

/**
 * Browser permissions the page may have (camera, microphone, location, notifications, clipboard
 * reading, MIDI, HID, serial, fullscreen, …): none. The app is forms, lists and documents.
 */
export function isAllowedPermission(_permission: string): boolean {
  return false;
}

/** IPC messages are answered only when they come from the app's own page. */
export function isTrustedSender(senderUrl: string | undefined, appPageUrl: string): boolean {
  return !!senderUrl && isAllowedNavigation(senderUrl, appPageUrl);
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
