// A report row whose arrival date cannot be read (written into the database file by another
// program) does not break the register: the row is there, marked "ngày không đọc được" (typing the
// day again is covered by tests/integration/safety/unreadable-dates.test.ts).
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { test, expect, openScreen, saveScreenshot } from '../support/fixtures';

test.describe.configure({ timeout: 120_000 });

test('the register shows a report with an unreadable date, marked, the other lines as they were', async ({ app, appPage: page }) => {
  // The register's periods are made on first use.
  await openScreen(page, 'Báo cáo');
  const row = page.getByRole('table', { name: 'Sổ theo dõi báo cáo' }).getByRole('row').filter({ has: page.getByText('Sở Y tế', { exact: true }) });
  await expect(row).toContainText('Quá hạn 16 ngày');

  const db = new SQLite(path.join(app.dataDir, 'thuong-truc.sqlite'));
  db.pragma('busy_timeout = 10000');
  const written = db
    .prepare(
      `insert into received_reports (expected_report_id, arrival_date, doc_number, doc_date, channel)
       select er.id, '2022-13-45', '45/BC-SYT', '10/06/2022', 'paper'
       from expected_reports er join agencies a on a.id = er.agency_id join reporting_periods p on p.id = er.period_id
       where a.short_name = 'Sở Y tế' and p.period_type = 'six_month'`,
    )
    .run();
  db.close();
  expect(written.changes).toBe(1);

  await page.reload();
  await openScreen(page, 'Báo cáo');
  await expect(row).toContainText('Ngày không đọc được');
  await expect(row).toContainText('2022-13-45 (ngày không đọc được)');
  await expect(row).toContainText('45/BC-SYT, ngày 10/06/2022 (ngày không đọc được)');
  await expect(page.getByRole('table', { name: 'Sổ theo dõi báo cáo' }).getByRole('row').filter({ has: page.getByText('Công an tỉnh', { exact: true }) })).toContainText('Quá hạn 16 ngày');
  await saveScreenshot(page, 'so-bao-cao-ngay-khong-doc-duoc');
});
