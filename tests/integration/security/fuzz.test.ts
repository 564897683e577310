// Validation fuzz: thousands of random and hostile payloads to both hosts, the dispatch function
// (what the desktop IPC channel calls) and the real browser host over HTTP on 127.0.0.1. Every
// one is answered with a typed error whose message is Vietnamese; nothing crashes; the database
// content and the data folder are the same afterwards. Repeat a run with FUZZ_SEED=<seed>.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../../electron/backend/core/app-core';
import { DATABASE_FILE_NAME } from '../../../electron/backend/core/data-dir';
import { dispatch } from '../../../electron/backend/api/dispatch';
import { handlers } from '../../../electron/backend/handlers';
import { startBrowserHost, type BrowserHost } from '../../../electron/backend/browser-host/server';
import { contract, isMethodName, type MethodName } from '../../../shared/api/contract';
import { API_ERROR_CODES, type ApiError, type ApiResult } from '../../../shared/api/errors';
import { SECRET_HEADER } from '../../../shared/api/transport';
import { folderListing, tableContentHash, tempDir } from '../storage/helpers';
import { PATH_TRICKS, SQL_FRAGMENTS, UNKNOWN_METHODS, hostileInput, hostileValue, rng, schemaKeys } from './payloads';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const DISPATCH_PAYLOADS = 4000;
const HTTP_PAYLOADS = 1500;

/** A message a Vietnamese clerk can read: Vietnamese letters, no English error text. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const ENGLISH = /\b(Invalid input|expected|Unrecognized|received|Cannot read|is not a function|undefined is|SQLITE_|TypeError|RangeError|SyntaxError|Error:|stack)\b/;

/** Methods whose schema-valid input names a path; such payloads are sent and must be refused. */
const PATH_FIELDS: Record<string, string> = { 'backup.create': 'targetFolder', 'backup.restore': 'backupPath' };

let core: AppCore;
let host: BrowserHost;
let dataDir: string;
let agent: http.Agent;
let contentBefore: string;
let listingBefore: string[];
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  dataDir = tempDir('thuong-truc-fuzz-');
  core = await openAppCore({ dataDir, host: 'browser', version: '0.0.0-fuzz' });
  const staticDir = tempDir('thuong-truc-fuzz-ui-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Thường trực</title>');
  host = await startBrowserHost({ ctx: core.ctx, staticDir, port: 0 });
  agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  contentBefore = tableContentHash(path.join(dataDir, DATABASE_FILE_NAME));
  listingBefore = folderListing(dataDir);
});

afterAll(async () => {
  agent?.destroy();
  await host?.close();
  await core?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** What the fuzz must see: a typed error with a Vietnamese message. Returns a problem or null. */
function problemWith(error: unknown): string | null {
  const e = error as ApiError | undefined;
  if (!e || typeof e !== 'object') return 'không có lỗi kiểu {code, message}';
  if (!API_ERROR_CODES.includes(e.code)) return `mã lỗi lạ: ${String(e.code)}`;
  if (typeof e.message !== 'string' || !VIETNAMESE.test(e.message)) return `thông báo không phải tiếng Việt: ${String(e.message).slice(0, 200)}`;
  if (ENGLISH.test(e.message)) return `thông báo lẫn tiếng Anh: ${e.message.slice(0, 200)}`;
  return null;
}

/** The payload as the method will see it after the transport (JSON for HTTP). */
function wouldPass(method: string, input: unknown, overHttp: boolean): boolean {
  if (!isMethodName(method)) return false;
  let value = input;
  if (overHttp) {
    const body = JSON.stringify(input);
    value = body === undefined ? {} : JSON.parse(body);
  }
  return contract[method as MethodName].input.safeParse(value ?? {}).success;
}

/** Schema-valid inputs are only sent when they carry a path (which the handler must refuse). */
function mustBeRefused(method: string, input: unknown, overHttp: boolean): boolean {
  if (!wouldPass(method, input, overHttp)) return true;
  const field = PATH_FIELDS[method];
  return !!field && typeof input === 'object' && input !== null && typeof (input as Record<string, unknown>)[field] === 'string';
}

interface Generated {
  method: unknown;
  input: unknown;
}

function* payloads(seed: number, count: number, overHttp: boolean): Generator<Generated> {
  const r = rng(seed);
  const methods = Object.keys(contract);
  let made = 0;
  let attempts = 0;
  while (made < count && attempts < count * 20) {
    attempts++;
    const roll = r();
    let g: Generated;
    if (roll < 0.12) {
      g = { method: UNKNOWN_METHODS[Math.floor(r() * UNKNOWN_METHODS.length)], input: hostileValue(r) };
    } else if (roll < 0.16 && !overHttp) {
      g = { method: hostileValue(r), input: {} }; // the IPC channel can carry any value as the method
    } else if (roll < 0.22) {
      const method = r() < 0.5 ? 'backup.restore' : 'backup.create';
      const trick = PATH_TRICKS[Math.floor(r() * PATH_TRICKS.length)]!;
      g = { method, input: { [PATH_FIELDS[method]!]: trick } };
    } else {
      const method = methods[Math.floor(r() * methods.length)]!;
      g = { method, input: hostileInput(r, schemaKeys(contract[method as MethodName].input)) };
    }
    if (typeof g.method === 'string' && !mustBeRefused(g.method, g.input, overHttp)) continue;
    made++;
    yield g;
  }
}

function post(pathname: string, body: string | Buffer, headers: http.OutgoingHttpHeaders = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: pathname,
        agent,
        headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: host.secret, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function checkHttpAnswer(answer: { status: number; headers: http.IncomingHttpHeaders; text: string }): string | null {
  if (answer.status < 400 || answer.status > 599) return `mã HTTP ${answer.status}`;
  if (answer.headers['access-control-allow-origin'] !== undefined) return 'có Access-Control-Allow-Origin';
  let parsed: ApiResult<unknown>;
  try {
    parsed = JSON.parse(answer.text);
  } catch {
    return `trả lời không phải JSON: ${answer.text.slice(0, 100)}`;
  }
  if (parsed.ok !== false) return 'yêu cầu sai lại được chấp nhận';
  return problemWith(parsed.error);
}

function describePayload(g: Generated): string {
  const text = (() => {
    try {
      return JSON.stringify(g.input) ?? String(g.input);
    } catch {
      return String(g.input);
    }
  })();
  return `${String(g.method).slice(0, 60)} ${text.slice(0, 160)}`;
}

describe(`validation fuzz (seed ${SEED})`, () => {
  it(`answers ${DISPATCH_PAYLOADS} hostile payloads through dispatch with typed Vietnamese errors`, async () => {
    const started = Date.now();
    const failures: string[] = [];
    const codes: Record<string, number> = {};
    let sent = 0;
    for (const g of payloads(SEED, DISPATCH_PAYLOADS, false)) {
      const result = await dispatch(handlers, core.ctx, g.method, g.input);
      sent++;
      const problem = result.ok ? 'yêu cầu sai lại được chấp nhận' : problemWith(result.error);
      if (!result.ok) codes[result.error.code] = (codes[result.error.code] ?? 0) + 1;
      if (problem && failures.length < 20) failures.push(`${problem} <- ${describePayload(g)}`);
    }
    console.log(`[fuzz] dispatch: ${sent} payloads in ${Date.now() - started} ms, codes ${JSON.stringify(codes)}`);
    expect(failures).toEqual([]);
    expect(sent).toBe(DISPATCH_PAYLOADS);
  });

  it(`answers ${HTTP_PAYLOADS} hostile payloads over HTTP with typed Vietnamese errors`, async () => {
    const started = Date.now();
    const failures: string[] = [];
    let sent = 0;
    for (const g of payloads(SEED + 1, HTTP_PAYLOADS, true)) {
      const body = JSON.stringify(g.input) ?? '';
      const answer = await post(`/api/${encodeURIComponent(String(g.method))}`, body);
      sent++;
      const problem = checkHttpAnswer(answer);
      if (problem && failures.length < 20) failures.push(`${problem} <- ${describePayload(g)}`);
    }
    console.log(`[fuzz] HTTP: ${sent} payloads in ${Date.now() - started} ms`);
    expect(failures).toEqual([]);
    expect(sent).toBe(HTTP_PAYLOADS);
  });

  it('answers broken transport (bad JSON, wrong content type, oversized or deeply nested bodies, odd URLs) the same way', async () => {
    const failures: string[] = [];
    const cases: [string, string | Buffer, http.OutgoingHttpHeaders][] = [
      ['/api/settings.update', '{', {}],
      ['/api/settings.update', '{"clerkName": ', {}],
      ['/api/settings.update', 'undefined', {}],
      ['/api/settings.update', 'NaN', {}],
      ['/api/settings.update', '\u0000\u0001', {}],
      ['/api/settings.update', Buffer.from([0xff, 0xfe, 0xfd]), {}],
      ['/api/settings.update', '[' .repeat(200_000) + ']'.repeat(200_000), {}],
      ['/api/settings.update', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), {}],
      ['/api/settings.update', JSON.stringify({ clerkName: 'x'.repeat(3 * 1024 * 1024) }), {}],
      ['/api/settings.update', '{"clerkName":"A"}', { 'Content-Type': 'text/plain' }],
      ['/api/settings.update', 'clerkName=A', { 'Content-Type': 'application/x-www-form-urlencoded' }],
      ['/api/settings.update', '{"clerkName":"A"}', { 'Content-Type': 'multipart/form-data; boundary=x' }],
      ['/api/settings.update', '{"clerkName":"A"}', { [SECRET_HEADER]: '' }],
      ['/api/settings.update', '{"clerkName":"A"}', { [SECRET_HEADER]: 'x'.repeat(10_000) }],
      ['/api/settings.update', '{"clerkName":"A"}', { [SECRET_HEADER]: host.secret.slice(0, -1) }],
      ['/api/settings.update', '{"clerkName":"A"}', { [SECRET_HEADER]: host.secret.toUpperCase() }],
      [`/api/settings.update?${SECRET_HEADER}=${host.secret}`, '{"clerkName":"A"}', { [SECRET_HEADER]: 'sai' }],
      ['/api/%ZZ', '{}', {}],
      ['/api/%00', '{}', {}],
      ['/api/..%2f..%2fetc%2fpasswd', '{}', {}],
      ['/api/settings.update/..', '{"clerkName":"A"}', {}],
      ['/api//settings.update', '{"clerkName":"A"}', {}],
      ['/api/settings%2eupdate%00', '{"clerkName":"A"}', {}],
      ['/api/backup.restore', JSON.stringify({ backupPath: '/etc/passwd' }), {}],
      ['/api/backup.create', JSON.stringify({ targetFolder: '../../..' }), {}],
      ['/api/backup.create', '{"targetFolder":"/tmp","__proto__":{"x":1}}', {}],
    ];
    for (const [pathname, body, headers] of cases) {
      const answer = await post(pathname, body, headers);
      const problem = checkHttpAnswer(answer);
      if (problem) failures.push(`${problem} <- ${pathname} ${String(body).slice(0, 60)}`);
    }
    expect(failures).toEqual([]);
    // A malformed escape in the method name is the caller's mistake, not the app's.
    expect((await post('/api/%ZZ', '{}')).status).toBe(400);
  });

  it('leaves the database content, the data folder and Object.prototype as they were, and still answers', async () => {
    expect(tableContentHash(path.join(dataDir, DATABASE_FILE_NAME))).toBe(contentBefore);
    expect(folderListing(dataDir)).toEqual(listingBefore);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const info = await post('/api/app.info', '{}');
    expect(info.status).toBe(200);
    const direct = await dispatch(handlers, core.ctx, 'settings.get', {});
    expect(direct.ok).toBe(true);
  });

  it('stores SQL fragments typed into a text field as plain text, touching nothing else', async () => {
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const others = () => tableContentHash(file, ['settings']);
    const before = others();
    for (const fragment of SQL_FRAGMENTS) {
      const saved = await dispatch(handlers, core.ctx, 'settings.update', { clerkName: fragment });
      expect(saved.ok).toBe(true);
      const read = await dispatch(handlers, core.ctx, 'settings.get', {});
      expect(read.ok && (read.data as { clerkName: string }).clerkName).toBe(fragment.trim());
    }
    expect(others()).toBe(before);
  });
});

