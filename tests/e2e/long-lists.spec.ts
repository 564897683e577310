// Long lists a page at a time: a busy agency's page (the police made supporting agency of every task
// of the plan) shows 50 tasks and the page controls, and the rest on page 2; its role filter applies
// to every task before the pages. The register of a period keeps its 26 agencies on one page; with 38
// it shows 30 and the page controls, and its filters look at all 38.
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';
import { SECRET_HEADER } from '../../shared/api/transport';
import { decodeFromWire } from '../../shared/api/wire';
import type { ReportingDutyRow } from '../../shared/api/models';

test.describe.configure({ timeout: 180_000 });

async function api<T>(origin: string, secret: string, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: secret },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; data: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return decodeFromWire(method as never, body.data) as T;
}

test('a busy agency\'s tasks come 50 to a page, every one reachable; the register shows all its agencies', async ({ app, appPage: page }) => {
  const { currentPlanId: planId } = await api<{ currentPlanId: number }>(app.origin, app.secret, 'settings.get', {});
  const tasks = await api<{ id: number; code: string; lead: { id: number }[]; linkedLead?: { id: number }[] }[]>(app.origin, app.secret, 'tasks.list', { planId });
  const agencies = await api<{ id: number; shortName: string }[]>(app.origin, app.secret, 'agencies.list', { planId });
  const police = agencies.find((a) => a.shortName === 'Công an tỉnh')!;
  // The built-in plan's 63 tasks: the police support every one it does not lead.
  expect(tasks).toHaveLength(63);
  await api(app.origin, app.secret, 'tasks.bulk', { planId, taskIds: tasks.map((t) => t.id), action: { kind: 'addSupport', agencyId: police.id } });
  const leadsOwn = tasks.filter((t) => t.lead.some((a) => a.id === police.id)).length;
  // Led by the police on the task itself or through the duties of section V that carry it out.
  const leads = tasks.filter((t) => [...t.lead, ...(t.linkedLead ?? [])].some((a) => a.id === police.id)).length;

  await openScreen(page, 'Cơ quan, đơn vị');
  await page.getByRole('link', { name: 'Công an tỉnh', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Nhiệm vụ (63)' })).toBeVisible({ timeout: 30_000 });
  const table = page.getByRole('table', { name: 'Nhiệm vụ của cơ quan' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(50);
  await expect(page.getByText('50 nhiệm vụ mỗi trang')).toBeVisible();
  const firstPage = await rows.locator('td:first-child').allInnerTexts();
  await saveScreenshot(page, 'co-quan-nhieu-nhiem-vu-trang-1');

  await page.getByRole('button', { name: '2', exact: true }).click();
  await expect(rows).toHaveCount(13);
  const secondPage = await rows.locator('td:first-child').allInnerTexts();
  // Every task once, over the two pages.
  expect(new Set([...firstPage, ...secondPage]).size).toBe(63);
  expect([...firstPage, ...secondPage].sort()).toEqual(tasks.map((t) => t.code).sort());
  await saveScreenshot(page, 'co-quan-nhieu-nhiem-vu-trang-2');

  // "Chủ trì" filters all 63 first: the tasks it leads, on one page without controls.
  await page.getByRole('radiogroup', { name: 'Vai trò' }).getByText(`Chủ trì (${leadsOwn})`).click();
  await expect(rows).toHaveCount(leads);
  await expect(page.getByText('50 nhiệm vụ mỗi trang')).toBeHidden();

  await openScreen(page, 'Báo cáo');
  const register = page.getByRole('table', { name: 'Sổ theo dõi báo cáo' });
  await expect(register.locator('tbody tr')).toHaveCount(26, { timeout: 30_000 });
  await expect(page.getByText('30 đơn vị mỗi trang')).toBeHidden();
});

// The register of a period a page at a time: with 38 reporting agencies (the 26 of the plan and twelve
// communes added to it) page 1 holds 30 and page 2 the other 8; a filter applies to all 38 first.
type DutyRow = Pick<ReportingDutyRow, 'id' | 'periodType' | 'title' | 'dueText' | 'dueInclusive' | 'windowRule' | 'windowText' | 'upward' | 'recipient' | 'recipientText' | 'obliged'>;

test('the register of a period with 38 agencies shows 30 to a page, and its filters look at every page', async ({ app, appPage: page }) => {
  const { currentPlanId: planId } = await api<{ currentPlanId: number }>(app.origin, app.secret, 'settings.get', {});
  const communes = ['An Bình', 'Bình Minh', 'Cẩm Phúc', 'Đông Hòa', 'Gia Lộc', 'Hòa Thuận', 'Kim Sơn', 'Long Hưng', 'Mỹ Lợi', 'Nghĩa Đàn', 'Phú Xuân', 'Tân Lập'];
  const added: number[] = [];
  for (const name of communes) {
    const agency = await api<{ id: number }>(app.origin, app.secret, 'agencies.create', {
      planId,
      name: `Ủy ban nhân dân xã ${name}`,
      shortName: `UBND xã ${name}`,
      abbreviation: `UBND-${name}`,
      kind: 'other',
      email: null,
      reports: true,
      level: 'commune',
    });
    added.push(agency.id);
  }
  // The communes owe the 6-month report: the duty behind the period is given them too.
  const periods = await api<{ label: string; dutyId: number }[]>(app.origin, app.secret, 'reporting.periods', { planId });
  const dutyId = periods.find((p) => p.label === '6 tháng đầu năm 2022')!.dutyId;
  const duties = await api<DutyRow[]>(app.origin, app.secret, 'reporting.duties', { planId });
  const duty = duties.find((d) => d.id === dutyId)!;
  await api(app.origin, app.secret, 'duties.update', {
    dutyId,
    periodType: duty.periodType,
    title: duty.title,
    dueText: duty.dueText,
    dueInclusive: duty.dueInclusive,
    windowRule: duty.windowRule,
    windowText: duty.windowText,
    upward: duty.upward,
    recipientAgencyId: duty.recipient?.id ?? null,
    recipientText: duty.recipientText,
    obliged: [...duty.obliged.map((a) => a.id), ...added],
  });

  await openScreen(page, 'Báo cáo');
  await expect(page.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue('Báo cáo 6 tháng đầu năm 2022 (hạn 15/06/2022)');
  const register = page.getByRole('table', { name: 'Sổ theo dõi báo cáo' });
  const rows = register.locator('tbody tr');
  const names = async () => (await rows.locator('td:first-child p:first-child').allInnerTexts()).map((s) => s.trim());
  await expect(rows).toHaveCount(30, { timeout: 30_000 });
  await expect(page.getByText('30 đơn vị mỗi trang')).toBeVisible();
  const pager = page.getByLabel('Trang', { exact: true });
  await expect(pager.getByRole('button', { name: '3', exact: true })).toHaveCount(0);
  const firstPage = await names();
  await pager.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'so-theo-doi-38-don-vi-trang-1');

  await pager.getByRole('button', { name: '2', exact: true }).click();
  await expect(rows).toHaveCount(8);
  const secondPage = await names();
  // Every agency once over the two pages: the plan's 26 and the 12 communes.
  const all = [...firstPage, ...secondPage];
  expect(new Set(all).size).toBe(38);
  for (const name of communes) expect(all).toContain(`UBND xã ${name}`);
  await pager.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'so-theo-doi-38-don-vi-trang-2');

  // A report on time from the last agency of page 2: "Đúng hạn" finds it alone, on one page without
  // controls, and "Chưa gửi" the 37 others, over two pages again, without it.
  const last = secondPage[secondPage.length - 1]!;
  await page.getByRole('table', { name: 'Sổ theo dõi báo cáo' }).getByRole('button', { name: `Ghi nhận báo cáo của ${last}` }).click();
  const form = page.getByRole('dialog', { name: `Ghi nhận báo cáo: ${last}` });
  await form.getByLabel('Ngày đến').fill('14/06/2022');
  await form.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(form).toBeHidden({ timeout: 30_000 });

  const filters = page.getByRole('radiogroup', { name: 'Lọc sổ theo dõi' });
  await filters.getByText('Đúng hạn', { exact: true }).click();
  await expect(rows).toHaveCount(1);
  expect(await names()).toEqual([last]);
  await expect(page.getByText('30 đơn vị mỗi trang')).toBeHidden();

  await filters.getByText('Chưa gửi', { exact: true }).click();
  await expect(rows).toHaveCount(30);
  await expect(page.getByText('30 đơn vị mỗi trang')).toBeVisible();
  const missingFirst = await names();
  await pager.getByRole('button', { name: '2', exact: true }).click();
  await expect(rows).toHaveCount(7);
  const missing = [...missingFirst, ...(await names())];
  expect(new Set(missing).size).toBe(37);
  expect(missing).not.toContain(last);
  await pager.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'so-theo-doi-chua-gui-trang-2');
});
