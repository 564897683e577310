// A clerk sets up the document settings, exports each of the four documents from "Văn bản" and gets a
// Word file holding the plan's data, and prints the task assignment table to PDF (A4 landscape, the
// header row repeated on page 2). Runs against the browser host: files arrive as downloads.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';
import type { RunningHost } from './support/app-host';
import { readDocx, type DocxReader } from '../helpers/docx/reader';
import { SECRET_HEADER } from '../../shared/api/transport';

/** Calls the API as the page does (setup only: what the test checks is done through the UI). */
async function api(app: RunningHost, method: string, input: unknown): Promise<unknown> {
  const res = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: app.secret },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  return body.data;
}

async function signAsDepartment(app: RunningHost): Promise<void> {
  const view = (await api(app, 'documents.settings', { planId: 1 })) as { values: { standing: Record<string, unknown> } & Record<string, unknown> };
  const values = { ...view.values, standing: { ...view.values.standing, signerName: 'Lê Thị Hương', archiveLine: 'Lưu: VT, PCTNXH.' }, letterSymbol: 'SLĐTBXH-PCTNXH' };
  await api(app, 'documents.updateSettings', { planId: 1, values });
}

/** Clicks export, waits for the download, and opens it as a Word file. */
async function exportAndOpen(page: Page): Promise<{ download: Download; docx: DocxReader; file: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất văn bản Word' }).click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-docx-')), download.suggestedFilename());
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 2).toString('latin1'), 'a .docx is a zip file').toBe('PK');
  return { download, docx: readDocx(bytes), file };
}

async function chooseDocument(page: Page, label: string) {
  await page.getByRole('radiogroup', { name: 'Loại văn bản' }).getByText(label, { exact: true }).click();
}

test('Cài đặt › Văn bản shows the defaults from the plan, names a missing signer at its field, and saves', async ({ appPage: page }) => {
  await openScreen(page, 'Cài đặt');
  const card = page.getByRole('region', { name: 'Văn bản' });
  await expect(card.getByLabel('Cơ quan chủ quản')).toHaveValue('UBND TỈNH QUẢNG TRỊ');
  await expect(card.getByLabel('Tên cơ quan ban hành')).toHaveValue('SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI');
  await expect(card.getByLabel('Ký hiệu báo cáo')).toHaveValue('BC-SLĐTBXH');
  await card.getByRole('button', { name: 'Lưu cài đặt văn bản' }).click();
  await expect(card.getByText('Họ tên người ký: chưa được nhập.').first()).toBeVisible();
  await expect(card.getByLabel('Họ tên người ký')).toHaveAttribute('aria-invalid', 'true');
  await card.getByLabel('Họ tên người ký').fill('Lê Thị Hương');
  await expect(card.getByLabel('Ký hiệu công văn')).toHaveValue('SLĐTBXH');
  // The drafting unit: an abbreviation, named at its field when it is not one.
  await card.getByLabel('Đơn vị soạn thảo').fill('Phòng PCTNXH');
  await card.getByRole('button', { name: 'Lưu cài đặt văn bản' }).click();
  await expect(card.getByLabel('Đơn vị soạn thảo')).toHaveAttribute('aria-invalid', 'true');
  await card.getByLabel('Đơn vị soạn thảo').fill('PCTNXH');
  await card.getByRole('button', { name: 'Lưu cài đặt văn bản' }).click();
  // Saved: a passing notification says so (@mantine/notifications), not a message in the card.
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu cài đặt văn bản.' })).toHaveText('Đã lưu cài đặt văn bản.');
  await expect(card.getByRole('status')).toHaveCount(0);
  await card.getByRole('tab', { name: 'Kế hoạch, bảng phân công' }).click();
  await expect(card.getByLabel('Tên cơ quan ban hành')).toHaveValue('BAN CHỈ ĐẠO 138');
  await expect(card.getByLabel('Họ tên người ký')).toHaveValue('Hoàng Nam');
  await card.getByRole('tab', { name: 'Báo cáo, công văn (cơ quan thường trực)' }).click();
  await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await saveScreenshot(page, 'van-ban-cai-dat');
  // Kept after a reload.
  await page.reload();
  await openScreen(page, 'Cài đặt');
  await expect(page.getByRole('region', { name: 'Văn bản' }).getByLabel('Họ tên người ký')).toHaveValue('Lê Thị Hương');
});

test('without a signer the report is previewed with the problem, and cannot be exported', async ({ appPage: page }) => {
  await openScreen(page, 'Văn bản');
  const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
  await expect(preview).toContainText('BC-6thang-2022.docx');
  await expect(preview.getByRole('alert', { name: 'Chưa xuất được' })).toContainText('Thiếu họ tên người ký. Hãy điền ở Cài đặt › Văn bản.');
  await expect(page.getByRole('button', { name: 'Xuất văn bản Word' })).toBeDisabled();
});

test('a number that is no number, or a signing date that is no day, is named at its field, and nothing is exported until corrected', async ({ app, appPage: page }) => {
  await signAsDepartment(app);
  await openScreen(page, 'Văn bản');
  const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
  const exportButton = page.getByRole('button', { name: 'Xuất văn bản Word' });
  await expect(exportButton).toBeEnabled();
  const number = page.getByRole('textbox', { name: 'Số văn bản' });
  await number.fill('12a');
  await expect(page.getByText('Số văn bản là số nguyên dương, ví dụ 125.')).toBeVisible();
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  await expect(exportButton).toBeDisabled();
  await number.fill('125');
  await expect(preview).toContainText('125/BC-SLĐTBXH');
  await expect(exportButton).toBeEnabled();

  const signed = page.getByRole('textbox', { name: 'Ngày ký' });
  await signed.fill('31/02/2022');
  await signed.blur();
  await expect(page.getByText('Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).')).toBeVisible();
  await expect(exportButton).toBeDisabled();
  await saveScreenshot(page, 'van-ban-so-ngay-sai');
  await signed.fill('05/07/2022');
  await expect(preview).toContainText('Quảng Trị, ngày 05 tháng 7 năm 2022');
  await expect(exportButton).toBeEnabled();
});

test('a clerk exports the 6-month report with the text she wrote, and it is logged', async ({ app, appPage: page }) => {
  await signAsDepartment(app);
  await openScreen(page, 'Văn bản');
  const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
  await expect(preview).toContainText('Báo cáo kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2022');
  await expect(preview).toContainText('Số:');
  await expect(preview).toContainText('/BC-SLĐTBXH');
  await expect(preview).toContainText('Quảng Trị, ngày');
  await expect(preview).toContainText('tháng 7 năm 2022');
  await expect(preview).toContainText('Đúng hạn 0, chậm 0, chưa gửi 26');

  // The clerk writes section I.1 and saves it.
  await page.getByRole('button', { name: 'Soạn nội dung báo cáo' }).click();
  const editor = page.getByRole('dialog');
  const text = 'Tình hình tệ nạn mại dâm trên địa bàn tỉnh cơ bản được kiềm chế, không phát sinh điểm nóng.';
  await editor.getByLabel('Nội dung mục 1. Đặc điểm, diễn biến, phương thức, thủ đoạn; địa bàn trọng điểm').fill(text);
  await saveScreenshot(page, 'van-ban-soan-noi-dung');
  await editor.getByRole('button', { name: 'Lưu nội dung' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu nội dung' })).toHaveText(
    'Đã lưu nội dung. Nội dung này được dùng mỗi lần xuất văn bản.',
  );
  await editor.getByRole('button', { name: 'Đóng' }).click();
  await saveScreenshot(page, 'van-ban-bao-cao');

  const { download, docx } = await exportAndOpen(page);
  expect(download.suggestedFilename()).toBe('BC-6thang-2022.docx');
  expect(docx.findParagraph('BÁO CÁO').jc).toBe('center');
  expect(docx.findParagraph(/^Kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2022/).lines.join(' ')).toBe(
    'Kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2022 và phương hướng, nhiệm vụ 6 tháng cuối năm 2022',
  );
  expect(docx.findParagraph(text).text).toBe(text);
  await expect(page.getByRole('status').filter({ hasText: 'Đã tải xuống tệp' })).toHaveText('Đã tải xuống tệp BC-6thang-2022.docx.');
  const log = page.getByRole('table', { name: 'Văn bản đã xuất' });
  await expect(log.getByRole('row').nth(1)).toContainText('01/07/2022');
  await expect(log.getByRole('row').nth(1)).toContainText('Báo cáo kết quả thực hiện kế hoạch');
  await expect(log.getByRole('row').nth(1)).toContainText('6 tháng đầu năm 2022');
  await expect(log.getByRole('row').nth(1)).toContainText('BC-6thang-2022.docx');
});

test('a clerk exports the urging letter to the agencies she keeps selected', async ({ app, appPage: page }) => {
  await signAsDepartment(app);
  await openScreen(page, 'Văn bản');
  await chooseDocument(page, 'Công văn đôn đốc');
  const boxes = page.getByRole('group', { name: /Gửi đến các cơ quan, đơn vị chưa gửi báo cáo/ }).getByRole('checkbox');
  await expect(boxes).toHaveCount(26);
  // She chases only the police and two districts.
  await page.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
  await expect(page.getByText('(đã chọn 0)')).toBeVisible();
  await page.getByLabel('Công an tỉnh (quá hạn 16 ngày)').check();
  await page.getByLabel('UBND huyện Hướng Hóa (quá hạn 16 ngày)').check();
  await page.getByLabel('UBND huyện Đakrông (quá hạn 16 ngày)').check();
  await page.getByLabel('Hạn gửi mới').fill('15/07/2022');
  const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
  await expect(preview.getByRole('list', { name: 'Kính gửi' }).getByRole('listitem')).toHaveText(['Công an tỉnh', 'UBND huyện Hướng Hóa', 'UBND huyện Đakrông']);
  await saveScreenshot(page, 'van-ban-cong-van');
  const { download, docx } = await exportAndOpen(page);
  expect(download.suggestedFilename()).toBe('CV-don-doc-6thang-2022.docx');
  expect(docx.findParagraph('Kính gửi:')).toBeDefined();
  expect(docx.findParagraphs(/^- (Công an tỉnh|UBND huyện Hướng Hóa|UBND huyện Đakrông)[;.]$/).map((p) => p.text)).toEqual([
    '- Công an tỉnh;',
    '- UBND huyện Hướng Hóa;',
    '- UBND huyện Đakrông.',
  ]);
  expect(docx.findParagraph(/^V\/v đôn đốc gửi báo cáo/).lines.join(' ')).toBe('V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2022');
  expect(docx.allText().join(' ')).toContain('trước ngày 15/7/2022');
  // Also written in the register: the three agencies now show one urging each.
  const done = page.getByRole('status').filter({ hasText: 'Đã tải xuống tệp CV-don-doc-6thang-2022.docx.' });
  await expect(done).toContainText('Đã ghi nhận đôn đốc 3 cơ quan, đơn vị vào sổ theo dõi báo cáo.');
  // The register reloads, but her choice stays as she left it, and so does the message.
  await expect(page.getByText('(đã chọn 3)')).toBeVisible();
  await page.waitForTimeout(500);
  await expect(done).toContainText('Đã ghi nhận đôn đốc 3 cơ quan');
  await saveScreenshot(page, 'van-ban-cong-van-da-luu');
  const register = (await api(app, 'reporting.register', { periodId: 1 })) as { entries: { agency: { shortName: string }; urgings: unknown[] }[] };
  expect(register.entries.filter((e) => e.urgings.length > 0).map((e) => e.agency.shortName)).toEqual(['Công an tỉnh', 'UBND huyện Hướng Hóa', 'UBND huyện Đakrông']);
});

test('a clerk exports the assignment table for one agency and the plan with its appendix', async ({ app, appPage: page }) => {
  await signAsDepartment(app);
  await openScreen(page, 'Văn bản');
  await chooseDocument(page, 'Bảng phân công nhiệm vụ');
  await expect(page.getByRole('region', { name: 'Xem trước văn bản' })).toContainText('63 nhiệm vụ');
  let { download, docx } = await exportAndOpen(page);
  expect(download.suggestedFilename()).toBe('Bang-phan-cong-nhiem-vu-2022.docx');
  expect(docx.findParagraph('BẢNG PHÂN CÔNG NHIỆM VỤ')).toBeDefined();
  const table = docx.tables().find((t) => t.rows[0]?.tblHeader)!;
  // Task rows carry the plan's codes (III.1.a.1 … V.13.6); group rows span the table.
  expect(table.rows.slice(1).filter((r) => r.cells.length === 6)).toHaveLength(63);

  await page.getByRole('combobox', { name: 'Cơ quan (chủ trì hoặc phối hợp)' }).click();
  await page.getByRole('option', { name: 'Công an tỉnh', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Xem trước văn bản' })).toContainText('Nhiệm vụ Công an tỉnh chủ trì hoặc phối hợp');
  ({ download, docx } = await exportAndOpen(page));
  expect(download.suggestedFilename()).toBe('Bang-phan-cong-nhiem-vu-2022-Cong-an-tinh.docx');
  const rows = docx.tables().find((t) => t.rows[0]?.tblHeader)!.rows.slice(1).filter((r) => r.cells.length === 6);
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) expect(`${r.cells[2]!.text} ${r.cells[3]!.text}`).toContain('Công an tỉnh');

  await chooseDocument(page, 'Kế hoạch');
  await expect(page.getByRole('region', { name: 'Xem trước văn bản' })).toContainText('KH-PCMD-2022.docx');
  // The plan's own text, edited paragraph by paragraph; a task's paragraph shows its code.
  await page.getByRole('button', { name: 'Sửa nội dung kế hoạch' }).click();
  const editor = page.getByRole('dialog', { name: /Nội dung Kế hoạch/ });
  await expect(editor).toContainText('III.1.c.3');
  const kinhPhi = editor.getByRole('textbox', { name: 'Đoạn 70', exact: true });
  await expect(kinhPhi).toHaveValue(/^Kinh phí triển khai thực hiện Kế hoạch/);
  await kinhPhi.fill('Kinh phí triển khai thực hiện Kế hoạch do ngân sách Nhà nước đảm bảo.');
  await saveScreenshot(page, 'van-ban-noi-dung-ke-hoach');
  await editor.getByRole('button', { name: 'Lưu nội dung' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu 1 đoạn' })).toHaveText('Đã lưu 1 đoạn. Kế hoạch xuất ra dùng nội dung này.');
  await editor.getByRole('button', { name: 'Đóng' }).click();
  ({ download, docx } = await exportAndOpen(page));
  expect(download.suggestedFilename()).toBe('KH-PCMD-2022.docx');
  expect(docx.findParagraph('KẾ HOẠCH').jc).toBe('center');
  expect(docx.findParagraph('Hoàng Nam')).toBeDefined();
  expect(docx.findParagraph('Phụ lục')).toBeDefined();
  expect(docx.findParagraph('Kinh phí triển khai thực hiện Kế hoạch do ngân sách Nhà nước đảm bảo.')).toBeDefined();
  const log = page.getByRole('table', { name: 'Văn bản đã xuất' });
  await expect(log.getByRole('row')).toHaveCount(4);
  await saveScreenshot(page, 'van-ban-ke-hoach');
});

test('the assignment table prints to PDF on A4 landscape with the header row again on page 2', async ({ appPage: page }) => {
  await openScreen(page, 'Văn bản');
  await page.getByRole('link', { name: 'Xem và in bảng phân công' }).click();
  await expect(page.locator('html[data-print-ready="1"]')).toBeAttached();
  await expect(page.getByRole('heading', { name: 'BẢNG PHÂN CÔNG NHIỆM VỤ' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Bảng phân công nhiệm vụ' }).locator('tbody tr')).toHaveCount(63 + 21);
  await expect(page.getByRole('button', { name: 'In', exact: true })).toBeEnabled();
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'van-ban-ban-in');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-print-'));
  const pdf = path.join(dir, 'bang-phan-cong.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  if (process.env.KEEP_PRINT_PDF) fs.copyFileSync(pdf, process.env.KEEP_PRINT_PDF);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
  expect(sizes.length).toBeGreaterThan(2);
  for (const s of sizes) expect(s).toEqual([842, 595]);
  const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-'], { encoding: 'utf8' });
  const firstLines = page2.split('\n').filter((l) => l.trim()).slice(0, 3).join(' ');
  expect(firstLines).toMatch(/STT\s+Nội dung nhiệm vụ\s+Cơ quan chủ trì\s+Cơ quan phối hợp\s+Thời hạn\s+Sản phẩm/);
  // The toolbar is not printed.
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).not.toContain('Lưu PDF');

  // Back to the app.
  await page.getByRole('button', { name: '← Quay lại' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Văn bản' })).toBeVisible();
});

test('the compliance list of a period prints with who reported and who did not', async ({ appPage: page }) => {
  await openScreen(page, 'Văn bản');
  await page.getByRole('link', { name: 'Xem và in tình hình gửi báo cáo' }).click();
  await expect(page.locator('html[data-print-ready="1"]')).toBeAttached();
  const table = page.getByRole('table', { name: 'Tình hình gửi báo cáo' });
  await expect(table.locator('tbody tr')).toHaveCount(26);
  await expect(table.locator('tbody tr').first()).toContainText('Chưa gửi, quá hạn 16 ngày');
  await expect(page.getByText('Kỳ báo cáo 6 tháng đầu năm 2022')).toBeVisible();
});

test('Cài đặt › Nguồn số liệu shows who counts each statistic, and keeps the clerk’s choice', async ({ appPage: page }) => {
  await openScreen(page, 'Cài đặt');
  const card = page.getByRole('region', { name: 'Nguồn số liệu' });
  const prosecutions = card.getByLabel('Nguồn số liệu: Số vụ truy tố');
  await expect(prosecutions.locator('option:checked')).toHaveText('Viện Kiểm sát nhân dân tỉnh');
  await prosecutions.selectOption({ label: 'Cộng số liệu của các cơ quan, đơn vị' });
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu nguồn số liệu' })).toHaveText('Đã lưu nguồn số liệu của chỉ số “Số vụ truy tố”.');
  await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await saveScreenshot(page, 'cai-dat-nguon-so-lieu');
  await page.reload();
  await openScreen(page, 'Cài đặt');
  await expect(
    page.getByRole('region', { name: 'Nguồn số liệu' }).getByLabel('Nguồn số liệu: Số vụ truy tố').locator('option:checked'),
  ).toHaveText('Cộng số liệu của các cơ quan, đơn vị');
});

test('the report’s preview shows contradicting totals, and the clerk’s acceptance with her name and the day', async ({ app, appPage: page }) => {
  await signAsDepartment(app);
  await api(app, 'settings.update', { clerkName: 'Nguyễn Thị Lan' });
  const periods = (await api(app, 'reporting.periods', { planId: 1 })) as { id: number; periodType: string }[];
  const h1 = periods.find((p) => p.periodType === 'six_month')!;
  const register = (await api(app, 'reporting.register', { periodId: h1.id })) as { entries: { agency: { id: number; shortName: string } }[] };
  const idOf = (name: string) => register.entries.find((e) => e.agency.shortName === name)!.agency.id;
  const report = (name: string, figures: { statisticCode: string; value: number }[]) =>
    api(app, 'reports.create', { periodId: h1.id, agencyId: idOf(name), arrivalDate: '2022-06-14', channel: 'paper', figures });
  // 12 + 124 establishments inspected against 132 inspections.
  await report('Công an tỉnh', [{ statisticCode: 'C03', value: 12 }]);
  await report('Sở Văn hóa, Thể thao và Du lịch', [{ statisticCode: 'C02', value: 132 }, { statisticCode: 'C03', value: 124 }]);

  await openScreen(page, 'Văn bản');
  const checks = page.getByRole('region', { name: 'Số liệu chưa khớp' });
  await expect(checks).toContainText('Số cơ sở được kiểm tra lớn hơn số lượt cơ sở được kiểm tra (136 so với 132).');
  await expect(checks).toContainText('Hãy kiểm tra lại báo cáo');
  await saveScreenshot(page, 'van-ban-so-lieu-chua-khop');
  await checks.getByRole('button', { name: 'Chấp nhận số liệu' }).click();
  await expect(checks).toContainText('Đã chấp nhận: Nguyễn Thị Lan, ngày 01/07/2022.');
  await expect(checks.getByRole('button', { name: 'Chấp nhận số liệu' })).toHaveCount(0);
  await saveScreenshot(page, 'van-ban-so-lieu-da-chap-nhan');
  // Exporting is not held back.
  await expect(page.getByRole('button', { name: 'Xuất văn bản Word' })).toBeEnabled();
});

test('the plan\'s text: a paragraph emptied is named under it and nothing is saved', async ({ appPage: page }) => {
  await openScreen(page, 'Văn bản');
  await chooseDocument(page, 'Kế hoạch');
  await page.getByRole('button', { name: 'Sửa nội dung kế hoạch' }).click();
  const editor = page.getByRole('dialog', { name: /Nội dung Kế hoạch/ });
  const kinhPhi = editor.getByRole('textbox', { name: 'Đoạn 70', exact: true });
  await expect(kinhPhi).toHaveValue(/^Kinh phí triển khai thực hiện Kế hoạch/);
  await kinhPhi.fill('   ');
  await editor.getByRole('button', { name: 'Lưu nội dung' }).click();
  await expect(kinhPhi).toHaveAttribute('aria-invalid', 'true');
  // Named where the clerk is taken to: the paragraph, focused, far above the button.
  await expect(kinhPhi).toBeFocused();
  await expect(editor.getByText('Chưa nhập nội dung đoạn.')).toBeInViewport();
  await saveScreenshot(page, 'van-ban-noi-dung-ke-hoach-doan-trong');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toHaveCount(0);

  // Closed and opened again: the paragraph as stored.
  await editor.getByRole('button', { name: 'Đóng' }).click();
  await page.getByRole('button', { name: 'Sửa nội dung kế hoạch' }).click();
  await expect(editor.getByRole('textbox', { name: 'Đoạn 70', exact: true })).toHaveValue(/^Kinh phí triển khai thực hiện Kế hoạch/);
  await expect(editor.getByRole('button', { name: 'Lưu nội dung' })).toBeDisabled();
});
