// Tổng quan's charts and "Việc tuần này", "today" being 01/07/2022 on the built-in 2022 plan.
// The 6-month report (due 15/06/2022) is owed by 26 agencies. The figures below are worked out by hand:
// 13 reports in (10 districts on 10/06, the police on 14/06, Sở Y tế on the due day, the Women's
// Union late on 20/06): 13/26 = 50% sent, 12/26 = 46,15… → 46,2% on time; E01 (target II.2.11, at
// least 50 people) 22 + 10 = 32 → 64% of the target; the other 8 quantitative targets (9 less
// II.2.11; 5 of the 14 are qualitative) have no figures yet. Tasks, a per-period task counted once per
// period: V.2.3 (Công an tỉnh) is done for the 6 months by the police report of 14/06, on time, and
// open in time for the year; one other task is open in time: 1 done on time, 0 late, 2 open in time, 0 overdue.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, openScreen, saveScreenshot, SCREENSHOT_DIR } from './support/fixtures';
import type { RunningHost } from './support/app-host';
import type { APIRequestContext, Page } from '@playwright/test';

test.describe.configure({ timeout: 180_000 });

async function api(request: APIRequestContext, app: RunningHost, method: string, data: unknown) {
  const r = await request.post(`${app.origin}/api/${method}`, { data, headers: { 'x-thuong-truc-secret': app.secret } });
  const body = (await r.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.data as never;
}

async function recordSixMonthReports(request: APIRequestContext, app: RunningHost) {
  const periods: { id: number; periodType: string }[] = await api(request, app, 'reporting.periods', { planId: 1 });
  const h1 = periods.find((p) => p.periodType === 'six_month')!;
  const register: { entries: { agency: { id: number; shortName: string } }[] } = await api(request, app, 'reporting.register', { periodId: h1.id });
  const idOf = (name: string) => register.entries.find((e) => e.agency.shortName === name)!.agency.id;
  const report = (name: string, arrivalDate: string, figures?: { statisticCode: string; value: number }[]) =>
    api(request, app, 'reports.create', { periodId: h1.id, agencyId: idOf(name), arrivalDate, channel: 'paper', ...(figures ? { figures } : {}) });
  for (const d of ['thành phố Đông Hà', 'thị xã Quảng Trị', 'huyện Vĩnh Linh', 'huyện Hướng Hóa', 'huyện Gio Linh', 'huyện Đakrông', 'huyện Cam Lộ', 'huyện Triệu Phong', 'huyện Hải Lăng', 'huyện Cồn Cỏ']) {
    await report(`UBND ${d}`, '2022-06-10');
  }
  await report('Công an tỉnh', '2022-06-14');
  await report('Sở Y tế', '2022-06-15', [{ statisticCode: 'E01', value: 22 }]);
  await report('Hội Liên hiệp Phụ nữ tỉnh', '2022-06-20', [{ statisticCode: 'E01', value: 10 }]);
}

const chart = (page: Page, name: string) => page.getByRole('figure', { name });

test('Tổng quan draws the reporting rates, the targets against their target and the four task buckets; they print on A4', async ({ app, page, request }) => {
  await recordSixMonthReports(request, app);
  await page.goto(app.url);

  const rates = chart(page, 'Biểu đồ tỷ lệ gửi báo cáo và tỷ lệ đúng hạn theo kỳ');
  // The first look waits for the charts' code and data on a busy machine.
  await expect(rates).toBeVisible({ timeout: 30_000 });
  await expect(rates.getByText('6 tháng đầu năm 2022')).toBeVisible();
  // The values written on the bars (the axis has its own 0%…100% ticks).
  await expect(rates.locator('.recharts-label-list text')).toHaveText(['50%', '46,2%']);
  // The annual report is not due yet and nothing came in: no bar for it.
  await expect(rates.getByText('năm 2022', { exact: true })).toHaveCount(0);
  await expect(rates.getByText('Tỷ lệ đã gửi')).toBeVisible();
  await expect(rates.getByText('Tỷ lệ đúng hạn')).toBeVisible();

  const targets = chart(page, 'Biểu đồ mức đạt của các chỉ tiêu so với chỉ tiêu đề ra');
  await expect(targets.locator('.recharts-label-list text')).toHaveText(['64%']);
  await expect(targets.getByText('Chỉ tiêu', { exact: true })).toBeVisible();
  await expect(targets.getByText(/^II\.2\.11: .* — đạt 64% chỉ tiêu$/)).toBeVisible();
  await expect(targets.getByText('8 chỉ tiêu định lượng chưa có số liệu.', { exact: false })).toBeVisible();

  const tasks = chart(page, 'Biểu đồ số nhiệm vụ theo bốn tình trạng');
  for (const label of ['Đã hoàn thành đúng hạn', 'Đã hoàn thành quá hạn', 'Chưa hoàn thành, trong hạn', 'Chưa hoàn thành, quá hạn']) {
    await expect(tasks.getByText(label, { exact: true })).toBeVisible();
  }
  // One value label per bar, in the buckets' order.
  await expect(tasks.locator('.recharts-label-list text')).toHaveText(['1', '0', '2', '0']);
  await expect(tasks.getByText('Ngoài ra có 61 nhiệm vụ thường xuyên', { exact: false })).toBeVisible();

  await rates.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'tong-quan-bieu-do');

  // On paper: A4, the charts with their values, nothing animated (drawn at once).
  await page.emulateMedia({ media: 'print' });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  fs.writeFileSync(path.join(SCREENSHOT_DIR, 'tong-quan-in.pdf'), pdf);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await expect(rates.locator('.recharts-label-list text')).toHaveText(['50%', '46,2%']);
});

test('Báo cáo shows the rates of the periods due', async ({ app, page, request }) => {
  await recordSixMonthReports(request, app);
  await page.goto(app.url);
  await openScreen(page, 'Báo cáo');
  const rates = chart(page, 'Biểu đồ tỷ lệ gửi báo cáo và tỷ lệ đúng hạn theo kỳ');
  await expect(rates.locator('.recharts-label-list text')).toHaveText(['50%', '46,2%']);
  await rates.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'bao-cao-bieu-do');
});

test('Việc tuần này lists the overdue 6-month report; one click opens its urging with the 26 agencies ticked, another opens task V.2.3', async ({ appPage: page }) => {
  const week = page.getByRole('table', { name: 'Báo cáo và nhiệm vụ quá hạn hoặc đến hạn trong 7 ngày tới' });
  const reportRow = week.getByRole('row').filter({ hasText: 'Báo cáo 6 tháng đầu năm 2022' });
  await expect(reportRow).toContainText('15/06/2022', { timeout: 30_000 });
  await expect(reportRow).toContainText('Quá hạn 16 ngày');
  await expect(reportRow).toContainText('Chưa gửi: 26 đơn vị (Công an tỉnh, Sở Y tế, Sở Thông tin và Truyền thông, Sở Văn hóa, Thể thao và Du lịch và 22 đơn vị khác)');
  const taskRow = week.getByRole('row').filter({ hasText: 'Nhiệm vụ V.2.3' });
  await expect(taskRow).toContainText('Chủ trì: Công an tỉnh');
  await expect(page.getByText('Từ 01/07/2022 đến 07/07/2022 · 2 việc quá hạn, 0 việc đến hạn')).toBeVisible();
  await week.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'viec-tuan-nay');

  await reportRow.getByRole('button', { name: 'Đôn đốc' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Báo cáo' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue('Báo cáo 6 tháng đầu năm 2022 (hạn 15/06/2022)');
  await expect(page.getByRole('tab', { name: /Đôn đốc/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Ghi nhận đã đôn đốc 26 đơn vị đã chọn')).toBeVisible();
  await saveScreenshot(page, 'viec-tuan-nay-don-doc');
  await page.getByRole('button', { name: 'Ghi nhận đôn đốc' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã ghi nhận đôn đốc 26 đơn vị ngày 01/07/2022.' })).toBeVisible();

  await openScreen(page, 'Tổng quan');
  await week.getByRole('row').filter({ hasText: 'Nhiệm vụ V.2.3' }).getByRole('button', { name: 'Mở nhiệm vụ' }).click();
  // The task page reads the task after the board's lists: allow for a busy machine.
  await expect(page.getByRole('dialog', { name: 'Nhiệm vụ V.2.3' })).toBeVisible({ timeout: 30_000 });
});
