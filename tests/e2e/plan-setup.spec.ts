// A clerk in another province sets up a plan through the screens only: an empty plan for Ninh Bình,
// its details with number and signing date, three agencies named like Quảng Trị's without a clash,
// a task added and deleted, and the deleted task found in the history on Tổng quan.
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';
import type { Page } from '@playwright/test';

async function addAgency(page: Page, name: string, abbreviation: string, kind: string) {
  await page.getByRole('button', { name: 'Thêm cơ quan, đơn vị' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm cơ quan, đơn vị' });
  await form.getByRole('textbox', { name: 'Tên đầy đủ' }).fill(name);
  await form.getByRole('textbox', { name: 'Tên viết tắt' }).fill(abbreviation);
  await form.getByRole('combobox', { name: 'Loại' }).click();
  await page.getByRole('option', { name: kind }).click();
  await form.getByRole('button', { name: 'Thêm cơ quan' }).click();
  await expect(form).toBeHidden();
}

test('a plan for Ninh Bình: details, Ban hành, its own Công an tỉnh, a task deleted and found in the history', async ({ appPage: page }) => {
  test.setTimeout(120_000);
  // 1. An empty plan for a new province.
  await page.getByRole('button', { name: 'Kế hoạch mới…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kế hoạch mới' });
  await dialog.getByRole('tab', { name: 'Kế hoạch trống' }).click();
  await dialog.getByRole('textbox', { name: 'Tên kế hoạch' }).fill('Phòng, chống mại dâm trên địa bàn tỉnh Ninh Bình năm 2022');
  await dialog.getByRole('textbox', { name: 'Năm' }).fill('2022');
  await dialog.getByRole('textbox', { name: 'Ký hiệu' }).fill('KH-BCĐ138');
  await dialog.getByRole('combobox', { name: 'Tỉnh, thành phố' }).fill('Ninh Bình');
  await dialog.getByRole('textbox', { name: 'Cơ quan ban hành' }).fill('Ban Chỉ đạo 138 tỉnh Ninh Bình');
  // A new province starts with no agencies: the list of another plan is no longer proposed.
  await expect(dialog.getByRole('combobox', { name: 'Lấy danh sách cơ quan, đơn vị từ kế hoạch' })).toHaveValue('');
  await saveScreenshot(page, '40-ke-hoach-moi-ninh-binh');
  await dialog.getByRole('button', { name: 'Tạo kế hoạch trống' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Kế hoạch đang làm việc' })).toHaveValue('Phòng, chống mại dâm trên địa bàn tỉnh Ninh Bình năm 2022 (2022)');

  // 2. Tổng quan lists what the empty plan still lacks.
  await openScreen(page, 'Tổng quan');
  const checklist = page.getByLabel('Việc cần làm để hoàn thiện kế hoạch');
  await expect(checklist).toContainText('Còn thiếu 6/6 mục');
  await expect(checklist).toContainText('Chưa có cơ quan, đơn vị nào tham gia.');
  await expect(checklist.getByRole('link', { name: 'Thêm chỉ tiêu' })).toHaveAttribute('href', '#/chi-tieu');
  await saveScreenshot(page, '41-tong-quan-ke-hoach-moi');

  // 3. Three agencies named like Quảng Trị's, without a clash; a second "Công an tỉnh" is refused.
  await checklist.getByRole('link', { name: 'Thêm cơ quan, đơn vị' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cơ quan, đơn vị' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Danh sách cơ quan, đơn vị' });
  await expect(table.getByRole('row')).toHaveCount(1);
  await addAgency(page, 'Công an tỉnh', 'CAT', 'Công an');
  await addAgency(page, 'Sở Y tế', 'SYT', 'Sở, ban, ngành');
  await addAgency(page, 'Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH', 'Sở, ban, ngành');
  await expect(table.getByRole('row')).toHaveCount(3 + 1);
  await table.getByRole('link', { name: 'Công an tỉnh', exact: true }).click();
  await expect(page.getByText('Công an tỉnh · Công an · Cấp tỉnh (Ninh Bình) · viết tắt CAT')).toBeVisible();
  await page.goBack();
  await page.getByRole('button', { name: 'Thêm cơ quan, đơn vị' }).click();
  const again = page.getByRole('dialog', { name: 'Thêm cơ quan, đơn vị' });
  await again.getByRole('textbox', { name: 'Tên đầy đủ' }).fill('Công an tỉnh');
  await again.getByRole('textbox', { name: 'Tên viết tắt' }).fill('CA');
  await again.getByRole('combobox', { name: 'Loại' }).click();
  await page.getByRole('option', { name: 'Công an' }).click();
  await again.getByRole('button', { name: 'Thêm cơ quan' }).click();
  await expect(again).toContainText('Trong tỉnh này đã có cơ quan, đơn vị "Công an tỉnh" mang tên này.');
  await again.getByRole('button', { name: 'Hủy' }).click();
  await expect(table.getByRole('row')).toHaveCount(3 + 1);
  // The ministry can be chosen; Quảng Trị's agencies are not offered.
  await page.getByRole('button', { name: 'Chọn cơ quan có sẵn' }).click();
  const pick = page.getByRole('dialog', { name: 'Chọn cơ quan có sẵn' });
  await pick.getByRole('combobox', { name: 'Cơ quan, đơn vị' }).click();
  await expect(page.getByRole('option', { name: /Bộ Lao động - Thương binh và Xã hội/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /Công an tỉnh/ })).toHaveCount(0);
  await saveScreenshot(page, '42-co-quan-ninh-binh');
  await page.keyboard.press('Escape');
  await pick.getByRole('button', { name: 'Hủy' }).click();
  await expect(pick).toBeHidden();

  // 4. The plan's details, then "Ban hành" with its number and signing date.
  await page.getByRole('banner').getByRole('button', { name: 'Thông tin kế hoạch' }).click();
  const details = page.getByRole('dialog', { name: 'Thông tin kế hoạch' });
  await expect(details.getByRole('textbox', { name: 'Tỉnh, thành phố' })).toHaveValue('Ninh Bình');
  await details.getByRole('textbox', { name: 'Cơ quan chủ quản (dòng trên)' }).fill('UBND TỈNH NINH BÌNH');
  await details.getByRole('textbox', { name: 'Tên cơ quan ban hành (dòng in hoa)' }).fill('BAN CHỈ ĐẠO 138');
  await details.getByRole('textbox', { name: 'Căn cứ' }).fill('Căn cứ Luật Phòng, chống mại dâm năm 2003;\nCăn cứ Kế hoạch số 07/KH-UBND ngày 10/01/2022 của UBND tỉnh Ninh Bình;');
  await details.getByRole('combobox', { name: 'Cơ quan thường trực' }).click();
  await page.getByRole('option', { name: 'Sở Lao động - Thương binh và Xã hội' }).click();
  await details.getByRole('combobox', { name: 'Thẩm quyền ký' }).click();
  await page.getByRole('option', { name: 'KT.', exact: true }).click();
  await details.getByRole('textbox', { name: 'KT. (thay mặt, ký thay cho)' }).fill('TRƯỞNG BAN');
  await details.getByRole('textbox', { name: 'Chức vụ người ký' }).fill('PHÓ TRƯỞNG BAN');
  await details.getByRole('textbox', { name: 'Họ tên người ký' }).fill('Đinh Văn Hùng');
  // A plan cannot end before its own year: the field says so.
  await details.getByRole('textbox', { name: 'Đến năm' }).fill('2021');
  await details.getByRole('button', { name: 'Lưu thông tin' }).click();
  await expect(details).toContainText('Kế hoạch năm 2022 không thể kết thúc năm 2021.');
  await details.getByRole('textbox', { name: 'Đến năm' }).fill('2022');
  await details.getByRole('button', { name: 'Lưu thông tin' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu thông tin kế hoạch.' })).toBeVisible();
  await details.getByRole('textbox', { name: 'Số', exact: true }).fill('15');
  await details.getByRole('textbox', { name: 'Ngày ký' }).fill('20/3/2022');
  await saveScreenshot(page, '43-thong-tin-ke-hoach');
  await details.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã ban hành' })).toContainText(
    'Đã ban hành: Kế hoạch số 15/KH-BCĐ138 ngày 20/03/2022 của Ban Chỉ đạo 138 tỉnh Ninh Bình.',
  );
  await details.getByRole('button', { name: 'Đóng' }).click();

  // 5. A task, added and then deleted after a confirmation.
  await openScreen(page, 'Nhiệm vụ');
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm nhiệm vụ' });
  await form.getByRole('textbox', { name: 'Mã nhóm' }).fill('I');
  await form.getByRole('textbox', { name: 'Tên nhóm' }).fill('Công tác tuyên truyền');
  await form.getByRole('textbox', { name: 'Nội dung nhiệm vụ' }).fill('Tổ chức tuyên truyền phòng, chống mại dâm tại các xã, phường.');
  await form.getByRole('combobox', { name: 'Cơ quan chủ trì' }).fill('cong an');
  await page.getByRole('option', { name: 'Công an tỉnh' }).click();
  await form.getByRole('textbox', { name: 'Thời hạn (ngày)' }).fill('30/9/2022');
  await form.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('1 / 1 nhiệm vụ')).toBeVisible();
  const drawer = page.getByRole('dialog', { name: 'Nhiệm vụ I.1' });
  await drawer.getByRole('button', { name: 'Xóa nhiệm vụ' }).click();
  const confirm = page.getByRole('dialog', { name: 'Xóa nhiệm vụ I.1?' });
  await expect(confirm).toContainText('Tổ chức tuyên truyền phòng, chống mại dâm tại các xã, phường.');
  await page.waitForTimeout(300); // the modal's opening transition, for the screenshot
  await saveScreenshot(page, '44-xoa-nhiem-vu');
  await confirm.getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('0 / 0 nhiệm vụ')).toBeVisible();

  // 6. Tổng quan: the plan's reference, the checklist moved on, and the deleted task in the history.
  await openScreen(page, 'Tổng quan');
  await expect(page.getByTestId('plan-reference')).toHaveText('Đã ban hành: Kế hoạch số 15/KH-BCĐ138 ngày 20/03/2022 của Ban Chỉ đạo 138 tỉnh Ninh Bình');
  await expect(checklist).toContainText('3 cơ quan, đơn vị.');
  await expect(checklist).toContainText('Chưa có nhiệm vụ nào.');
  const history = page.getByLabel('Lịch sử xóa');
  await expect(history).toContainText('Nhiệm vụ I.1: Tổ chức tuyên truyền phòng, chống mại dâm tại các xã, phường.');
  await history.getByRole('button', { name: /Nhiệm vụ I\.1/ }).click();
  await expect(history).toContainText('Chủ trì: Công an tỉnh');
  await expect(history).toContainText('Thời hạn: 30/09/2022');
  await saveScreenshot(page, '45-lich-su-xoa');
  // Nothing on the Ninh Bình plan's Tổng quan speaks of Quảng Trị.
  await expect(page.getByRole('main')).not.toContainText('Quảng Trị');
});

test('an urging recorded twice is deleted once, after a confirmation, and found in Lịch sử xóa', async ({ appPage: page }) => {
  await openScreen(page, 'Báo cáo');
  await page.getByRole('tab', { name: /Đôn đốc/ }).click();
  const history = page.getByRole('table', { name: 'Các lần đôn đốc' });
  for (let i = 0; i < 2; i++) {
    await page.getByLabel('Chọn Sở Tư pháp').check();
    await page.getByLabel('Số công văn đôn đốc').fill('850/SLĐTBXH-PCTNXH');
    await page.getByRole('button', { name: 'Ghi nhận đôn đốc' }).click();
    // The second time the same day, the clerk is asked first.
    if (i === 1) await page.getByRole('dialog', { name: 'Đã đôn đốc trong ngày này' }).getByRole('button', { name: 'Vẫn ghi nhận' }).click();
    await expect(history.getByRole('row')).toHaveCount(i + 2);
  }
  await history.getByRole('button', { name: 'Xóa lần đôn đốc ngày 01/07/2022' }).first().click();
  const confirm = page.getByRole('dialog', { name: 'Xóa lần đôn đốc?' });
  await expect(confirm).toContainText('Đôn đốc ngày 01/07/2022, công văn số 850/SLĐTBXH-PCTNXH: Sở Tư pháp.');
  await page.waitForTimeout(300); // the modal's opening transition, for the screenshot
  await saveScreenshot(page, '46-xoa-lan-don-doc');
  await confirm.getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(history.getByRole('row')).toHaveCount(2);

  await openScreen(page, 'Tổng quan');
  const deleted = page.getByLabel('Lịch sử xóa');
  await expect(deleted).toContainText('Đôn đốc ngày 01/07/2022 (6 tháng đầu năm 2022), 1 đơn vị');
  await expect(deleted).toContainText('Lần đôn đốc');
});
