// The small frictions of a clerk's day (issue 15, item 4), each as the clerk meets it, on the built-in
// 2022 plan ("today" is 01/07/2022).
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';

test.describe.configure({ timeout: 120_000 });

function registerRow(page: Page, agency: string) {
  return page
    .getByRole('table', { name: 'Sổ theo dõi báo cáo' })
    .getByRole('row')
    .filter({ has: page.getByText(agency, { exact: true }) });
}

test('a date that is written well but does not exist is named; a date can be picked on the calendar', async ({ appPage: page }) => {
  await openScreen(page, 'Báo cáo');
  await registerRow(page, 'Công an tỉnh').getByRole('button', { name: 'Ghi nhận báo cáo của Công an tỉnh' }).click();
  const form = page.getByRole('dialog', { name: 'Ghi nhận báo cáo: Công an tỉnh' });
  const arrival = form.getByRole('textbox', { name: 'Ngày đến' });
  await arrival.fill('31/02/2022');
  await form.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(form.getByText('Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).')).toBeVisible();
  await expect(form).not.toContainText('Ngày phải viết theo dạng');
  // A bad format says how to write a date.
  await arrival.fill('2022-06-20');
  await arrival.blur();
  await expect(form.getByText('Ngày phải viết theo dạng ngày/tháng/năm, ví dụ 15/06/2022.')).toBeVisible();
  await saveScreenshot(page, '40-ngay-sai-dinh-dang');

  // Picked instead of typed: the calendar opens on the month of the date in the field.
  await arrival.fill('10/06/2022');
  await form.getByRole('textbox', { name: 'Ngày đến' }).locator('..').getByRole('button', { name: 'Mở lịch' }).click();
  const calendar = page.getByRole('dialog', { name: 'Mở lịch' });
  await expect(calendar).toContainText('tháng 6 2022');
  await saveScreenshot(page, '40-ngay-chon-tren-lich');
  await calendar.getByRole('button', { name: '20 tháng 6 2022', exact: true }).click();
  await expect(arrival).toHaveValue('20/06/2022');
  await expect(form.getByText('Chậm 5 ngày so với hạn')).toBeVisible();
  await form.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(form).toBeHidden({ timeout: 30_000 });
  await expect(registerRow(page, 'Công an tỉnh')).toContainText('Chậm 5 ngày');
  // Saved as the day picked, and shown back dd/mm/yyyy when the report is opened again.
  await expect(registerRow(page, 'Công an tỉnh')).toContainText('20/06/2022');
  await registerRow(page, 'Công an tỉnh').getByRole('button', { name: 'Mở báo cáo của Công an tỉnh' }).click();
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Ngày đến' })).toHaveValue('20/06/2022');
});

test('the statistic picker of a report finds "kiem tra" typed without diacritics', async ({ appPage: page }) => {
  await openScreen(page, 'Báo cáo');
  await registerRow(page, 'Công an tỉnh').getByRole('button', { name: 'Ghi nhận báo cáo của Công an tỉnh' }).click();
  const form = page.getByRole('dialog', { name: 'Ghi nhận báo cáo: Công an tỉnh' });
  await form.getByRole('button', { name: 'Thêm số liệu' }).click();
  await form.getByRole('combobox', { name: 'Chỉ số dòng 1' }).fill('kiem tra lien nganh');
  await expect(page.getByRole('option', { name: 'C01. Số cuộc kiểm tra (liên ngành, chuyên ngành)' })).toBeVisible();
  await saveScreenshot(page, '41-chi-so-kiem-tra');
  await page.getByRole('option', { name: 'C01. Số cuộc kiểm tra (liên ngành, chuyên ngành)' }).click();
  await expect(form.getByRole('combobox', { name: 'Chỉ số dòng 1' })).toHaveValue('C01. Số cuộc kiểm tra (liên ngành, chuyên ngành)');
});

test('urging the same agency twice on the same day asks first', async ({ appPage: page }) => {
  await openScreen(page, 'Báo cáo');
  await page.getByRole('tab', { name: /Đôn đốc/ }).click();
  await page.getByLabel('Chọn Sở Tư pháp').check();
  await page.getByRole('button', { name: 'Ghi nhận đôn đốc' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã ghi nhận đôn đốc 1 đơn vị ngày 01/07/2022.' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Các lần đôn đốc' });
  await expect(history.getByRole('row')).toHaveCount(2);

  // A second click the same day: the clerk is asked, and "Không ghi nhận" records nothing.
  await page.getByLabel('Chọn Sở Tư pháp').check();
  await page.getByLabel('Chọn Sở Y tế').check();
  await page.getByRole('button', { name: 'Ghi nhận đôn đốc' }).click();
  const ask = page.getByRole('dialog', { name: 'Đã đôn đốc trong ngày này' });
  await expect(ask).toContainText('Ngày 01/07/2022 đã ghi nhận đôn đốc 1 trong 2 đơn vị đã chọn: Sở Tư pháp.');
  await saveScreenshot(page, '42-don-doc-hai-lan');
  await ask.getByRole('button', { name: 'Không ghi nhận' }).click();
  await expect(ask).toBeHidden();
  await expect(history.getByRole('row')).toHaveCount(2);

  // Another day is not asked about.
  await page.getByRole('textbox', { name: 'Ngày đôn đốc' }).fill('30/06/2022');
  await page.getByRole('button', { name: 'Ghi nhận đôn đốc' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã ghi nhận đôn đốc 2 đơn vị ngày 30/06/2022.' })).toBeVisible();
  await expect(history.getByRole('row')).toHaveCount(3);

  // Asked again, "Vẫn ghi nhận" records it.
  await page.getByLabel('Chọn Sở Tư pháp').check();
  await page.getByRole('button', { name: 'Ghi nhận đôn đốc' }).click();
  await ask.getByRole('button', { name: 'Vẫn ghi nhận' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã ghi nhận đôn đốc 1 đơn vị ngày 30/06/2022.' })).toBeVisible();
  await expect(history.getByRole('row')).toHaveCount(4);
});

test('"Mở Cài đặt" under a document\'s problem opens the Văn bản section on the tab of the missing field', async ({ appPage: page }) => {
  await openScreen(page, 'Văn bản');
  const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
  const problem = preview.getByRole('alert', { name: 'Chưa xuất được' });
  await expect(problem).toContainText('Thiếu họ tên người ký. Hãy điền ở Cài đặt › Văn bản.');
  await problem.getByRole('link', { name: 'Mở Cài đặt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cài đặt' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Văn bản' });
  await expect(section.getByRole('tab', { name: 'Báo cáo, công văn (cơ quan thường trực)' })).toHaveAttribute('aria-selected', 'true');
  await expect(section.getByLabel('Họ tên người ký')).toBeInViewport();
  await saveScreenshot(page, '43-mo-cai-dat-van-ban');
});

test('"Mở Cài đặt" for the plan\'s signer opens the Văn bản section on the tab "Kế hoạch, bảng phân công"', async ({ app, appPage: page }) => {
  // Thông tin kế hoạch with no signer's name: the plan's own document, signed for its issuer, cannot be made.
  const r = await page.request.post(`${app.origin}/api/plans.update`, {
    data: { planId: 1, signerName: '' },
    headers: { 'x-thuong-truc-secret': app.secret },
  });
  expect(((await r.json()) as { ok: boolean }).ok).toBe(true);
  await openScreen(page, 'Văn bản');
  await page.getByRole('radiogroup', { name: 'Loại văn bản' }).getByText('Kế hoạch', { exact: true }).click();
  const problem = page.getByRole('region', { name: 'Xem trước văn bản' }).getByRole('alert', { name: 'Chưa xuất được' });
  await expect(problem).toContainText('Thiếu họ tên người ký.');
  // The report, shown first, lacks the same name (its signer defaults to the plan's): wait until the
  // preview is the plan's own before following its link.
  const link = problem.getByRole('link', { name: 'Mở Cài đặt' });
  await expect(link).toHaveAttribute('href', /truong=planIssuer/);
  await link.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cài đặt' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Văn bản' });
  // Not the first tab (the standing agency's signer, filled in): the plan's, where the name is missing.
  await expect(section.getByRole('tab', { name: 'Kế hoạch, bảng phân công' })).toHaveAttribute('aria-selected', 'true');
  const signer = section.getByRole('tabpanel', { name: 'Kế hoạch, bảng phân công' }).getByLabel('Họ tên người ký');
  await expect(signer).toBeInViewport();
  await expect(signer).toHaveValue('');
});

test('the print view opens at its top, even from the bottom of a screen', async ({ appPage: page }) => {
  await openScreen(page, 'Văn bản');
  const link = page.getByRole('link', { name: 'Xem và in bảng phân công' });
  await expect(link).toBeVisible();
  // A small window, as on a laptop with the taskbar: the screen has to be scrolled to reach the link.
  await page.setViewportSize({ width: 1280, height: 480 });
  // Scrolled to the bottom again while the screen's later parts are still loading and growing it.
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(link).toBeInViewport({ timeout: 1_000 });
  }).toPass();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await link.click();
  await expect(page.locator('html[data-print-ready="1"]')).toBeAttached();
  await expect(page.getByRole('heading', { name: 'BẢNG PHÂN CÔNG NHIỆM VỤ' })).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('filters, sort and the chosen tab are as the clerk left them when she comes back to a screen', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('cong an');
  await expect(page.getByText('19 / 63 nhiệm vụ')).toBeVisible();
  await page.getByRole('combobox', { name: 'Sắp xếp' }).click();
  await page.getByRole('option', { name: 'Quá hạn, sắp đến hạn trước' }).click();

  await openScreen(page, 'Báo cáo');
  // The register's filter: none of the 26 agencies has sent its 6-month report late, so the list empties.
  const registerFilter = (label: string) =>
    page.getByRole('radiogroup').filter({ has: page.getByRole('radio', { name: label }) }).getByText(label, { exact: true });
  await expect(registerRow(page, 'Công an tỉnh')).toHaveCount(1);
  await registerFilter('Gửi chậm').click();
  await expect(registerRow(page, 'Công an tỉnh')).toHaveCount(0);
  await page.getByRole('tab', { name: /Đôn đốc/ }).click();
  await openScreen(page, 'Tổng quan');

  await openScreen(page, 'Nhiệm vụ');
  await expect(page.getByText('19 / 63 nhiệm vụ')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tìm kiếm' })).toHaveValue('cong an');
  await expect(page.getByRole('combobox', { name: 'Sắp xếp' })).toHaveValue('Quá hạn, sắp đến hạn trước');
  await openScreen(page, 'Báo cáo');
  await expect(page.getByRole('tab', { name: /Đôn đốc/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('table', { name: 'Đơn vị chưa gửi báo cáo' })).toBeVisible();
  await page.getByRole('tab', { name: 'Tình hình gửi báo cáo' }).click();
  await expect(page.getByRole('radio', { name: 'Gửi chậm' })).toBeChecked();
  await expect(page.getByRole('table', { name: 'Sổ theo dõi báo cáo' })).toBeVisible();
  await expect(registerRow(page, 'Công an tỉnh')).toHaveCount(0);
});

test.describe('first start', () => {
  test.use({ clerkName: null });

  test('the app asks the clerk\'s name once, and history entries carry it', async ({ appPage: page }) => {
    const ask = page.getByRole('dialog', { name: 'Tên cán bộ sử dụng phần mềm' });
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Lưu tên' }).click();
    await expect(ask.getByText('Chưa nhập tên cán bộ. Tên này được ghi vào lịch sử mỗi lần thay đổi dữ liệu.')).toBeVisible();
    await ask.getByRole('textbox', { name: 'Họ và tên cán bộ' }).fill('  Trần   Thị Mai ');
    await saveScreenshot(page, '44-hoi-ten-can-bo');
    await ask.getByRole('button', { name: 'Lưu tên' }).click();
    await expect(ask).toBeHidden();
    // A passing notification says it was saved (@mantine/notifications).
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu tên cán bộ: Trần Thị Mai.' })).toBeVisible();
    await saveScreenshot(page, '47-thong-bao-da-luu-ten');

    // A change made afterwards names her in the history.
    await openScreen(page, 'Cơ quan, đơn vị');
    await page.getByRole('link', { name: 'Công an tỉnh', exact: true }).click();
    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    const form = page.getByRole('dialog', { name: 'Sửa thông tin: Công an tỉnh' });
    await form.getByRole('textbox', { name: 'Người liên hệ (đầu mối)' }).fill('Trần Văn Hùng');
    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(form).toBeHidden();
    await page.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
    const history = page.getByRole('table', { name: 'Lịch sử thay đổi' });
    await expect(history.getByRole('row').filter({ hasText: 'Trần Văn Hùng' })).toContainText('Trần Thị Mai');
    await expect(history).not.toContainText('Chưa đặt tên cán bộ');

    // Not asked again after a reload: once the screen is back (the stored settings were read by
    // then), no question is shown; the name is in Cài đặt, where it is changed.
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Kế hoạch đang làm việc' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible({ timeout: 30_000 });
    await expect(ask).toBeHidden();
    await openScreen(page, 'Cài đặt');
    await expect(page.getByRole('textbox', { name: 'Tên cán bộ' })).toHaveValue('Trần Thị Mai');
    await expect(ask).toBeHidden();
  });
});

test('a bulk action says how many tasks it changes, counts the ticked ones the filter hides, asks first, and can be undone', async ({ appPage: page }) => {
  const row = (code: string) =>
    page.getByRole('table', { name: 'Danh sách nhiệm vụ' }).getByRole('row').filter({ has: page.getByRole('button', { name: code, exact: true }) });
  await openScreen(page, 'Nhiệm vụ');
  await page.getByRole('checkbox', { name: 'Chọn nhiệm vụ V.2.1' }).check();
  await page.getByRole('checkbox', { name: 'Chọn nhiệm vụ V.2.2' }).check();
  const bar = page.getByRole('region', { name: 'Thao tác với nhiệm vụ đã chọn' });
  await expect(bar).toContainText('Đã chọn 2 nhiệm vụ');
  // A filter that hides V.2.2: it stays ticked, and the bar says so.
  await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('duong day'); // in V.2.1, not in V.2.2
  await expect(row('V.2.2')).toHaveCount(0);
  await expect(bar).toContainText('Đã chọn 2 nhiệm vụ (1 đang bị bộ lọc ẩn)');

  // Asked first; "Không thay đổi" changes nothing.
  await bar.getByRole('button', { name: 'Áp dụng' }).click();
  const ask = page.getByRole('dialog', { name: 'Thay đổi nhiều nhiệm vụ cùng lúc?' });
  await expect(ask).toContainText(
    'Đánh dấu hoàn thành ngày 01/07/2022 cho 2 nhiệm vụ đã chọn, trong đó 1 nhiệm vụ đang bị bộ lọc ẩn. Có thể hoàn tác ngay sau đó.',
  );
  await expect(ask).toContainText('V.2.1, V.2.2');
  await saveScreenshot(page, '45-thao-tac-hang-loat-hoi-truoc');
  await ask.getByRole('button', { name: 'Không thay đổi' }).click();
  await expect(ask).toBeHidden();
  await expect(row('V.2.1')).not.toContainText('Hoàn thành: 01/07/2022');

  // "Bỏ chọn 1 nhiệm vụ bị ẩn" unticks it; then the change is made on one task.
  await bar.getByRole('button', { name: 'Bỏ chọn 1 nhiệm vụ bị ẩn' }).click();
  await expect(bar).toContainText('Đã chọn 1 nhiệm vụ');
  await expect(bar).not.toContainText('bị bộ lọc ẩn');
  await bar.getByRole('button', { name: 'Áp dụng' }).click();
  await ask.getByRole('button', { name: 'Thay đổi 1 nhiệm vụ' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Đã cập nhật 1 nhiệm vụ.' });
  await expect(done).toBeVisible();
  await expect(row('V.2.1')).toContainText('Hoàn thành: 01/07/2022');

  // The bar and its message sit above the list: neither covers a row.
  const table = await page.getByRole('table', { name: 'Danh sách nhiệm vụ' }).boundingBox();
  for (const part of [await bar.boundingBox(), await done.boundingBox()]) {
    expect(part!.y + part!.height).toBeLessThanOrEqual(table!.y);
  }
  await saveScreenshot(page, '45-thao-tac-hang-loat-xong');

  // One undo puts it back.
  await done.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã hoàn tác: 1 nhiệm vụ trở lại như trước thao tác hàng loạt.' })).toBeVisible();
  await expect(row('V.2.1')).not.toContainText('Hoàn thành:');
  await expect(page.getByRole('button', { name: 'Hoàn tác' })).toHaveCount(0);
});

test('the backup folder is chosen with the desktop\'s folder dialog; the browser host keeps the typed path', async ({ page, app }) => {
  // In the browser host: no dialog to open, the path is typed.
  await page.goto(app.url);
  await openScreen(page, 'Cài đặt');
  await expect(page.getByRole('textbox', { name: 'Sao lưu ra thư mục khác (ví dụ ổ USB)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Chọn thư mục…' })).toHaveCount(0);

  // The desktop window: the preload's bridge (window.api), here a stand-in that answers the folder
  // dialog with a chosen folder and passes every other call to the app, as the desktop host does.
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'thuong-truc-usb-'));
  try {
    await page.addInitScript((chosen: string) => {
      const secret = new URLSearchParams(location.hash.slice(1)).get('k') ?? sessionStorage.getItem('thuong-truc-secret') ?? '';
      const asked: unknown[] = [];
      Object.assign(window, {
        folderAsks: asked,
        api: {
          call: async (method: string, input: unknown) => {
            if (method === 'desktop.chooseFolder') {
              asked.push(input);
              return { ok: true, data: { done: true, path: chosen, note: null } };
            }
            const res = await fetch(`/api/${method}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'x-thuong-truc-secret': secret },
              body: JSON.stringify(input),
            });
            return res.json();
          },
        },
      });
    }, usb);
    await page.goto(app.url);
    await page.reload();
    await openScreen(page, 'Cài đặt');
    const field = page.getByRole('textbox', { name: 'Sao lưu ra thư mục khác (ví dụ ổ USB)' });
    const choose = page.getByRole('button', { name: 'Chọn thư mục…', exact: true });
    await expect(choose).toBeVisible();
    await choose.click();
    await expect(field).toHaveValue(usb);
    expect(await page.evaluate(() => (window as unknown as { folderAsks: unknown[] }).folderAsks)).toEqual([{ purpose: 'backupTarget' }]);
    await field.scrollIntoViewIfNeeded();
    await saveScreenshot(page, '46-chon-thu-muc-sao-luu');
    await page.getByRole('button', { name: 'Sao lưu ra thư mục này' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Đã sao lưu vào ${usb}` })).toBeVisible({ timeout: 30_000 });
    expect(fs.readdirSync(usb).filter((n) => n.startsWith('ThuongTruc_'))).toHaveLength(1);
  } finally {
    fs.rmSync(usb, { recursive: true, force: true });
  }
});
