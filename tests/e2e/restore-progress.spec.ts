// A restore of a large backup shows a progress bar with what it is doing ("Đang kiểm tra bản sao
// lưu… 40%") instead of a frozen window, and closes it when done.
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';

test('restoring a large backup shows its progress in a bar', async ({ app, appPage: page }) => {
  test.setTimeout(300_000);
  // Years of progress notes (about 30 MB), written straight into the data file.
  const db = new SQLite(path.join(app.dataDir, 'thuong-truc.sqlite'));
  const taskId = (db.prepare('select id from tasks order by id limit 1').get() as { id: number }).id;
  const insert = db.prepare('insert into task_progress (task_id, date, text) values (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 100_000; i++) insert.run(taskId, '2022-06-01', `Ghi chú tiến độ số ${i}: ${'đã kiểm tra cơ sở kinh doanh dịch vụ '.repeat(6)}`.slice(0, 250));
  })();
  db.close();

  await openScreen(page, 'Cài đặt');
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã sao lưu lúc' })).toBeVisible({ timeout: 60_000 });
  const manual = page.getByRole('table', { name: 'Các bản sao lưu' }).getByRole('row').filter({ hasText: 'Do người dùng tạo' });
  // Every text the bar shows is recorded in the page as it appears (the machine may be slower than the restore).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { restoreTexts: string[] }).restoreTexts = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="dialog"] [aria-live="polite"]')) {
        const text = el.textContent ?? '';
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await manual.getByRole('button', { name: /^Khôi phục bản sao lưu lúc/ }).click();
  await page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' }).getByRole('button', { name: 'Khôi phục', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'Đang khôi phục dữ liệu' });
  // The dialog, with the bar inside it (the bar's filled part may still be 0 px wide, so it is
  // checked as present with its value, not as painted).
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('progressbar', { name: 'Tiến độ khôi phục' })).toHaveAttribute('aria-valuenow', /^\d+$/);
  await saveScreenshot(page, 'khoi-phuc-tien-do');

  await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục' })).toContainText('Đã khôi phục dữ liệu từ bản sao lưu lúc', { timeout: 90_000 });
  await expect(dialog).toBeHidden();
  // The bar followed the server's progress: steps with their percentages, in order.
  const texts = await page.evaluate(() => (window as unknown as { restoreTexts: string[] }).restoreTexts);
  expect(texts[0]).toBe('Đang chép bản sao lưu… 0%');
  const steps = texts.slice(1);
  expect(steps.length).toBeGreaterThan(0);
  for (const t of steps) {
    expect(t).toMatch(/^Đang (chép bản sao lưu|kiểm tra bản sao lưu|sao lưu dữ liệu hiện tại|chép tệp đính kèm|mở dữ liệu đã khôi phục)… ([1-9]\d?)%$/);
  }
  const percents = steps.map((t) => Number(/(\d+)%$/.exec(t)![1]));
  expect([...percents].sort((a, b) => a - b)).toEqual(percents);
});
