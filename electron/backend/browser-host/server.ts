// The browser host: the same handlers over HTTP, on 127.0.0.1 only, serving the built UI.
// Every API call must carry the secret generated at this start.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatchForWire } from '../api/dispatch';
import { handlers } from '../handlers';
import type { HandlerContext } from '../handlers/types';
import type { ApiError, ApiResult } from '../../../shared/api/errors';
import {
  OPEN_TOKEN_FRAGMENT_KEY,
  OPEN_TOKEN_HEADER,
  OPEN_TOKEN_PATH,
  SECRET_FRAGMENT_KEY,
  SECRET_HEADER,
} from '../../../shared/api/transport';
import { CONTENT_SECURITY_POLICY, hostHeaderAllowed, newSecret, secretMatches } from './http-security';

// Attached report files travel as base64 in JSON: up to 25 MB of files per save (shared/domain/attachments.ts)
// is about 34 MB of text.
const MAX_BODY_BYTES = 36 * 1024 * 1024;

/** How long the one-time token of the address given to the browser opener stays valid. */
export const OPEN_TOKEN_TTL_MS = 2 * 60_000;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

const HTTP_STATUS: Record<ApiError['code'], number> = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  RESTORING: 503,
  UNAUTHORIZED: 401,
  INTERNAL: 500,
};

export interface BrowserHostOptions {
  ctx: HandlerContext;
  /** Folder of the built UI (index.html and assets). */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Fixed secret (tests); a fresh random one otherwise. */
  secret?: string;
}

export interface BrowserHost {
  port: number;
  secret: string;
  /** Address to open: carries the secret in the fragment (printed for the clerk, never on a command line). */
  url: string;
  /**
   * A new address for the system's browser opener: it carries a one-time token, valid for
   * OPEN_TOKEN_TTL_MS, that the page exchanges once for the secret.
   */
  openUrl(): string;
  close(): Promise<void>;
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const secret = options.secret ?? newSecret();
  let port = options.port;
  /** One-time tokens not yet used, with the time they expire. */
  const openTokens = new Map<string, number>();
  const server = http.createServer((req, res) => {
    handleRequest(req, res).catch((err) => {
      console.error('[browser-host]', err);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'Có lỗi khi xử lý yêu cầu.'));
      else res.end();
    });
  });

  async function handleRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-store');
    if (!hostHeaderAllowed(req.headers.host, port)) {
      sendJson(res, 421, fail('UNAUTHORIZED', 'Địa chỉ truy cập không hợp lệ.'));
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === `/${OPEN_TOKEN_PATH}`) {
      req.resume();
      exchangeOpenToken(req, res);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      let method: string;
      try {
        method = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        req.resume();
        sendJson(res, 400, fail('BAD_REQUEST', 'Địa chỉ yêu cầu không hợp lệ.'));
        return;
      }
      await handleApi(req, res, method);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    serveStatic(url.pathname, res);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      sendJson(res, 405, fail('BAD_REQUEST', 'Yêu cầu phải gửi bằng POST.'));
      return;
    }
    const given = req.headers[SECRET_HEADER];
    if (!secretMatches(secret, Array.isArray(given) ? given[0] : given)) {
      req.resume();
      sendJson(res, 401, fail('UNAUTHORIZED', 'Thiếu mã truy cập của phiên làm việc. Hãy mở lại địa chỉ mà ứng dụng in ra khi khởi động.'));
      return;
    }
    const contentType = req.headers['content-type'] ?? '';
    if (!contentType.startsWith('application/json')) {
      req.resume();
      sendJson(res, 415, fail('BAD_REQUEST', 'Dữ liệu gửi lên phải ở dạng JSON.'));
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      sendJson(res, 413, fail('BAD_REQUEST', 'Dữ liệu gửi lên quá lớn.'));
      return;
    }
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      sendJson(res, 400, fail('BAD_REQUEST', 'Dữ liệu gửi lên không đọc được (JSON sai).'));
      return;
    }
    const result = await dispatchForWire(handlers, options.ctx, method, input);
    sendJson(res, result.ok ? 200 : HTTP_STATUS[result.error.code], result);
  }

  /** Answers the secret for a one-time token, once; the token is spent whatever the outcome. */
  function exchangeOpenToken(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.method !== 'POST') {
      sendJson(res, 405, fail('BAD_REQUEST', 'Yêu cầu phải gửi bằng POST.'));
      return;
    }
    const header = req.headers[OPEN_TOKEN_HEADER];
    const given = Array.isArray(header) ? header[0] : header;
    const now = Date.now();
    let valid = false;
    for (const [token, expires] of openTokens) {
      if (expires < now) openTokens.delete(token);
      else if (secretMatches(token, given)) {
        openTokens.delete(token);
        valid = true;
      }
    }
    if (!valid) {
      sendJson(
        res,
        401,
        fail('UNAUTHORIZED', 'Mã mở trang đã được dùng hoặc đã hết hạn. Hãy mở địa chỉ có mã truy cập mà ứng dụng in ra khi khởi động.'),
      );
      return;
    }
    sendJson(res, 200, { ok: true, data: { secret } });
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    const root = path.resolve(options.staticDir);
    const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
    const file = path.resolve(root, relative);
    // Never serve outside the UI folder.
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(404).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Không tìm thấy.');
        return;
      }
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const headers: http.OutgoingHttpHeaders = { 'Content-Type': type };
      if (type.startsWith('text/html')) {
        headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
        headers['X-Frame-Options'] = 'DENY';
      }
      res.writeHead(200, headers).end(data);
    });
  }

  // Browsers keep connections open for reuse; a server that closes an idle one just as the page
  // sends on it makes that call fail. Keep idle connections longer than browsers do.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    secret,
    url: `http://127.0.0.1:${port}/#${SECRET_FRAGMENT_KEY}=${secret}`,
    openUrl() {
      const token = newSecret();
      openTokens.set(token, Date.now() + OPEN_TOKEN_TTL_MS);
      return `http://127.0.0.1:${port}/#${OPEN_TOKEN_FRAGMENT_KEY}=${token}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function fail(code: ApiError['code'], message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(res: http.ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(payload));
}

/** The request body as text, or null when it is larger than allowed. */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
