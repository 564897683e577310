// "Nhập bảng phân công từ Excel…" on the task screen: a workbook with a bad cell is refused with the
// cell named and nothing added; the corrected one is previewed (rows to add, the row the plan has,
// the new agency) and added, and the new tasks are on the board. Workbooks made here with exceljs.
import ExcelJS from 'exceljs';
import { test, expect, saveScreenshot } from './support/fixtures';

const V21 = 'Tổ chức điều tra, triệt phá các ổ nhóm, đường dây và tụ điểm mại dâm; gắn Chương trình phòng, chống mại dâm với chương trình phòng, chống tội phạm; quản lý, hướng dẫn các cơ sở kinh doanh dịch vụ thực hiện các quy định về bảo đảm an ninh trật tự, an toàn xã hội.';

async function workbook(lead: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phân công');
  ws.getCell('A1').value = 'BẢNG PHÂN CÔNG NHIỆM VỤ BỔ SUNG';
  ws.getRow(3).values = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'];
  ws.getRow(4).values = ['I', 'Nhiệm vụ bổ sung 6 tháng cuối năm 2022'];
  ws.getRow(5).values = ['1', 'Tổ chức hội thảo chuyên đề về phòng, chống mại dâm tại các khu du lịch', lead, 'Công an tỉnh; Sở LĐ-TB&XH', '30/9/2022'];
  ws.getRow(6).values = ['2', 'Khảo sát nhu cầu học nghề của người bán dâm hoàn lương', 'Sở LĐ-TB&XH', 'Trung tâm Công tác xã hội tỉnh', 'Quý IV/2022'];
  ws.getRow(7).values = ['3', V21, 'Công an tỉnh', '', 'Thường xuyên'];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('an assignment table from Excel: a bad cell named, nothing added; corrected, previewed and added to the plan', async ({ appPage: page }) => {
  // Two workbooks read, an import, and the whole board drawn again: more than the default minute on a busy machine.
  test.slow();
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Nhiệm vụ', exact: true }).click();
  await expect(page.getByText('63 / 63 nhiệm vụ')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Nhập bảng phân công từ Excel…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập bảng phân công từ Excel' });

  await dialog.locator('input[type="file"]').setInputFiles({ name: 'phan-cong.xlsx', mimeType: XLSX, buffer: await workbook('') });
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Bảng phân công có ô chưa đúng: chưa thêm nhiệm vụ nào');
  await expect(alert).toContainText('Trang "Phân công", ô C5: Cột “Chủ trì” trống: mỗi nhiệm vụ cần một cơ quan chủ trì.');
  await expect(dialog.getByRole('button', { name: 'Thêm vào kế hoạch' })).toBeDisabled();
  await saveScreenshot(page, 'bang-phan-cong-o-sai');

  await dialog.locator('input[type="file"]').setInputFiles({ name: 'phan-cong.xlsx', mimeType: XLSX, buffer: await workbook('Sở Văn hóa, Thể thao và Du lịch') });
  const table = dialog.getByRole('table', { name: 'Nhiệm vụ sẽ thêm' });
  await expect(table.locator('tr[data-row="5"]')).toContainText('PL.1.1');
  await expect(table.locator('tr[data-row="5"]')).toContainText('Sở Văn hóa, Thể thao và Du lịch');
  await expect(table.locator('tr[data-row="5"]')).toContainText('30/09/2022');
  await expect(table.locator('tr[data-row="6"]')).toContainText('31/12/2022');
  await expect(table.locator('tr[data-row="7"]')).toContainText('Giống nhiệm vụ V.2.1 đã có: không thêm.');
  await expect(dialog.getByRole('alert').filter({ hasText: 'Cơ quan chưa có trong ứng dụng: sẽ được tạo mới' })).toContainText('Trung tâm Công tác xã hội tỉnh (ô D6)');
  await expect(dialog).toContainText('Nhiệm vụ sẽ thêm: 2');
  await expect(dialog).toContainText('Nhóm mới PL.1: Nhiệm vụ bổ sung 6 tháng cuối năm 2022');
  await saveScreenshot(page, 'bang-phan-cong-xem-truoc');
  await dialog.getByRole('button', { name: 'Thêm vào kế hoạch' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm 2 nhiệm vụ' })).toContainText(
    'Đã thêm 2 nhiệm vụ từ bảng phân công (1 dòng đã có, không thêm), 1 nhóm mới, 1 cơ quan mới.',
    { timeout: 60_000 },
  );
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText('65 / 65 nhiệm vụ')).toBeVisible({ timeout: 30_000 });
  const row = (code: string) =>
    page.getByRole('table', { name: 'Danh sách nhiệm vụ' }).getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
  await expect(row('PL.1.1')).toContainText('Sở Văn hóa, Thể thao và Du lịch');
  await expect(row('PL.1.2')).toContainText('Trung tâm Công tác xã hội tỉnh');
  await row('PL.1.1').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'bang-phan-cong-da-them');
});
