// A clerk backs up from the Settings screen, changes something, and restores the backup after a
// confirmation that says what will happen; the restore can be undone from the list.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, openScreen, saveScreenshot } from '../support/fixtures';

// Two backups, two restores and two reloads: on a loaded 2-core machine the first flow took 50–56 s in
// passing runs and ran out of the default minute in one, as the other long flows do (working-board).
test.describe.configure({ timeout: 120_000 });

test('back up now, restore with confirmation, and undo the restore', async ({ appPage: page }) => {
  await openScreen(page, 'Cài đặt');
  const name = page.getByLabel('Tên cán bộ');
  await name.fill('Nguyễn Thị Lan');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  // The newest message (the one it replaces may still be fading out).
  await expect(page.getByText('Đã lưu cài đặt.').last()).toBeVisible();

  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã sao lưu lúc' })).toContainText(/Đã sao lưu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\./);
  const table = page.getByRole('table', { name: 'Các bản sao lưu' });
  const manual = table.getByRole('row').filter({ hasText: 'Do người dùng tạo' });
  await expect(manual).toHaveCount(1);
  await expect(manual.getByRole('cell').first()).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);

  await name.fill('Người khác');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  // The newest message (the one it replaces may still be fading out).
  await expect(page.getByText('Đã lưu cài đặt.').last()).toBeVisible();

  await manual.getByRole('button', { name: /^Khôi phục bản sao lưu lúc/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' });
  await expect(dialog).toContainText('Toàn bộ dữ liệu đang dùng sẽ được thay bằng dữ liệu của bản sao lưu lúc');
  await expect(dialog).toContainText('Trước khi khôi phục');
  await saveScreenshot(page, 'sao-luu-xac-nhan-khoi-phuc');
  await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục' })).toContainText('Đã khôi phục dữ liệu từ bản sao lưu lúc');

  await page.getByRole('button', { name: 'Mở lại ứng dụng với dữ liệu đã khôi phục' }).click();
  await openScreen(page, 'Cài đặt');
  await expect(page.getByLabel('Tên cán bộ')).toHaveValue('Nguyễn Thị Lan');
  await saveScreenshot(page, 'sao-luu-sau-khi-khoi-phuc');

  // Undo: the copy kept just before the restore brings the later name back.
  const undo = page.getByRole('table', { name: 'Các bản sao lưu' }).getByRole('row').filter({ hasText: 'Trước khi khôi phục' });
  await undo.getByRole('button', { name: /^Khôi phục bản sao lưu lúc/ }).click();
  await page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' }).getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục' })).toBeVisible();
  await page.getByRole('button', { name: 'Mở lại ứng dụng với dữ liệu đã khôi phục' }).click();
  await openScreen(page, 'Cài đặt');
  await expect(page.getByLabel('Tên cán bộ')).toHaveValue('Người khác');
});

test('a path that is not a backup is refused with a Vietnamese message, and nothing changes', async ({ app, appPage: page }) => {
  await openScreen(page, 'Cài đặt');
  await page.getByLabel('Tên cán bộ').fill('Nguyễn Thị Lan');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  // The newest message (the one it replaces may still be fading out).
  await expect(page.getByText('Đã lưu cài đặt.').last()).toBeVisible();
  const backupsDir = path.join(app.dataDir, 'backups');
  const backupsBefore = fs.readdirSync(backupsDir).sort();
  const listed = page.getByRole('table', { name: 'Các bản sao lưu' }).getByRole('row');
  const rowsBefore = await listed.count();

  await page.getByLabel('Khôi phục từ bản sao lưu khác').fill('/etc/passwd');
  await page.getByRole('button', { name: 'Khôi phục từ đường dẫn này' }).click();
  await page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' }).getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('không phải bản sao lưu của Thường trực');

  await page.getByLabel('Sao lưu ra thư mục khác (ví dụ ổ USB)').fill('SaoLuu');
  await page.getByRole('button', { name: 'Sao lưu ra thư mục này' }).click();
  await expect(page.getByRole('alert')).toContainText('đường dẫn đầy đủ');

  // Nothing changed: no "Trước khi khôi phục" copy was made (the check comes first), no backup was
  // written anywhere, no "SaoLuu" folder appeared, and after opening the app again the data is the
  // data it had: the clerk's name and the 63 tasks of the plan.
  expect(fs.readdirSync(backupsDir).sort()).toEqual(backupsBefore);
  expect(fs.existsSync(path.resolve('SaoLuu'))).toBe(false);
  expect(fs.existsSync(path.join(app.dataDir, 'SaoLuu'))).toBe(false);
  await page.goto(app.url);
  await openScreen(page, 'Cài đặt');
  await expect(page.getByLabel('Tên cán bộ')).toHaveValue('Nguyễn Thị Lan');
  await expect(listed).toHaveCount(rowsBefore);
  await expect(page.getByRole('table', { name: 'Các bản sao lưu' }).getByText('Trước khi khôi phục')).toHaveCount(0);
  await openScreen(page, 'Nhiệm vụ');
  await expect(page.getByText('63 / 63 nhiệm vụ')).toBeVisible();
});

test('"Hủy" in the restore question closes it and restores nothing', async ({ app, appPage: page }) => {
  await openScreen(page, 'Cài đặt');
  const name = page.getByLabel('Tên cán bộ');
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã sao lưu lúc' })).toBeVisible();
  await name.fill('Người khác');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu cài đặt.').last()).toBeVisible();
  const backupsDir = path.join(app.dataDir, 'backups');
  const backupsBefore = fs.readdirSync(backupsDir).sort();

  const table = page.getByRole('table', { name: 'Các bản sao lưu' });
  await table.getByRole('row').filter({ hasText: 'Do người dùng tạo' }).getByRole('button', { name: /^Khôi phục bản sao lưu lúc/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' });
  await expect(dialog).toBeVisible();
  await page.waitForTimeout(300); // the modal's opening transition, for the screenshot
  await saveScreenshot(page, 'sao-luu-khoi-phuc-huy');
  // The way out reads as in every other question of the app: "Hủy", on the left of the action.
  const buttons = dialog.getByRole('button', { name: /^(Hủy|Khôi phục)$/ });
  await expect(buttons).toHaveText(['Hủy', 'Khôi phục']);
  await dialog.getByRole('button', { name: 'Hủy', exact: true }).click();
  await expect(dialog).toBeHidden();

  // Nothing was restored: no "Trước khi khôi phục" copy, and the name typed after the backup stays.
  expect(fs.readdirSync(backupsDir).sort()).toEqual(backupsBefore);
  await expect(table.getByText('Trước khi khôi phục')).toHaveCount(0);
  await page.goto(app.url);
  await openScreen(page, 'Cài đặt');
  await expect(page.getByLabel('Tên cán bộ')).toHaveValue('Người khác');
});
