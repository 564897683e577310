// Two windows during a restore: the second window's save, arriving while the first window's restore
// replaces the data, is not refused: the second window shows the same progress bar, waits, and sends
// the save again once the restore has ended, so the clerk's note is there afterwards, once.
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { SECRET_HEADER } from '../../shared/api/transport';
import type { RestoreProgress } from '../../shared/api/models';
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';

const NOTE = 'Đã kiểm tra 4 cơ sở lưu trú trong lúc khôi phục';

async function openProgressTab(page: Page, code: string) {
  // The task list reads every task's progress notes: slower with years of them.
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Nhiệm vụ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Nhiệm vụ' })).toBeVisible({ timeout: 60_000 });
  const table = page.getByRole('table', { name: 'Danh sách nhiệm vụ' });
  await table.getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) }).getByRole('button', { name: code }).click();
  const drawer = page.getByRole('dialog', { name: `Nhiệm vụ ${code}` });
  await drawer.getByRole('tab', { name: /^Tiến độ/ }).click();
  return drawer;
}

test('a note saved in a second window during a restore waits with the bar and is saved after it, once', async ({ app, appPage: first, context }) => {
  test.setTimeout(480_000);
  const file = path.join(app.dataDir, 'thuong-truc.sqlite');
  // Years of progress notes on another task (about 25 MB), so the restore takes a few seconds.
  const db = new SQLite(file);
  const taskId = (db.prepare("select id from tasks where code <> 'V.2.5' order by id limit 1").get() as { id: number }).id;
  const insert = db.prepare('insert into task_progress (task_id, date, text) values (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 60_000; i++) insert.run(taskId, '2022-06-01', `Ghi chú tiến độ số ${i}: ${'đã kiểm tra cơ sở kinh doanh dịch vụ '.repeat(6)}`.slice(0, 250));
  })();
  db.close();

  await openScreen(first, 'Cài đặt');
  await first.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Đã sao lưu lúc' })).toBeVisible({ timeout: 60_000 });

  // The second window has its note typed, ready to be added.
  const second = await context.newPage();
  await second.goto(app.url);
  const drawer = await openProgressTab(second, 'V.2.5');
  await drawer.getByRole('textbox', { name: 'Nội dung cập nhật' }).fill(NOTE);

  // The second window's note reaches the app while the restore replaces the data: its request is
  // held until the server says the restore is backing up the current data (from then on until the
  // swap, every write is refused), then let through.
  const origin = new URL(app.url).origin;
  const progressNow = async () => {
    const r = await fetch(`${origin}/api/backup.restoreProgress`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: app.secret },
      body: '{}',
    });
    return ((await r.json()) as { data: RestoreProgress }).data;
  };
  // The note's request is sent again after the restore; that second request is held until the test
  // has looked at the window (the window shows the bar until the answer comes).
  let sent = 0;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await second.route('**/api/tasks.addProgress', async (route) => {
    sent++;
    if (sent === 1) {
      // From the backup of the current data (65 %) to the end, the restore runs alone.
      const until = Date.now() + 240_000;
      for (let p = await progressNow(); Date.now() < until && !(p.running && p.percent >= 65); p = await progressNow()) {
        await new Promise((r) => setTimeout(r, 5));
      }
    } else {
      await released;
    }
    await route.continue();
  });

  // The second window adds its note, and the first restores the backup just made.
  await drawer.getByRole('button', { name: 'Thêm cập nhật' }).click();
  const manual = first.getByRole('table', { name: 'Các bản sao lưu' }).getByRole('row').filter({ hasText: 'Do người dùng tạo' });
  await manual.getByRole('button', { name: /^Khôi phục bản sao lưu lúc/ }).click();
  await first.getByRole('dialog', { name: 'Khôi phục dữ liệu?' }).getByRole('button', { name: 'Khôi phục', exact: true }).click();

  // The second window waits, with the same bar, and says its note will be sent after the restore.
  const waiting = second.getByRole('dialog', { name: 'Đang khôi phục dữ liệu' });
  await expect(waiting).toBeVisible({ timeout: 240_000 });
  await expect(waiting.getByRole('progressbar', { name: 'Tiến độ khôi phục' })).toHaveAttribute('aria-valuenow', /^\d+$/);
  await expect(waiting).toContainText('sẽ được gửi lại ngay khi khôi phục xong');
  // The step the server reported while the window asked (or, on a machine slower than the restore, that it has just ended).
  await expect(
    waiting.getByText(/^(Đang (sao lưu dữ liệu hiện tại|chép tệp đính kèm|mở dữ liệu đã khôi phục)… \d+%|Khôi phục vừa xong; đang gửi lại yêu cầu…)$/),
  ).toBeVisible();
  await expect.poll(() => sent, { timeout: 120_000 }).toBe(2);
  await saveScreenshot(second, 'khoi-phuc-cua-so-khac-cho');
  // The first request was refused, nothing done: the note is not in the data yet, and still in its box.
  const count = () => {
    const check = new SQLite(file, { readonly: true });
    try {
      return (check.prepare('select count(*) as n from task_progress where text = ?').get(NOTE) as { n: number }).n;
    } finally {
      check.close();
    }
  };
  expect(count()).toBe(0);
  await expect(drawer.getByRole('textbox', { name: 'Nội dung cập nhật' })).toHaveValue(NOTE);
  release();

  // The backup's notification may still be showing: the restore's own message is the one looked for.
  await expect(first.getByRole('status').filter({ hasText: 'Đã khôi phục dữ liệu từ bản sao lưu lúc' })).toBeVisible({ timeout: 120_000 });
  const done = second.getByRole('dialog', { name: 'Đã khôi phục dữ liệu' });
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(waiting).toBeHidden();
  // No error in the second window: the note was added (its box emptied) and shows in the timeline.
  await expect(drawer.getByRole('textbox', { name: 'Nội dung cập nhật' })).toHaveValue('');
  await saveScreenshot(second, 'khoi-phuc-cua-so-khac-xong');
  await done.getByRole('button', { name: 'Mở lại với dữ liệu đã khôi phục' }).click();
  const reopened = await openProgressTab(second, 'V.2.5');
  await expect(reopened.getByText(NOTE, { exact: true })).toHaveCount(1);

  // In the data now in use: once.
  expect(count()).toBe(1);
  expect(sent).toBe(2);
});
