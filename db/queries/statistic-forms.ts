// Recording the figures of filled statistics forms (issue 15) on the agencies' received reports of a
// period, all in one transaction with their audit entries: a figure of a statistic already recorded
// is replaced, others are kept; an agency with no received report yet gets one, arrived on the day
// of the import.
import type { AppDb } from '../connection';
import { fromBool } from '../sql-values';
import { currentActor, recordChanges, recordEvent } from './audit';
import { AppError } from '../../shared/api/errors';

export interface FormEntry {
  expectedReportId: number;
  figures: { statisticCode: string; value: number; note: string | null }[];
}

export async function recordFormFigures(
  db: AppDb,
  entries: FormEntry[],
  arrivalDate: string,
  sourceName: string,
): Promise<{ reportsCreated: number; figures: number }> {
  return db.transaction().execute(async (trx) => {
    const actor = await currentActor(trx);
    let reportsCreated = 0;
    let count = 0;
    for (const entry of entries) {
      if (entry.figures.length === 0) continue;
      const existing = await trx
        .selectFrom('received_reports')
        .select('id')
        .where('expected_report_id', '=', entry.expectedReportId)
        .executeTakeFirst();
      let reportId: number;
      if (existing) {
        reportId = existing.id;
      } else {
        const expected = await trx.selectFrom('expected_reports').select('id').where('id', '=', entry.expectedReportId).executeTakeFirst();
        if (!expected) throw new AppError('CONFLICT', 'Một đơn vị trong biểu mẫu không còn phải gửi báo cáo kỳ này; dữ liệu không bị thay đổi.', 'contentBase64');
        const created = await trx
          .insertInto('received_reports')
          .values({
            expected_report_id: entry.expectedReportId,
            arrival_date: arrivalDate,
            doc_number: null,
            doc_date: null,
            channel: 'other',
            needs_supplement: fromBool(false),
            notes: `Số liệu nhập từ biểu mẫu Excel ${sourceName}`.trim(),
            created_by: actor,
            updated_by: actor,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        reportId = created.id;
        reportsCreated++;
        await recordEvent(trx, actor, 'received_report', reportId, 'create', `Ngày đến ${arrivalDate}, ${entry.figures.length} số liệu từ biểu mẫu Excel`);
      }
      const codes = entry.figures.map((f) => f.statisticCode);
      const old = await trx
        .selectFrom('report_figures')
        .select(['statistic_code', 'value'])
        .where('received_report_id', '=', reportId)
        .where('statistic_code', 'in', codes)
        .execute();
      await trx.deleteFrom('report_figures').where('received_report_id', '=', reportId).where('statistic_code', 'in', codes).execute();
      for (const f of entry.figures) {
        await trx
          .insertInto('report_figures')
          .values({ received_report_id: reportId, statistic_code: f.statisticCode, value: f.value, note: f.note })
          .execute();
        count++;
      }
      if (existing) {
        await trx
          .updateTable('received_reports')
          .set({ updated_by: actor, updated_at: new Date().toISOString() })
          .where('id', '=', reportId)
          .execute();
        await recordChanges(
          trx,
          actor,
          'received_report',
          reportId,
          Object.fromEntries(codes.map((c) => [`số liệu ${c}`, old.find((o) => o.statistic_code === c)?.value ?? null])),
          Object.fromEntries(entry.figures.map((f) => [`số liệu ${f.statisticCode}`, f.value])),
        );
      }
    }
    return { reportsCreated, figures: count };
  });
}
