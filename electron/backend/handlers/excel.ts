// Excel in and out (issue 15): the plan's lists as .xlsx (sheets described by shared/excel/sheets.ts,
// written by ../excel/xlsx.ts), and the statistics form of a period: written per agency, read back,
// previewed, then recorded on the agencies' received reports in one transaction.
import type { HandlerContext, HandlerGroup } from './types';
import type { ExcelFile, FormPreview, FormPreviewAgency } from '../../../shared/api/excel-contract';
import { AppError } from '../../../shared/api/errors';
import {
  figuresWorkbook,
  matrixWorkbook,
  registerWorkbook,
  targetsWorkbook,
  tasksWorkbook,
  XLSX_MEDIA_TYPE,
  type XlsxFile,
} from '../../../shared/excel/sheets';
import { problemText, readStatisticForm, statisticFormSpec, type FormReading } from '../../../shared/excel/statistic-form';
import { readGrid, writeListWorkbook, writeStatisticForm } from '../excel/xlsx';
import { listTasksWithStatus } from './tasks';
import { buildRegister, periodRow, requirePeriod, requirePlan } from './reporting';
import { reportingHandlers } from './reporting';
import { targetHandlers } from './targets';
import { planTargetHandlers } from './plan-targets';
import { listPlanAgencies } from '../../../db/queries/agencies';
import { listTargets } from '../../../db/queries/targets';
import { listStatistics } from '../../../db/queries/statistics';
import { listExpected } from '../../../db/queries/reporting';
import { loadReceivedReports } from '../../../db/queries/received-reports';
import { recordFormFigures } from '../../../db/queries/statistic-forms';
import { periodOpening } from './received-reports';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';

function fileOf(bytes: Buffer, fileName: string, title: string): ExcelFile {
  return { fileName, title, mediaType: XLSX_MEDIA_TYPE, contentBase64: bytes.toString('base64'), size: bytes.length };
}

async function list(file: XlsxFile): Promise<ExcelFile> {
  return fileOf(await writeListWorkbook(file), file.fileName, file.title);
}

/** The period, refused when it belongs to another plan than the one named. */
async function periodOfPlan(ctx: HandlerContext, planId: number, periodId: number) {
  const period = await requirePeriod(ctx, periodId);
  if (period.planId !== planId) throw new AppError('VALIDATION', 'Kỳ báo cáo này không thuộc kế hoạch đang mở.', 'periodId');
  return period;
}

/** The tasks asked for, in the order asked (the board's order); ids of other plans are refused. */
async function tasksInOrder(ctx: HandlerContext, planId: number, taskIds: number[]) {
  const all = new Map((await listTasksWithStatus(ctx, planId)).map((t) => [t.id, t]));
  return taskIds.map((id) => {
    const t = all.get(id);
    if (!t) throw new AppError('VALIDATION', 'Danh sách có nhiệm vụ không thuộc kế hoạch này (có thể vừa bị xóa); hãy tải lại màn hình.', 'taskIds');
    return t;
  });
}

/** Which agencies of the period get a form sheet, and the statistics each is asked for. */
async function formContext(ctx: HandlerContext, planId: number) {
  const [catalogue, requests, agencies] = await Promise.all([
    listStatistics(ctx.db, planId),
    planTargetHandlers['statistics.requests']({ planId }, ctx),
    listPlanAgencies(ctx.db, planId),
  ]);
  return {
    catalogue,
    requested: new Map(requests.map((r) => [r.agencyId, r.codes])),
    agencies: new Map(agencies.map((a) => [a.id, a])),
  };
}

async function readForm(
  ctx: HandlerContext,
  planId: number,
  contentBase64: string,
  arrivalDate: string,
): Promise<{ reading: FormReading; preview: FormPreview }> {
  await requirePlan(ctx, planId);
  const grid = await readGrid(Buffer.from(contentBase64, 'base64'));
  const { catalogue, requested, agencies } = await formContext(ctx, planId);
  const reading = readStatisticForm(grid, { planId, catalogue, requested, agencyNames: new Map([...agencies].map(([id, a]) => [id, a.name])) });
  const problems = [...reading.problems];
  let periodLabel = '';
  const previewAgencies: FormPreviewAgency[] = [];
  if (reading.periodId !== null && problems.length === 0) {
    const period = await requirePeriod(ctx, reading.periodId).catch(() => null);
    if (!period || period.planId !== planId) {
      problems.push({ sheet: '', cell: '', message: 'Kỳ báo cáo của biểu mẫu không còn trong kế hoạch.' });
    } else {
      periodLabel = period.label;
      const expected = new Map((await listExpected(ctx.db, { periodId: period.id })).map((e) => [e.agency.id, e]));
      const reports = await loadReceivedReports(
        ctx.db,
        [...expected.values()].flatMap((e) => (e.receivedId ? [e.receivedId] : [])),
      );
      const byCode = new Map(catalogue.map((s) => [s.code, s]));
      for (const a of reading.agencies) {
        const e = expected.get(a.agencyId);
        if (!e) {
          problems.push({ sheet: a.sheet, cell: '', message: `${agencies.get(a.agencyId)?.name ?? 'Đơn vị'} không phải gửi báo cáo ${period.label}.` });
          continue;
        }
        if (a.figures.length === 0) continue;
        const report = e.receivedId ? (reports.get(e.receivedId) ?? null) : null;
        previewAgencies.push({
          agency: e.agency,
          sheet: a.sheet,
          reportId: report?.id ?? null,
          figures: a.figures.map((f) => {
            const s = byCode.get(f.statisticCode)!;
            return {
              statisticCode: f.statisticCode,
              label: s.label,
              unit: s.unit,
              value: f.value,
              previous: report?.figures.find((g) => g.statisticCode === f.statisticCode)?.value ?? null,
              note: f.note,
              cell: f.cell,
            };
          }),
        });
      }
      // Reports recorded with the import arrive on the day the clerk gives, checked as a report's own.
      const opened = periodOpening(period);
      if (previewAgencies.some((a) => a.reportId === null)) {
        if (opened && arrivalDate < opened) {
          throw new AppError('VALIDATION', `Ngày đến ${formatDateVi(arrivalDate)} trước ngày kỳ báo cáo bắt đầu (${formatDateVi(opened)}).`, 'arrivalDate');
        }
        if (arrivalDate > ctx.today()) {
          throw new AppError('VALIDATION', `Ngày đến ${formatDateVi(arrivalDate)} sau ngày hôm nay (${formatDateVi(ctx.today())}).`, 'arrivalDate');
        }
      }
    }
  }
  return { reading, preview: { periodId: reading.periodId, periodLabel, agencies: previewAgencies, problems } };
}

export const excelHandlers: HandlerGroup<'excel.export' | 'forms.export' | 'forms.preview' | 'forms.import'> = {
  'excel.export': async (input, ctx) => {
    const plan = await requirePlan(ctx, input.planId);
    switch (input.kind) {
      case 'tasks':
        return list(tasksWorkbook(plan, await tasksInOrder(ctx, plan.id, input.taskIds), input.filterText ?? null));
      case 'matrix':
        return list(matrixWorkbook(plan, await tasksInOrder(ctx, plan.id, input.taskIds), await listPlanAgencies(ctx.db, plan.id), input.filterText ?? null));
      case 'register': {
        await periodOfPlan(ctx, plan.id, input.periodId);
        return list(registerWorkbook(plan, await buildRegister(ctx, input.periodId)));
      }
      case 'figures': {
        await periodOfPlan(ctx, plan.id, input.periodId);
        const [period, figures] = await Promise.all([
          periodRow(ctx, input.periodId),
          reportingHandlers['reporting.figures']({ periodId: input.periodId }, ctx),
        ]);
        return list(figuresWorkbook(plan, period, figures));
      }
      case 'targets': {
        const [targets, progress] = await Promise.all([listTargets(ctx.db, plan.id), targetHandlers['targets.progress']({ planId: plan.id }, ctx)]);
        return list(targetsWorkbook(plan, targets, progress));
      }
    }
  },

  'forms.export': async ({ planId, periodId }, ctx) => {
    const plan = await requirePlan(ctx, planId);
    await periodOfPlan(ctx, planId, periodId);
    const period = await periodRow(ctx, periodId);
    const { catalogue, requested } = await formContext(ctx, planId);
    const expected = (await listExpected(ctx.db, { periodId })).filter((e) => !e.exempt);
    const spec = statisticFormSpec(
      plan,
      period,
      expected.map((e) => ({ id: e.agency.id, name: e.agency.name, shortName: e.agency.shortName, codes: requested.get(e.agency.id) ?? [] })),
      catalogue,
    );
    if (spec.sheets.length === 0) {
      throw new AppError(
        'VALIDATION',
        `Kế hoạch chưa yêu cầu đơn vị nào phải gửi báo cáo ${period.label} báo cáo chỉ số nào: hãy chọn chỉ số cho từng đơn vị ở màn hình Chỉ tiêu.`,
        'periodId',
      );
    }
    return fileOf(await writeStatisticForm(spec), spec.fileName, spec.title);
  },

  'forms.preview': async ({ planId, contentBase64, arrivalDate }, ctx) => (await readForm(ctx, planId, contentBase64, arrivalDate ?? ctx.today())).preview,

  'forms.import': async ({ planId, contentBase64, fileName, arrivalDate }, ctx) => {
    const arrival = arrivalDate ?? ctx.today();
    const { preview } = await readForm(ctx, planId, contentBase64, arrival);
    if (preview.problems.length > 0 || preview.periodId === null) {
      const shown = preview.problems.slice(0, 5).map(problemText).join(' ');
      const more = preview.problems.length > 5 ? ` (và ${preview.problems.length - 5} lỗi khác)` : '';
      throw new AppError('VALIDATION', `Chưa ghi nhận số liệu nào vì biểu mẫu có ${preview.problems.length} lỗi: ${shown}${more}`, 'contentBase64');
    }
    const expected = new Map((await listExpected(ctx.db, { periodId: preview.periodId })).map((e) => [e.agency.id, e.id]));
    const result = await recordFormFigures(
      ctx.db,
      preview.agencies.map((a) => ({
        expectedReportId: expected.get(a.agency.id)!,
        figures: a.figures.map((f) => ({ statisticCode: f.statisticCode, value: f.value, note: f.note })),
      })),
      arrival,
      fileName ?? '',
    );
    return { periodId: preview.periodId, agencies: preview.agencies.length, figures: result.figures, reportsCreated: result.reportsCreated };
  },
};
