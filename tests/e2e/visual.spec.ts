// How the key screens look, compared with the approved images committed beside this file
// (visual.spec.ts-snapshots/). "Today" is 01/07/2022 in every run, so the 2022 plan's overdue, due
// soon and missing rows are the same each time. A change beyond the tolerance fails the test and
// Playwright writes the expected, actual and diff images under test-results/.
//
// When a screen is changed on purpose: run
//   npx playwright test tests/e2e/visual.spec.ts --update-snapshots
// look at the new images, and commit them with the change.
//
// The tolerance absorbs anti-aliasing differences (the CI machine is the same Debian image with the
// same Chromium and Liberation fonts): each pixel may differ by 20% in colour, and at most 1% of the
// pixels may differ at all. A moved column, a lost colour or a changed label exceeds both.
import { test, expect, openScreen } from './support/fixtures';

const tolerance = { maxDiffPixelRatio: 0.01, threshold: 0.2 };

test('Tổng quan looks as approved', async ({ appPage: page }) => {
  await expect(page.getByRole('cell', { name: 'trước ngày 15/12' })).toBeVisible();
  await expect(page).toHaveScreenshot('tong-quan.png', tolerance);
});

test('the task board looks as approved', async ({ appPage: page }) => {
  await openScreen(page, 'Nhiệm vụ');
  await expect(page.getByText('63 / 63 nhiệm vụ')).toBeVisible();
  await expect(page).toHaveScreenshot('nhiem-vu.png', tolerance);
});

test('the 6-month report register looks as approved', async ({ appPage: page }) => {
  await openScreen(page, 'Báo cáo');
  await expect(page.getByText('Kỳ số liệu: từ 15/12/2021 đến 14/06/2022')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Sổ theo dõi báo cáo' })).toBeVisible();
  await expect(page).toHaveScreenshot('bao-cao-6-thang.png', tolerance);
});
