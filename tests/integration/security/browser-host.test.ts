// The browser host's door: it listens on 127.0.0.1 only, answers no API call without the secret
// of this start, refuses requests addressed to another host name (DNS rebinding), and never sends
// CORS headers that would let another site read its answers.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../../electron/backend/core/app-core';
import { startBrowserHost, type BrowserHost } from '../../../electron/backend/browser-host/server';
import { contract } from '../../../shared/api/contract';
import { SECRET_HEADER } from '../../../shared/api/transport';
import { tempDir } from '../storage/helpers';

let core: AppCore;
let host: BrowserHost;
const dirs: string[] = [];

beforeAll(async () => {
  const dataDir = tempDir('thuong-truc-door-');
  const staticDir = tempDir('thuong-truc-door-ui-');
  dirs.push(dataDir, staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Thường trực</title>');
  core = await openAppCore({ dataDir, host: 'browser', version: '0.0.0-door' });
  host = await startBrowserHost({ ctx: core.ctx, staticDir, port: 0 });
});

afterAll(async () => {
  await host?.close();
  await core?.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(options: {
  method?: string;
  path?: string;
  headers?: http.OutgoingHttpHeaders;
  body?: string;
  hostHeader?: string | null;
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { ...options.headers };
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'POST',
        path: options.path ?? '/api/plans.list',
        headers,
        setHost: options.hostHeader === undefined,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    if (options.hostHeader) req.setHeader('Host', options.hostHeader);
    req.on('error', reject);
    req.end(options.body ?? (options.method === 'GET' || options.method === 'OPTIONS' ? undefined : '{}'));
  });
}

const withSecret = { 'Content-Type': 'application/json', [SECRET_HEADER]: '' };

function connects(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('browser host', () => {
  it('listens on 127.0.0.1 and on no other address of this machine', async () => {
    expect(await connects('127.0.0.1', host.port)).toBe(true);
    // Another loopback address and IPv6 loopback reach a server bound to all interfaces; not ours.
    if (process.platform === 'linux') expect(await connects('127.0.0.2', host.port)).toBe(false);
    expect(await connects('::1', host.port)).toBe(false);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((i): i is os.NetworkInterfaceInfo => !!i && !i.internal)
      .map((i) => i.address);
    for (const address of external) expect(await connects(address, host.port), address).toBe(false);
  });

  it('answers no API method without the secret of this start, nor with a wrong one', async () => {
    for (const method of Object.keys(contract)) {
      for (const secret of [undefined, '', 'doan-bua', host.secret.slice(1), `${host.secret}x`]) {
        const headers: http.OutgoingHttpHeaders = { 'Content-Type': 'application/json' };
        if (secret !== undefined) headers[SECRET_HEADER] = secret;
        const answer = await request({ path: `/api/${method}`, headers });
        expect(answer.status, `${method} với mã "${secret}"`).toBe(401);
        expect(JSON.parse(answer.body).error).toMatchObject({ code: 'UNAUTHORIZED' });
        expect(JSON.parse(answer.body).error.message).toContain('mã truy cập');
      }
    }
    // The secret only counts in its header: not in the address, not in a cookie.
    const inQuery = await request({ path: `/api/plans.list?${SECRET_HEADER}=${host.secret}&k=${host.secret}`, headers: { 'Content-Type': 'application/json' } });
    expect(inQuery.status).toBe(401);
    const inCookie = await request({ headers: { 'Content-Type': 'application/json', Cookie: `${SECRET_HEADER}=${host.secret}` } });
    expect(inCookie.status).toBe(401);
    // With it, the same call is answered.
    const ok = await request({ headers: { ...withSecret, [SECRET_HEADER]: host.secret } });
    expect(ok.status).toBe(200);
  });

  it('refuses requests addressed to another host name, even with the secret (DNS rebinding)', async () => {
    const secretHeaders = { ...withSecret, [SECRET_HEADER]: host.secret };
    for (const hostHeader of [
      `evil.example:${host.port}`,
      `127.0.0.1.evil.example:${host.port}`,
      `localhost.evil.example:${host.port}`,
      `127.0.0.1:${host.port + 1}`,
      '127.0.0.1',
      `[::1]:${host.port}`,
      `0.0.0.0:${host.port}`,
    ]) {
      const api = await request({ headers: secretHeaders, hostHeader });
      expect(api.status, hostHeader).toBe(421);
      expect(JSON.parse(api.body).error.message).toBe('Địa chỉ truy cập không hợp lệ.');
      const page = await request({ method: 'GET', path: '/', hostHeader });
      expect(page.status, hostHeader).toBe(421);
      expect(page.body).not.toContain('<title>');
    }
    for (const hostHeader of [`127.0.0.1:${host.port}`, `localhost:${host.port}`, `LOCALHOST:${host.port}`]) {
      expect((await request({ headers: secretHeaders, hostHeader })).status, hostHeader).toBe(200);
    }
  });

  it('sends no Access-Control-Allow-Origin (nor any CORS permission) on any answer', async () => {
    const origin = 'http://127.0.0.1:9';
    const answers = [
      await request({ headers: { ...withSecret, [SECRET_HEADER]: host.secret, Origin: origin } }),
      await request({ headers: { 'Content-Type': 'application/json', Origin: origin } }),
      await request({ headers: { Origin: 'null', 'Content-Type': 'text/plain' } }),
      await request({
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': `content-type, ${SECRET_HEADER}`,
        },
      }),
      await request({ method: 'GET', path: '/', headers: { Origin: origin } }),
      await request({ headers: { Origin: origin }, hostHeader: `evil.example:${host.port}` }),
    ];
    for (const a of answers) {
      const cors = Object.keys(a.headers).filter((h) => h.startsWith('access-control-'));
      expect(cors).toEqual([]);
    }
    // The preflight is not approved.
    expect(answers[3]!.status).toBeGreaterThanOrEqual(400);
  });

  it('serves its page with a strict Content-Security-Policy and refuses to be framed', async () => {
    const page = await request({ method: 'GET', path: '/' });
    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves no file outside its UI folder', async () => {
    for (const p of ['/../../../../etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/..\\..\\etc\\passwd']) {
      const answer = await request({ method: 'GET', path: p });
      expect(answer.status, p).toBe(404);
      expect(answer.body).not.toContain('root:');
    }
  });
});
