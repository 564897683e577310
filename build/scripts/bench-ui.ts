// The Nhiệm vụ screen of a plan of thousands of tasks, measured in Chromium for `npm run bench`.
import fs from 'node:fs';
import path from 'node:path';
import { stat as statTo, type Stat } from './bench-timing';

/** Screen times to a tenth of a millisecond. */
const stat = (samples: number[]): Stat => statTo(samples, 1);

export interface UiFigures {
  tasks: number;
  /** Page loads measured: each opens Nhiệm vụ once and types the queries. */
  loads: number;
  /** From the click on "Nhiệm vụ" (its event in the page) to its first rows in the page, per page load. */
  openTasksMs: Stat;
  /** From a key pressed in "Tìm kiếm" to the first paint of the list filtered by it, every keystroke of a few queries. */
  keystrokeMs: Stat;
  /**
   * The first letter typed after the list opens, per page load: the first search of the page, over every
   * task. (Before 1 December 2026 this was the Delete that clearing the still empty box pressed, which
   * changed nothing, so the first letter's 35–50 ms went unseen.)
   */
  firstKeystrokeMs: Stat;
}

/**
 * The Nhiệm vụ screen of the largest plan in Chromium (the browser host serving dist/renderer, built by
 * `npm run build`): opening it, and each keystroke of a search, timed in the page (performance.now at
 * the keydown and at the first paint after it), not by a timed test. Each of `loads` runs is a page
 * load of its own, as the clerk starts the app: it waits on Tổng quan until the tasks prefetched while
 * idle have come, the network is quiet and a second more has passed, then opens Nhiệm vụ
 * and types three searches. Opening and the first keystroke are one sample per load, so the count of
 * loads is what makes their p95 mean something (before 1 December 2026: 3 opens in one page load, the
 * 2nd and 3rd with every read already in the page's cache).
 */
export async function measureUi(
  base: string,
  secret: string,
  tasks: number,
  log: (line: string) => void,
  loads = 10,
): Promise<UiFigures | null> {
  if (!fs.existsSync(path.resolve('dist/renderer/index.html'))) {
    log('Bỏ qua đo giao diện: chưa có dist/renderer (chạy "npm run build" trước).');
    return null;
  }
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const open: number[] = [];
  const keys: number[] = [];
  const first: number[] = [];
  try {
    const rows = '[aria-label="Danh sách nhiệm vụ"] tbody tr[data-status]';
    for (let run = 0; run < loads; run++) {
      // A new tab each time: nothing of the previous load in its memory or its query cache.
      const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'vi-VN' });
      const prefetched = page.waitForResponse((r) => r.url().endsWith('/api/tasks.list'), { timeout: 60_000 });
      await page.goto(`${base}/#k=${secret}`);
      await page.getByRole('link', { name: 'Nhiệm vụ' }).first().waitFor();
      await prefetched;
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);
      // In-page code as text: the script runner would otherwise wrap its functions in helpers the page lacks.
      // From the click's own event in the page: the time Playwright spends finding the link and checking
      // it can be clicked, before clicking, is no part of what the clerk waits for.
      await page.evaluate(`(() => {
        let t0 = performance.now();
        document.addEventListener('click', () => { t0 = performance.now(); }, { capture: true, once: true });
        window.__shown = new Promise((resolve) => {
          const obs = new MutationObserver(() => {
            if (document.querySelector(${JSON.stringify(rows)})) {
              obs.disconnect();
              resolve(performance.now() - t0);
            }
          });
          obs.observe(document.body, { childList: true, subtree: true });
        });
      })()`);
      await page.getByRole('link', { name: 'Nhiệm vụ' }).first().click();
      open.push((await page.evaluate('window.__shown')) as number);
      const search = page.getByLabel('Tìm kiếm');
      // Each keystroke: from its keydown to the first paint of the list that answers it (the table's
      // data-query is the search box's text: a frame, then a task). The box itself answers sooner: the
      // list is rendered after it, so waiting for the box alone would not be the list updated.
      await page.evaluate(`(() => {
        window.__keys = [];
        if (!window.__keyTimer) {
          window.__keyTimer = true;
          document.addEventListener('keydown', (e) => {
            const t0 = performance.now();
            const input = e.target;
            const check = () => {
              const table = document.querySelector('[aria-label="Danh sách nhiệm vụ"]');
              // A table without data-query (a build before the deferred list) rendered in the key's event.
              if (table && (!table.hasAttribute('data-query') || table.getAttribute('data-query') === input.value)) {
                setTimeout(() => window.__keys.push(performance.now() - t0), 0);
              } else if (performance.now() - t0 < 10000) {
                requestAnimationFrame(check);
              }
            };
            requestAnimationFrame(check);
          }, true);
        }
      })()`);
      for (const [i, query] of ['cong an tinh', 'ubnd huyen', 'tuyen truyen'].entries()) {
        // The box is empty on the first: clearing it (a Delete keystroke, timed as one) only before the others.
        if (i > 0) await search.fill('');
        await page.waitForTimeout(300);
        await search.focus();
        for (const ch of query) {
          await page.keyboard.type(ch);
          await page.waitForTimeout(250);
        }
      }
      const times = (await page.evaluate('window.__keys')) as number[];
      first.push(times[0]!);
      keys.push(...times);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { tasks, loads, openTasksMs: stat(open), keystrokeMs: stat(keys), firstKeystrokeMs: stat(first) };
}
