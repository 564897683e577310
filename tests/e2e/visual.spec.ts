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
// same Chromium and Liberation fonts): a pixel counts as changed when its colour differs by more
// than 20%, and at most 100 pixels may change. A heading turned red (about 600 pixels), a moved
// column or a changed label exceeds it.
import { test, expect, openScreen } from './support/fixtures';

const tolerance = { maxDiffPixels: 100, threshold: 0.2 };

test('Tổng quan looks as approved', async ({ appPage: page }) => {
  await expect(page.getByRole('cell', { name: 'trước ngày 15/12' })).toBeVisible();
  // "Việc tuần này" and the charts arrive after the page: wait for both.
  await expect(page.getByText('Từ 01/07/2022 đến 07/07/2022 · 2 việc quá hạn, 0 việc đến hạn')).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Biểu đồ số nhiệm vụ theo bốn tình trạng' }).locator('.recharts-label-list text')).toHaveCount(4);
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
