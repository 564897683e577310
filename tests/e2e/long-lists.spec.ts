// Long lists a page at a time: a busy agency's page (the police made supporting agency of every task
// of the plan) shows 50 tasks and the page controls, and the rest on page 2; its role filter applies
// to every task before the pages. The register of a period keeps its 26 agencies on one page.
import { test, expect, openScreen, saveScreenshot } from './support/fixtures';
import { SECRET_HEADER } from '../../shared/api/transport';
import { decodeFromWire } from '../../shared/api/wire';

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
