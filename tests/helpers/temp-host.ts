// A temporary app served by the real browser host on 127.0.0.1, for integration tests that go
// through HTTP: the file's hooks open it before its tests and remove it after.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/backend/browser-host/server';
import { SECRET_HEADER } from '../../shared/api/transport';
import { makeTempDir, openTempApp, type TempApp } from './temp-app';

export interface TempHost {
  app: TempApp;
  host: BrowserHost;
  /** POSTs one API call with the host's secret, as the UI does. */
  post(method: string, input: unknown): Promise<Response>;
}

export function useTempBrowserHost(options: { today: string }): TempHost {
  let staticDir = '';
  const temp = {
    post(method: string, input: unknown) {
      return fetch(`http://127.0.0.1:${temp.host.port}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: temp.host.secret },
        body: JSON.stringify(input),
      });
    },
  } as TempHost;
  beforeAll(async () => {
    temp.app = await openTempApp({ today: options.today });
    staticDir = makeTempDir('thuong-truc-ui-');
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Thường trực</title>');
    temp.host = await startBrowserHost({ ctx: temp.app.core.ctx, staticDir, port: 0 });
  });
  afterAll(async () => {
    await temp.host.close();
    await temp.app.cleanup();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });
  return temp;
}
