// Registering, changing and deleting received reports, with their figures and attached files.
// Everything is checked before anything is written; files are stored first (content-addressed)
// and removed again if the database change fails, and a deleted report's files go only after the
// deletion has committed.
import type { HandlerContext, HandlerGroup } from './types';
import type { ReceivedReportRow, StatisticRow } from '../../../shared/api/models';
import {
  createReceivedReport,
  deleteAttachment,
  deleteReceivedReport,
  getAttachment,
  hasReceivedReport,
  loadReceivedReports,
  updateReceivedReport,
  type FigureInput,
  type ReportFields,
} from '../../../db/queries/received-reports';
import { findExpected, getStoredPeriod, type StoredPeriod } from '../../../db/queries/reporting';
import { listStatistics } from '../../../db/queries/statistics';
import { readStoredFile, readUploads, removeFiles, removeUnreferenced, storeFiles, type IncomingFile } from '../../../db/attachments';
import { figureProblem } from '../../../shared/domain/statistics';
import { AppError } from '../../../shared/api/errors';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';
import { reportVersion, staleReportMessage } from '../../../shared/domain/edit-version';
import type { AppDb } from '../../../db/connection';
import type { ReportChannel } from '../../../shared/domain/types';
import { requirePeriod } from './reporting';

interface FieldsInput {
  arrivalDate: string;
  docNumber?: string | null;
  docDate?: string | null;
  channel: ReportChannel;
  needsSupplement?: boolean;
  notes?: string | null;
  figures?: { statisticCode: string; value: unknown; note?: string | null }[];
}

/** The day the period opened: its data window's first day, or for an ad-hoc request its letter's date. */
export function periodOpening(p: StoredPeriod): string | null {
  if (p.adHoc) return p.requestDate ?? p.windowFrom;
  return p.windowFrom;
}

function checkFields(input: FieldsInput, period: StoredPeriod, today: string): ReportFields {
  const opened = periodOpening(period);
  if (opened && input.arrivalDate < opened) {
    throw new AppError(
      'VALIDATION',
      `Ngày đến ${formatDateVi(input.arrivalDate)} trước ngày kỳ báo cáo bắt đầu (${formatDateVi(opened)}): báo cáo của kỳ này chưa thể đến vào ngày đó.`,
      'arrivalDate',
    );
  }
  if (input.arrivalDate > today) {
    throw new AppError('VALIDATION', `Ngày đến ${formatDateVi(input.arrivalDate)} sau ngày hôm nay (${formatDateVi(today)}).`, 'arrivalDate');
  }
  const docDate = input.docDate ?? null;
  if (docDate && opened && docDate < opened) {
    throw new AppError(
      'VALIDATION',
      `Ngày văn bản ${formatDateVi(docDate)} trước ngày kỳ báo cáo bắt đầu (${formatDateVi(opened)}).`,
      'docDate',
    );
  }
  if (docDate && docDate > input.arrivalDate) {
    throw new AppError(
      'VALIDATION',
      `Ngày văn bản ${formatDateVi(docDate)} sau ngày đến ${formatDateVi(input.arrivalDate)}: văn bản không thể đến trước khi được ký.`,
      'docDate',
    );
  }
  return {
    arrivalDate: input.arrivalDate,
    docNumber: input.docNumber || null,
    docDate,
    channel: input.channel,
    needsSupplement: input.needsSupplement ?? false,
    notes: input.notes || null,
  };
}

function checkFigures(figures: FieldsInput['figures'], catalogue: StatisticRow[]): FigureInput[] {
  const seen = new Set<string>();
  return (figures ?? []).map((f, i) => {
    const stat = catalogue.find((s) => s.code === f.statisticCode);
    if (!stat) throw new AppError('VALIDATION', `Chỉ số "${f.statisticCode}" không có trong danh mục chỉ số.`, `figures.${i}.statisticCode`);
    const name = `Số liệu "${stat.code}. ${stat.label}"`;
    if (seen.has(stat.code)) throw new AppError('VALIDATION', `${name} được nhập hai lần.`, `figures.${i}.statisticCode`);
    seen.add(stat.code);
    const value = f.value;
    if (typeof value !== 'number') {
      throw new AppError('VALIDATION', `${name}: phải là một số.`, `figures.${i}.value`);
    }
    const problem = figureProblem(value, stat.unit);
    if (problem) throw new AppError('VALIDATION', `${name}: ${problem}.`, `figures.${i}.value`);
    return { statisticCode: stat.code, value, note: f.note || null };
  });
}

/** Stores the files, runs the database change, and removes the newly stored files if it fails. */
async function withFiles<T>(ctx: HandlerContext, files: IncomingFile[], change: () => Promise<T>): Promise<T> {
  const created = storeFiles(ctx.info.dataDir, files);
  try {
    return await change();
  } catch (err) {
    removeFiles(created);
    throw err;
  }
}

async function reportRow(ctx: HandlerContext, reportId: number): Promise<ReceivedReportRow> {
  const row = (await loadReceivedReports(ctx.db, [reportId])).get(reportId);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo này; có thể nó vừa bị xóa.', 'reportId');
  return row;
}

export const reportHandlers: HandlerGroup<
  'reports.create' | 'reports.update' | 'reports.get' | 'reports.delete' | 'reports.attachment' | 'reports.removeAttachment'
> = {
  'reports.create': async (input, ctx) => {
    const period = await requirePeriod(ctx, input.periodId);
    const expected = await findExpected(ctx.db, period.id, input.agencyId);
    if (!expected) {
      throw new AppError('VALIDATION', 'Đơn vị này không phải gửi báo cáo của kỳ này.', 'agencyId');
    }
    if (await hasReceivedReport(ctx.db, expected.id)) {
      throw new AppError(
        'CONFLICT',
        'Đơn vị này đã có báo cáo được ghi nhận cho kỳ này. Hãy mở báo cáo đó để sửa, không ghi nhận lần thứ hai.',
        'agencyId',
      );
    }
    const fields = checkFields(input, period, ctx.today());
    const figures = checkFigures(input.figures, await listStatistics(ctx.db, period.planId));
    const files = readUploads(input.attachments ?? [], 'attachments');
    const id = await withFiles(ctx, files, () => createReceivedReport(ctx.db, expected.id, fields, figures, files));
    return reportRow(ctx, id);
  },

  'reports.update': async (input, ctx) => {
    const current = await reportRow(ctx, input.reportId);
    const period = (await getStoredPeriod(ctx.db, current.periodId))!;
    const fields = checkFields(input, period, ctx.today());
    const figures = input.figures === undefined ? current.figures : checkFigures(input.figures, await listStatistics(ctx.db, period.planId));
    const files = readUploads(input.addAttachments ?? [], 'addAttachments');
    // Checked again inside the write: a save over a version newer than the form's is refused.
    const sameVersion = async (trx: AppDb) => {
      if (input.version === undefined) return;
      const now = (await loadReceivedReports(trx, [input.reportId])).get(input.reportId);
      if (now && reportVersion(now) !== input.version) throw new AppError('CONFLICT', staleReportMessage(now), 'version');
    };
    await withFiles(ctx, files, () => updateReceivedReport(ctx.db, input.reportId, fields, figures, files, sameVersion));
    return reportRow(ctx, input.reportId);
  },

  'reports.get': ({ reportId }, ctx) => reportRow(ctx, reportId),

  'reports.delete': async ({ reportId }, ctx) => {
    const hashes = await deleteReceivedReport(ctx.db, reportId);
    // Only now that the report is gone: its files, unless another report holds the same file.
    await removeUnreferenced(ctx.db, ctx.info.dataDir, hashes);
    return { deleted: true as const };
  },

  'reports.attachment': async ({ attachmentId }, ctx) => {
    const row = await getAttachment(ctx.db, attachmentId);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm này.', 'attachmentId');
    const bytes = readStoredFile(ctx.info.dataDir, row.sha256);
    if (!bytes) {
      throw new AppError(
        'NOT_FOUND',
        `Tệp "${row.file_name}" không còn nguyên trong thư mục dữ liệu (thư mục attachments). Hãy khôi phục từ bản sao lưu.`,
        'attachmentId',
      );
    }
    return { fileName: row.file_name, mediaType: row.media_type, contentBase64: bytes.toString('base64') };
  },

  'reports.removeAttachment': async ({ attachmentId }, ctx) => {
    const row = await getAttachment(ctx.db, attachmentId);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm này.', 'attachmentId');
    const sha = await deleteAttachment(ctx.db, attachmentId);
    await removeUnreferenced(ctx.db, ctx.info.dataDir, [sha]);
    return reportRow(ctx, row.received_report_id);
  },
};
