// A clerk sets up a new plan's targets and reporting through the screens ("today" is 01/07/2022):
// the plan's own statistic, a count target measured by it, a 6-month duty for three agencies, its
// period in the register, a report with a figure, and the target's progress; the secretariat's own
// report upward on Tổng quan; a target with figures cannot be deleted.
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';
import type { Locator, Page } from '@playwright/test';
import { decodeFromWire } from '../../shared/api/wire';
import type { MethodName } from '../../shared/api/contract';

test.describe.configure({ timeout: Number(process.env.E2E_TIMEOUT ?? 240_000) });

async function pick(page: Page, field: Locator, typed: string, option: string) {
  await field.click();
  if (typed) await field.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a new plan gets a statistic, a count target and a 6-month duty; a report with a figure moves the target', async ({ appPage: page }) => {
  await page.getByRole('button', { name: 'Kế hoạch mới…' }).click();
  const newPlan = page.getByRole('dialog', { name: 'Kế hoạch mới' });
  await newPlan.getByRole('tab', { name: 'Kế hoạch trống' }).click();
  await newPlan.getByRole('textbox', { name: 'Tên kế hoạch' }).fill('Phòng, chống tệ nạn xã hội năm 2022');
  await newPlan.getByRole('textbox', { name: 'Năm' }).fill('2022');
  await newPlan.getByRole('button', { name: 'Tạo kế hoạch trống' }).click();
  await expect(newPlan).toBeHidden();

  // 1. The plan's own statistic.
  await openScreen(page, 'Chỉ tiêu');
  await expect(page.getByText('Kế hoạch chưa có chỉ tiêu nào.')).toBeVisible();
  await page.getByRole('tab', { name: 'Chỉ số và đơn vị báo cáo' }).click();
  await page.getByRole('button', { name: 'Thêm chỉ số' }).click();
  const stat = page.getByRole('dialog', { name: 'Thêm chỉ số của kế hoạch' });
  await stat.getByRole('textbox', { name: 'Mã chỉ số' }).fill('TT01');
  await stat.getByRole('textbox', { name: 'Đơn vị tính' }).fill('buổi');
  await stat.getByRole('textbox', { name: 'Tên chỉ số' }).fill('Số buổi tuyên truyền lưu động tại thôn, bản');
  await saveScreenshot(page, '60-chi-so-them');
  await stat.getByRole('button', { name: 'Lưu chỉ số' }).click();
  await expect(stat).toBeHidden();
  const catalogue = page.getByRole('table', { name: 'Danh mục chỉ số' });
  await expect(catalogue.getByRole('row').filter({ hasText: 'TT01' })).toContainText('Cộng dồn trong kỳ');
  await expect(catalogue.getByRole('button', { name: 'Sửa chỉ số TT01' })).toBeVisible();
  await expect(catalogue.getByRole('button', { name: 'Sửa chỉ số B06' })).toHaveCount(0);

  // 2. A count target measured by it, with three responsible agencies.
  await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm chỉ tiêu' });
  await form.getByRole('textbox', { name: 'Mã chỉ tiêu' }).fill('1');
  await form.getByRole('textbox', { name: 'Nhóm' }).fill('Về công tác tuyên truyền');
  await form.getByRole('textbox', { name: 'Nội dung chỉ tiêu' }).fill('Tổ chức ít nhất 20 buổi tuyên truyền lưu động tại thôn, bản.');
  await pick(page, form.getByRole('combobox', { name: 'Cách so sánh' }), '', 'Ít nhất');
  await form.getByRole('textbox', { name: 'Mức phải đạt' }).fill('20');
  await form.getByRole('textbox', { name: 'Đơn vị tính' }).fill('buổi');
  await pick(page, form.getByRole('combobox', { name: 'Chỉ số đo' }), 'TT01', 'TT01. Số buổi tuyên truyền lưu động tại thôn, bản (buổi)');
  const agencies = form.getByRole('combobox', { name: 'Cơ quan, đơn vị thực hiện' });
  await pick(page, agencies, 'cong an tinh', 'Công an tỉnh');
  await pick(page, agencies, 'so y te', 'Sở Y tế');
  await pick(page, agencies, 'cam lo', 'UBND huyện Cam Lộ');
  await agencies.press('Tab');
  await saveScreenshot(page, '61-chi-tieu-them');
  await form.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(form).toBeHidden();
  const targets = page.getByRole('table', { name: 'Danh sách chỉ tiêu' });
  const row = targets.getByRole('row').filter({ hasText: 'Tổ chức ít nhất 20 buổi' });
  await expect(row).toContainText('Ít nhất 20 buổi');
  await expect(row).toContainText('Công an tỉnh');

  // 3. A 6-month duty for the three agencies; its period appears in the register.
  await openScreen(page, 'Báo cáo');
  await expect(page.getByText('Kế hoạch này chưa có chế độ báo cáo định kỳ nào')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm chế độ báo cáo' }).click();
  const duty = page.getByRole('dialog', { name: 'Thêm chế độ báo cáo' });
  await duty.getByRole('textbox', { name: 'Hạn gửi (ghi như trong kế hoạch)' }).fill('trước ngày 15/6');
  await expect(duty.getByText('6 tháng đầu năm 2022: số liệu từ 15/12/2021 đến 14/06/2022, hạn gửi 15/06/2022')).toBeVisible();
  const obliged = duty.getByRole('combobox', { name: 'Đơn vị phải báo cáo' });
  await pick(page, obliged, 'cong an tinh', 'Công an tỉnh');
  await pick(page, obliged, 'so y te', 'Sở Y tế');
  await pick(page, obliged, 'cam lo', 'UBND huyện Cam Lộ');
  await obliged.press('Tab');
  await saveScreenshot(page, '62-che-do-bao-cao-them');
  await duty.getByRole('button', { name: 'Lưu chế độ báo cáo' }).click();
  await expect(duty).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue('Báo cáo 6 tháng đầu năm 2022 (hạn 15/06/2022)');
  const register = page.getByRole('table', { name: 'Sổ theo dõi báo cáo' });
  await expect(register.getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('table', { name: 'Chế độ báo cáo' })).toContainText('3 đơn vị: Công an tỉnh; Sở Y tế; UBND huyện Cam Lộ');

  // 4. Sở Y tế's report, offered its own statistic, with a figure.
  const health = register.getByRole('row').filter({ has: page.getByText('Sở Y tế', { exact: true }) });
  await health.getByRole('button', { name: 'Ghi nhận báo cáo của Sở Y tế' }).click();
  const report = page.getByRole('dialog', { name: 'Ghi nhận báo cáo: Sở Y tế' });
  await report.getByLabel('Ngày đến').fill('10/06/2022');
  await report.getByRole('button', { name: 'Thêm các chỉ số đơn vị phải báo cáo' }).click();
  await report.getByLabel('Giá trị TT01').fill('12');
  await saveScreenshot(page, '63-bao-cao-so-lieu');
  await report.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(report).toBeHidden({ timeout: 30_000 });
  await expect(health).toContainText('0 tệp, 1 số liệu');
  await saveScreenshot(page, '64-so-theo-doi');

  // 5. The secretariat's own report upward.
  await page.getByRole('button', { name: 'Thêm báo cáo của cơ quan thường trực' }).click();
  const upward = page.getByRole('dialog', { name: 'Thêm báo cáo của cơ quan thường trực' });
  await upward.getByRole('textbox', { name: 'Hạn gửi (ghi như trong kế hoạch)' }).fill('trước ngày 20/12');
  await pick(page, upward.getByRole('combobox', { name: 'Kỳ báo cáo' }), '', 'Năm');
  await upward.getByRole('textbox', { name: 'Tên báo cáo' }).fill('Báo cáo năm gửi UBND tỉnh và Bộ');
  await upward.getByRole('textbox', { name: 'Nơi nhận báo cáo' }).fill('UBND tỉnh; Bộ Lao động - Thương binh và Xã hội');
  await upward.getByRole('button', { name: 'Lưu chế độ báo cáo' }).click();
  await expect(upward).toBeHidden();
  await openScreen(page, 'Tổng quan');
  await expect(page.getByLabel('Báo cáo của cơ quan thường trực')).toContainText(
    'Báo cáo năm gửi UBND tỉnh và Bộ (trước ngày 20/12) gửi UBND tỉnh; Bộ Lao động - Thương binh và Xã hội: hạn tiếp theo 20/12/2022 (kỳ năm 2022)',
  );
  await saveScreenshot(page, '65-tong-quan-bao-cao-thuong-truc');

  // 6. The target moved: 12 of at least 20.
  await openScreen(page, 'Chỉ tiêu');
  await expect(row).toContainText('12 buổi');
  await expect(row).toContainText('Chưa đạt');
  await expect(row).toContainText('60% chỉ tiêu');
  await saveScreenshot(page, '66-chi-tieu-tien-do');

  // 7. A target with figures cannot be deleted: the reason is shown and the target stays.
  await row.getByRole('button', { name: 'Xóa chỉ tiêu 1' }).click();
  const confirm = page.getByRole('dialog', { name: 'Xóa chỉ tiêu 1?' });
  await confirm.getByRole('button', { name: 'Xóa chỉ tiêu' }).click();
  await expect(confirm).toContainText('Không thể xóa chỉ tiêu 1: 1 báo cáo đã nhận có số liệu đo chỉ tiêu này (chỉ số TT01).');
  await saveScreenshot(page, '67-chi-tieu-xoa-bi-tu-choi');
  await confirm.getByRole('button', { name: 'Không xóa' }).click();
  await expect(row).toBeVisible();
});

test('a 6-monthly task is completed for June only, and a task of the ten districts agency by agency', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  const board = page.getByRole('table', { name: 'Danh sách nhiệm vụ' });
  const taskRow = (code: string) => board.getByRole('row').filter({ has: page.getByRole('button', { name: code, exact: true }) });

  // V.2.3, Công an tỉnh's 6-monthly and yearly reports (V.1.1, the Sở's report upward, has no date: issue 10).
  await taskRow('V.2.3').getByRole('button', { name: 'V.2.3', exact: true }).click();
  let drawer = page.getByRole('dialog', { name: 'Nhiệm vụ V.2.3' });
  const parts = drawer.getByLabel('Hoàn thành theo kỳ và theo đơn vị');
  await parts.getByRole('textbox', { name: 'Ngày hoàn thành ghi vào' }).fill('10/06/2022');
  await parts.getByRole('button', { name: 'Hoàn thành kỳ 6 tháng đầu năm 2022' }).click();
  await expect(parts.getByRole('button', { name: 'Bỏ hoàn thành kỳ 6 tháng đầu năm 2022' })).toContainText('Đã hoàn thành 10/06/2022');
  await expect(parts.getByRole('button', { name: 'Hoàn thành kỳ năm 2022' })).toBeVisible();
  await expect(parts).toContainText('Đã hoàn thành đúng hạn');
  await expect(parts).toContainText('Chưa hoàn thành, trong hạn');
  await saveScreenshot(page, '68-nhiem-vu-hoan-thanh-theo-ky');
  await drawer.getByRole('button', { name: 'Đóng' }).click();

  await taskRow('V.13.1').getByRole('button', { name: 'V.13.1', exact: true }).click();
  drawer = page.getByRole('dialog', { name: 'Nhiệm vụ V.13.1' });
  const leads = drawer.getByLabel('Hoàn thành theo kỳ và theo đơn vị');
  await leads.getByRole('textbox', { name: 'Ngày hoàn thành ghi vào' }).fill('20/06/2022');
  for (const district of ['UBND thành phố Đông Hà', 'UBND thị xã Quảng Trị', 'UBND huyện Vĩnh Linh', 'UBND huyện Hướng Hóa']) {
    await leads.getByRole('button', { name: `Hoàn thành: ${district}` }).click();
    await expect(leads.getByRole('button', { name: `Bỏ hoàn thành: ${district}` })).toBeVisible();
  }
  await expect(leads).toContainText('4/10 đơn vị đã hoàn thành');
  await saveScreenshot(page, '69-nhiem-vu-hoan-thanh-theo-don-vi');
});

test('V.2.3’s H1 report received in the register shows H1 done in "Hoàn thành theo từng kỳ"', async ({ app, appPage: page, request }) => {
  // The report is recorded through the API (the register's own screens have their own tests).
  const api = async <T>(method: string, data: unknown): Promise<T> => {
    const r = await request.post(`${app.origin}/api/${method}`, { data, headers: { 'x-thuong-truc-secret': app.secret } });
    expect(r.status()).toBe(200);
    // The UI's own decoder: tasks.list travels with each agency once (shared/api/wire.ts).
    return decodeFromWire(method as MethodName, ((await r.json()) as { data: unknown }).data) as T;
  };
  const tasks = await api<{ code: string; lead: { id: number }[] }[]>('tasks.list', { planId: 1 });
  const periods = await api<{ id: number; periodType: string }[]>('reporting.periods', { planId: 1 });
  const h1 = periods.find((p) => p.periodType === 'six_month')!;
  await api('reports.create', { periodId: h1.id, agencyId: tasks.find((t) => t.code === 'V.2.3')!.lead[0]!.id, arrivalDate: '2022-06-10', channel: 'paper', figures: [] });

  await openScreen(page, 'Nhiệm vụ');
  const board = page.getByRole('table', { name: 'Danh sách nhiệm vụ' });
  await board.getByRole('button', { name: 'V.2.3', exact: true }).click();
  const parts = page.getByRole('dialog', { name: 'Nhiệm vụ V.2.3' }).getByLabel('Hoàn thành theo kỳ và theo đơn vị');
  await expect(parts.getByLabel('Kỳ 6 tháng đầu năm 2022: đã nhận báo cáo')).toHaveText('Đã nhận báo cáo 10/06/2022 (sổ báo cáo)');
  // Nothing to withdraw: the report is in the register, not a mark made on the task.
  await expect(parts.getByRole('button', { name: 'Bỏ hoàn thành kỳ 6 tháng đầu năm 2022' })).toHaveCount(0);
  await expect(parts.getByRole('button', { name: 'Hoàn thành kỳ năm 2022' })).toBeVisible();
  await saveScreenshot(page, '68b-nhiem-vu-ky-theo-so-bao-cao');
});

test('a target on prosecutions says whose figures it left out, and adds them all when the clerk chooses so in Cài đặt', async ({ app, appPage: page, request }) => {
  // One prosecution reported by the Viện kiểm sát, the Công an and the Tòa án (recorded through the API).
  const api = async <T>(method: string, data: unknown): Promise<T> => {
    const r = await request.post(`${app.origin}/api/${method}`, { data, headers: { 'x-thuong-truc-secret': app.secret } });
    expect(r.status()).toBe(200);
    return ((await r.json()) as { data: T }).data;
  };
  await api('settings.update', { clerkName: 'Nguyễn Thị Lan' });
  await api('targets.create', {
    planId: 1,
    code: 'X.1',
    wording: 'Truy tố ít nhất 2 vụ án về mại dâm.',
    kind: 'count',
    comparator: 'at_least',
    value: 2,
    unit: 'vụ',
    denominator: null,
    statistic: 'D05',
  });
  const periods = await api<{ id: number; periodType: string }[]>('reporting.periods', { planId: 1 });
  const h1 = periods.find((p) => p.periodType === 'six_month')!;
  const register = await api<{ entries: { agency: { id: number; shortName: string } }[] }>('reporting.register', { periodId: h1.id });
  for (const [name, value] of [['Viện Kiểm sát nhân dân tỉnh', 1], ['Công an tỉnh', 1], ['Tòa án nhân dân tỉnh', 3]] as const) {
    const agencyId = register.entries.find((e) => e.agency.shortName === name)!.agency.id;
    await api('reports.create', { periodId: h1.id, agencyId, arrivalDate: '2022-06-14', channel: 'paper', figures: [{ statisticCode: 'D05', value }] });
  }

  await openScreen(page, 'Chỉ tiêu');
  const row = page.getByRole('table', { name: 'Danh sách chỉ tiêu' }).getByRole('row').filter({ has: page.getByRole('cell', { name: 'X.1', exact: true }) });
  // 1 prosecution, not 1 + 1 + 3: the two figures left out are named, with the source counted instead.
  await expect(row.getByRole('cell').nth(4)).toContainText('1 vụ');
  await expect(row.getByRole('cell').nth(4)).toContainText('Chưa đạt');
  const note =
    '6 tháng đầu năm 2022: không cộng số liệu của Công an tỉnh (1), Tòa án nhân dân tỉnh (3); chỉ số D05 chỉ tính số liệu của Viện Kiểm sát nhân dân tỉnh (Cài đặt › Nguồn số liệu của báo cáo).';
  await expect(row.getByText(note)).toBeVisible();
  await row.getByRole('button', { name: 'Xem báo cáo đóng góp' }).click();
  await expect(page.getByText('6 tháng đầu năm 2022: Viện Kiểm sát nhân dân tỉnh 1', { exact: true })).toBeVisible();
  await row.scrollIntoViewIfNeeded();
  await saveScreenshot(page, '62-chi-tieu-so-lieu-khong-cong');

  // The clerk adds every agency's figures for prosecutions: 5 vụ, Đạt, nothing left out.
  await openScreen(page, 'Cài đặt');
  await page.getByRole('combobox', { name: 'Nguồn số liệu: Số vụ truy tố' }).selectOption({ label: 'Cộng số liệu của các cơ quan, đơn vị' });
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu nguồn số liệu của chỉ số “Số vụ truy tố”.' })).toBeVisible();
  await openScreen(page, 'Chỉ tiêu');
  await expect(row.getByRole('cell').nth(4)).toContainText('5 vụ');
  await expect(row.getByRole('cell').nth(4)).toContainText('Đạt');
  await expect(row.getByText(/không cộng số liệu/)).toHaveCount(0);
});

test('the Chỉ tiêu forms name a bad value at its field and save nothing; the statistics asked of an agency are saved', async ({ appPage: page }) => {
  await openScreen(page, 'Chỉ tiêu');
  await expect(page.getByText('14 chỉ tiêu của kế hoạch', { exact: false })).toBeVisible();

  // A target whose level is negative.
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm chỉ tiêu' });
  await form.getByRole('textbox', { name: 'Mã chỉ tiêu' }).fill('9');
  await form.getByRole('textbox', { name: 'Nội dung chỉ tiêu' }).fill('Giảm số tụ điểm phức tạp về mại dâm.');
  await form.getByRole('textbox', { name: 'Mức phải đạt' }).fill('-5');
  await form.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(form.getByRole('textbox', { name: 'Mức phải đạt' })).toHaveAccessibleDescription('Mức phải đạt không được là số âm.');
  await form.getByRole('button', { name: 'Hủy' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('14 chỉ tiêu của kế hoạch', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sửa chỉ tiêu 9' })).toHaveCount(0);

  // A statistic without its name and unit.
  await page.getByRole('tab', { name: 'Chỉ số và đơn vị báo cáo' }).click();
  await expect(page.getByText('62 chỉ số; chỉ số có sẵn')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm chỉ số' }).click();
  const stat = page.getByRole('dialog', { name: 'Thêm chỉ số của kế hoạch' });
  await stat.getByRole('textbox', { name: 'Mã chỉ số' }).fill('TT01');
  await stat.getByRole('button', { name: 'Lưu chỉ số' }).click();
  await expect(stat.getByRole('textbox', { name: 'Tên chỉ số' })).toHaveAccessibleDescription('Chưa nhập tên chỉ số.');
  await expect(stat.getByRole('textbox', { name: 'Đơn vị tính' })).toHaveAccessibleDescription('Chưa nhập đơn vị tính.');
  await saveScreenshot(page, '70-chi-so-thieu-ten');
  await stat.getByRole('button', { name: 'Hủy' }).click();
  await expect(stat).toBeHidden();
  await expect(page.getByText('62 chỉ số; chỉ số có sẵn')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Danh mục chỉ số' }).getByRole('cell', { name: 'TT01', exact: true })).toHaveCount(0);

  // One more statistic asked of Công an tỉnh: saved, and shown again when the agency is chosen later.
  const agency = page.getByRole('combobox', { name: 'Đơn vị', exact: true });
  await agency.click();
  const option = page.getByRole('option', { name: /^Công an tỉnh \(\d+ chỉ số\)$/ });
  const before = Number(/\((\d+) chỉ số\)/.exec((await option.textContent()) ?? '')![1]);
  await option.click();
  const codes = page.getByRole('combobox', { name: 'Các chỉ số' });
  await codes.click();
  await codes.fill('A01');
  await page.getByRole('option', { name: 'A01. Số người bán dâm ước tính', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu các chỉ số giao cho đơn vị.' })).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'Chỉ số và đơn vị báo cáo' }).click();
  await agency.click();
  await page.getByRole('option', { name: `Công an tỉnh (${before + 1} chỉ số)`, exact: true }).click();
  // The statistic is a pill of the picker (the option list holds it too).
  await expect(page.getByRole('tabpanel', { name: 'Chỉ số và đơn vị báo cáo' }).getByText('A01. Số người bán dâm ước tính', { exact: true })).toBeVisible();
});
