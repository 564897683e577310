// The desktop shell itself: runs only where an Electron binary exists. On machines that cannot
// download Electron it is reported as skipped, with the reason.
import { test, expect, _electron as electron } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error plain JavaScript helper shared with the start script
import { findElectron } from '../../../build/scripts/electron-runtime.mjs';

const runtime = findElectron() as { path?: string; reason?: string; detail?: string };
// The package's own words make the reason checkable on the machine that skipped.
const skipReason = `Bỏ qua kiểm thử vỏ Electron: ${runtime.reason ?? ''}${runtime.detail ? ` (gói electron: ${runtime.detail})` : ''}.`;
// The reason stands in the title so that the test report says why nothing ran.
test.describe(runtime.path ? 'desktop shell' : `desktop shell (${skipReason})`, () => {
  test.skip(!runtime.path, skipReason);

  test('opens the window on the plan, with the page sandboxed and the API behind the preload', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuong-truc-electron-'));
    const app = await electron.launch({
      executablePath: runtime.path,
      args: ['dist-electron/main.cjs', '--data-dir', dataDir, '--no-sandbox'],
    });
    try {
      const win = await app.firstWindow();
      await expect(win.getByRole('navigation', { name: 'Chức năng' })).toBeVisible();
      // First start: the clerk's name is asked once.
      const ask = win.getByRole('dialog', { name: 'Tên cán bộ sử dụng phần mềm' });
      await ask.getByRole('textbox', { name: 'Họ và tên cán bộ' }).fill('Nguyễn Thị Lan');
      await ask.getByRole('button', { name: 'Lưu tên' }).click();
      await expect(ask).toBeHidden();
      await expect(win.getByRole('heading', { name: /Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022/ })).toBeVisible();
      // The page has the bridge but no Node.
      expect(await win.evaluate(() => typeof (window as unknown as { api?: unknown }).api)).toBe('object');
      expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      // Navigation away from the app's page is blocked.
      await win.evaluate(() => {
        window.location.href = 'https://example.org/';
      });
      await win.waitForTimeout(500);
      expect(win.url()).toContain('index.html');
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
