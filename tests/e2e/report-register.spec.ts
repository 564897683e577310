// A clerk keeps the register of the 6-month 2022 reports ("today" is 01/07/2022): registers three
// reports (one late, one with an attached file, one with figures), sees the compliance board and the
// targets move, and selects the agencies still missing for urging.
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';
import type { Page } from '@playwright/test';

// Long flows through many dialogs: allow time on a busy 2-core machine (no assertion depends on it).
test.describe.configure({ timeout: 240_000 });

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

function registerRow(page: Page, agency: string) {
  return page
    .getByRole('table', { name: 'Sổ theo dõi báo cáo' })
    .getByRole('row')
    .filter({ has: page.getByText(agency, { exact: true }) });
}

async function openForm(page: Page, agency: string) {
  await registerRow(page, agency).getByRole('button', { name: `Ghi nhận báo cáo của ${agency}` }).click();
  const dialog = page.getByRole('dialog', { name: `Ghi nhận báo cáo: ${agency}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

function stat(page: Page, label: string) {
  return page.getByLabel('Tình hình gửi báo cáo của kỳ').locator('div').filter({ has: page.getByText(label, { exact: true }) }).last();
}

test('registering three 6-month reports moves the compliance board and the targets, then the missing are urged', async ({ appPage: page }) => {
  await openScreen(page, 'Báo cáo');
  await expect(page.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue('Báo cáo 6 tháng đầu năm 2022 (hạn 15/06/2022)');
  await expect(page.getByText('Kỳ số liệu: từ 15/12/2021 đến 14/06/2022')).toBeVisible();
  await expect(page.getByText('trước ngày 15/6/2022; nhận đến hết ngày 15/06/2022')).toBeVisible();
  await expect(stat(page, 'Phải gửi')).toContainText('26');
  await expect(registerRow(page, 'Công an tỉnh')).toContainText('Quá hạn 16 ngày');

  // 1. Late: the police report arrived on 20/06.
  let form = await openForm(page, 'Công an tỉnh');
  await form.getByLabel('Ngày đến').fill('20/06/2022');
  await expect(form.getByText('Chậm 5 ngày so với hạn')).toBeVisible();
  await form.getByLabel('Số văn bản').fill('125/BC-CAT');
  await form.getByLabel('Ngày văn bản').fill('18/06/2022');
  await form.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(form).toBeHidden({ timeout: 30_000 });
  await expect(registerRow(page, 'Công an tỉnh')).toContainText('Chậm 5 ngày');
  await expect(registerRow(page, 'Công an tỉnh')).toContainText('125/BC-CAT, ngày 18/06/2022');

  // 2. On time, with the scanned report attached.
  form = await openForm(page, 'Sở Y tế');
  await form.getByLabel('Ngày đến').fill('14/06/2022');
  await form.getByLabel('Hình thức gửi').click();
  await page.getByRole('option', { name: 'Thư điện tử' }).click();
  await form.locator('input[type="file"]').setInputFiles({ name: 'BC 6 thang So Y te.pdf', mimeType: 'application/pdf', buffer: PDF });
  await form.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(form).toBeHidden({ timeout: 30_000 });
  const health = registerRow(page, 'Sở Y tế');
  await expect(health).toContainText('Đúng hạn');
  await expect(health).toContainText('Thư điện tử');
  await expect(health).toContainText('1 tệp, 0 số liệu');

  // The file opens again from the app, under its own name.
  await health.getByRole('button', { name: 'Mở báo cáo của Sở Y tế' }).click();
  const opened = page.getByRole('dialog', { name: 'Báo cáo của Sở Y tế' });
  await expect(opened.getByText('BC 6 thang So Y te.pdf')).toBeVisible();
  const download = page.waitForEvent('download');
  await opened.getByRole('button', { name: 'Tải về' }).click();
  expect((await download).suggestedFilename()).toBe('BC 6 thang So Y te.pdf');
  await opened.getByRole('button', { name: 'Hủy' }).click();

  // A report dated before the period opened is refused at the field, and nothing is recorded.
  form = await openForm(page, 'Sở Tư pháp');
  await form.getByLabel('Ngày đến').fill('01/12/2021');
  await form.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(form.getByText(/trước ngày kỳ báo cáo bắt đầu \(15\/12\/2021\)/)).toBeVisible();
  await form.getByRole('button', { name: 'Hủy' }).click();
  await expect(registerRow(page, 'Sở Tư pháp')).toContainText('Quá hạn 16 ngày');

  // 3. On time, with figures for the targets.
  form = await openForm(page, 'UBND huyện Hướng Hóa');
  await form.getByLabel('Ngày đến').fill('10/06/2022');
  await form.getByLabel('Số văn bản').fill('215/BC-UBND');
  await form.getByRole('button', { name: 'Thêm các chỉ số đơn vị phải báo cáo' }).click();
  await form.getByLabel('Giá trị B06').fill('-3');
  await form.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(form.getByText('Số liệu không được là số âm.')).toBeVisible();
  await form.getByLabel('Giá trị B06').fill('21');
  await form.getByLabel('Giá trị E01').fill('6');
  await saveScreenshot(page, '10-bao-cao-ghi-nhan-so-lieu');
  await form.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(form).toBeHidden({ timeout: 30_000 });
  await expect(registerRow(page, 'UBND huyện Hướng Hóa')).toContainText('0 tệp, 2 số liệu');
  // The register counts the figures; the report, opened again, shows them in its form.
  await registerRow(page, 'UBND huyện Hướng Hóa').getByRole('button', { name: 'Mở báo cáo của UBND huyện Hướng Hóa' }).click();
  const reopened = page.getByRole('dialog', { name: 'Báo cáo của UBND huyện Hướng Hóa' });
  await expect(reopened.getByLabel('Giá trị B06')).toHaveValue('21');
  await expect(reopened.getByLabel('Giá trị E01')).toHaveValue('6');
  await expect(reopened.getByLabel('Số văn bản')).toHaveValue('215/BC-UBND');
  await saveScreenshot(page, '10b-bao-cao-mo-lai-so-lieu');
  await reopened.getByRole('button', { name: 'Hủy' }).click();
  await expect(reopened).toBeHidden();

  // The compliance board of the period.
  await expect(stat(page, 'Đã gửi đúng hạn')).toContainText('2');
  await expect(stat(page, 'Gửi chậm')).toContainText('1');
  await expect(stat(page, 'Chưa gửi')).toContainText('23');
  await expect(stat(page, 'Tỷ lệ đã gửi')).toContainText('11,5%');
  await expect(stat(page, 'Tỷ lệ đúng hạn')).toContainText('7,7%');
  await page.locator('.mantine-SegmentedControl-root').getByText('Gửi chậm', { exact: true }).click();
  await expect(page.getByRole('table', { name: 'Sổ theo dõi báo cáo' }).getByRole('row')).toHaveCount(2);
  await page.locator('.mantine-SegmentedControl-root').getByText('Tất cả', { exact: true }).click();
  await saveScreenshot(page, '11-bao-cao-so-theo-doi');

  await page.getByRole('tab', { name: 'Số liệu tổng hợp' }).click();
  const totals = page.getByRole('table', { name: 'Số liệu tổng hợp của kỳ' });
  await expect(totals.getByRole('row').filter({ hasText: 'B06' })).toContainText('21 xã');

  // The targets moved.
  await openScreen(page, 'Chỉ tiêu');
  const targets = page.getByRole('table', { name: 'Danh sách chỉ tiêu' });
  const target = (code: string) => targets.getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
  await expect(target('II.2.1')).toContainText('16,8% (21/125)');
  await expect(target('II.2.1')).toContainText('Chưa đạt');
  await expect(target('II.2.1')).toContainText('16,8% chỉ tiêu');
  await expect(target('II.2.11')).toContainText('6 lượt người');
  await expect(target('II.2.11')).toContainText('12% chỉ tiêu');
  await expect(target('II.2.13')).toContainText('Chưa có số liệu');
  await target('II.2.1').getByRole('button', { name: 'Xem báo cáo đóng góp' }).click();
  await expect(targets.getByText('6 tháng đầu năm 2022: UBND huyện Hướng Hóa 21')).toBeVisible();
  await saveScreenshot(page, '12-chi-tieu-ket-qua');

  // Urging the agencies still missing.
  await openScreen(page, 'Báo cáo');
  await page.getByRole('tab', { name: /Đôn đốc/ }).click();
  const missing = page.getByRole('table', { name: 'Đơn vị chưa gửi báo cáo' });
  await expect(missing.getByRole('row')).toHaveCount(23 + 1);
  await expect(missing).not.toContainText('Công an tỉnh');
  await page.getByLabel('Chọn tất cả đơn vị chưa gửi').check();
  const letter = page.getByLabel('Nội dung công văn đôn đốc');
  await expect(letter).toContainText('Kính gửi: Sở Thông tin và Truyền thông tỉnh Quảng Trị; Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị;');
  await expect(letter).toContainText('Sở Tư pháp tỉnh Quảng Trị');
  await expect(page.getByText(/V\/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2022; hạn đã quy định: trước ngày 15\/6\/2022/)).toBeVisible();
  await page.getByLabel('Chọn Sở Tư pháp').uncheck();
  await page.getByLabel('Số công văn đôn đốc').fill('850/SLĐTBXH-PCTNXH');
  await page.getByRole('button', { name: 'Ghi nhận đôn đốc' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã ghi nhận đôn đốc 22 đơn vị ngày 01/07/2022 (công văn số 850/SLĐTBXH-PCTNXH).' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Các lần đôn đốc' });
  await expect(history).toContainText('850/SLĐTBXH-PCTNXH');
  await expect(history).not.toContainText('Sở Tư pháp');
  await expect(missing.getByRole('row').filter({ hasText: 'Sở Tư pháp' })).toContainText('Chưa');
  await expect(missing.getByRole('row').filter({ hasText: 'Sở Y tế' })).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, '13-bao-cao-don-doc');

  // Tổng quan: the current period's missing and late reports.
  await openScreen(page, 'Tổng quan');
  const card = page.getByLabel('Báo cáo của kỳ hiện tại');
  await expect(card.getByRole('heading', { name: 'Báo cáo 6 tháng đầu năm 2022' })).toBeVisible();
  await expect(card).toContainText('Chưa gửi, đã quá hạn (23)');
  await expect(card).toContainText('Gửi chậm (1)');
  await expect(card.getByText('Công an tỉnh', { exact: true })).toBeVisible();
  await expect(card).toContainText('đã nhận 3/26 báo cáo');
  await saveScreenshot(page, '14-tong-quan-bao-cao');
});

test('deleting a report asks first; an exemption and an ad-hoc request change who owes what', async ({ appPage: page }) => {
  await openScreen(page, 'Báo cáo');
  const form = await openForm(page, 'Sở Tư pháp');
  await form.getByLabel('Ngày đến').fill('15/06/2022');
  await expect(form.getByText('Đúng hạn')).toBeVisible();
  await form.locator('input[type="file"]').setInputFiles({ name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: PDF });
  await form.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(registerRow(page, 'Sở Tư pháp')).toContainText('Đúng hạn');

  await registerRow(page, 'Sở Tư pháp').getByRole('button', { name: 'Mở báo cáo của Sở Tư pháp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Báo cáo của Sở Tư pháp' });
  await dialog.getByRole('button', { name: 'Xóa báo cáo' }).click();
  await expect(dialog.getByText('Xóa báo cáo này?')).toBeVisible();
  await expect(dialog).toContainText('1 tệp đính kèm');
  await dialog.getByRole('button', { name: 'Không xóa' }).click();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(registerRow(page, 'Sở Tư pháp')).toContainText('Đúng hạn');

  await registerRow(page, 'Sở Tư pháp').getByRole('button', { name: 'Mở báo cáo của Sở Tư pháp' }).click();
  await dialog.getByRole('button', { name: 'Xóa báo cáo' }).click();
  await saveScreenshot(page, '15-bao-cao-xac-nhan-xoa');
  await dialog.getByRole('button', { name: 'Xóa báo cáo' }).click();
  await expect(dialog).toBeHidden();
  await expect(registerRow(page, 'Sở Tư pháp')).toContainText('Quá hạn 16 ngày');

  // Exempting an agency takes it out of the rates.
  await registerRow(page, 'UBND huyện Cồn Cỏ').getByRole('button', { name: 'Thêm thao tác cho UBND huyện Cồn Cỏ' }).click();
  await page.getByRole('menuitem', { name: 'Miễn báo cáo kỳ này…' }).click();
  const exempt = page.getByRole('dialog', { name: 'Miễn báo cáo kỳ này: UBND huyện Cồn Cỏ' });
  await exempt.getByRole('button', { name: 'Miễn báo cáo' }).click();
  await expect(exempt.getByText('Hãy ghi lý do miễn báo cáo.')).toBeVisible();
  await exempt.getByLabel('Lý do').fill('Huyện đảo, báo cáo gộp với UBND huyện Vĩnh Linh');
  await exempt.getByRole('button', { name: 'Miễn báo cáo' }).click();
  await expect(registerRow(page, 'UBND huyện Cồn Cỏ')).toContainText('Được miễn');
  await expect(registerRow(page, 'UBND huyện Cồn Cỏ')).toContainText('Miễn: Huyện đảo');
  await expect(stat(page, 'Được miễn')).toContainText('1');

  // An ad-hoc request for two agencies becomes a period of its own.
  await page.getByRole('button', { name: 'Yêu cầu báo cáo đột xuất' }).click();
  const adHoc = page.getByRole('dialog', { name: 'Yêu cầu báo cáo đột xuất' });
  await adHoc.getByLabel('Tên yêu cầu').fill('Báo cáo nhanh kiểm tra cơ sở kinh doanh dịch vụ dịp hè');
  await adHoc.getByLabel('Số công văn yêu cầu').fill('612/SLĐTBXH-PCTNXH');
  await adHoc.getByLabel('Ngày công văn').fill('20/06/2022');
  await adHoc.getByLabel('Hạn gửi').fill('30/06/2022');
  await adHoc.getByLabel('Công an tỉnh').check();
  await adHoc.getByLabel('Sở Văn hóa, Thể thao và Du lịch').check();
  await adHoc.getByRole('button', { name: 'Tạo yêu cầu' }).click();
  await expect(page.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue(
    'Đột xuất: Báo cáo nhanh kiểm tra cơ sở kinh doanh dịch vụ dịp hè (hạn 30/06/2022)',
  );
  await expect(page.getByText('Theo công văn số 612/SLĐTBXH-PCTNXH ngày 20/06/2022')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Sổ theo dõi báo cáo' }).getByRole('row')).toHaveCount(3);
  await expect(registerRow(page, 'Công an tỉnh')).toContainText('Quá hạn 1 ngày');
  await saveScreenshot(page, '16-bao-cao-dot-xuat');

  // A target is edited on the Chỉ tiêu screen; a percentage above 100 is refused at its field.
  await openScreen(page, 'Chỉ tiêu');
  const targets = page.getByRole('table', { name: 'Danh sách chỉ tiêu' });
  const row = (code: string) => targets.getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
  await row('II.2.12').getByRole('button', { name: 'Sửa chỉ tiêu II.2.12' }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa chỉ tiêu II.2.12' });
  await edit.getByLabel('Mức phải đạt (%)').fill('120');
  await edit.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(edit.getByText('Mức phải đạt là tỷ lệ phần trăm, không được lớn hơn 100.')).toBeVisible();
  await edit.getByLabel('Mức phải đạt (%)').fill('70');
  await saveScreenshot(page, '17-chi-tieu-sua');
  await edit.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(edit).toBeHidden({ timeout: 30_000 });
  await expect(row('II.2.12')).toContainText('Ít nhất 70%');
});
