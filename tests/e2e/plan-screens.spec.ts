// A clerk opens the app on a fresh data folder and finds the 2022 Quảng Trị plan on every screen.
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';

test('the navigation has exactly the seven entries, in order', async ({ appPage: page }) => {
  const links = page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link');
  await expect(links).toHaveText(['Tổng quan', 'Nhiệm vụ', 'Chỉ tiêu', 'Cơ quan, đơn vị', 'Báo cáo', 'Văn bản', 'Cài đặt']);
});

test('Tổng quan shows the current plan and its counts', async ({ appPage: page }) => {
  await expect(page.getByRole('heading', { level: 2, name: 'Tổng quan' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Kế hoạch Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022' }),
  ).toBeVisible();
  await expect(page.getByText('Số:    /KH-BCĐ138', { exact: false })).toBeVisible();
  await expect(page.getByText('Cơ quan thường trực:')).toContainText('Sở Lao động - Thương binh và Xã hội');
  const count = (label: string) => page.locator('a, div').filter({ has: page.getByText(label, { exact: true }) }).last();
  await expect(count('Nhiệm vụ')).toContainText('63');
  await expect(count('Chỉ tiêu')).toContainText('14');
  await expect(count('Đơn vị cấp huyện')).toContainText('10');
  await expect(count('Đơn vị phải báo cáo')).toContainText('26');
  await expect(page.getByRole('cell', { name: 'trước ngày 15/6' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'trước ngày 15/12' })).toBeVisible();
  // VI.2: the Sở's own report upward, with no date the plan does not give.
  await expect(page.getByLabel('Báo cáo của cơ quan thường trực')).toContainText(
    'Báo cáo định kỳ của cơ quan thường trực (định kỳ, theo quy định) gửi Ủy ban nhân dân tỉnh; Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm.',
  );
  await expect(page.getByLabel('Báo cáo của cơ quan thường trực')).not.toContainText('không còn kỳ nào');
  await saveScreenshot(page, '01-tong-quan');
});

test('Cơ quan, đơn vị lists the agencies, with the ten district People\'s Committees by name', async ({ appPage: page }) => {
  await openScreen(page, 'Cơ quan, đơn vị');
  const table = page.getByRole('table', { name: 'Danh sách cơ quan, đơn vị' });
  await expect(table.getByRole('row')).toHaveCount(31 + 1);
  for (const name of [
    'UBND thành phố Đông Hà',
    'UBND thị xã Quảng Trị',
    'UBND huyện Vĩnh Linh',
    'UBND huyện Hướng Hóa',
    'UBND huyện Gio Linh',
    'UBND huyện Đakrông',
    'UBND huyện Cam Lộ',
    'UBND huyện Triệu Phong',
    'UBND huyện Hải Lăng',
    'UBND huyện Cồn Cỏ',
  ]) {
    await expect(table.getByText(name, { exact: true })).toBeVisible();
  }
  const police = table.getByRole('row').filter({ has: page.getByText('Công an tỉnh', { exact: true }) });
  await expect(police.getByRole('cell').nth(3)).toHaveText('5'); // leads the five tasks of V.2
  await saveScreenshot(page, '02-co-quan-don-vi');

  // Typed without diacritics, still found; then sorted in Vietnamese alphabetical order.
  await page.getByLabel('Tìm kiếm').fill('huong hoa');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('UBND huyện Hướng Hóa');
  await page.getByLabel('Tìm kiếm').fill('');
  await page.getByText('Theo tên (A-Z)').click();
  const first = await table.getByRole('row').nth(1).getByRole('cell').first().innerText();
  const second = await table.getByRole('row').nth(2).getByRole('cell').first().innerText();
  expect(first.localeCompare(second, 'vi')).toBeLessThan(0);
});

test('Nhiệm vụ lists the tasks with who leads, who supports and the deadline', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await expect(page.getByText('63 / 63 nhiệm vụ')).toBeVisible();
  const table = page.getByRole('table', { name: 'Danh sách nhiệm vụ' });
  const task = table.getByRole('row').filter({ has: page.getByRole('cell', { name: 'V.2.5', exact: true }) });
  await expect(task).toContainText('Phối hợp với Sở Thông tin và Truyền thông');
  // Cell 0 holds the checkbox that selects the task for bulk actions.
  await expect(task.getByRole('cell').nth(3)).toHaveText('Công an tỉnh');
  await expect(task.getByRole('cell').nth(4)).toContainText('Sở Thông tin và Truyền thông');
  await expect(task.getByRole('cell').nth(5)).toHaveText('Thường xuyên');
  await expect(table.getByRole('row', { name: /V\.13\. Ủy ban nhân dân huyện, thị xã, thành phố/ })).toBeVisible();
  await saveScreenshot(page, '03-nhiem-vu');

  await page.getByLabel('Tìm kiếm').fill('tuyen truyen');
  await expect(page.getByText(/^\d+ \/ 63 nhiệm vụ$/)).not.toHaveText('63 / 63 nhiệm vụ');
  // Every task row left holds both words, with their diacritics, in its own text or in the title of
  // the group it is listed under (the search also looks at the group); group rows are not tasks.
  const shown = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ isGroup: tr.classList.contains('group-row'), text: (tr as HTMLElement).innerText })),
  );
  let groupTitle = '';
  const taskTexts: string[] = [];
  for (const row of shown) {
    if (row.isGroup) groupTitle = row.text;
    else taskTexts.push(`${groupTitle} ${row.text}`.toLowerCase());
  }
  const counter = await page.getByText(/^\d+ \/ 63 nhiệm vụ$/).innerText();
  expect(taskTexts.length).toBe(Number(counter.split(' ')[0]));
  expect(taskTexts.length).toBeGreaterThan(0);
  for (const text of taskTexts) {
    expect(text).toContain('tuyên');
    expect(text).toContain('truyền');
  }
  // V.2.5 (Công an tỉnh, with Thông tin và Truyền thông) has "truyền" but no "tuyên": gone.
  await expect(table.getByRole('cell', { name: 'V.2.5', exact: true })).toHaveCount(0);
});

test('Chỉ tiêu lists the targets with their values', async ({ appPage: page }) => {
  await openScreen(page, 'Chỉ tiêu');
  const table = page.getByRole('table', { name: 'Danh sách chỉ tiêu' });
  const row = (code: string) => table.getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
  await expect(row('II.2.1')).toContainText('100%');
  await expect(row('II.2.1')).toContainText('125 xã, phường, thị trấn');
  await expect(row('II.2.11')).toContainText('50 lượt người');
  await expect(row('II.2.12')).toContainText('Ít nhất 60%');
  await expect(row('II.2.13')).toContainText('100%');
  await expect(row('II.2.1')).toContainText('Chưa có số liệu');
  await saveScreenshot(page, '04-chi-tieu');
});

test('the other screens open and say what they are for', async ({ appPage: page }) => {
  await openScreen(page, 'Báo cáo');
  await expect(page.getByRole('table', { name: 'Chế độ báo cáo' })).toContainText('26 đơn vị');
  await saveScreenshot(page, '05-bao-cao');
  await openScreen(page, 'Văn bản');
  await saveScreenshot(page, '06-van-ban');
  await openScreen(page, 'Cài đặt');
  await expect(page.getByText('Thư mục dữ liệu:')).toBeVisible();
  await saveScreenshot(page, '07-cai-dat');
});
