// forms.*: the statistics form of a period (issue 15): written per agency, read back, previewed, then
// recorded on the agencies' received reports in one transaction. The workbook code is ../excel/xlsx.ts,
// the form's layout and reading shared/excel/statistic-form.ts.
import type { HandlerContext, HandlerGroup } from './types';
import type { FormPreview, FormPreviewAgency } from '../../../shared/api/excel-contract';
import { AppError } from '../../../shared/api/errors';
import { problemText, readStatisticForm, statisticFormSpec, type FormReading } from '../../../shared/excel/statistic-form';
import { readGrid, writeStatisticForm } from '../excel/xlsx';
import { periodRow, requirePeriod, requirePlan, requirePlanExists } from './reporting';
import { statisticHandlers } from './statistics';
import { listPlanAgencies } from '../../../db/queries/agencies';
import { listStatistics } from '../../../db/queries/statistics';
import { listExpected } from '../../../db/queries/reporting';
import { loadReceivedReports } from '../../../db/queries/received-reports';
import { recordFormFigures } from '../../../db/queries/statistic-forms';
import { periodOpening } from './reports';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';
import { fileOf, periodOfPlan } from './excel';

/** Which agencies of the period get a form sheet, and the statistics each is asked for. */
async function formContext(ctx: HandlerContext, planId: number) {
  const [catalogue, requests, agencies] = await Promise.all([
    listStatistics(ctx.db, planId),
    statisticHandlers['statistics.requests']({ planId }, ctx),
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
  await requirePlanExists(ctx, planId);
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

export const formHandlers: HandlerGroup<'forms.export' | 'forms.preview' | 'forms.import'> = {
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
