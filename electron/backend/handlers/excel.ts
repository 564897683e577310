// excel.export (issue 15): the plan's lists as .xlsx (sheets described by shared/excel/sheets.ts,
// written by ../excel/xlsx.ts). The statistics form of a period (forms.*) is forms.ts.
import type { HandlerContext, HandlerGroup } from './types';
import type { ExcelFile } from '../../../shared/api/excel-contract';
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
import { writeListWorkbook } from '../excel/xlsx';
import { listTasksWithStatus } from './tasks';
import { buildRegister, periodRow, requirePeriod, requirePlan } from './reporting';
import { reportingHandlers } from './reporting';
import { targetHandlers } from './targets';
import { listPlanAgencies } from '../../../db/queries/agencies';
import { listTargets } from '../../../db/queries/targets';

export function fileOf(bytes: Buffer, fileName: string, title: string): ExcelFile {
  return { fileName, title, mediaType: XLSX_MEDIA_TYPE, contentBase64: bytes.toString('base64'), size: bytes.length };
}

async function list(file: XlsxFile): Promise<ExcelFile> {
  return fileOf(await writeListWorkbook(file), file.fileName, file.title);
}

/** The period, refused when it belongs to another plan than the one named. */
export async function periodOfPlan(ctx: HandlerContext, planId: number, periodId: number) {
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

export const excelHandlers: HandlerGroup<'excel.export'> = {
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
};
