// Excel from the screens ("today" is 01/07/2022, browser host: the file downloads): the board as
// filtered, the targets, the register; the statistics form of the 6-month period downloaded, filled
// in as an agency would, brought back with a preview, a bad cell named, then the figures recorded.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';

test.describe.configure({ timeout: 240_000 });

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  return wb;
}

async function downloadFrom(page: Page, button: string): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  return download;
}

test('the board as filtered, the targets and the register download as Excel lists', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await page.getByLabel('Tìm kiếm').fill('kiem tra');
  const subtitle = await page.getByText(/^\d+ \/ \d+ nhiệm vụ$/).textContent();
  const shown = Number(subtitle!.split(' / ')[0]);
  expect(shown).toBeGreaterThan(0);
  let download = await downloadFrom(page, 'Xuất Excel');
  expect(download.suggestedFilename()).toBe('DS-nhiem-vu-2022.xlsx');
  await expect(page.getByRole('status').filter({ hasText: 'Đã tải xuống tệp DS-nhiem-vu-2022.xlsx.' })).toBeVisible();
  await saveScreenshot(page, 'excel-tasks');
  let ws = (await workbookOf(download)).worksheets[0]!;
  expect(ws.getCell('A1').value).toBe(`DANH SÁCH NHIỆM VỤ (${shown} nhiệm vụ)`);
  expect(String(ws.getCell('A2').value)).toContain('Lọc: tìm "kiem tra"');
  expect(ws.rowCount).toBe(4 + shown);

  await openScreen(page, 'Chỉ tiêu');
  download = await downloadFrom(page, 'Xuất Excel');
  expect(download.suggestedFilename()).toBe('Chi-tieu-tien-do-2022.xlsx');
  await saveScreenshot(page, 'excel-targets');

  await openScreen(page, 'Báo cáo');
  download = await downloadFrom(page, 'Xuất sổ ra Excel');
  expect(download.suggestedFilename()).toBe('So-bao-cao-6thang-2022.xlsx');
  ws = (await workbookOf(download)).worksheets[0]!;
  expect(ws.getCell('A1').value).toBe('SỔ THEO DÕI BÁO CÁO: 6 THÁNG ĐẦU NĂM 2022');
  expect(ws.rowCount).toBe(4 + 26);
});

test('the statistics form goes out, comes back with a bad cell named, then its figures are recorded', async ({ appPage: page }) => {
  await openScreen(page, 'Báo cáo');
  await page.getByRole('tab', { name: 'Số liệu tổng hợp' }).click();
  await expect(page.getByText('Chưa có báo cáo nào của kỳ này mang số liệu.')).toBeVisible();
  await saveScreenshot(page, 'excel-figures-tab');
  const download = await downloadFrom(page, 'Xuất biểu mẫu số liệu');
  expect(download.suggestedFilename()).toBe('Bieu-mau-so-lieu-6thang-2022.xlsx');
  const wb = await workbookOf(download);
  const ws = wb.getWorksheet('UBND huyện Hướng Hóa')!;
  expect(ws.getCell('B7').value).toBe('B06');
  ws.getCell('E7').value = 'hai mươi';
  const bad = Buffer.from(await wb.xlsx.writeBuffer());

  await page.getByRole('button', { name: 'Nhập biểu mẫu đã điền…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập biểu mẫu số liệu đã điền' });
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'bieu-mau.xlsx', mimeType: 'application/octet-stream', buffer: bad });
  await expect(dialog.getByText('Trang "UBND huyện Hướng Hóa", ô E7: "hai mươi" không phải là một số')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('button', { name: 'Ghi nhận số liệu' })).toBeDisabled();
  await saveScreenshot(page, 'excel-form-bad-cell');

  ws.getCell('E7').value = 21;
  const good = Buffer.from(await wb.xlsx.writeBuffer());
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'bieu-mau.xlsx', mimeType: 'application/octet-stream', buffer: good });
  const table = dialog.getByRole('table', { name: 'Số liệu sẽ ghi nhận' });
  await expect(table.getByRole('row').filter({ hasText: 'E7' })).toContainText('21');
  await expect(dialog.getByText('báo cáo đến mới')).toBeVisible();
  // The form came by e-mail on 14/06: the new report arrives that day, on time.
  await dialog.getByLabel('Ngày đến của báo cáo ghi nhận mới').fill('14/06/2022');
  await saveScreenshot(page, 'excel-form-preview');
  await dialog.getByRole('button', { name: 'Ghi nhận số liệu' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Đã ghi nhận 1 số liệu của 1 cơ quan, đơn vị (1 báo cáo đến mới).' })).toBeVisible();
  await expect(page.getByLabel('Tình hình gửi báo cáo của kỳ')).toContainText('Đã gửi đúng hạn1');
  const figures = page.getByRole('table', { name: 'Số liệu tổng hợp của kỳ' });
  await expect(figures.getByRole('row').filter({ hasText: 'B06' })).toContainText('UBND huyện Hướng Hóa: 21');
  await saveScreenshot(page, 'excel-figures-recorded');
});
