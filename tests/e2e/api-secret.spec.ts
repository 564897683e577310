// The browser host answers API calls only with the secret it printed at start.
import { test, expect } from './support/fixtures';

test('API calls without the start secret are refused; with it they are answered', async ({ app, request }) => {
  const without = await request.post(`${app.origin}/api/plans.list`, { data: {} });
  expect(without.status()).toBe(401);
  expect((await without.json()).error.code).toBe('UNAUTHORIZED');

  const wrong = await request.post(`${app.origin}/api/plans.list`, {
    data: {},
    headers: { 'x-thuong-truc-secret': 'doan-bua' },
  });
  expect(wrong.status()).toBe(401);

  const right = await request.post(`${app.origin}/api/plans.list`, {
    data: {},
    headers: { 'x-thuong-truc-secret': app.secret },
  });
  expect(right.status()).toBe(200);
  const body = await right.json();
  expect(body.data[0].title).toBe('Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022');
});

test('a page opened without the secret shows a Vietnamese message instead of data', async ({ app, page }) => {
  await page.goto(app.origin + '/');
  await expect(page.getByRole('alert')).toContainText('Thiếu mã truy cập');
});
