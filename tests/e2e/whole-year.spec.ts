// A whole year of a plan that is not the built-in one, through the screens only ("today" is
// 01/07/2022): a clerk in Ninh Bình makes an empty plan, enters its details and issues it as number 15
// of 20/3/2022, adds 8 agencies of its own (its "Công an tỉnh" and "Sở Y tế" beside Quảng Trị's),
// 6-month and annual reporting duties, 5 tasks (one recurring 6-monthly, one led by three districts),
// 2 targets with their statistics; records two reports with figures and sees the targets move;
// completes the recurring task for H1 only; exports the report and the assignment table (both cite
// the plan's number and date, neither speaks of Quảng Trị); deletes a task and an urging record and
// finds both in "Lịch sử xóa". No screen of the plan shows "Quảng Trị".
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, saveScreenshot, SCREENSHOT_DIR } from './support/fixtures';
import { SLOW, addAgency, addDuty, addStatistic, addTask, createEmptyPlan, exportWord, pick, recordReport } from './support/plan-steps';

test.describe.configure({ timeout: Number(process.env.E2E_TIMEOUT ?? 900_000) });

const CITY = 'UBND thành phố Ninh Bình';
const KIM_SON = 'UBND huyện Kim Sơn';
const NHO_QUAN = 'UBND huyện Nho Quan';

/** Opens a screen of the Ninh Bình plan and checks that nothing on it speaks of Quảng Trị. */
async function openPlanScreen(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: label })).toBeVisible(SLOW);
  await expect(page.getByRole('main')).not.toContainText('Quảng Trị');
}

test('a Ninh Bình plan runs through its year from the screens, with its own number, agencies, tasks, targets and documents', async ({ appPage: page }) => {
  await test.step('an empty plan for Ninh Bình', async () => {
    await createEmptyPlan(page, {
      title: 'Phòng, chống mại dâm trên địa bàn tỉnh Ninh Bình năm 2022',
      year: '2022',
      symbol: 'KH-BCĐ138',
      province: 'Ninh Bình',
      issuer: 'Ban Chỉ đạo 138 tỉnh Ninh Bình',
    });
    await openPlanScreen(page, 'Tổng quan');
    await expect(page.getByLabel('Việc cần làm để hoàn thiện kế hoạch')).toContainText('Còn thiếu 6/6 mục');
  });

  await test.step('8 agencies of its own, "Công an tỉnh" and "Sở Y tế" among them', async () => {
    await openPlanScreen(page, 'Cơ quan, đơn vị');
    const table = page.getByRole('table', { name: 'Danh sách cơ quan, đơn vị' });
    await expect(table.getByRole('row')).toHaveCount(1);
    await addAgency(page, { name: 'Công an tỉnh', abbreviation: 'CAT', kind: 'Công an' });
    await addAgency(page, { name: 'Sở Y tế', abbreviation: 'SYT', kind: 'Sở, ban, ngành' });
    await addAgency(page, { name: 'Sở Lao động - Thương binh và Xã hội', abbreviation: 'SLĐTBXH', kind: 'Sở, ban, ngành' });
    await addAgency(page, { name: 'Sở Văn hóa và Thể thao', abbreviation: 'SVHTT', kind: 'Sở, ban, ngành' });
    await addAgency(page, { name: 'Tỉnh Đoàn', abbreviation: 'TĐ', kind: 'Mặt trận, đoàn thể' });
    await addAgency(page, { name: CITY, abbreviation: 'UBNDTPNB', kind: 'UBND cấp huyện' });
    await addAgency(page, { name: KIM_SON, abbreviation: 'UBNDKS', kind: 'UBND cấp huyện' });
    await addAgency(page, { name: NHO_QUAN, abbreviation: 'UBNDNQ', kind: 'UBND cấp huyện' });
    await expect(table.getByRole('row')).toHaveCount(8 + 1, SLOW);
    await expect(table.getByRole('link', { name: 'Công an tỉnh', exact: true })).toBeVisible();
    await expect(table.getByRole('link', { name: 'Sở Y tế', exact: true })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Quảng Trị');
    await saveScreenshot(page, '80-ca-nam-co-quan');
  });

  await test.step('details, then "Ban hành" with number 15 and date 20/3/2022', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Thông tin kế hoạch' }).click();
    const details = page.getByRole('dialog', { name: 'Thông tin kế hoạch' });
    await expect(details.getByRole('textbox', { name: 'Tỉnh, thành phố' })).toHaveValue('Ninh Bình');
    await details.getByRole('textbox', { name: 'Cơ quan chủ quản (dòng trên)' }).fill('UBND TỈNH NINH BÌNH');
    await details.getByRole('textbox', { name: 'Tên cơ quan ban hành (dòng in hoa)' }).fill('BAN CHỈ ĐẠO 138');
    await details.getByRole('textbox', { name: 'Căn cứ' }).fill('Căn cứ Luật Phòng, chống mại dâm năm 2003;\nCăn cứ Kế hoạch số 07/KH-UBND ngày 10/01/2022 của UBND tỉnh Ninh Bình;');
    await pick(page, details.getByRole('combobox', { name: 'Cơ quan thường trực' }), '', 'Sở Lao động - Thương binh và Xã hội');
    await pick(page, details.getByRole('combobox', { name: 'Thẩm quyền ký' }), '', 'KT.');
    await details.getByRole('textbox', { name: 'KT. (thay mặt, ký thay cho)' }).fill('TRƯỞNG BAN');
    await details.getByRole('textbox', { name: 'Chức vụ người ký' }).fill('PHÓ TRƯỞNG BAN');
    await details.getByRole('textbox', { name: 'Họ tên người ký' }).fill('Đinh Văn Hùng');
    await details.getByRole('button', { name: 'Lưu thông tin' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu thông tin kế hoạch.' })).toBeVisible(SLOW);
    await details.getByRole('textbox', { name: 'Số', exact: true }).fill('15');
    await details.getByRole('textbox', { name: 'Ngày ký' }).fill('20/3/2022');
    await details.getByRole('button', { name: 'Ban hành' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã ban hành' })).toContainText(
      'Đã ban hành: Kế hoạch số 15/KH-BCĐ138 ngày 20/03/2022 của Ban Chỉ đạo 138 tỉnh Ninh Bình.',
      SLOW,
    );
    await saveScreenshot(page, '81-ca-nam-ban-hanh');
    await details.getByRole('button', { name: 'Đóng' }).click();
    await expect(details).toBeHidden();
  });

  await test.step('a 6-month and an annual reporting duty', async () => {
    await openPlanScreen(page, 'Báo cáo');
    const obliged: [string, string][] = [
      ['cong an tinh', 'Công an tỉnh'],
      ['so y te', 'Sở Y tế'],
      ['thanh pho ninh binh', CITY],
      ['kim son', KIM_SON],
      ['nho quan', NHO_QUAN],
    ];
    await addDuty(page, { due: 'trước ngày 15/6', obliged });
    await expect(page.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue('Báo cáo 6 tháng đầu năm 2022 (hạn 15/06/2022)', SLOW);
    await addDuty(page, { kind: 'Năm', title: 'Báo cáo năm', due: 'trước ngày 15/12', obliged });
    const duties = page.getByRole('table', { name: 'Chế độ báo cáo' });
    await expect(duties.getByRole('row')).toHaveCount(2 + 1, SLOW);
    await expect(page.getByRole('table', { name: 'Sổ theo dõi báo cáo' }).getByRole('row')).toHaveCount(5 + 1, SLOW);
    await saveScreenshot(page, '82-ca-nam-che-do-bao-cao');
  });

  await test.step('5 tasks: one recurring 6-monthly, one led by three districts', async () => {
    await openPlanScreen(page, 'Nhiệm vụ');
    await addTask(page, {
      code: 'I.1',
      newGroup: { code: 'I', title: 'Công tác tuyên truyền, phòng ngừa' },
      content: 'Tổ chức tuyên truyền phòng, chống mại dâm tại các xã, phường, thị trấn.',
      leads: [['van hoa', 'Sở Văn hóa và Thể thao']],
      supports: [['tinh doan', 'Tỉnh Đoàn']],
      deadline: { date: '30/9/2022' },
    });
    await addTask(page, {
      code: 'I.2',
      group: 'I. Công tác tuyên truyền, phòng ngừa',
      content: 'Kiểm tra liên ngành các cơ sở kinh doanh dịch vụ văn hóa, báo cáo kết quả 6 tháng, năm.',
      leads: [['van hoa', 'Sở Văn hóa và Thể thao']],
      deadline: { period: '6 tháng' },
      deadlineText: 'Định kỳ 6 tháng, năm',
    });
    await addTask(page, {
      code: 'I.3',
      group: 'I. Công tác tuyên truyền, phòng ngừa',
      content: 'Rà soát, kiểm tra các cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm trên địa bàn.',
      leads: [
        ['thanh pho ninh binh', CITY],
        ['kim son', KIM_SON],
        ['nho quan', NHO_QUAN],
      ],
      supports: [['cong an tinh', 'Công an tỉnh']],
      deadline: { date: '30/11/2022' },
    });
    await addTask(page, {
      code: 'II.1',
      newGroup: { code: 'II', title: 'Công tác hỗ trợ, giảm hại' },
      content: 'Hỗ trợ người bán dâm hòa nhập cộng đồng, tiếp cận dịch vụ xã hội cơ bản.',
      leads: [['lao dong', 'Sở Lao động - Thương binh và Xã hội']],
      supports: [['so y te', 'Sở Y tế']],
      deadline: { date: '31/10/2022' },
    });
    await addTask(page, {
      code: 'II.2',
      group: 'II. Công tác hỗ trợ, giảm hại',
      content: 'Tư vấn, xét nghiệm HIV và các bệnh lây truyền qua đường tình dục cho người bán dâm.',
      leads: [['so y te', 'Sở Y tế']],
      deadline: { date: '15/12/2022' },
    });
    await expect(page.getByText('5 / 5 nhiệm vụ')).toBeVisible(SLOW);
    await expect(page.getByRole('main')).not.toContainText('Quảng Trị');
    await saveScreenshot(page, '83-ca-nam-nhiem-vu');
  });
  await test.step('2 targets with their statistics: 25% of the communes, 18 establishments', async () => {
    await openPlanScreen(page, 'Chỉ tiêu');
    await addStatistic(page, { code: 'NB01', unit: 'xã', label: 'Số xã, phường, thị trấn xây dựng mô hình phòng, chống mại dâm' });
    await addStatistic(page, { code: 'NB02', unit: 'cơ sở', label: 'Số cơ sở kinh doanh dịch vụ được kiểm tra' });
    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();

    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    let form = page.getByRole('dialog', { name: 'Thêm chỉ tiêu' });
    await form.getByRole('textbox', { name: 'Mã chỉ tiêu' }).fill('1');
    await form.getByRole('textbox', { name: 'Nhóm' }).fill('Về công tác phòng ngừa');
    await form.getByRole('textbox', { name: 'Nội dung chỉ tiêu' }).fill('Ít nhất 25% số xã, phường, thị trấn xây dựng mô hình phòng, chống mại dâm.');
    await pick(page, form.getByRole('combobox', { name: 'Loại chỉ tiêu' }), '', 'Tỷ lệ (%)');
    await pick(page, form.getByRole('combobox', { name: 'Cách so sánh' }), '', 'Ít nhất');
    await form.getByRole('textbox', { name: 'Mức phải đạt (%)' }).fill('25');
    await pick(page, form.getByRole('combobox', { name: 'Chỉ số đo (tử số)' }), 'NB01', 'NB01. Số xã, phường, thị trấn xây dựng mô hình phòng, chống mại dâm (xã)');
    await form.getByRole('radiogroup', { name: 'Mẫu số' }).getByText('Số xã, phường, thị trấn của địa bàn', { exact: true }).click();
    await form.getByRole('textbox', { name: 'Số xã, phường, thị trấn của địa bàn' }).fill('120');
    let agencies = form.getByRole('combobox', { name: 'Cơ quan, đơn vị thực hiện' });
    await pick(page, agencies, 'thanh pho ninh binh', CITY);
    await pick(page, agencies, 'kim son', KIM_SON);
    await pick(page, agencies, 'nho quan', NHO_QUAN);
    await agencies.press('Tab');
    await saveScreenshot(page, '84-ca-nam-chi-tieu-ty-le');
    await form.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await expect(form).toBeHidden(SLOW);

    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    form = page.getByRole('dialog', { name: 'Thêm chỉ tiêu' });
    await form.getByRole('textbox', { name: 'Mã chỉ tiêu' }).fill('2');
    await form.getByRole('textbox', { name: 'Nội dung chỉ tiêu' }).fill('Kiểm tra ít nhất 18 cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm.');
    await pick(page, form.getByRole('combobox', { name: 'Loại chỉ tiêu' }), '', 'Số lượng');
    await pick(page, form.getByRole('combobox', { name: 'Cách so sánh' }), '', 'Ít nhất');
    await form.getByRole('textbox', { name: 'Mức phải đạt' }).fill('18');
    await form.getByRole('textbox', { name: 'Đơn vị tính' }).fill('cơ sở');
    await pick(page, form.getByRole('combobox', { name: 'Chỉ số đo' }), 'NB02', 'NB02. Số cơ sở kinh doanh dịch vụ được kiểm tra (cơ sở)');
    agencies = form.getByRole('combobox', { name: 'Cơ quan, đơn vị thực hiện' });
    await pick(page, agencies, 'cong an tinh', 'Công an tỉnh');
    await agencies.press('Tab');
    await form.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await expect(form).toBeHidden(SLOW);

    const targets = page.getByRole('table', { name: 'Danh sách chỉ tiêu' });
    await expect(targets.getByRole('row').filter({ hasText: 'Ít nhất 25% số xã' })).toContainText('trên 120 xã, phường, thị trấn', SLOW);
    await expect(targets.getByRole('row').filter({ hasText: 'Ít nhất 25% số xã' })).toContainText('UBND các huyện, thị xã, thành phố (3)');
    await expect(targets.getByRole('row').filter({ hasText: 'Kiểm tra ít nhất 18 cơ sở' })).toContainText('Ít nhất 18 cơ sở');
    await expect(page.getByRole('main')).not.toContainText('Quảng Trị');
  });

  await test.step('two reports with figures move the targets', async () => {
    await openPlanScreen(page, 'Báo cáo');
    await recordReport(page, 'Công an tỉnh', '10/06/2022', { NB02: '18' });
    await recordReport(page, CITY, '14/06/2022', { NB01: '30' });
    await saveScreenshot(page, '85-ca-nam-so-theo-doi');
    await openPlanScreen(page, 'Chỉ tiêu');
    const targets = page.getByRole('table', { name: 'Danh sách chỉ tiêu' });
    const percent = targets.getByRole('row').filter({ hasText: 'Ít nhất 25% số xã' });
    const count = targets.getByRole('row').filter({ hasText: 'Kiểm tra ít nhất 18 cơ sở' });
    await expect(percent).toContainText('25% (30/120)', SLOW);
    await expect(count).toContainText('18 cơ sở');
    await expect(percent).toContainText('Đạt');
    await expect(count).toContainText('Đạt');
    await saveScreenshot(page, '86-ca-nam-chi-tieu-tien-do');
  });

  await test.step('the recurring task is completed for H1 only', async () => {
    await openPlanScreen(page, 'Nhiệm vụ');
    const board = page.getByRole('table', { name: 'Danh sách nhiệm vụ' });
    await board.getByRole('button', { name: 'I.2', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'Nhiệm vụ I.2' });
    const parts = drawer.getByLabel('Hoàn thành theo kỳ và theo đơn vị');
    await parts.getByRole('textbox', { name: 'Ngày hoàn thành ghi vào' }).fill('10/06/2022');
    await parts.getByRole('button', { name: 'Hoàn thành kỳ 6 tháng đầu năm 2022' }).click();
    await expect(parts.getByRole('button', { name: 'Bỏ hoàn thành kỳ 6 tháng đầu năm 2022' })).toContainText('Đã hoàn thành 10/06/2022', SLOW);
    await expect(parts.getByRole('button', { name: 'Hoàn thành kỳ năm 2022' })).toBeVisible();
    await saveScreenshot(page, '87-ca-nam-hoan-thanh-ky-1');
    await drawer.getByRole('button', { name: 'Đóng' }).click();
    const row = board.getByRole('row').filter({ has: page.getByRole('button', { name: 'I.2', exact: true }) });
    await expect(row).toContainText('Kỳ năm 2022', SLOW);
    await expect(row).toContainText('1/2 kỳ đã hoàn thành');
    await expect(row).toContainText('Chưa hoàn thành, trong hạn');
  });
  await test.step('the report and the assignment table cite number 15 of 20/3/2022, never Quảng Trị', async () => {
    await openPlanScreen(page, 'Cài đặt');
    const card = page.getByRole('region', { name: 'Văn bản' });
    await card.getByLabel('Họ tên người ký').fill('Phạm Thị Thu');
    await card.getByRole('button', { name: 'Lưu cài đặt văn bản' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu cài đặt văn bản.' })).toHaveText('Đã lưu cài đặt văn bản.', { timeout: 60_000 });

    await openPlanScreen(page, 'Văn bản');
    const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
    await expect(preview).toContainText('6 tháng đầu năm 2022', SLOW);
    await expect(page.getByRole('button', { name: 'Xuất văn bản Word' })).toBeEnabled(SLOW);
    await saveScreenshot(page, '88-ca-nam-van-ban-bao-cao');
    const report = await exportWord(page);
    fs.copyFileSync(report.file, path.join(SCREENSHOT_DIR, '88-ca-nam-bao-cao.docx'));
    const lines = report.text.split('\n');
    expect(lines.filter((l) => l.includes('số 15/KH-BCĐ138')).join('\n')).toContain('Kế hoạch số 15/KH-BCĐ138 ngày 20/3/2022');
    expect(report.text).not.toContain('Quảng Trị');
    // The recurring task completed for H1 counts in the period, as on the task board.
    expect(lines).toContain(
      'Trong kỳ, các cơ quan, đơn vị đã hoàn thành 1 nhiệm vụ (trong đó 1 nhiệm vụ định kỳ đã hoàn thành phần việc của kỳ này); lũy kế 0/5 nhiệm vụ của Kế hoạch đã hoàn thành. Các chỉ tiêu của Kế hoạch là chỉ tiêu năm; trong 2 chỉ tiêu đã có số liệu: 2 chỉ tiêu đã đạt mức kế hoạch năm.',
    );
    expect(lines).toContain(
      '- Kiểm tra liên ngành các cơ sở kinh doanh dịch vụ văn hóa, báo cáo kết quả 6 tháng, năm (Sở Văn hóa và Thể thao chủ trì): đã hoàn thành kỳ 6 tháng đầu năm 2022 ngày 10/06/2022.',
    );

    await page.getByRole('radiogroup', { name: 'Loại văn bản' }).getByText('Bảng phân công nhiệm vụ', { exact: true }).click();
    await expect(preview).toContainText('5 nhiệm vụ', SLOW);
    await saveScreenshot(page, '89-ca-nam-van-ban-bang-phan-cong');
    const table = await exportWord(page);
    fs.copyFileSync(table.file, path.join(SCREENSHOT_DIR, '89-ca-nam-bang-phan-cong.docx'));
    const kemTheo = table.text.split('\n').filter((l) => l.startsWith('(Kèm theo'));
    // The appendix line of NĐ 30 spells the date out.
    expect(kemTheo).toEqual(['(Kèm theo Kế hoạch số 15/KH-BCĐ138 ngày 20 tháng 3 năm 2022 của Ban Chỉ đạo 138 tỉnh)']);
    expect(table.text).not.toContain('Quảng Trị');
    for (const content of ['Kiểm tra liên ngành các cơ sở kinh doanh dịch vụ văn hóa', 'Tư vấn, xét nghiệm HIV']) expect(table.text).toContain(content);
  });

  await test.step('a task and an urging record are deleted, and both are found in "Lịch sử xóa"', async () => {
    await openPlanScreen(page, 'Nhiệm vụ');
    await page.getByRole('table', { name: 'Danh sách nhiệm vụ' }).getByRole('button', { name: 'II.2', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'Nhiệm vụ II.2' });
    await drawer.getByRole('button', { name: 'Xóa nhiệm vụ' }).click();
    const confirmTask = page.getByRole('dialog', { name: 'Xóa nhiệm vụ II.2?' });
    await expect(confirmTask).toContainText('Tư vấn, xét nghiệm HIV');
    await confirmTask.getByRole('button', { name: 'Xóa', exact: true }).click();
    await expect(confirmTask).toBeHidden(SLOW);
    await expect(page.getByText('4 / 4 nhiệm vụ')).toBeVisible(SLOW);

    await openPlanScreen(page, 'Báo cáo');
    await page.getByRole('tab', { name: /Đôn đốc/ }).click();
    const urgings = page.getByRole('table', { name: 'Các lần đôn đốc' });
    await page.getByLabel('Chọn Sở Y tế').check();
    await page.getByLabel('Số công văn đôn đốc').fill('120/SLĐTBXH-PCTNXH');
    await page.getByRole('button', { name: 'Ghi nhận đôn đốc' }).click();
    await expect(urgings.getByRole('row')).toHaveCount(2, SLOW);
    await urgings.getByRole('button', { name: 'Xóa lần đôn đốc ngày 01/07/2022' }).click();
    const confirmUrging = page.getByRole('dialog', { name: 'Xóa lần đôn đốc?' });
    await expect(confirmUrging).toContainText('Đôn đốc ngày 01/07/2022, công văn số 120/SLĐTBXH-PCTNXH: Sở Y tế.');
    await confirmUrging.getByRole('button', { name: 'Xóa', exact: true }).click();
    await expect(confirmUrging).toBeHidden(SLOW);
    await expect(urgings.getByRole('button', { name: /Xóa lần đôn đốc/ })).toHaveCount(0, SLOW);

    await openPlanScreen(page, 'Tổng quan');
    const history = page.getByLabel('Lịch sử xóa');
    await expect(history).toContainText('Nhiệm vụ II.2: Tư vấn, xét nghiệm HIV', SLOW);
    await expect(history).toContainText('Đôn đốc ngày 01/07/2022 (6 tháng đầu năm 2022), 1 đơn vị');
    await expect(page.getByTestId('plan-reference')).toHaveText('Đã ban hành: Kế hoạch số 15/KH-BCĐ138 ngày 20/03/2022 của Ban Chỉ đạo 138 tỉnh Ninh Bình');
    await history.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, '90-ca-nam-lich-su-xoa');
  });
});
