// Issue 13, Electron/browser checklist: the browser host asks the system to open an address that
// carries a one-time token, never the secret (a command line can be read by the user's other
// programs). The page exchanges the token once for the secret; a spent, expired, guessed or
// foreign-addressed token gets nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openAppCore, type AppCore } from '../../../electron/backend/core/app-core';
import { OPEN_TOKEN_TTL_MS, startBrowserHost, type BrowserHost } from '../../../electron/backend/browser-host/server';
import { OPEN_TOKEN_HEADER, OPEN_TOKEN_PATH, SECRET_HEADER } from '../../../shared/api/transport';
import { makeTempDir } from '../../helpers/temp-app';

let core: AppCore;
let host: BrowserHost;
const dirs: string[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await host?.close();
  await core?.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function start() {
  const dataDir = makeTempDir();
  const staticDir = makeTempDir('thuong-truc-ui-');
  dirs.push(dataDir, staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Thường trực</title>');
  core = await openAppCore({ dataDir, host: 'browser', version: '0.0.0-test' });
  host = await startBrowserHost({ ctx: core.ctx, staticDir, port: 0 });
}

const tokenOf = (url: string) => new URLSearchParams(new URL(url).hash.slice(1)).get('t')!;
const exchange = (token: string, init: { host?: string } = {}) =>
  fetch(`http://127.0.0.1:${host.port}/${OPEN_TOKEN_PATH}`, {
    method: 'POST',
    headers: { [OPEN_TOKEN_HEADER]: token, ...(init.host ? { Host: init.host } : {}) },
  });

describe('the address given to the system browser opener', () => {
  it('carries a one-time token, not the secret, and the token is exchanged for the secret once', async () => {
    await start();
    const url = host.openUrl();
    expect(url).not.toContain(host.secret);
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#t=[\\w-]{20,}$`));
    const token = tokenOf(url);

    const first = await exchange(token);
    expect(first.status).toBe(200);
    const body = (await first.json()) as { ok: boolean; data: { secret: string } };
    expect(body.data.secret).toBe(host.secret);
    // the secret works
    const call = await fetch(`http://127.0.0.1:${host.port}/api/plans.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: body.data.secret },
      body: '{}',
    });
    expect(call.status).toBe(200);

    const again = await exchange(token);
    expect(again.status).toBe(401);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/đã được dùng hoặc đã hết hạn/);
  });

  it('refuses a guessed token, a GET, and a token past its time', async () => {
    await start();
    expect((await exchange('doan-bua')).status).toBe(401);
    expect((await exchange('')).status).toBe(401);
    const url = host.openUrl();
    expect((await fetch(`http://127.0.0.1:${host.port}/${OPEN_TOKEN_PATH}`)).status).toBe(405);
    const now = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now + OPEN_TOKEN_TTL_MS + 1000);
    expect((await exchange(tokenOf(url))).status).toBe(401);
  });

  it('is what the host opens: main.ts passes openUrl(), never the address with the secret', () => {
    const main = fs.readFileSync('electron/backend/browser-host/main.ts', 'utf8');
    expect(main).toMatch(/openInBrowser\(host\.openUrl\(\)\)/);
    expect(main).not.toMatch(/openInBrowser\(host\.url\)/);
  });
});
