// The report's Bảng chỉ tiêu reads each target's progress in its period from the totals the report
// has counted (periodTargetProgress), not from a second full targets.progress: the two must agree on
// every target, a percentage of the locality's communes and a statistic reported twice included.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../../helpers/temp-app';
import { firstHalfYear } from '../../helpers/half-year-reports';
import { periodTargetProgress } from '../../../electron/backend/handlers/targets';
import { listTargets } from '../../../db/queries/targets';
import { listStatistics } from '../../../db/queries/statistics';
import { listPeriodFigures } from '../../../db/queries/documents';
import { countedFigures } from '../../../shared/domain/statistic-sources';
import { periodTotals } from '../../../shared/documents/content';
import { planStatisticSources } from '../../../electron/backend/handlers/statistic-sources';

let app: TempApp;
beforeEach(async () => {
  app = await openTempApp({ today: '2022-07-01' });
});
afterEach(async () => {
  await app.cleanup();
});

describe('the targets’ progress printed in the report', () => {
  it('is what targets.progress gives for the period, target by target', async () => {
    const { h1, receive: on } = await firstHalfYear(app);
    await on('UBND thành phố Đông Hà', [{ statisticCode: 'B06', value: 12 }]);
    await on('UBND huyện Vĩnh Linh', [{ statisticCode: 'B06', value: 14 }]);
    await on('UBND huyện Gio Linh', [{ statisticCode: 'B06', value: 13 }]);
    await on('Sở Thông tin và Truyền thông', [{ statisticCode: 'B04', value: 30 }]);
    await on('Báo Quảng Trị', [{ statisticCode: 'B04', value: 20 }]);
    await on('Công an tỉnh', [{ statisticCode: 'C03', value: 12 }]);
    await app.call('targets.setUnitCount', { planId: 1, level: 'commune', count: 125 });
    const created = await app.call('targets.create', {
      planId: 1, code: 'X.1', wording: 'Xã được tuyên truyền', kind: 'percent', comparator: 'at_least', value: 50,
      denominator: null, denominatorUnits: 'commune', statistic: 'B06',
    });

    const { db } = app.core.ctx;
    const [targets, catalogue, sources] = await Promise.all([listTargets(db, 1), listStatistics(db, 1), planStatisticSources(app.core.ctx, 1)]);
    const totals = periodTotals(countedFigures(await listPeriodFigures(db, h1.id), sources));
    const mine = await periodTargetProgress(app.core.ctx, 1, targets, catalogue, totals);
    const full = await app.call('targets.progress', { planId: 1 });

    for (const t of targets) {
      expect(mine.get(t.id), t.code).toEqual(full.find((r) => r.targetId === t.id)!.periods.find((p) => p.periodId === h1.id)!.progress);
    }
    // By hand: 12 + 14 + 13 communes of the plan's 125 = 31.2%, 62.4% of the 50% aimed at, not met.
    expect(mine.get(created.id)).toEqual({ state: 'measured', numerator: 39, denominator: 125, achieved: 31.2, percentOfTarget: 62.4, met: false });
    expect([...mine.values()].filter((p) => p.state === 'measured').length).toBeGreaterThan(1);
  });
});
