// A page from another origin on this machine (another 127.0.0.1 port, or a DNS-rebinding name
// that resolves to 127.0.0.1) tries to read and change the app's data through its API: with and
// without guessing the secret, and even holding the real one. It must fail every time.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, type Page } from '@playwright/test';
import { startHost, type RunningHost } from '../support/app-host';

const PLAN_TITLE = 'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022';

/** The attacker's script: every way a web page can reach another origin, and what it got back. */
const ATTACKS = `
window.runAttacks = async (app, secret) => {
  const out = {};
  const attempt = async (name, fn) => {
    try { out[name] = await fn(); } catch (e) { out[name] = 'chặn: ' + e.name; }
  };
  const json = (body) => JSON.stringify(body);
  // Reading data, as a normal cross-origin call (preflighted: JSON and a custom header).
  await attempt('read-json', async () => (await fetch(app + '/api/plans.list', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).text());
  await attempt('read-guess', async () => (await fetch(app + '/api/plans.list', { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-thuong-truc-secret': 'doan-bua' }, body: '{}' })).text());
  await attempt('read-real-secret', async () => (await fetch(app + '/api/plans.list', { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-thuong-truc-secret': secret }, body: '{}' })).text());
  // A "simple" request needs no preflight: text/plain, no custom header. Readable only with CORS.
  await attempt('read-simple', async () => (await fetch(app + '/api/plans.list', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' })).text());
  await attempt('read-page', async () => (await fetch(app + '/')).text());
  await attempt('read-credentials', async () => (await fetch(app + '/api/plans.list', { method: 'POST', credentials: 'include', body: '{}' })).text());
  // Changing data without reading the answer (no-cors): custom headers are stripped in this mode.
  const change = json({ clerkName: 'Kẻ gian' });
  await attempt('write-no-cors', async () => (await fetch(app + '/api/settings.update', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: change })).type);
  await attempt('write-no-cors-secret', async () => (await fetch(app + '/api/settings.update', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'application/json', 'x-thuong-truc-secret': secret }, body: change })).type);
  await attempt('write-cors-secret', async () => (await fetch(app + '/api/settings.update', { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-thuong-truc-secret': secret }, body: change })).text());
  // What navigator.sendBeacon sends, but awaited so the check below comes after it.
  await attempt('write-beacon', async () => (await fetch(app + '/api/settings.update', { method: 'POST', mode: 'no-cors', keepalive: true, headers: { 'Content-Type': 'text/plain' }, body: change })).type);
  await attempt('write-form', () => new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.name = 'f';
    document.body.appendChild(frame);
    const form = document.createElement('form');
    form.method = 'POST';
    form.enctype = 'text/plain';
    form.target = 'f';
    form.action = app + '/api/settings.update';
    const input = document.createElement('input');
    input.name = '{"clerkName":"Kẻ gian","x":"';
    input.value = '"}';
    form.appendChild(input);
    document.body.appendChild(form);
    frame.onload = () => { try { resolve('đọc được: ' + frame.contentDocument.body.innerText); } catch (e) { resolve('chặn: ' + e.name); } };
    form.submit();
  }));
  await attempt('frame-app', () => new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.src = app + '/';
    document.body.appendChild(frame);
    frame.onload = () => { try { resolve('đọc được: ' + frame.contentDocument.body.innerText); } catch (e) { resolve('chặn: ' + e.name); } };
  }));
  return out;
};
`;

function startAttackerSite(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><meta charset="utf-8"><title>Trang lạ</title><body><script>${ATTACKS}</script></body>`);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((r) => {
          server.close(() => r());
          server.closeAllConnections();
        }),
      });
    });
  });
}

async function clerkName(app: RunningHost): Promise<string> {
  const res = await fetch(`${app.origin}/api/settings.get`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-thuong-truc-secret': app.secret },
    body: '{}',
  });
  return ((await res.json()) as { data: { clerkName: string } }).data.clerkName;
}

function expectNothingLeaked(results: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(results)) {
    const text = String(value);
    expect(text, name).not.toContain(PLAN_TITLE);
    expect(text, name).not.toContain('"ok":true');
    expect(text, name).not.toContain('Thường trực');
  }
}

let app: RunningHost;

test.beforeEach(async () => {
  // No clerk's name is set: the attacks try to set one, and the test checks that none was.
  app = await startHost({ clerkName: null });
});

test.afterEach(async () => {
  await app.stop();
});

test('a page on another 127.0.0.1 port can neither read nor change the data', async ({ page }) => {
  const attacker = await startAttackerSite();
  try {
    expect(await clerkName(app)).toBe('');
    await page.goto(attacker.origin + '/');
    const results = (await page.evaluate(
      ([origin, secret]) => (window as unknown as { runAttacks(a: string, s: string): Promise<Record<string, unknown>> }).runAttacks(origin!, secret!),
      [app.origin, app.secret],
    )) as Record<string, unknown>;

    expectNothingLeaked(results);
    // Reads across origins are blocked by the browser: no CORS permission comes back.
    for (const name of ['read-json', 'read-guess', 'read-real-secret', 'read-simple', 'read-page', 'read-credentials', 'write-cors-secret']) {
      expect(String(results[name]), name).toMatch(/^chặn: TypeError/);
    }
    expect(results['write-no-cors']).toBe('opaque');
    expect(String(results['write-form'])).toMatch(/^chặn/);
    expect(String(results['frame-app'])).toMatch(/^chặn/);
    // And nothing changed.
    expect(await clerkName(app)).toBe('');
  } finally {
    await attacker.close();
  }
});

test('a DNS-rebinding page served under the app’s own port is refused by the Host check', async ({ playwright }, testInfo) => {
  const base = testInfo.project.use.launchOptions ?? {};
  const browser = await playwright.chromium.launch({
    ...base,
    args: [
      ...(base.args ?? []),
      '--host-resolver-rules=MAP evil.example 127.0.0.1',
      // Chromium's own guard against public pages calling 127.0.0.1 is switched off, so that the
      // test shows the app's Host check alone refusing them (other browsers lack that guard).
      '--disable-features=BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults,LocalNetworkAccessChecks',
    ],
  });
  try {
    const page: Page = await browser.newPage();
    const port = new URL(app.origin).port;
    const evil = `http://evil.example:${port}`;
    // The attacker's page, as if evil.example had pointed at the attacker's server first...
    await page.route(`${evil}/trang-la.html`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><title>Trang lạ</title>' }),
    );
    await page.goto(`${evil}/trang-la.html`);
    // ...then resolves to 127.0.0.1: its calls are now "same origin" and reach the app's port.
    const answers = await page.evaluate(async (secret) => {
      const call = async (method: string, body: unknown, withSecret: boolean) => {
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (withSecret) headers['x-thuong-truc-secret'] = secret;
        const res = await fetch(`/api/${method}`, { method: 'POST', headers, body: JSON.stringify(body) });
        return { status: res.status, body: await res.text() };
      };
      return [
        await call('plans.list', {}, false),
        await call('plans.list', {}, true),
        await call('settings.update', { clerkName: 'Kẻ gian' }, true),
        await (async () => {
          const res = await fetch('/');
          return { status: res.status, body: await res.text() };
        })(),
      ];
    }, app.secret);

    for (const answer of answers) {
      expect(answer.status).toBe(421);
      expect(answer.body).not.toContain(PLAN_TITLE);
    }
    expect(answers[1]!.body).toContain('Địa chỉ truy cập không hợp lệ.');
    expect(await clerkName(app)).toBe('');
  } finally {
    await browser.close();
  }
});
