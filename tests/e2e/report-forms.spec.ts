// The Báo cáo screen's smaller forms (a reporting duty, a period's deadline, an ad-hoc request, an
// exemption) on the built-in 2022 plan ("today" is 01/07/2022): a bad or missing value is named at its
// field, and nothing is saved.
import type { Page } from '@playwright/test';
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';

test.describe.configure({ timeout: 120_000 });

const periodChoice = (page: Page) => page.getByRole('combobox', { name: 'Kỳ báo cáo' });
const SIX_MONTHS = 'Báo cáo 6 tháng đầu năm 2022 (hạn 15/06/2022)';

test('a reporting duty, a deadline, an ad-hoc request and an exemption name a bad value at its field and save nothing', async ({ appPage: page }) => {
  await openScreen(page, 'Báo cáo');
  await expect(periodChoice(page)).toHaveValue(SIX_MONTHS);
  const duties = page.getByRole('table', { name: 'Chế độ báo cáo' }).getByRole('row');
  await expect(duties.first()).toBeVisible();
  const dutyRows = await duties.count();

  // A duty with no name, no deadline and no agency.
  await page.getByRole('button', { name: 'Thêm chế độ báo cáo' }).click();
  const duty = page.getByRole('dialog', { name: 'Thêm chế độ báo cáo' });
  await duty.getByRole('textbox', { name: 'Tên báo cáo' }).fill('');
  await duty.getByRole('button', { name: 'Lưu chế độ báo cáo' }).click();
  await expect(duty.getByRole('textbox', { name: 'Tên báo cáo' })).toHaveAccessibleDescription('Chưa nhập tên báo cáo.');
  await expect(duty.getByRole('textbox', { name: 'Hạn gửi (ghi như trong kế hoạch)' })).toHaveAccessibleDescription(
    'Chưa nhập hạn gửi, ví dụ "trước ngày 15/6".',
  );
  await expect(duty.getByText('Chưa chọn đơn vị phải báo cáo.')).toBeVisible();
  await saveScreenshot(page, 'report-forms-duty-errors');
  // Typing the deadline clears its message; the name's stays until it is typed.
  await duty.getByRole('textbox', { name: 'Hạn gửi (ghi như trong kế hoạch)' }).fill('trước ngày 15/6');
  await expect(duty.getByText('Chưa nhập hạn gửi')).toBeHidden();
  await expect(duty.getByText('Chưa nhập tên báo cáo.')).toBeVisible();
  await duty.getByRole('button', { name: 'Hủy' }).click();
  await expect(duty).toBeHidden();

  // The secretariat's own report needs to say where it goes.
  await page.getByRole('button', { name: 'Thêm báo cáo của cơ quan thường trực' }).click();
  const upward = page.getByRole('dialog', { name: 'Thêm báo cáo của cơ quan thường trực' });
  await upward.getByRole('textbox', { name: 'Hạn gửi (ghi như trong kế hoạch)' }).fill('trước ngày 20/12');
  await upward.getByRole('button', { name: 'Lưu chế độ báo cáo' }).click();
  await expect(upward.getByRole('textbox', { name: 'Nơi nhận báo cáo' })).toHaveAccessibleDescription('Chưa ghi nơi nhận báo cáo.');
  await upward.getByRole('button', { name: 'Hủy' }).click();
  await expect(upward).toBeHidden();
  await expect(duties).toHaveCount(dutyRows);

  // A deadline typed as no day.
  await page.getByRole('button', { name: 'Sửa hạn gửi' }).click();
  const due = page.getByRole('dialog', { name: 'Hạn gửi báo cáo 6 tháng đầu năm 2022' });
  await due.getByRole('textbox', { name: 'Hạn gửi' }).fill('31/02/2022');
  await due.getByRole('textbox', { name: 'Hạn gửi' }).blur();
  await due.getByRole('button', { name: 'Lưu hạn gửi' }).click();
  await expect(due.getByRole('textbox', { name: 'Hạn gửi' })).toHaveAccessibleDescription('Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).');
  await saveScreenshot(page, 'report-forms-due-error');
  await due.getByRole('button', { name: 'Hủy' }).click();
  await expect(due).toBeHidden();
  await expect(periodChoice(page)).toHaveValue(SIX_MONTHS);
  await expect(page.getByText('Đã dời hạn từ')).toBeHidden();

  // An ad-hoc request with nothing filled in, then with a deadline that is no day.
  await page.getByRole('button', { name: 'Yêu cầu báo cáo đột xuất' }).click();
  const adHoc = page.getByRole('dialog', { name: 'Yêu cầu báo cáo đột xuất' });
  await adHoc.getByRole('button', { name: 'Tạo yêu cầu' }).click();
  await expect(adHoc.getByRole('textbox', { name: 'Tên yêu cầu' })).toHaveAccessibleDescription('Chưa nhập tên yêu cầu.');
  await expect(adHoc.getByRole('textbox', { name: 'Hạn gửi' })).toHaveAccessibleDescription('Chưa nhập ngày.');
  await expect(adHoc.getByText('Chưa chọn đơn vị nào phải báo cáo.')).toBeVisible();
  await adHoc.getByRole('textbox', { name: 'Tên yêu cầu' }).fill('Báo cáo nhanh dịp Tết');
  await adHoc.getByLabel('Công an tỉnh').check();
  await adHoc.getByRole('textbox', { name: 'Hạn gửi' }).fill('31/02/2022');
  // Leaving the field shows its message (and moves what is below it) before the button is pressed.
  await adHoc.getByRole('textbox', { name: 'Hạn gửi' }).blur();
  await adHoc.getByRole('button', { name: 'Tạo yêu cầu' }).click();
  await expect(adHoc.getByRole('textbox', { name: 'Hạn gửi' })).toHaveAccessibleDescription('Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).');
  await expect(adHoc.getByText('Chưa chọn đơn vị nào phải báo cáo.')).toBeHidden();
  await saveScreenshot(page, 'report-forms-adhoc-error');
  await adHoc.getByRole('button', { name: 'Hủy' }).click();
  await expect(adHoc).toBeHidden();
  await expect(periodChoice(page)).toHaveValue(SIX_MONTHS);
  await periodChoice(page).click();
  await expect(page.getByRole('option', { name: /Đột xuất/ })).toHaveCount(0);
  await periodChoice(page).press('Escape');

  // An exemption without its reason.
  const row = page
    .getByRole('table', { name: 'Sổ theo dõi báo cáo' })
    .getByRole('row')
    .filter({ has: page.getByText('UBND huyện Cồn Cỏ', { exact: true }) });
  await row.getByRole('button', { name: 'Thêm thao tác cho UBND huyện Cồn Cỏ' }).click();
  await page.getByRole('menuitem', { name: 'Miễn báo cáo kỳ này…' }).click();
  const exempt = page.getByRole('dialog', { name: 'Miễn báo cáo kỳ này: UBND huyện Cồn Cỏ' });
  await exempt.getByLabel('Lý do').fill('   ');
  await exempt.getByRole('button', { name: 'Miễn báo cáo' }).click();
  await expect(exempt.getByRole('textbox', { name: 'Lý do' })).toHaveAccessibleDescription('Hãy ghi lý do miễn báo cáo.');
  await saveScreenshot(page, 'report-forms-exempt-error');
  await exempt.getByRole('button', { name: 'Hủy' }).click();
  await expect(exempt).toBeHidden();
  await expect(row).not.toContainText('Được miễn');
});

test('a duty opened to change keeps its agencies and saves the new deadline', async ({ appPage: page }) => {
  await openScreen(page, 'Báo cáo');
  const annual = page.getByRole('table', { name: 'Chế độ báo cáo' }).getByRole('row').filter({ hasText: 'Báo cáo năm' });
  await expect(annual).toContainText('26 đơn vị');
  await annual.getByRole('button', { name: 'Sửa Báo cáo năm' }).click();
  const duty = page.getByRole('dialog', { name: 'Sửa: Báo cáo năm' });
  const due = duty.getByRole('textbox', { name: 'Hạn gửi (ghi như trong kế hoạch)' });
  await expect(due).toHaveValue('trước ngày 15/12');
  await due.fill('trước ngày 20/12');
  await expect(duty.getByLabel('Các kỳ trong năm')).toContainText('hạn gửi 20/12/2022');
  await saveScreenshot(page, 'report-forms-duty-edit');
  await duty.getByRole('button', { name: 'Lưu chế độ báo cáo' }).click();
  await expect(duty).toBeHidden();
  await expect(annual).toContainText('trước ngày 20/12');
  await expect(annual).toContainText('26 đơn vị');
});
