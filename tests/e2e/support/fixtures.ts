// Each test gets its own running app with a fresh data folder, and a page opened on it.
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { E2E_CLERK_NAME, startHost, type RunningHost } from './app-host';

export const SCREENSHOT_DIR = path.resolve('tests/e2e/screenshots');

export const test = base.extend<{ clerkName: string | null; app: RunningHost; appPage: Page }>({
  // The clerk's name set before the page opens; `test.use({ clerkName: null })` meets the first-start question.
  clerkName: [E2E_CLERK_NAME, { option: true }],
  app: async ({ clerkName }, use) => {
    const host = await startHost({ clerkName });
    await use(host);
    await host.stop();
    fs.rmSync(host.dataDir, { recursive: true, force: true });
  },
  appPage: async ({ page, app }, use) => {
    await page.goto(app.url);
    await expect(page.getByRole('navigation', { name: 'Chức năng' })).toBeVisible();
    await use(page);
  },
});

/** Saves a screenshot of the window under tests/e2e/screenshots/ for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/**
 * Opens a screen from the navigation, as a clerk would. A screen's code and first data load on first
 * use: on a loaded machine that alone can take longer than the default 10 s of an expectation.
 */
export async function openScreen(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: label })).toBeVisible({ timeout: 30_000 });
}

export { expect };
