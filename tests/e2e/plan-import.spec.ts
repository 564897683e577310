// A clerk imports the 2022 plan's Word file as the 2026 plan: reads it, reviews what was recognised
// beside the source paragraphs, corrects one deadline and one target, creates it and works on it.
import path from 'node:path';
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';

const DOCX = path.resolve('tests/fixtures/plan-import/ke-hoach-pcmd-quang-tri-2022.docx');

test('import the 2022 Word file as the 2026 plan, review, correct, create, then see its tasks', async ({ appPage: page }) => {
  await page.getByRole('button', { name: 'Nhập kế hoạch từ tệp Word…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập kế hoạch từ tệp Word' });
  await dialog.locator('input[type="file"]').setInputFiles(DOCX);
  await dialog.getByRole('button', { name: 'Đọc kế hoạch' }).click();

  const review = dialog.getByRole('region', { name: 'Rà soát kế hoạch nhập' });
  await expect(review.getByRole('textbox', { name: 'Tên kế hoạch' })).toHaveValue('Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022');
  await expect(review).toContainText('Nhiệm vụ: 63');
  await expect(review).toContainText('Chỉ tiêu: 14');
  await expect(review).toContainText('Báo cáo 6 tháng (trước ngày 15/6)');
  // VI.2, the Sở's own report upward, with its recipients as the plan words them.
  await expect(review.getByLabel('Chế độ báo cáo nhận ra')).toContainText(
    'Báo cáo định kỳ của cơ quan thường trực (định kỳ, theo quy định) gửi Ủy ban nhân dân tỉnh; Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm',
  );
  // Each task beside its source paragraph, with the leads and supporters read from the text.
  const v25 = review.locator('tr[data-task="V.2.5"]');
  await expect(v25).toContainText('Phối hợp với Sở Thông tin và Truyền thông');
  await expect(v25).toContainText('Công an tỉnh');
  await expect(v25).toContainText('Sở Thông tin và Truyền thông');
  await expect(review.locator('tr[data-task="V.13.6"]')).toContainText('Đọc từ: “trong năm 2022”');
  await saveScreenshot(page, 'nhap-ke-hoach-ra-soat');

  // Corrections: V.1.2 gets a dated deadline; target II.2.11 becomes 60 lượt người.
  const v12 = review.locator('tr[data-task="V.1.2"]');
  await v12.getByRole('button', { name: 'Sửa V.1.2' }).click();
  await v12.getByRole('combobox', { name: 'Loại thời hạn V.1.2' }).click();
  await page.getByRole('option', { name: 'Theo ngày' }).click();
  await v12.getByRole('textbox', { name: 'Ngày hạn V.1.2' }).fill('30/6/2022');
  await v12.getByRole('button', { name: 'Sửa V.1.2' }).click();
  await expect(v12).toContainText('30/06/2022');
  await review.getByRole('tab', { name: /Chỉ tiêu/ }).click();
  await review.getByRole('textbox', { name: 'Giá trị II.2.11' }).fill('60');
  await review.getByRole('tab', { name: /Văn bản gốc/ }).click();
  await expect(review.getByRole('table', { name: 'Văn bản gốc' })).toContainText('Nơi nhận');
  await expect(review.getByText('Chưa xếp')).toHaveCount(0);
  await saveScreenshot(page, 'nhap-ke-hoach-van-ban-goc');

  await review.getByRole('textbox', { name: 'Năm kế hoạch' }).fill('2026');
  await review.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('combobox', { name: 'Kế hoạch đang làm việc' })).toHaveValue(
    'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2026 (2026)',
  );
  await openScreen(page, 'Nhiệm vụ');
  await expect(page.getByText('63 / 63 nhiệm vụ')).toBeVisible();
  const row = (code: string) =>
    page.getByRole('table', { name: 'Danh sách nhiệm vụ' }).getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
  await expect(row('V.13.6')).toContainText('31/12/2026');
  await expect(row('V.1.2')).toContainText('30/06/2026');
  await expect(row('V.2.5')).toContainText('Công an tỉnh');
  await saveScreenshot(page, 'nhap-ke-hoach-nhiem-vu-2026');
  await openScreen(page, 'Chỉ tiêu');
  await expect(page.getByText('60 lượt người', { exact: false }).first()).toBeVisible();
});

test('section III: the proposed "theo mục V" links are reviewed in their column; one accepted, the task shows its lead', async ({ appPage: page }) => {
  test.slow();
  await page.getByRole('button', { name: 'Nhập kế hoạch từ tệp Word…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập kế hoạch từ tệp Word' });
  await dialog.locator('input[type="file"]').setInputFiles(DOCX);
  await dialog.getByRole('button', { name: 'Đọc kế hoạch' }).click();
  const review = dialog.getByRole('region', { name: 'Rà soát kế hoạch nhập' });
  // Reading takes well under a second alone (npm run bench); the machine running the tests may be busy.
  await expect(review).toBeVisible({ timeout: 60_000 });
  await expect(review.getByRole('columnheader', { name: 'Theo mục V' })).toBeVisible();
  await expect(review.getByLabel('Liên kết theo mục V')).toContainText('Đề xuất 18 liên kết “theo mục V” cho 14 nhiệm vụ');
  await expect(review.getByLabel('Liên kết theo mục V')).toContainText('đã nhận 0');

  // III.1.c.5 "Kịp thời truy tố, xét xử nghiêm minh": no agency of its own until the link is accepted.
  const c5 = review.locator('tr[data-task="III.1.c.5"]');
  await expect(c5).toContainText('Chưa rõ');
  const box = c5.getByRole('checkbox', { name: 'Nhận liên kết III.1.c.5 theo V.11.1' });
  await expect(box).not.toBeChecked();
  await expect(c5).toContainText('V.11.1 (chủ trì)');
  await c5.getByRole('checkbox', { name: 'Nhận liên kết III.1.c.5 theo V.11.1' }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'nhap-ke-hoach-theo-muc-v');
  await box.check();
  await expect(c5).not.toContainText('Chưa rõ');
  await expect(c5).toContainText('Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh (theo mục V)');
  await expect(c5).toContainText('Công an tỉnh (theo mục V)');
  await expect(review.getByLabel('Liên kết theo mục V')).toContainText('đã nhận 1');
  await saveScreenshot(page, 'nhap-ke-hoach-theo-muc-v-da-nhan');
  // A proposal left unticked is not saved: III.2.b.1 stays without a lead.
  await expect(review.locator('tr[data-task="III.2.b.1"]')).toContainText('Chưa rõ');

  await review.getByRole('textbox', { name: 'Năm kế hoạch' }).fill('2026');
  await review.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await openScreen(page, 'Nhiệm vụ');
  const row = (code: string) =>
    page.getByRole('table', { name: 'Danh sách nhiệm vụ' }).getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
  await expect(row('III.1.c.5')).toContainText('Viện Kiểm sát nhân dân tỉnh');
  await expect(row('III.1.c.5')).toContainText('theo mục V');
  await expect(row('III.2.b.1')).not.toContainText('theo mục V');
  await row('III.1.c.5').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'nhap-ke-hoach-theo-muc-v-nhiem-vu');
});

test('section III: the clerk adds "theo mục V" links by hand and removes one, gives a task a supporting agency; all saved with the plan', async ({ appPage: page }) => {
  test.slow();
  await page.getByRole('button', { name: 'Nhập kế hoạch từ tệp Word…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập kế hoạch từ tệp Word' });
  await dialog.locator('input[type="file"]').setInputFiles(DOCX);
  await dialog.getByRole('button', { name: 'Đọc kế hoạch' }).click();
  const review = dialog.getByRole('region', { name: 'Rà soát kế hoạch nhập' });
  await expect(review).toBeVisible({ timeout: 60_000 });

  // III.1.b.1 "rà soát, kiểm tra … các điểm mại dâm": no proposal; the plan's V.1.3 (Sở LĐ-TB&XH "rà
  // soát, kiểm tra") carries it, V.2.2 (Công an tỉnh "rà soát, xác định các điểm mại dâm") supports.
  const b1 = review.locator('tr[data-task="III.1.b.1"]');
  await expect(b1).toContainText('Chưa rõ');
  await b1.getByRole('button', { name: 'Sửa III.1.b.1' }).click();
  // The deadline being edited reads whole, not cut to "Thườ" by the columns beside it.
  const deadlineKind = b1.getByRole('combobox', { name: 'Loại thời hạn III.1.b.1' });
  await expect(deadlineKind).toHaveValue('Thường xuyên');
  expect(await deadlineKind.evaluate((el) => (el as HTMLInputElement).scrollWidth <= (el as HTMLInputElement).clientWidth)).toBe(true);
  const add = async (duty: string, role: 'Chủ trì' | 'Phối hợp') => {
    await b1.getByRole('combobox', { name: 'Nhiệm vụ mục V cho III.1.b.1' }).fill(duty);
    await page.getByRole('option', { name: new RegExp(`^${duty.replace(/\./g, '\\.')} \\(`) }).click();
    await b1.getByRole('radiogroup', { name: 'Vai trò liên kết III.1.b.1' }).getByText(role, { exact: true }).click();
    await b1.getByRole('button', { name: 'Thêm liên kết' }).click();
  };
  await add('V.1.3', 'Chủ trì');
  await add('V.2.2', 'Phối hợp');
  await add('V.13.6', 'Phối hợp');
  await expect(b1).toContainText('V.13.6 (phối hợp)');
  await b1.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'nhap-ke-hoach-lien-ket-dang-them');
  await b1.getByRole('button', { name: 'Bỏ liên kết III.1.b.1 theo V.13.6' }).click();
  await expect(b1).not.toContainText('V.13.6');
  await b1.getByRole('button', { name: 'Sửa III.1.b.1' }).click();
  await expect(b1).toContainText('V.1.3 (chủ trì)');
  await expect(b1).toContainText('V.2.2 (phối hợp)');
  await expect(b1).toContainText('Sở Lao động - Thương binh và Xã hội (theo mục V)');
  await expect(b1).toContainText('Công an tỉnh (theo mục V)');
  await expect(b1).not.toContainText('Chưa rõ');
  await expect(review.getByLabel('Liên kết theo mục V')).toContainText('Thêm tay 2 liên kết');

  // III.1.e.1 (training, given to every member): a supporting agency chosen by hand.
  const e1 = review.locator('tr[data-task="III.1.e.1"]');
  await e1.getByRole('button', { name: 'Sửa III.1.e.1' }).click();
  await e1.getByLabel('Phối hợp III.1.e.1').fill('Sở Y tế');
  await page.getByRole('option', { name: 'Sở Y tế', exact: true }).click();
  await e1.getByRole('button', { name: 'Sửa III.1.e.1' }).click();
  await expect(e1).toContainText('Sở Y tế');
  await b1.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'nhap-ke-hoach-lien-ket-them-tay');

  await review.getByRole('textbox', { name: 'Năm kế hoạch' }).fill('2026');
  await review.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Nhiệm vụ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Nhiệm vụ' })).toBeVisible({ timeout: 60_000 });
  const row = (code: string) =>
    page.getByRole('table', { name: 'Danh sách nhiệm vụ' }).getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
  await expect(row('III.1.b.1')).toContainText('Sở Lao động - Thương binh và Xã hội');
  await expect(row('III.1.b.1')).toContainText('Công an tỉnh');
  await expect(row('III.1.b.1')).toContainText('theo mục V');
  await expect(row('III.1.e.1')).toContainText('Sở Y tế');
  await row('III.1.b.1').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'nhap-ke-hoach-lien-ket-them-tay-nhiem-vu');
});

test('Hủy after reading leaves no trace; an old .doc is refused with what to do', async ({ appPage: page }) => {
  await page.getByRole('button', { name: 'Nhập kế hoạch từ tệp Word…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập kế hoạch từ tệp Word' });
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'ke-hoach-cu.doc',
    mimeType: 'application/msword',
    buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
  });
  await dialog.getByRole('button', { name: 'Đọc kế hoạch' }).click();
  await expect(dialog).toContainText('là tệp Word cũ (.doc): hãy mở trong Word và lưu thành .docx');
  await saveScreenshot(page, 'nhap-ke-hoach-tep-doc');

  await dialog.locator('input[type="file"]').setInputFiles(DOCX);
  await dialog.getByRole('button', { name: 'Đọc kế hoạch' }).click();
  await expect(dialog.getByRole('region', { name: 'Rà soát kế hoạch nhập' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  const selector = page.getByRole('combobox', { name: 'Kế hoạch đang làm việc' });
  await selector.click();
  await expect(page.getByRole('option')).toHaveCount(1);
});

test('the review names an emptied title at its field and creates nothing until it is typed again', async ({ appPage: page }) => {
  await page.getByRole('button', { name: 'Nhập kế hoạch từ tệp Word…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập kế hoạch từ tệp Word' });
  await dialog.locator('input[type="file"]').setInputFiles(DOCX);
  await dialog.getByRole('button', { name: 'Đọc kế hoạch' }).click();
  const review = dialog.getByRole('region', { name: 'Rà soát kế hoạch nhập' });
  const title = review.getByRole('textbox', { name: 'Tên kế hoạch' });
  await title.fill('  ');
  await review.getByRole('textbox', { name: 'Năm kế hoạch' }).fill('2026');
  await expect(review.getByText('Lập cho năm 2026: thời hạn dời 4 năm')).toBeVisible();
  await review.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(review.getByText('Chưa được nhập.', { exact: true })).toBeVisible();
  await title.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'nhap-ke-hoach-thieu-ten');
  await expect(dialog).toBeVisible();
  const selector = page.getByRole('combobox', { name: 'Kế hoạch đang làm việc' });

  await title.fill('Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2026');
  await expect(title).not.toHaveAttribute('aria-invalid', 'true');
  await review.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await expect(dialog).toBeHidden();
  await selector.click();
  await expect(page.getByRole('option')).toHaveCount(2);
});
