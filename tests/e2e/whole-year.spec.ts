// A whole year of a plan that is not the built-in one, through the screens only ("today" is
// 01/07/2022): a clerk in Ninh Bình makes an empty plan, enters its details and issues it as number 15
// of 20/3/2022, adds 8 agencies of its own (its "Công an tỉnh" and "Sở Y tế" beside Quảng Trị's),
// 6-month and annual reporting duties, 5 tasks (one recurring 6-monthly, one led by three districts),
// 2 targets with their statistics; records two reports with figures and sees the targets move;
// completes the recurring task for H1 only; exports the report and the assignment table (both cite
// the plan's number and date, neither speaks of Quảng Trị); deletes a task and an urging record and
// finds both in "Lịch sử xóa". No screen of the plan shows "Quảng Trị".
import type { Page } from '@playwright/test';
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';
import { SLOW, addAgency, addDuty, addStatistic, addTask, createEmptyPlan, exportWord, pick, recordReport } from './support/plan-steps';

test.describe.configure({ timeout: Number(process.env.E2E_TIMEOUT ?? 600_000) });

const CITY = 'UBND thành phố Ninh Bình';
const KIM_SON = 'UBND huyện Kim Sơn';
const NHO_QUAN = 'UBND huyện Nho Quan';

/** Opens a screen of the Ninh Bình plan and checks that nothing on it speaks of Quảng Trị. */
async function openPlanScreen(page: Page, label: string): Promise<void> {
  await openScreen(page, label);
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
    await expect(details.getByRole('status')).toContainText('Đã lưu thông tin kế hoạch.', SLOW);
    await details.getByRole('textbox', { name: 'Số', exact: true }).fill('15');
    await details.getByRole('textbox', { name: 'Ngày ký' }).fill('20/3/2022');
    await details.getByRole('button', { name: 'Ban hành' }).click();
    await expect(details.getByRole('status')).toContainText(
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
      content: 'Tổng hợp, báo cáo kết quả đấu tranh với tội phạm liên quan đến mại dâm 6 tháng, năm.',
      leads: [['cong an tinh', 'Công an tỉnh']],
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
});
