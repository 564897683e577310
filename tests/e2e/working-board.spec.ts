// A clerk's day on the working board of the 2022 plan ("today" is 01/07/2022): who owes what, what is
// late, keeping tasks up to date, the assignment matrix, agencies, and next year's plan.
import type { Page } from '@playwright/test';
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';

// Each flow has many steps; on a loaded 2-core machine they need more than the default minute.
test.describe.configure({ timeout: 120_000 });

const taskTable = (page: Page) => page.getByRole('table', { name: 'Danh sách nhiệm vụ' });
const taskRow = (page: Page, code: string) =>
  taskTable(page).getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });

async function chooseOption(page: Page, label: string, typed: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('filter to one agency\'s overdue tasks: Công an tỉnh has exactly V.2.3 late', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await expect(page.getByText('63 / 63 nhiệm vụ')).toBeVisible();
  // Typed without diacritics in the agency picker.
  await chooseOption(page, 'Cơ quan, đơn vị', 'cong an', 'Công an tỉnh');
  // Leads V.2.1-V.2.5 and, through them, III.1.c.3 and III.1.c.4; supports 8 more (V.11.1 and 7 of III).
  await expect(page.getByText('15 / 63 nhiệm vụ')).toBeVisible();
  await expect(taskRow(page, 'III.1.c.5')).toContainText('Viện Kiểm sát nhân dân tỉnh');
  await page.getByRole('radiogroup', { name: 'Vai trò của cơ quan' }).getByText('Chủ trì', { exact: true }).click();
  await expect(page.getByText('7 / 63 nhiệm vụ')).toBeVisible();
  // A task of section III is led "theo mục V" by the duty that carries it out.
  await expect(taskRow(page, 'III.1.c.3')).toContainText('Công an tỉnh');
  await expect(taskRow(page, 'III.1.c.3')).toContainText('theo mục V');
  await saveScreenshot(page, '10-nhiem-vu-cong-an-theo-muc-v');
  await page.getByRole('group', { name: 'Tình trạng' }).getByText('Chưa hoàn thành, quá hạn', { exact: false }).click();
  await expect(page.getByText('1 / 63 nhiệm vụ')).toBeVisible();
  await expect(taskRow(page, 'V.2.3')).toBeVisible();
  await expect(taskRow(page, 'V.2.3')).toContainText('Quá hạn 16 ngày');
  await expect(taskRow(page, 'V.2.3')).toContainText('Chưa hoàn thành, quá hạn');
  await expect(taskRow(page, 'V.2.1')).toHaveCount(0);
  await saveScreenshot(page, '10-nhiem-vu-loc-qua-han');

  // "Bỏ lọc" brings every task back.
  await page.getByRole('button', { name: 'Bỏ lọc' }).click();
  await expect(page.getByText('63 / 63 nhiệm vụ')).toBeVisible();
});

test('search without diacritics finds the tasks of Công an tỉnh', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('CONG AN');
  // Its own tasks, those it supports, and the III tasks it carries out through section V.
  await expect(page.getByText('19 / 63 nhiệm vụ')).toBeVisible();
  await expect(taskRow(page, 'V.2.5')).toBeVisible();
  // Words match at the start of a word: "an" is not found inside "toàn" or "hoạn".
  await expect(taskRow(page, 'III.1.a.2')).toHaveCount(0);
  // Sorted by urgency, the overdue task comes first.
  await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('');
  // The rows out of sight follow once the typing has paused: every task, not only the first screenful.
  await expect(taskTable(page).locator('tbody tr[data-status]')).toHaveCount(63);
  await page.getByRole('combobox', { name: 'Sắp xếp' }).click();
  await page.getByRole('option', { name: 'Quá hạn, sắp đến hạn trước' }).click();
  const first = taskTable(page).getByRole('row').nth(1);
  await expect(first).toContainText('Chưa hoàn thành, quá hạn');
});

test('mark a task completed, and read it in the task\'s history', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await taskRow(page, 'V.2.3').getByRole('button', { name: 'V.2.3' }).click();
  const drawer = page.getByRole('dialog', { name: 'Nhiệm vụ V.2.3' });
  await expect(drawer).toBeVisible();
  await expect(drawer).toContainText('Chưa hoàn thành, quá hạn');
  await drawer.getByRole('button', { name: 'Đánh dấu hoàn thành' }).click();
  const modal = page.getByRole('dialog', { name: 'Đánh dấu hoàn thành nhiệm vụ V.2.3' });
  await expect(modal.getByRole('textbox', { name: 'Ngày hoàn thành' })).toHaveValue('01/07/2022');
  await expect(modal).toContainText('Sau thời hạn 15/06/2022');
  // A day in the future is refused at the field, and nothing is saved.
  await modal.getByRole('textbox', { name: 'Ngày hoàn thành' }).fill('02/07/2022');
  await modal.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
  await expect(modal.getByText('Không được sau ngày hôm nay (01/07/2022).')).toBeVisible();
  await modal.getByRole('textbox', { name: 'Ngày hoàn thành' }).fill('30/06/2022');
  await expect(modal.getByText('Không được sau ngày hôm nay (01/07/2022).')).toBeHidden();
  await modal.getByRole('textbox', { name: /Kết quả thực hiện/ }).fill('Đã gửi báo cáo 6 tháng về công tác đấu tranh.');
  await saveScreenshot(page, '11-danh-dau-hoan-thanh');
  await modal.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
  await expect(modal).toBeHidden();
  await expect(drawer).toContainText('Đã hoàn thành quá hạn');
  await expect(drawer.getByRole('table', { name: 'Thông tin nhiệm vụ' })).toContainText('30/06/2022');

  await drawer.getByRole('tab', { name: 'Tiến độ (1)' }).click();
  await expect(drawer).toContainText('Đã gửi báo cáo 6 tháng về công tác đấu tranh.');
  await drawer.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
  const history = drawer.getByRole('table', { name: 'Lịch sử thay đổi' });
  const completion = history.getByRole('row').filter({ hasText: 'Ngày hoàn thành' });
  await expect(completion).toContainText('(trống)');
  await expect(completion).toContainText('30/06/2022');
  await expect(history).toContainText('Cập nhật tiến độ');
  await saveScreenshot(page, '12-lich-su-nhiem-vu');

  await drawer.getByRole('button', { name: 'Đóng' }).click();
  await expect(taskRow(page, 'V.2.3')).toContainText('Đã hoàn thành quá hạn');
});

test('editing a task: a date deadline without a date is refused under the field', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await taskRow(page, 'V.2.5').getByRole('button', { name: 'V.2.5' }).click();
  const drawer = page.getByRole('dialog', { name: 'Nhiệm vụ V.2.5' });
  await drawer.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
  await drawer.getByRole('radiogroup', { name: 'Loại thời hạn' }).getByText('Theo ngày').click();
  await drawer.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(drawer.getByText('Chưa nhập ngày. Với thời hạn theo ngày, hãy nhập ngày (dd/mm/yyyy).')).toBeVisible();
  await saveScreenshot(page, '13-sua-nhiem-vu-loi');
  await drawer.getByRole('textbox', { name: 'Thời hạn (ngày)' }).fill('31/7/2022');
  await drawer.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(drawer.getByRole('table', { name: 'Thông tin nhiệm vụ' })).toContainText('31/07/2022');
  await expect(drawer).toContainText('Chưa hoàn thành, trong hạn');
});

test('the assignment matrix marks who leads and who supports', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await page.getByRole('radiogroup', { name: 'Cách xem' }).getByText('Ma trận phân công').click();
  const matrix = page.getByRole('table', { name: 'Ma trận phân công' });
  await expect(matrix).toBeVisible();
  const row = matrix.getByRole('row').filter({ has: page.getByRole('button', { name: 'V.2.5', exact: true }) });
  await expect(row.getByRole('cell', { name: 'Công an tỉnh: chủ trì' })).toHaveText('CT');
  await expect(row.getByRole('cell', { name: 'Viện Kiểm sát nhân dân tỉnh: phối hợp' })).toHaveText('PH');
  await saveScreenshot(page, '14-ma-tran-phan-cong');
  // Filtered to one agency, only its tasks remain.
  // V.2.5 and V.11.1, and III.1.c.5 which it leads through V.11.1 (marked "(CT)", not counted again).
  await chooseOption(page, 'Cơ quan, đơn vị', 'vien kiem sat', 'Viện Kiểm sát nhân dân tỉnh');
  await expect(matrix.getByRole('row').filter({ has: page.getByRole('button') })).toHaveCount(3);
  const c5 = matrix.getByRole('row').filter({ has: page.getByRole('button', { name: 'III.1.c.5', exact: true }) });
  await expect(c5.getByRole('cell', { name: 'Viện Kiểm sát nhân dân tỉnh: chủ trì theo mục V' })).toHaveText('(CT)');
  await expect(matrix.getByRole('cell', { name: 'Viện Kiểm sát nhân dân tỉnh: chủ trì 1, phối hợp 1' })).toBeVisible();
  await saveScreenshot(page, '14-ma-tran-phan-cong-theo-muc-v');
});

test('bulk action: add a supporting agency to the selected tasks', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await page.getByRole('checkbox', { name: 'Chọn nhiệm vụ V.2.1' }).check();
  await page.getByRole('checkbox', { name: 'Chọn nhiệm vụ V.2.2' }).check();
  const bar = page.getByRole('region', { name: 'Thao tác với nhiệm vụ đã chọn' });
  await expect(bar).toContainText('Đã chọn 2 nhiệm vụ');
  await bar.getByRole('combobox', { name: 'Thao tác' }).click();
  await page.getByRole('option', { name: 'Thêm cơ quan phối hợp' }).click();
  await chooseOption(page, 'Cơ quan', 'so y te', 'Sở Y tế');
  await bar.getByRole('button', { name: 'Áp dụng' }).click();
  await page.getByRole('dialog', { name: 'Thay đổi nhiều nhiệm vụ cùng lúc?' }).getByRole('button', { name: 'Thay đổi 2 nhiệm vụ' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã cập nhật 2 nhiệm vụ.' })).toBeVisible();
  await expect(taskRow(page, 'V.2.1')).toContainText('Sở Y tế');
  await saveScreenshot(page, '15-thao-tac-hang-loat');
});

test('an agency\'s page: its tasks, what is late, its contact; it cannot be deleted, only deactivated', async ({ appPage: page }) => {
  await openScreen(page, 'Cơ quan, đơn vị');
  await page.getByRole('link', { name: 'Công an tỉnh', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Công an tỉnh' })).toBeVisible();
  await page.getByRole('button', { name: 'Sửa thông tin' }).click();
  const form = page.getByRole('dialog', { name: 'Sửa thông tin: Công an tỉnh' });
  await form.getByRole('textbox', { name: 'Người liên hệ (đầu mối)' }).fill('Trần Văn Hùng');
  await form.getByRole('textbox', { name: 'Thư điện tử' }).fill('khong-phai-thu');
  await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(form.getByText('Không đúng định dạng.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Thư điện tử' }).fill('pc03@congan.quangtri.gov.vn');
  await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('Trần Văn Hùng')).toBeVisible();
  await page.getByRole('tab', { name: 'Quá hạn (1)' }).click();
  await expect(page.getByRole('table', { name: 'Nhiệm vụ quá hạn của cơ quan' })).toContainText('V.2.3');
  await saveScreenshot(page, '16-trang-co-quan');

  await page.getByRole('button', { name: 'Xóa', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Xóa Công an tỉnh?' });
  await expect(dialog).toContainText('Không xóa được vì cơ quan này chủ trì 5 nhiệm vụ');
  await saveScreenshot(page, '17-khong-xoa-duoc-co-quan');
  await dialog.getByRole('button', { name: 'Chuyển sang "Ngừng hoạt động"' }).click();
  await expect(page.getByText('Ngừng hoạt động', { exact: true }).first()).toBeVisible();
  await page.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
  await expect(page.getByRole('table', { name: 'Lịch sử thay đổi' })).toContainText('Trần Văn Hùng');
  await expect(page.getByRole('table', { name: 'Lịch sử thay đổi' })).toContainText('Ngừng hoạt động');
});

test('a new agency is added, and deleted while nothing refers to it', async ({ appPage: page }) => {
  await openScreen(page, 'Cơ quan, đơn vị');
  await page.getByRole('button', { name: 'Thêm cơ quan, đơn vị' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm cơ quan, đơn vị' });
  await form.getByRole('button', { name: 'Thêm cơ quan' }).click();
  await expect(form.getByText('Chưa chọn loại cơ quan.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Tên đầy đủ' }).fill('Sở Nội vụ tỉnh Quảng Trị');
  await form.getByRole('textbox', { name: 'Tên ngắn' }).fill('Sở Nội vụ');
  await form.getByRole('textbox', { name: 'Tên viết tắt' }).fill('SNV');
  await form.getByRole('combobox', { name: 'Loại' }).click();
  await page.getByRole('option', { name: 'Sở, ban, ngành' }).click();
  await form.getByRole('button', { name: 'Thêm cơ quan' }).click();
  await expect(form).toBeHidden();
  const table = page.getByRole('table', { name: 'Danh sách cơ quan, đơn vị' });
  await expect(table.getByRole('row')).toHaveCount(32 + 1);
  await table.getByRole('link', { name: 'Sở Nội vụ', exact: true }).click();
  await page.getByRole('button', { name: 'Xóa', exact: true }).click();
  await page.getByRole('dialog', { name: 'Xóa Sở Nội vụ?' }).getByRole('button', { name: 'Xóa hẳn' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cơ quan, đơn vị' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(31 + 1);
});

test('create the 2023 plan from 2022, review it first; the 2022 plan stays as it was', async ({ appPage: page }) => {
  await page.getByRole('button', { name: 'Kế hoạch mới…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kế hoạch mới' });
  await expect(dialog.getByRole('textbox', { name: 'Năm của kế hoạch mới' })).toHaveValue('2023');
  await dialog.getByRole('button', { name: 'Xem trước' }).click();
  const review = dialog.getByRole('region', { name: 'Xem trước kế hoạch mới' });
  await expect(review.getByRole('textbox', { name: 'Tên kế hoạch mới' })).toHaveValue(
    'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2023',
  );
  await expect(review).toContainText('Nhiệm vụ: 63');
  await expect(review).toContainText('Chỉ tiêu: 14');
  // VI.1's three duties of the members and VI.2, the Sở's own report upward.
  await expect(review).toContainText('Chế độ báo cáo: 4');
  // V.13.6 "trong năm 2022" ends with the year's data window (14/12).
  const moved = review.getByRole('table', { name: 'Thời hạn được dời' }).getByRole('row').filter({ hasText: 'V.13.6' });
  await expect(moved).toContainText('14/12/2022');
  await expect(moved).toContainText('14/12/2023');
  await saveScreenshot(page, '18-lap-ke-hoach-2023');
  await review.getByRole('button', { name: 'Lập kế hoạch năm 2023' }).click();
  await expect(dialog).toBeHidden();

  const selector = page.getByRole('combobox', { name: 'Kế hoạch đang làm việc' });
  await expect(selector).toHaveValue('Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2023 (2023)');
  await openScreen(page, 'Nhiệm vụ');
  await expect(page.getByText('63 / 63 nhiệm vụ')).toBeVisible();
  // In 2023 nothing is late yet on 01/07/2022; V.2.3 is due at the 2023 six-month report.
  await expect(taskRow(page, 'V.13.6')).toContainText('14/12/2023');
  await saveScreenshot(page, '19-nhiem-vu-2023');

  // Back to 2022: untouched.
  await selector.click();
  await page.getByRole('option', { name: 'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022 (2022)' }).click();
  await expect(taskRow(page, 'V.13.6')).toContainText('14/12/2022');
  await expect(taskRow(page, 'V.2.3')).toContainText('Chưa hoàn thành, quá hạn');
});

test('an empty plan for 2024 with the agencies of 2022, and its first group and task', async ({ appPage: page }) => {
  await page.getByRole('button', { name: 'Kế hoạch mới…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kế hoạch mới' });
  await dialog.getByRole('tab', { name: 'Kế hoạch trống' }).click();
  await dialog.getByRole('textbox', { name: 'Tên kế hoạch' }).fill('Phòng, chống mại dâm năm 2024');
  await dialog.getByRole('textbox', { name: 'Năm' }).fill('2024');
  await dialog.getByRole('button', { name: 'Tạo kế hoạch trống' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Kế hoạch đang làm việc' })).toHaveValue('Phòng, chống mại dâm năm 2024 (2024)');

  await openScreen(page, 'Nhiệm vụ');
  await expect(page.getByText('0 / 0 nhiệm vụ')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm nhiệm vụ' });
  await expect(form.getByRole('checkbox', { name: 'Thêm nhóm nhiệm vụ mới' })).toBeChecked();
  await form.getByRole('textbox', { name: 'Mã nhóm' }).fill('I');
  await form.getByRole('textbox', { name: 'Tên nhóm' }).fill('Công tác tuyên truyền');
  await expect(form.getByRole('textbox', { name: 'Mã nhiệm vụ' })).toHaveValue('I.1');
  await form.getByRole('textbox', { name: 'Nội dung nhiệm vụ' }).fill('Tổ chức tuyên truyền tại 125 xã, phường, thị trấn.');
  await form.getByRole('combobox', { name: 'Cơ quan chủ trì' }).fill('van hoa');
  await page.getByRole('option', { name: 'Sở Văn hóa, Thể thao và Du lịch' }).click();
  await form.getByRole('textbox', { name: 'Thời hạn (ngày)' }).fill('31/3/2024');
  await saveScreenshot(page, '20-them-nhiem-vu');
  await form.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('1 / 1 nhiệm vụ')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Nhiệm vụ I.1' })).toContainText('Sở Văn hóa, Thể thao và Du lịch');
  await expect(page.getByRole('dialog', { name: 'Nhiệm vụ I.1' })).toContainText('31/03/2024');
});
