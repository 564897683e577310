// The task forms of the 2022 plan ("today" is 01/07/2022): a bad value is named at its field, and
// nothing is saved until it is corrected.
import type { Page } from '@playwright/test';
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';

test.describe.configure({ timeout: 120_000 });

const taskButton = (page: Page, code: string) =>
  page.getByRole('table', { name: 'Danh sách nhiệm vụ' }).getByRole('button', { name: code, exact: true });

test('adding a task: a day that is no day, an empty content and a group code already used are named at their fields, and nothing is saved', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await expect(page.getByText('63 / 63 nhiệm vụ')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm nhiệm vụ' });
  const save = form.getByRole('button', { name: 'Thêm nhiệm vụ' });
  const deadline = form.getByRole('textbox', { name: 'Thời hạn (ngày)' });
  const content = form.getByRole('textbox', { name: 'Nội dung nhiệm vụ' });

  // A deadline typed that is no day: named under Thời hạn, the form says what to do.
  await deadline.fill('31/02/2022');
  await deadline.blur();
  await save.click();
  await expect(deadline).toHaveAccessibleDescription('Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).');
  await expect(form.getByText('Chưa lưu được: hãy sửa các ô được đánh dấu đỏ.')).toBeVisible();
  await saveScreenshot(page, 'them-nhiem-vu-ngay-sai');

  // The day corrected, the content left empty: the refusal is named under Nội dung nhiệm vụ.
  await deadline.fill('30/09/2022');
  await save.click();
  await expect(content).toHaveAccessibleDescription('Chưa được nhập.');
  await expect(deadline).not.toHaveAttribute('aria-invalid', 'true');

  // A new group whose code the plan already has: named under Mã nhóm, no task added.
  await content.fill('Tổ chức tuyên truyền tại các xã, phường, thị trấn.');
  await form.getByRole('checkbox', { name: 'Thêm nhóm nhiệm vụ mới' }).check();
  await form.getByRole('textbox', { name: 'Mã nhóm' }).fill('V.2');
  await form.getByRole('textbox', { name: 'Tên nhóm' }).fill('Công tác tuyên truyền');
  await save.click();
  await expect(form.getByRole('textbox', { name: 'Mã nhóm' })).toHaveAccessibleDescription('Kế hoạch đã có nhóm nhiệm vụ mã V.2.');
  await saveScreenshot(page, 'them-nhiem-vu-ma-nhom-trung');

  await form.getByRole('button', { name: 'Hủy' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('63 / 63 nhiệm vụ')).toBeVisible();
});

test('editing a task: a completion day that is no day is named at its field, and nothing is saved', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await taskButton(page, 'V.2.5').click();
  const drawer = page.getByRole('dialog', { name: 'Nhiệm vụ V.2.5' });
  await drawer.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
  const completion = drawer.getByRole('textbox', { name: 'Ngày hoàn thành' });
  await completion.fill('31/06/2022');
  await completion.blur();
  await drawer.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(drawer.getByText('Chưa lưu được: hãy sửa các ô được đánh dấu đỏ.')).toBeVisible();
  await expect(completion).toHaveAccessibleDescription(/^Không có ngày 31\/06\/2022 \(tháng 6 năm 2022 có 30 ngày\)\./);
  await saveScreenshot(page, 'sua-nhiem-vu-ngay-hoan-thanh-sai');

  await drawer.getByRole('button', { name: 'Hủy' }).click();
  const facts = drawer.getByRole('table', { name: 'Thông tin nhiệm vụ' });
  await expect(facts.getByRole('row').filter({ hasText: 'Ngày hoàn thành' })).toContainText('Chưa hoàn thành');
  await expect(page.getByRole('table', { name: 'Danh sách nhiệm vụ' }).getByRole('row').filter({ has: page.getByRole('button', { name: 'V.2.5', exact: true }) })).not.toContainText('Đã hoàn thành');
});

test('completing a period: a day that is no day is named at the date field, and nothing is recorded', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await taskButton(page, 'V.2.3').click();
  const parts = page.getByRole('dialog', { name: 'Nhiệm vụ V.2.3' }).getByLabel('Hoàn thành theo kỳ và theo đơn vị');
  const date = parts.getByRole('textbox', { name: 'Ngày hoàn thành ghi vào' });
  await date.fill('31/06/2022');
  // Left first (its message shown), so that the click lands on the button the clerk sees.
  await date.blur();
  await parts.getByRole('button', { name: 'Hoàn thành kỳ 6 tháng đầu năm 2022' }).click();
  await expect(date).toHaveAccessibleDescription('Không có ngày 31/06/2022 (tháng 6 năm 2022 có 30 ngày).');
  await saveScreenshot(page, 'hoan-thanh-ky-ngay-sai');
  await expect(parts.getByRole('button', { name: 'Bỏ hoàn thành kỳ 6 tháng đầu năm 2022' })).toHaveCount(0);
  await expect(parts.getByRole('button', { name: 'Hoàn thành kỳ 6 tháng đầu năm 2022' })).toBeVisible();

  await date.fill('30/06/2022');
  await parts.getByRole('button', { name: 'Hoàn thành kỳ 6 tháng đầu năm 2022' }).click();
  await expect(parts.getByRole('button', { name: 'Bỏ hoàn thành kỳ 6 tháng đầu năm 2022' })).toContainText('Đã hoàn thành 30/06/2022');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
});
