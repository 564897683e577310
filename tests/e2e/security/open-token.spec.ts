// The address the browser host asks the system to open carries a one-time token, not the secret:
// the page exchanges it, works, and the token opens nothing a second time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, saveScreenshot } from '../support/fixtures';
import { openAppCore, type AppCore } from '../../../electron/backend/core/app-core';
import { startBrowserHost, type BrowserHost } from '../../../electron/backend/browser-host/server';

let core: AppCore;
let host: BrowserHost;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuong-truc-e2e-token-'));
  core = await openAppCore({ dataDir, host: 'browser', version: '0.0.0-e2e', today: '2022-07-01' });
  host = await startBrowserHost({ ctx: core.ctx, staticDir: path.resolve('dist/renderer'), port: 0 });
});
test.afterEach(async () => {
  await host.close();
  await core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('the one-time address opens the app, leaves no token in the address bar, and cannot be used twice', async ({ page, browser }) => {
  const url = host.openUrl();
  expect(url).not.toContain(host.secret);
  await page.goto(url);
  await expect(page.getByRole('navigation', { name: 'Chức năng' })).toBeVisible();
  await expect(page.getByText('Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022').first()).toBeVisible();
  expect(page.url()).not.toContain('t=');
  await saveScreenshot(page, 'mo-bang-ma-mot-lan');

  // The same address in another tab (another program that read it) gets no data.
  const other = await browser.newPage();
  await other.goto(url);
  await expect(other.getByRole('alert')).toContainText('Thiếu mã truy cập');
  await other.close();
});
