// Document figures for `npm run bench`: the annual consolidated report of a plan with 40 reporting
// agencies, every one of them with figures (so both appendices are full), built from the database
// through the real handlers and packed as a .docx; and the other documents of the 2022 plan.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppCore } from '../../electron/core/app-core';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/handlers';
import { loadDataset } from '../../db/builtin/load-dataset';
import { quangTri2022 } from '../../db/builtin/quang-tri-2022';
import type { PlanDataset } from '../../db/builtin/dataset';
import type { PeriodRegister, ReportingPeriodRow, StatisticRow } from '../../shared/api/models';
import type { DocumentSettingsView, ExportedDocument } from '../../shared/api/documents-models';

type Time = (label: string, runs: number, fn: () => Promise<unknown>) => Promise<void>;

/** The 2022 plan with 14 more provincial agencies, so that 40 agencies owe each report. */
function fortyAgencyPlan(year: number): PlanDataset {
  const extra = Array.from({ length: 14 }, (_, i) => ({
    code: `BENCH-${i + 1}`,
    name: `Cơ quan thử số ${i + 1} tỉnh Quảng Trị`,
    shortName: `Cơ quan thử số ${i + 1}`,
    abbreviation: `CQT${i + 1}`,
    kind: 'provincial_department' as const,
    reports: true,
  }));
  return {
    ...quangTri2022,
    plan: { ...quangTri2022.plan, key: `BENCH-40-${year}`, year, title: `Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm ${year}` },
    agencies: [...quangTri2022.agencies, ...extra],
    reportingDuties: quangTri2022.reportingDuties.map((d) => ({ ...d, obliged: [...d.obliged, ...extra.map((a) => a.code)] })),
  };
}

export async function benchDocuments(time: Time): Promise<void> {
  const year = 2022;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuong-truc-bench-docs-'));
  // After the annual due date, so that the register shows on time, late and missing.
  const core = await openAppCore({ dataDir, host: 'browser', version: 'bench', today: `${year}-12-31` });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await dispatch(handlers, core.ctx, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data as T;
  };
  try {
    const planId = await loadDataset(core.ctx.db, fortyAgencyPlan(year));
    const periods = await call<ReportingPeriodRow[]>('reporting.periods', { planId });
    const annual = periods.find((p) => p.periodType === 'annual')!;
    const register = await call<PeriodRegister>('reporting.register', { periodId: annual.id });
    const stats = (await call<StatisticRow[]>('statistics.list', {})).slice(0, 30);
    let start = performance.now();
    for (const [i, e] of register.entries.entries()) {
      await call('reports.create', {
        periodId: annual.id,
        agencyId: e.agency.id,
        arrivalDate: i % 5 === 0 ? annual.dueDate.replace(/-15$/, '-20') : annual.dueDate.replace(/-15$/, '-10'),
        channel: 'e_office',
        figures: stats.map((s, j) => ({ statisticCode: s.code, value: ((i + 1) * (j + 3)) % 97 })),
      });
    }
    console.log(
      `Nhập ${register.entries.length} báo cáo năm, mỗi báo cáo ${stats.length} chỉ số: ${(performance.now() - start).toFixed(0)} ms`,
    );
    const settings = await call<DocumentSettingsView>('documents.settings', { planId });
    await call('documents.updateSettings', {
      planId,
      values: { ...settings.values, standing: { ...settings.values.standing, signerName: 'Lê Thị Hương' } },
    });
    let size = 0;
    await time(`Báo cáo năm, ${register.entries.length} cơ quan, đủ phụ lục (CSDL -> .docx)`, 10, async () => {
      size = (await call<ExportedDocument>('documents.export', { kind: 'report', planId, periodId: annual.id })).size;
    });
    console.log(`  (tệp ${(size / 1024).toFixed(0)} KB)`);
    await time('Xem trước báo cáo năm, 40 cơ quan', 10, () => call('documents.preview', { kind: 'report', planId, periodId: annual.id }));
    await time('Bảng phân công nhiệm vụ, kế hoạch 2022 (63 nhiệm vụ)', 10, () => call('documents.export', { kind: 'assignment', planId: 1 }));
    await time('Kế hoạch kèm phụ lục phân công, kế hoạch 2022', 10, () => call('documents.export', { kind: 'plan', planId: 1 }));
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
