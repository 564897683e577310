// The consolidated report of a 6-month or annual period (documents.preview / export, kind 'report').
import { consolidatedReport } from '../../../../shared/documents';
import { reportTitle } from '../../../../shared/documents/consolidated-report';
import { complianceAppendixLabel } from '../../../../shared/documents/layout/appendix';
import type { DocumentNumber } from '../../../../shared/documents/types';
import { defaultReportTexts, reportTopic } from '../../../../shared/documents/defaults';
import { lowerFirst } from '../../../../shared/documents/text';
import { builderSettings, districtAppendix, FILE_NAMES, sourceNote, statisticsAppendix } from '../../../../shared/documents/content';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { readReportTexts } from '../../../../db/queries/documents';
import type { DocumentJob, Prepared } from './prepared';
import { reportPeriod } from './plan-and-period';
import { reportData } from './report-data';
import { checkViews } from './figures';

export async function prepareReport(job: DocumentJob<'report'>): Promise<Prepared> {
  const { ctx, req, plan, s, warnings, date } = job;
  const { period, kind } = await reportPeriod(ctx, plan.id, req.periodId);
  // Read once for the texts and the document: the texts are those documents.texts shows (textsView),
  // the clerk's saved ones or the ones prefilled from this same data.
  const { register, catalogue, figures, allFigures, totals, lines, compliance, previous, checks, facts } = await reportData(ctx, plan, period, kind);
  const stored = await readReportTexts(ctx.db, period.id);
  const texts = stored?.value ?? defaultReportTexts(plan, s, { label: period.label, year: period.year, kind }, facts);
  // Totals that contradict each other are shown before export (figureChecks); the clerk may still
  // export, and may accept one after checking the reports: recorded with who and when, and shown so.
  const figureChecks = await checkViews(ctx, period.id, checks);
  const nameOf = (id: number) => register.entries.find((e) => e.agency.id === id)?.agency.shortName ?? '';
  const note = sourceNote(catalogue, allFigures, figures, nameOf);
  const stats = { ...statisticsAppendix(catalogue, figures, previous, allFigures), ...(note ? { footNote: note } : {}) };
  const districts = register.entries
    .filter((e) => e.agency.kind === 'district_pc' && !e.exempt)
    .map((e) => ({ id: e.agency.id, name: e.agency.shortName }));
  // Each district's own figures, as in I.1: a breakdown by place is not a double count.
  const byDistrict = districtAppendix(catalogue, allFigures, districts, totals);
  const settings = builderSettings(s.standing, s.reportRecipients, s.draftingUnit);
  const number: DocumentNumber = { number: req.number ?? null, symbol: s.reportSymbol };
  const input = {
    number,
    date,
    periodLabel: period.label,
    year: period.year,
    kind,
    legalBasis: texts.legalBasis,
    opening: texts.opening,
    sections: texts.sections,
    targets: lines.map(({ wording, target, achieved, percent, assessment }) => ({ wording, target, achieved, percent, ...(assessment !== undefined ? { assessment } : {}) })),
    topic: reportTopic(plan),
    statisticsAppendix: stats,
    complianceAppendix: compliance,
    districtAppendix: byDistrict,
    addressees: s.reportAddressees,
  };
  const unmeasured = lines.filter((l) => !l.measured && !l.qualitative).length;
  if (unmeasured > 0) warnings.push(`${unmeasured} chỉ tiêu chưa có số liệu trong kỳ: cột "Kết quả" để trống để điền tay.`);
  const qualitative = lines.filter((l) => l.qualitative).length;
  if (qualitative > 0) warnings.push(`${qualitative} chỉ tiêu định tính: kết quả ghi theo số liệu (nếu có), đánh giá trong phần nội dung báo cáo.`);
  if (!plan.number?.trim()) warnings.push('Kế hoạch chưa có số, ngày ban hành trong dữ liệu: báo cáo trích dẫn kế hoạch không kèm số, ngày.');
  if (stats.rows.length === 0) warnings.push('Chưa có số liệu nào trong các báo cáo đã nhận: không có Phụ lục biểu tổng hợp số liệu.');
  const pending = register.entries.filter((e) => e.status.state === 'pending' || e.status.state === 'missing').length;
  if (pending > 0) warnings.push(`${pending} cơ quan, đơn vị chưa gửi báo cáo kỳ này.`);
  if (compliance.unreadable?.length) {
    warnings.push(
      `Ngày nhận báo cáo của ${compliance.unreadable.join(', ')} không đọc được: ${complianceAppendixLabel(stats.rows.length > 0)} ghi "đã gửi, ngày nhận không đọc được", ` +
        'không tính đúng hạn hay chậm. Hãy mở báo cáo ở Sổ theo dõi và nhập lại ngày nhận trước khi trình ký.',
    );
  }
  if (!stored) {
    warnings.push('Nội dung báo cáo là bản dựng sẵn từ dữ liệu (nhiệm vụ, số liệu, tình hình gửi báo cáo): hãy đọc lại và bổ sung; mục không có nội dung sẽ không in.');
  }
  const received = register.entries.filter((e) => e.report).length;
  return {
    kind: 'report',
    title: `Báo cáo ${lowerFirst(reportTitle(input))}`,
    fileName: FILE_NAMES.report(period),
    periodId: period.id,
    periodLabel: period.label,
    settings,
    profileKey: 'standing',
    symbolKey: 'reportSymbol',
    number,
    date,
    addressees: s.reportAddressees,
    withNhuTren: s.reportAddressees.length > 0,
    signed: true,
    facts: [
      { label: 'Kỳ báo cáo', value: period.label },
      ...(period.windowFrom && period.windowTo
        ? [{ label: 'Thời gian lấy số liệu', value: `${formatDateVi(period.windowFrom)} – ${formatDateVi(period.windowTo)}` }]
        : []),
      { label: 'Báo cáo đã nhận', value: `${received}/${register.entries.filter((e) => !e.exempt).length} cơ quan, đơn vị` },
      { label: 'Bảng chỉ tiêu', value: `${lines.length} chỉ tiêu (${lines.filter((l) => l.measured).length} có kết quả từ số liệu)` },
      {
        label: 'Phụ lục số liệu',
        value: stats.rows.length ? `${stats.rows.length} chỉ số có số liệu` : 'Không có (chưa có số liệu)',
      },
      {
        label: 'Phụ lục tình hình gửi báo cáo',
        value:
          `Đúng hạn ${compliance.onTime.length}, chậm ${compliance.late.length}, ` +
          (compliance.unreadable?.length ? `không đọc được ngày nhận ${compliance.unreadable.length}, ` : '') +
          `chưa gửi ${compliance.missing.length}`,
      },
    ],
    warnings,
    figureChecks,
    build: () => consolidatedReport(settings, input),
  };
}
