// The report's figures of a period (listPeriodFigures) are read one row per report with the figures
// packed in JSON: every figure must come back as stored, to the last digit of a decimal, with its agency
// and the agency's kind, and a report without figures gives none.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../../helpers/temp-app';
import { firstHalfYear } from '../../helpers/half-year-reports';
import { listPeriodFigures } from '../../../db/queries/documents';

let app: TempApp;
beforeEach(async () => {
  app = await openTempApp({ today: '2022-07-01' });
});
afterEach(async () => {
  await app.cleanup();
});

describe("a period's figures for the report", () => {
  it('are every stored figure, decimals exact, with its agency and kind', async () => {
    const { h1, idOf, receive: on } = await firstHalfYear(app);
    await on('Công an tỉnh', [
      { statisticCode: 'D01', value: 7 },
      { statisticCode: 'C03', value: 12 },
      { statisticCode: 'A01', value: 1234567.891 },
    ]);
    await on('UBND huyện Vĩnh Linh', [
      { statisticCode: 'B06', value: 0.1 },
      { statisticCode: 'D01', value: 2.675 },
      // Sixteen digits: a 15-digit rendering would give it back as another number.
      { statisticCode: 'B04', value: 1 / 3 },
    ]);
    // A report that came without figures.
    await on('Báo Quảng Trị', []);

    const read = await listPeriodFigures(app.core.ctx.db, h1.id);
    // What is stored, read by the plain join on the file.
    const stored = app.core.database.sqlite
      .prepare(
        `select e.agency_id as agencyId, a.kind as agencyKind, f.statistic_code as statisticCode, f.value as value
           from report_figures f
           join received_reports r on r.id = f.received_report_id
           join expected_reports e on e.id = r.expected_report_id
           join agencies a on a.id = e.agency_id
          where e.period_id = ?`,
      )
      .all(h1.id) as typeof read;
    const byKey = (x: { agencyId: number; statisticCode: string }, y: { agencyId: number; statisticCode: string }) =>
      x.agencyId - y.agencyId || x.statisticCode.localeCompare(y.statisticCode);
    expect(read).toHaveLength(6);
    expect([...read].sort(byKey)).toEqual([...stored].sort(byKey));
    expect(read).toContainEqual({ agencyId: idOf('UBND huyện Vĩnh Linh'), agencyKind: 'district_pc', statisticCode: 'B06', value: 0.1 });
    expect(read).toContainEqual({ agencyId: idOf('Công an tỉnh'), agencyKind: 'police', statisticCode: 'A01', value: 1234567.891 });
    expect(read.find((f) => f.statisticCode === 'B04')!.value).toBe(1 / 3);
    expect(read.some((f) => f.agencyId === idOf('Báo Quảng Trị'))).toBe(false);
  });
});
