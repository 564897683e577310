// The desktop window's page is served through a custom protocol, app://thuong-truc/, instead of
// file://. A file:// page may read any file of the computer with fetch() and shares its origin
// with every other local file; an app:// page has an origin of its own (registered as standard
// and secure in main.ts), sees only the built UI folder, and gets the CSP as a header.
// Pure (Node built-ins only, no electron import): main.ts hands each request's URL to
// `serveAppRequest` and turns the answer into a Response; tests call it directly.
import fs from 'node:fs/promises';
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'thuong-truc';
/** The address of the app's page. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export type AppPath = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * The file of the UI folder `root` an app:// address names, or why none: another scheme or host
 * (403), a path that cannot be decoded (400), a path that leaves the folder by any spelling
 * (`..`, `%2e%2e`, `%2f`, a backslash, a drive letter, an absolute path, a NUL: 403). `/` is the page.
 */
export function resolveAppPath(url: string, root: string): AppPath {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) {
    return { ok: false, status: 403 };
  }
  // The URL parser has already removed plain "../" segments; what is left is decoded one segment at
  // a time, so an encoded separator or dot-segment is seen for what it is and refused.
  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400 };
    }
    // eslint-disable-next-line no-control-regex -- a NUL or control character in a name is refused
    if (segment === '.' || segment === '..' || /[/\\:\u0000-\u001f]/.test(segment)) return { ok: false, status: 403 };
    segments.push(segment);
  }
  const relative = segments.filter((s) => s !== '');
  if (relative.length === 0) relative.push('index.html');
  const base = path.resolve(root);
  const file = path.resolve(base, ...relative);
  if (!file.startsWith(base + path.sep)) return { ok: false, status: 403 };
  return { ok: true, file };
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

/**
 * The answer to an app:// request: the file with its type (the page with `csp` as its
 * Content-Security-Policy), or a short Vietnamese refusal. A folder or a missing file is 404; a
 * symbolic link leading out of the UI folder is 403.
 */
export async function serveAppRequest(url: string, root: string, csp: string): Promise<AppResponse> {
  const plain = (status: number, text: string): AppResponse => ({
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    body: text,
  });
  const resolved = resolveAppPath(url, root);
  if (!resolved.ok) {
    return resolved.status === 404 ? plain(404, 'Không tìm thấy.') : plain(resolved.status, 'Địa chỉ không hợp lệ.');
  }
  let real: string;
  try {
    real = await fs.realpath(resolved.file);
    const realRoot = await fs.realpath(root);
    if (!real.startsWith(realRoot + path.sep)) return plain(403, 'Địa chỉ không hợp lệ.');
    if (!(await fs.stat(real)).isFile()) return plain(404, 'Không tìm thấy.');
  } catch {
    return plain(404, 'Không tìm thấy.');
  }
  let body: Uint8Array;
  try {
    body = await fs.readFile(real);
  } catch {
    return plain(404, 'Không tìm thấy.');
  }
  const type = CONTENT_TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
  if (type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = csp;
    headers['X-Frame-Options'] = 'DENY';
  }
  return { status: 200, headers, body };
}
