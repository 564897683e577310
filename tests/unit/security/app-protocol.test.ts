// The desktop page's app:// protocol (electron/desktop/app-protocol.ts): it serves the built UI
// folder and nothing else, whatever the spelling of the address, with the CSP on the page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_PAGE_URL, resolveAppPath, serveAppRequest } from '../../../electron/desktop/app-protocol';
import { isAllowedNavigation, isTrustedSender } from '../../../electron/desktop/security';

const CSP = "default-src 'self'; script-src 'self'";
let base: string;
let root: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'app-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Thường trực</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'tên có dấu.css'), 'body{}');
  // Beside the UI folder: what a traversal would reach.
  fs.writeFileSync(path.join(base, 'secret.txt'), 'bí mật');
  fs.mkdirSync(path.join(base, 'renderer-evil'));
  fs.writeFileSync(path.join(base, 'renderer-evil', 'x.js'), 'evil');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const text = (body: Uint8Array | string) => (typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));

describe('app:// serves the UI folder', () => {
  it('the page, with the CSP and no framing, and its assets with their types', async () => {
    const page = await serveAppRequest(APP_PAGE_URL, root, CSP);
    expect(page.status).toBe(200);
    expect(page.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(page.headers['Content-Security-Policy']).toBe(CSP);
    expect(page.headers['X-Frame-Options']).toBe('DENY');
    expect(text(page.body)).toBe('<!doctype html><title>Thường trực</title>');
    // "/" is the page too; the fragment (the screen) and a query are not part of the file.
    expect(text((await serveAppRequest('app://thuong-truc/', root, CSP)).body)).toContain('Thường trực');
    expect((await serveAppRequest('app://thuong-truc/index.html?x=1#/nhiem-vu', root, CSP)).status).toBe(200);

    const script = await serveAppRequest('app://thuong-truc/assets/index-abc.js', root, CSP);
    expect(script.status).toBe(200);
    expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['Content-Security-Policy']).toBeUndefined();
    const css = await serveAppRequest('app://thuong-truc/assets/t%C3%AAn%20c%C3%B3%20d%E1%BA%A5u.css', root, CSP);
    expect([css.status, text(css.body)]).toEqual([200, 'body{}']);
  });

  it('a missing file or a folder is 404 "Không tìm thấy."', async () => {
    for (const url of ['app://thuong-truc/assets/khong-co.js', 'app://thuong-truc/assets', 'app://thuong-truc/assets/']) {
      const answer = await serveAppRequest(url, root, CSP);
      expect([answer.status, text(answer.body)], url).toEqual([404, 'Không tìm thấy.']);
    }
  });
});

describe('app:// never leaves the UI folder', () => {
  it('refuses encoded traversal, separators, drive letters, absolute paths and NUL', async () => {
    for (const url of [
      'app://thuong-truc/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://thuong-truc/..%2fsecret.txt',
      'app://thuong-truc/..%5csecret.txt',
      'app://thuong-truc/assets%5c..%5c..%5csecret.txt',
      `app://thuong-truc/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
      'app://thuong-truc/C:%5CWindows%5Cwin.ini',
      'app://thuong-truc/C:/Windows/win.ini',
      'app://thuong-truc/%2Fetc%2Fpasswd',
      'app://thuong-truc/index.html%00.js',
      'app://thuong-truc/assets/..\\..\\secret.txt',
    ]) {
      const answer = await serveAppRequest(url, root, CSP);
      expect(answer.status, url).toBe(403);
      expect(text(answer.body), url).toBe('Địa chỉ không hợp lệ.');
    }
  });

  it('../ and %2e%2e/ are folded by the URL parser into the folder, never above it', async () => {
    // new URL() resolves dot segments (encoded ones too) first: these name files inside the folder, which are absent.
    for (const url of ['app://thuong-truc/%2e%2e/secret.txt', 'app://thuong-truc/%2E%2E/%2e%2e/secret.txt', 'app://thuong-truc/../secret.txt', 'app://thuong-truc/assets/../../../secret.txt', 'app://thuong-truc/../renderer-evil/x.js']) {
      const resolved = resolveAppPath(url, root);
      expect(resolved.ok, url).toBe(true);
      if (resolved.ok) expect(resolved.file.startsWith(root + path.sep), url).toBe(true);
      expect((await serveAppRequest(url, root, CSP)).status, url).toBe(404);
    }
  });

  it('does not follow a symbolic link out of the folder', async () => {
    const answer = await serveAppRequest('app://thuong-truc/assets/link.txt', root, CSP);
    expect(answer.status).toBe(403);
    expect(text(answer.body)).not.toContain('bí mật');
  });

  it('answers only its own scheme and host; a malformed address is 400', async () => {
    for (const url of ['app://other-host/index.html', 'app://user:pw@thuong-truc/index.html', 'file:///etc/passwd', 'https://thuong-truc/index.html']) {
      expect((await serveAppRequest(url, root, CSP)).status, url).toBe(403);
    }
    expect((await serveAppRequest('not a url', root, CSP)).status).toBe(400);
    expect((await serveAppRequest('app://thuong-truc/%E0%A4%A', root, CSP)).status).toBe(400);
  });
});

describe('the window rules with the app:// page', () => {
  it('stay on the page and its screens; every other address, file:// included, is refused', () => {
    expect(isAllowedNavigation(APP_PAGE_URL, APP_PAGE_URL)).toBe(true);
    expect(isAllowedNavigation(`${APP_PAGE_URL}#/bao-cao`, APP_PAGE_URL)).toBe(true);
    expect(isTrustedSender(`${APP_PAGE_URL}#/cai-dat`, APP_PAGE_URL)).toBe(true);
    for (const other of [
      'app://thuong-truc/assets/index-abc.js',
      'app://other-host/index.html',
      'file:///C:/Users/Lan/AppData/Local/Programs/thuong-truc/resources/app.asar/dist/renderer/index.html',
      'http://thuong-truc/index.html',
    ]) {
      expect(isAllowedNavigation(other, APP_PAGE_URL), other).toBe(false);
      expect(isTrustedSender(other, APP_PAGE_URL), other).toBe(false);
    }
  });
});
