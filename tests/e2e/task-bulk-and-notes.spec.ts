// The task forms a clerk uses every day (progress notes, bulk changes) refuse a bad value at its field
// and save nothing; neither the bulk bar nor a passing notification ever covers the rows of a list.
// The built-in 2022 plan, "today" 01/07/2022.
import type { Locator, Page } from '@playwright/test';
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';

test.describe.configure({ timeout: 120_000 });

const taskTable = (page: Page) => page.getByRole('table', { name: 'Danh sách nhiệm vụ' });
const bulkBar = (page: Page) => page.getByRole('region', { name: 'Thao tác với nhiệm vụ đã chọn' });

/** Whether two boxes share any area. */
function overlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function scrollToBottom(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

/** The row is wholly inside the window and shares no area with `cover`. */
async function expectClear(page: Page, row: Locator, cover: Locator) {
  const viewport = page.viewportSize()!;
  const r = (await row.boundingBox())!;
  const c = (await cover.boundingBox())!;
  expect(r.y, 'the row starts inside the window').toBeGreaterThanOrEqual(0);
  expect(r.y + r.height, 'the row ends inside the window').toBeLessThanOrEqual(viewport.height);
  expect(overlap(r, c), `the row (y ${Math.round(r.y)}–${Math.round(r.y + r.height)}) is covered (y ${Math.round(c.y)}–${Math.round(c.y + c.height)})`).toBe(false);
}

test('a progress note with a date that is no day, or without its text, is named at its field and not added', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await taskTable(page).getByRole('button', { name: 'V.2.3', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Nhiệm vụ V.2.3' });
  await drawer.getByRole('tab', { name: /^Tiến độ/ }).click();
  await expect(drawer.getByText('Chưa có cập nhật tiến độ nào.')).toBeVisible();
  const date = drawer.getByRole('textbox', { name: 'Ngày', exact: true });
  const text = drawer.getByRole('textbox', { name: 'Nội dung cập nhật' });
  await expect(date).toHaveValue('01/07/2022');

  await date.fill('31/02/2022');
  await text.fill('Đã họp giao ban quý II.');
  await drawer.getByRole('button', { name: 'Thêm cập nhật' }).click();
  await expect(drawer.getByText('Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).')).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await saveScreenshot(page, '60-tien-do-ngay-sai');

  // The text left blank: the refusal is under the text, the date is no longer named.
  await date.fill('30/06/2022');
  await text.fill('   ');
  await drawer.getByRole('button', { name: 'Thêm cập nhật' }).click();
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await expect(drawer.getByText('Chưa có cập nhật tiến độ nào.')).toBeVisible();
  await expect(drawer.getByRole('tab', { name: /^Tiến độ/ })).not.toContainText('(1)');

  // Corrected, it is added on the day typed, and the text is emptied for the next one.
  await text.fill('Đã họp giao ban quý II.');
  await drawer.getByRole('button', { name: 'Thêm cập nhật' }).click();
  const timeline = drawer.getByLabel('Các lần cập nhật tiến độ');
  await expect(timeline).toContainText('30/06/2022');
  await expect(timeline).toContainText('Đã họp giao ban quý II.');
  await expect(text).toHaveValue('');
});

test('a bulk change with a bad value names it at its field, asks nothing and changes no task', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await page.getByRole('checkbox', { name: 'Chọn nhiệm vụ V.2.1' }).check();
  await page.getByRole('checkbox', { name: 'Chọn nhiệm vụ V.2.2' }).check();
  const row = (code: string) => taskTable(page).getByRole('row').filter({ has: page.getByRole('button', { name: code, exact: true }) });
  const before: Record<string, string> = { 'V.2.1': (await row('V.2.1').textContent())!, 'V.2.2': (await row('V.2.2').textContent())! };
  const bar = bulkBar(page);
  const ask = page.getByRole('dialog', { name: 'Thay đổi nhiều nhiệm vụ cùng lúc?' });
  const choose = async (kind: string) => {
    await bar.getByRole('combobox', { name: 'Thao tác' }).click();
    await page.getByRole('option', { name: kind, exact: true }).click();
  };

  await choose('Dời thời hạn thêm số ngày');
  await bar.getByRole('textbox', { name: 'Số ngày' }).fill('0');
  await bar.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(bar.getByText('Nhập số ngày khác 0 (số âm để dời sớm hơn).')).toBeVisible();
  await expect(bar.getByRole('textbox', { name: 'Số ngày' })).toHaveAttribute('aria-invalid', 'true');
  await saveScreenshot(page, '61-thao-tac-hang-loat-so-ngay-sai');

  // Another kind starts without the message; its own date is checked.
  await choose('Đặt thời hạn mới');
  await expect(bar.getByText('Nhập số ngày khác 0')).toHaveCount(0);
  await bar.getByRole('textbox', { name: 'Thời hạn mới' }).fill('31/02/2022');
  await bar.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(bar.getByText('Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).')).toBeVisible();

  await choose('Đổi cơ quan chủ trì');
  await bar.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(bar.getByText('Chưa chọn cơ quan.')).toBeVisible();

  await expect(ask).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Đã cập nhật' })).toHaveCount(0);
  for (const code of ['V.2.1', 'V.2.2']) await expect(row(code)).toHaveText(before[code]!);
});

test('the bulk bar never covers a task: the last row is wholly visible and can be ticked', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await page.getByRole('checkbox', { name: 'Chọn nhiệm vụ V.2.1' }).check();
  const bar = bulkBar(page);
  await expect(bar).toContainText('Đã chọn 1 nhiệm vụ');
  const rows = taskTable(page).getByRole('row');
  const last = rows.last();
  await scrollToBottom(page);
  await expect(last).toBeInViewport({ ratio: 1 });
  await expectClear(page, last, bar);
  await saveScreenshot(page, '62-thanh-thao-tac-cuoi-danh-sach');
  // The clerk ticks it: the click lands on the row's own checkbox, not on the bar.
  await last.getByRole('checkbox').check({ timeout: 5_000 });
  await expect(bar).toContainText('Đã chọn 2 nhiệm vụ');
});

test('a passing notification never covers the last rows: on Báo cáo › Đôn đốc after an urging', async ({ appPage: page }) => {
  await openScreen(page, 'Báo cáo');
  await page.getByRole('tab', { name: /Đôn đốc/ }).click();
  await page.getByLabel('Chọn Sở Tư pháp').check();
  await page.getByRole('button', { name: 'Ghi nhận đôn đốc' }).click();
  const note = page.getByRole('status').filter({ hasText: 'Đã ghi nhận đôn đốc 1 đơn vị ngày 01/07/2022.' });
  await expect(note).toBeVisible();
  // The pointer rests on it, as a clerk reading it would: it stays while the rows are measured.
  await note.hover();
  const history = page.getByRole('table', { name: 'Các lần đôn đốc' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await scrollToBottom(page);
  await page.waitForFunction(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1);
  await saveScreenshot(page, '63-thong-bao-khong-che-dong-cuoi');
  // Scrolled to the end of the page, no row in the window is under the notification (all boxes read at once).
  const viewport = page.viewportSize()!;
  const c = (await note.boundingBox())!;
  const rows = await page.getByRole('row').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  let seen = 0;
  for (const box of rows) {
    if (box.height === 0 || box.y + box.height <= 0 || box.y >= viewport.height) continue;
    seen++;
    expect(overlap(box, c), `a row (y ${Math.round(box.y)}–${Math.round(box.y + box.height)}) is under the notification (y ${Math.round(c.y)}–${Math.round(c.y + c.height)})`).toBe(false);
  }
  expect(seen, 'rows are in the window').toBeGreaterThan(3);
  await expect(note).toBeVisible();
});
