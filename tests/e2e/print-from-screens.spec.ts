// The lists a clerk works with print from the screen she is on.
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';

test('"In" on the task board opens the printable task list of the plan', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await page.getByRole('link', { name: 'In', exact: true }).click();
  await expect(page.locator('html[data-print-ready="1"]')).toBeAttached();
  await expect(page.getByRole('heading', { name: 'DANH SÁCH NHIỆM VỤ' })).toBeVisible();
  await expect(page.locator('tbody tr').filter({ hasText: 'V.2.5' })).toContainText('Công an tỉnh');
  await saveScreenshot(page, '30-in-danh-sach-nhiem-vu');
});

test('"In" on the matrix view prints the assignment table', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await page.getByText('Ma trận phân công').click();
  await page.getByRole('link', { name: 'In', exact: true }).click();
  await expect(page.locator('html[data-print-ready="1"]')).toBeAttached();
  await expect(page.getByRole('heading', { name: /BẢNG PHÂN CÔNG NHIỆM VỤ/ })).toBeVisible();
});

test('"In tình hình báo cáo" prints the chosen period\'s reporting status', async ({ appPage: page }) => {
  await openScreen(page, 'Báo cáo');
  await page.getByRole('link', { name: 'In tình hình báo cáo' }).click();
  await expect(page.locator('html[data-print-ready="1"]')).toBeAttached();
  await expect(page.getByRole('heading', { name: 'TÌNH HÌNH GỬI BÁO CÁO' })).toBeVisible();
  await expect(page.locator('body')).toContainText('Công an tỉnh');
  await saveScreenshot(page, '31-in-tinh-hinh-bao-cao');
});
