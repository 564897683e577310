// Received reports (sổ báo cáo đến): the report itself, its figures and its attached files' records.
// Every change runs in one transaction with its audit entries.
import type { Selectable, Transaction } from 'kysely';
import type { AppDb } from '../connection';
import type { Database } from '../schema';
import type { AgencyKind, ReportChannel } from '../../shared/domain/types';
import type { StatisticKind } from '../../shared/domain/statistics';
import type { AttachmentRow, FigureRow, ReceivedReportRow, RegisteredReportRow } from '../../shared/api/models';
import type { IncomingFile } from '../attachments';
import { fromBool, toBool } from '../sql-values';
import { cachedQuery } from './cached-query';
import { currentActor, recordChanges, recordEvent } from './audit';
import { AppError } from '../../shared/api/errors';

type Tx = Transaction<Database>;

export interface ReportFields {
  arrivalDate: string;
  docNumber: string | null;
  docDate: string | null;
  channel: ReportChannel;
  needsSupplement: boolean;
  notes: string | null;
}

export interface FigureInput {
  statisticCode: string;
  value: number;
  note: string | null;
}

function fieldsToRow(f: ReportFields) {
  return {
    arrival_date: f.arrivalDate,
    doc_number: f.docNumber,
    doc_date: f.docDate,
    channel: f.channel,
    needs_supplement: fromBool(f.needsSupplement),
    notes: f.notes,
  };
}

async function insertAttachments(trx: Tx, reportId: number, files: IncomingFile[], actor: string): Promise<void> {
  for (const f of files) {
    const { id } = await trx
      .insertInto('report_attachments')
      .values({ received_report_id: reportId, file_name: f.fileName, media_type: f.mediaType, size: f.size, sha256: f.sha256, added_by: actor })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(trx, actor, 'report_attachment', id, 'create', `${f.fileName} (báo cáo ${reportId})`);
  }
}

export async function hasReceivedReport(db: AppDb, expectedReportId: number): Promise<boolean> {
  const row = await db.selectFrom('received_reports').select('id').where('expected_report_id', '=', expectedReportId).executeTakeFirst();
  return row !== undefined;
}

/** Registers a received report for an expected one. A second report for the same agency and period is refused. */
export async function createReceivedReport(
  db: AppDb,
  expectedReportId: number,
  fields: ReportFields,
  figures: FigureInput[],
  files: IncomingFile[],
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('received_reports')
      .select('id')
      .where('expected_report_id', '=', expectedReportId)
      .executeTakeFirst();
    if (existing) {
      throw new AppError(
        'CONFLICT',
        'Đơn vị này đã có báo cáo được ghi nhận cho kỳ này. Hãy mở báo cáo đó để sửa, không ghi nhận lần thứ hai.',
        'agencyId',
      );
    }
    const actor = await currentActor(trx);
    const { id } = await trx
      .insertInto('received_reports')
      .values({ expected_report_id: expectedReportId, ...fieldsToRow(fields), created_by: actor, updated_by: actor })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const f of figures) {
      await trx.insertInto('report_figures').values({ received_report_id: id, statistic_code: f.statisticCode, value: f.value, note: f.note }).execute();
    }
    await insertAttachments(trx, id, files, actor);
    await recordEvent(trx, actor, 'received_report', id, 'create', `Ngày đến ${fields.arrivalDate}, ${figures.length} số liệu, ${files.length} tệp`);
    return id;
  });
}

/**
 * Changes a report's fields and replaces its figures with the given set; adds files. `guard` runs
 * first inside the transaction (the check that the report has not changed since the form opened).
 */
export async function updateReceivedReport(
  db: AppDb,
  reportId: number,
  fields: ReportFields,
  figures: FigureInput[],
  files: IncomingFile[],
  guard?: (trx: AppDb) => Promise<void>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (guard) await guard(trx);
    const actor = await currentActor(trx);
    const before = await trx
      .selectFrom('received_reports')
      .select(['arrival_date', 'doc_number', 'doc_date', 'channel', 'needs_supplement', 'notes'])
      .where('id', '=', reportId)
      .executeTakeFirst();
    if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo này; có thể nó vừa bị xóa.', 'reportId');
    const after = fieldsToRow(fields);
    await trx
      .updateTable('received_reports')
      .set({ ...after, updated_by: actor, updated_at: new Date().toISOString() })
      .where('id', '=', reportId)
      .execute();
    await recordChanges(trx, actor, 'received_report', reportId, before, after);

    const old = await trx
      .selectFrom('report_figures')
      .select(['statistic_code', 'value', 'note'])
      .where('received_report_id', '=', reportId)
      .execute();
    const beforeFigures = Object.fromEntries(old.map((f) => [`số liệu ${f.statistic_code}`, f.value]));
    const afterFigures = Object.fromEntries(figures.map((f) => [`số liệu ${f.statisticCode}`, f.value]));
    for (const key of Object.keys(beforeFigures)) if (!(key in afterFigures)) afterFigures[key] = null as unknown as number;
    await trx.deleteFrom('report_figures').where('received_report_id', '=', reportId).execute();
    for (const f of figures) {
      await trx.insertInto('report_figures').values({ received_report_id: reportId, statistic_code: f.statisticCode, value: f.value, note: f.note }).execute();
    }
    await recordChanges(trx, actor, 'received_report', reportId, beforeFigures, afterFigures);
    await insertAttachments(trx, reportId, files, actor);
  });
}

/** Deletes a report with its figures and attachment records; returns the hashes of its files. */
export async function deleteReceivedReport(db: AppDb, reportId: number): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const report = await trx.selectFrom('received_reports').selectAll().where('id', '=', reportId).executeTakeFirst();
    if (!report) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo này; có thể nó đã bị xóa.', 'reportId');
    const files = await trx.selectFrom('report_attachments').select(['sha256', 'file_name']).where('received_report_id', '=', reportId).execute();
    const actor = await currentActor(trx);
    await trx.deleteFrom('report_figures').where('received_report_id', '=', reportId).execute();
    await trx.deleteFrom('report_attachments').where('received_report_id', '=', reportId).execute();
    await trx.deleteFrom('received_reports').where('id', '=', reportId).execute();
    await recordEvent(
      trx,
      actor,
      'received_report',
      reportId,
      'delete',
      JSON.stringify({
        expectedReportId: report.expected_report_id,
        arrivalDate: report.arrival_date,
        docNumber: report.doc_number,
        files: files.map((f) => f.file_name),
      }),
    );
    return files.map((f) => f.sha256);
  });
}

export async function getAttachment(db: AppDb, attachmentId: number) {
  return db.selectFrom('report_attachments').selectAll().where('id', '=', attachmentId).executeTakeFirst();
}

/** Removes one attachment record; returns its file's hash (the file goes once nothing refers to it). */
export async function deleteAttachment(db: AppDb, attachmentId: number): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('report_attachments').selectAll().where('id', '=', attachmentId).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm này.', 'attachmentId');
    await trx.deleteFrom('report_attachments').where('id', '=', attachmentId).execute();
    await recordEvent(trx, await currentActor(trx), 'report_attachment', attachmentId, 'delete', `${row.file_name} (báo cáo ${row.received_report_id})`);
    return row.sha256;
  });
}

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(key(row));
    if (list) list.push(row);
    else out.set(key(row), [row]);
  }
  return out;
}

const statisticWords = cachedQuery((db: AppDb) => db.selectFrom('statistics').select(['code', 'label', 'unit', 'kind']));

/** Full received reports, by id, with their figures and attachments (the report form, reports.get). */
export async function loadReceivedReports(db: AppDb | Tx, ids: number[]): Promise<Map<number, ReceivedReportRow>> {
  return loadReports(db, ids, async (reportIds) => {
    // The figures in the catalogue's order; each statistic's words (label, unit, kind) from the
    // catalogue read once, not joined onto each figure.
    const figures = await db
      .selectFrom('report_figures')
      .innerJoin('statistics', 'statistics.code', 'report_figures.statistic_code')
      .select(['report_figures.received_report_id', 'report_figures.statistic_code', 'report_figures.value', 'report_figures.note'])
      .where('report_figures.received_report_id', 'in', reportIds)
      .orderBy('statistics.sort_order')
      .execute();
    const words = new Map(figures.length === 0 ? [] : (await statisticWords(db)).rows.map((w) => [w.code, w]));
    // Grouped once by report: stays linear in the figures.
    const figuresOf = groupBy(figures, (f) => f.received_report_id);
    return (report) => ({
      ...report,
      figures: (figuresOf.get(report.id) ?? []).map((f): FigureRow => {
        const w = words.get(f.statistic_code)!;
        return { statisticCode: f.statistic_code, label: w.label, unit: w.unit, kind: w.kind as StatisticKind, value: f.value, note: f.note };
      }),
    });
  });
}

/**
 * The received reports of a period as its register lists them: their figures counted, not read. A
 * register of 400 reports has 25,000 figures, which the register screen shows as a count and the
 * report's form reads for its own report (reports.get): reading them all was most of the register's
 * time and memory. Each statement reads the period's reports through the period, kept compiled.
 */
export async function loadRegisteredReports(db: AppDb, periodId: number): Promise<Map<number, RegisteredReportRow>> {
  const reports = (await periodReports(db, periodId)).rows;
  if (reports.length === 0) return new Map();
  const countOf = new Map((await periodFigureCounts(db, periodId)).rows.map((c) => [c.received_report_id, Number(c.n)]));
  // The count set on the report built (not a copy of it spread with one more field).
  return assembleReports(reports, (await periodAttachments(db, periodId)).rows, (report) => {
    const registered = report as RegisteredReportRow;
    registered.figureCount = countOf.get(report.id) ?? 0;
    return registered;
  });
}

const reportColumns = (db: AppDb | Tx) =>
  db
    .selectFrom('received_reports')
    .innerJoin('expected_reports', 'expected_reports.id', 'received_reports.expected_report_id')
    .innerJoin('agencies', 'agencies.id', 'expected_reports.agency_id')
    .selectAll('received_reports')
    .select(['expected_reports.period_id', 'agencies.id as agency_id', 'agencies.name as agency_name', 'agencies.short_name', 'agencies.kind']);
const periodReports = cachedQuery((db: AppDb, periodId: number) => reportColumns(db).where('expected_reports.period_id', '=', periodId));
const periodFigureCounts = cachedQuery((db: AppDb, periodId: number) =>
  db
    .selectFrom('report_figures')
    .innerJoin('received_reports', 'received_reports.id', 'report_figures.received_report_id')
    .innerJoin('expected_reports', 'expected_reports.id', 'received_reports.expected_report_id')
    .select(['report_figures.received_report_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('expected_reports.period_id', '=', periodId)
    .groupBy('report_figures.received_report_id'),
);
const periodAttachments = cachedQuery((db: AppDb, periodId: number) =>
  db
    .selectFrom('report_attachments')
    .innerJoin('received_reports', 'received_reports.id', 'report_attachments.received_report_id')
    .innerJoin('expected_reports', 'expected_reports.id', 'received_reports.expected_report_id')
    .selectAll('report_attachments')
    .where('expected_reports.period_id', '=', periodId)
    .orderBy('report_attachments.id'),
);

type ReportWithoutFigures = Omit<ReceivedReportRow, 'figures'>;
type ReportRow = Awaited<ReturnType<ReturnType<typeof reportColumns>['execute']>>[number];
type AttachmentRecord = Selectable<Database['report_attachments']>;

/** The reports with the given ids and their attachments' records; `withFigures` adds what the caller reads of the figures. */
async function loadReports<T>(
  db: AppDb | Tx,
  ids: number[],
  withFigures: (ids: number[]) => Promise<(report: ReportWithoutFigures) => T>,
): Promise<Map<number, T>> {
  if (ids.length === 0) return new Map();
  const reports = await reportColumns(db).where('received_reports.id', 'in', ids).execute();
  const complete = await withFigures(ids);
  const files = await db.selectFrom('report_attachments').selectAll().where('received_report_id', 'in', ids).orderBy('id').execute();
  return assembleReports(reports, files, complete);
}

function assembleReports<T>(reports: ReportRow[], files: AttachmentRecord[], complete: (report: ReportWithoutFigures) => T): Map<number, T> {
  const out = new Map<number, T>();
  const filesOf = groupBy(files, (f) => f.received_report_id);
  for (const r of reports) {
    out.set(
      r.id,
      complete({
        id: r.id,
        expectedReportId: r.expected_report_id,
        periodId: r.period_id,
        agency: { id: r.agency_id, name: r.agency_name, shortName: r.short_name, kind: r.kind as AgencyKind },
        arrivalDate: r.arrival_date,
        docNumber: r.doc_number,
        docDate: r.doc_date,
        channel: r.channel as ReportChannel,
        needsSupplement: toBool(r.needs_supplement),
        notes: r.notes,
        attachments: (filesOf.get(r.id) ?? []).map(
          (f): AttachmentRow => ({ id: f.id, fileName: f.file_name, mediaType: f.media_type, size: f.size, addedAt: f.added_at, addedBy: f.added_by }),
        ),
        createdBy: r.created_by,
        updatedAt: r.updated_at,
        updatedBy: r.updated_by,
      }),
    );
  }
  return out;
}

export interface PlanFigure {
  periodId: number;
  reportId: number;
  agencyId: number;
  statisticCode: string;
  value: number;
}

/**
 * Every figure of the plan's received reports (exempt or not), for totals and target progress; only
 * those of the given statistics when `codes` is given.
 */
export async function listPlanFigures(db: AppDb, planId: number, codes?: string[]): Promise<PlanFigure[]> {
  if (codes && codes.length === 0) return [];
  // Joined from the plan's periods down to the figures, in that order (a cross join with its
  // conditions in WHERE: SQLite keeps the order written), so a condition on the statistic reads the
  // plan's reports' figures through their (report, statistic) index, never every plan's figures.
  let query = db
    .selectFrom('reporting_periods')
    .crossJoin('expected_reports')
    .crossJoin('received_reports')
    .crossJoin('report_figures')
    // Named as PlanFigure names them: the rows are the figures, not copied into them (25,000 rows at
    // a plan of 400 agencies).
    .select([
      'expected_reports.period_id as periodId',
      'received_reports.id as reportId',
      'expected_reports.agency_id as agencyId',
      'report_figures.statistic_code as statisticCode',
      'report_figures.value',
    ])
    .where('reporting_periods.plan_id', '=', planId)
    .whereRef('expected_reports.period_id', '=', 'reporting_periods.id')
    .whereRef('received_reports.expected_report_id', '=', 'expected_reports.id')
    .whereRef('report_figures.received_report_id', '=', 'received_reports.id');
  if (codes) query = query.where('report_figures.statistic_code', 'in', codes);
  return query.execute();
}
