// The letter urging agencies that have not sent a period's report (documents.preview / export, kind 'urging').
import { urgingLetter } from '../../../../shared/documents';
import { urgingSubject } from '../../../../shared/documents/urging-letter';
import type { DocumentNumber } from '../../../../shared/documents/types';
import { shortPlanReference } from '../../../../shared/documents/defaults';
import { builderSettings, FILE_NAMES, letterSymbolWithUnit } from '../../../../shared/documents/content';
import { AppError } from '../../../../shared/api/errors';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { parseIsoDate } from '../../../../shared/dates/iso-date';
import { buildRegister, requirePeriod } from '../reporting';
import { urgingHandlers } from '../urging';
import { count, type DocumentJob, type Prepared } from './prepared';

export async function prepareUrging(job: DocumentJob<'urging'>): Promise<Prepared> {
  const { ctx, req, plan, s, today, warnings, date } = job;
  const period = await requirePeriod(ctx, req.periodId);
  if (period.planId !== plan.id) throw new AppError('VALIDATION', 'Kỳ báo cáo này không thuộc kế hoạch đang làm việc.', 'periodId');
  const register = await buildRegister(ctx, period.id);
  for (const agencyId of req.agencyIds) {
    const e = register.entries.find((x) => x.agency.id === agencyId);
    if (!e) throw new AppError('VALIDATION', 'Có đơn vị được chọn không phải gửi báo cáo kỳ này.', 'agencyIds');
    if (e.report) throw new AppError('VALIDATION', `${e.agency.shortName} đã gửi báo cáo kỳ này, không cần đôn đốc.`, 'agencyIds');
    if (e.exempt) throw new AppError('VALIDATION', `${e.agency.shortName} được miễn báo cáo kỳ này.`, 'agencyIds');
  }
  if (req.newDeadline && req.newDeadline < today) {
    throw new AppError('VALIDATION', `Hạn gửi mới ${formatDateVi(req.newDeadline)} đã qua (hôm nay ${formatDateVi(today)}).`, 'newDeadline');
  }
  if (!plan.number) warnings.push(`Kế hoạch chưa có số ban hành trong dữ liệu: công văn trích dẫn "${shortPlanReference(plan, s.planSymbol)}", không có số và ngày.`);
  const data = await urgingHandlers['urging.letterData']({ periodId: period.id, agencyIds: req.agencyIds }, ctx);
  const settings = builderSettings(s.standing, s.letterRecipients, s.draftingUnit);
  const number: DocumentNumber = { number: req.number ?? null, symbol: letterSymbolWithUnit(s.letterSymbol, s.draftingUnit) };
  if (!s.draftingUnit && !s.letterSymbol.includes('-')) {
    warnings.push(`Chưa ghi đơn vị soạn thảo (Cài đặt › Văn bản): ký hiệu công văn in là "${s.letterSymbol}", dòng Lưu không có đơn vị soạn thảo.`);
  }
  // A letter's new deadline reads as in the text of a letter: "15/7/2022", without zeros.
  const d = req.newDeadline ? parseIsoDate(req.newDeadline) : null;
  const input = {
    number,
    date,
    periodLabel: data.periodLabel,
    planTitle: data.planTitle,
    // Cited as the report cites it ("… ngày 20/3/2022 của Ban Chỉ đạo 138 tỉnh"): the letter goes on
    // "về <title>", which names the province, so the issuer is not followed by it a second time.
    planRef: shortPlanReference(plan, s.planSymbol),
    dueText: data.dueText,
    agencies: data.agencies.map((a) => a.shortName),
    ...(data.requestRef ? { requestRef: data.requestRef } : {}),
    ...(d ? { newDeadline: `${d.day}/${d.month}/${d.year}` } : {}),
  };
  const overdue = register.entries.filter((e) => req.agencyIds.includes(e.agency.id) && e.status.state === 'pending');
  if (overdue.length > 0) {
    warnings.push(`${overdue.map((e) => e.agency.shortName).join(', ')} chưa đến hạn gửi báo cáo (${formatDateVi(period.dueDate)}).`);
  }
  return {
    kind: 'urging',
    title: urgingSubject(input),
    fileName: FILE_NAMES.urging(period),
    periodId: period.id,
    periodLabel: period.label,
    settings,
    profileKey: 'standing',
    symbolKey: 'letterSymbol',
    number,
    date,
    addressees: input.agencies,
    withNhuTren: true,
    signed: true,
    facts: [
      { label: 'Kỳ báo cáo', value: period.label },
      { label: 'Hạn gửi', value: formatDateVi(period.dueDate) },
      { label: 'Đơn vị được đôn đốc', value: count(input.agencies.length, 'cơ quan, đơn vị') },
      { label: 'Hạn gửi mới', value: req.newDeadline ? formatDateVi(req.newDeadline) : 'Không ghi (đề nghị gửi trong thời gian sớm nhất)' },
    ],
    warnings,
    figureChecks: [],
    build: () => urgingLetter(settings, input),
  };
}
