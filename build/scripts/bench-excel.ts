// Excel figures for `npm run bench`: each list of the newest plan of the ten-year dataset written as
// .xlsx (excel.export), and the statistics form of its annual period written, filled in, previewed
// and recorded (forms.export / forms.preview / forms.import), through the real handlers.
import ExcelJS from 'exceljs';
import { openAppCore } from '../../electron/backend/core/app-core';
import { dispatch } from '../../electron/backend/api/dispatch';
import { handlers } from '../../electron/backend/handlers';
import type { ReportingPeriodRow, TaskRow } from '../../shared/api/models';
import type { ExcelFile } from '../../shared/api/excel-contract';

type Time = (label: string, runs: number, fn: () => Promise<unknown>) => Promise<void>;

export async function benchExcel(dataset: { dataDir: string; today: string; planId: number }, time: Time): Promise<void> {
  const core = await openAppCore({ dataDir: dataset.dataDir, host: 'browser', version: 'bench', today: dataset.today });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await dispatch(handlers, core.ctx, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data as T;
  };
  try {
    const planId = dataset.planId;
    const taskIds = (await call<TaskRow[]>('tasks.list', { planId })).map((t) => t.id);
    const periods = await call<ReportingPeriodRow[]>('reporting.periods', { planId });
    const period = periods.find((p) => p.periodType === 'annual') ?? periods[0]!;
    await time(`Danh sách ${taskIds.length} nhiệm vụ`, 5, () => call('excel.export', { kind: 'tasks', planId, taskIds }));
    await time(`Ma trận phân công ${taskIds.length} nhiệm vụ`, 5, () => call('excel.export', { kind: 'matrix', planId, taskIds }));
    await time(`Sổ báo cáo ${period.label}`, 5, () => call('excel.export', { kind: 'register', planId, periodId: period.id }));
    await time(`Số liệu ${period.label}`, 5, () => call('excel.export', { kind: 'figures', planId, periodId: period.id }));
    await time('Chỉ tiêu và tiến độ', 5, () => call('excel.export', { kind: 'targets', planId }));
    await time('Biểu mẫu số liệu (xuất)', 5, () => call('forms.export', { planId, periodId: period.id }));
    // Every agency fills every figure.
    const form = await call<ExcelFile>('forms.export', { planId, periodId: period.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(form.contentBase64, 'base64') as unknown as ArrayBuffer);
    let figures = 0;
    for (const ws of wb.worksheets) {
      if (ws.state !== 'visible') continue;
      for (let r = 7; ws.getCell(`B${r}`).value; r++, figures++) ws.getCell(`E${r}`).value = r;
    }
    const contentBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    await time(`Biểu mẫu đã điền: xem trước (${figures} số liệu)`, 5, () => call('forms.preview', { planId, contentBase64 }));
    await time(`Biểu mẫu đã điền: ghi nhận (${figures} số liệu)`, 3, () => call('forms.import', { planId, contentBase64 }));
  } finally {
    await core.close();
  }
}
