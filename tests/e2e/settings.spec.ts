// Cài đặt › Người sử dụng: a bad value is named under its field and nothing is saved.
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';

test('Người sử dụng: an empty name and an empty number of days are named at their fields, and nothing is saved', async ({ appPage: page }) => {
  await openScreen(page, 'Cài đặt');
  const name = page.getByRole('textbox', { name: 'Tên cán bộ' });
  const days = page.getByRole('textbox', { name: 'Số ngày báo sắp đến hạn' });
  await expect(name).toHaveValue('Nguyễn Thị Lan');
  await name.fill('   ');
  await days.fill('');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Chưa nhập tên cán bộ. Tên này được ghi vào lịch sử mỗi lần thay đổi dữ liệu.')).toBeVisible();
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Chưa nhập số ngày báo sắp đến hạn.')).toBeVisible();
  await saveScreenshot(page, 'cai-dat-nguoi-su-dung-thieu-ten');
  // Typing clears the field's message; the other stays until it is corrected too.
  await name.fill('123');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Tên cán bộ phải có chữ, ví dụ "Nguyễn Thị Lan".')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu cài đặt.' })).toHaveCount(0);

  // Nothing was saved: the stored values come back.
  await page.reload();
  await openScreen(page, 'Cài đặt');
  await expect(page.getByRole('textbox', { name: 'Tên cán bộ' })).toHaveValue('Nguyễn Thị Lan');
  await expect(page.getByRole('textbox', { name: 'Số ngày báo sắp đến hạn' })).toHaveValue('7');

  // Corrected, it is saved.
  await page.getByRole('textbox', { name: 'Tên cán bộ' }).fill('  Trần   Thị Mai ');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu cài đặt.' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tên cán bộ' })).toHaveValue('Trần Thị Mai');
});
