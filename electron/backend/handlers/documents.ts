// Official documents from the database (issue 5): settings per plan, texts edited before export, the
// summary preview, the .docx built by shared/documents, and the export log. No Word formatting here:
// the builders lay the documents out; this file only gathers their data.
import { gzipSync } from 'node:zlib';
import type { Document } from 'docx';
import type { HandlerContext, HandlerGroup } from './types';
import type {
  AssignmentTableData,
  DocumentKind,
  DocumentPreview,
  DocumentSettingsValues,
  DocumentSettingsView,
  DocumentTexts,
  DocumentTextsView,
  IssuerProfile,
  PreviewFact,
  StatisticSourceRow,
  FigureCheckView,
} from '../../../shared/api/documents-models';
import type { DocumentRequest } from '../../../shared/api/documents-contract';
import type { PlanDetail, TaskRow } from '../../../shared/api/models';
import type { DocumentDate, DocumentNumber, DocumentSettings, ReportKind } from '../../../shared/documents/types';
import {
  consolidatedReport,
  DocumentInputError,
  formatDateLine,
  formatNumberLine,
  gzipCompressor,
  packDocx,
  planDocument,
  taskAssignmentTable,
  urgingLetter,
} from '../../../shared/documents';
import { reportTitle } from '../../../shared/documents/consolidated-report';
import { urgingSubject } from '../../../shared/documents/urging-letter';
import { recipientLines, signerPositionLines } from '../../../shared/documents/layout/signature';
import { complianceAppendixLabel } from '../../../shared/documents/layout/appendix';
import { AppError } from '../../../shared/api/errors';
import { getPlan } from '../../../db/queries/plans';
import { listPlanTextBlocks } from '../../../db/queries/plan-text';
import { isHeadingBlock, type PlanTextBlock, printedBlock } from '../../../shared/domain/plan-text';
import { listTaskGroups } from '../../../db/queries/tasks';
import { listTargets } from '../../../db/queries/targets';
import { listReportingDuties } from '../../../db/queries/reporting';
import { listStatistics } from '../../../db/queries/statistics';
import { listPlanAgencies } from '../../../db/queries/agencies';
import { currentActor } from '../../../db/queries/audit';
import {
  deleteDocumentSettings,
  deletePlanTexts,
  deleteReportTexts,
  getAgencyBasics,
  insertExport,
  listExports,
  listPeriodFigures,
  listPlanProgressBetween,
  listStatisticSources,
  listFigureCheckAcceptances,
  insertFigureCheckAcceptance,
  writeStatisticSource,
  previousYearPeriodId,
  readDocumentSettings,
  readPlanTexts,
  readReportTexts,
  writeDocumentSettings,
  writePlanTexts,
  writeReportTexts,
} from '../../../db/queries/documents';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';
import { parseIsoDate } from '../../../shared/dates/iso-date';
import { acceptanceApplies, countedFigures, figureChecks, type FigureCheck, statisticSources } from '../../../shared/domain/statistic-sources';
import { listTasksWithStatus } from './tasks';
import { buildRegister, requirePeriod } from './reporting';
import { targetHandlers } from './targets';
import { planStatisticSources } from './statistic-sources';
import { urgingHandlers } from './urging';
import {
  defaultDocumentSettings,
  upwardRecipients,
  defaultPlanTexts,
  defaultReportTexts,
  planCitation,
  shortPlanReference,
  type ReportFacts,
  reportTopic,
} from '../../../shared/documents/defaults';
import { lowerFirst } from '../../../shared/documents/text';
import {
  assignmentRows,
  builderSettings,
  letterSymbolWithUnit,
  periodTotals,
  districtAppendix,
  complianceAppendix,
  documentDate,
  FILE_NAMES,
  filterNote,
  asciiSlug,
  selectTasks,
  statisticsAppendix,
  sourceNote,
  targetLine,
  targetCounts,
  type AssignmentFilter,
} from '../../../shared/documents/content';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function requirePlanDetail(ctx: HandlerContext, planId: number): Promise<PlanDetail> {
  const plan = await getPlan(ctx.db, planId);
  if (!plan) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
  return plan;
}

async function defaultsOf(ctx: HandlerContext, plan: PlanDetail): Promise<DocumentSettingsValues> {
  const standing = plan.standingAgency ? await getAgencyBasics(ctx.db, plan.standingAgency.id) : null;
  // The report goes where the plan's upward duty sends it (the 2022 plan's VI.2).
  return defaultDocumentSettings(plan, standing, upwardRecipients(await listReportingDuties(ctx.db, plan.id)));
}

async function settingsView(ctx: HandlerContext, plan: PlanDetail): Promise<DocumentSettingsView> {
  const defaults = await defaultsOf(ctx, plan);
  const stored = await readDocumentSettings(ctx.db, plan.id);
  return {
    planId: plan.id,
    values: stored?.value ?? defaults,
    defaults,
    saved: stored !== null,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Checking settings: each problem named at its field, before anything is stored

const SYMBOL = /^[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/u;

function checkSymbol(value: string, field: string, label: string, prefix: string | null): void {
  const v = value.normalize('NFC').trim();
  if (!v) throw new AppError('VALIDATION', `${label}: chưa được nhập.`, field);
  if (!SYMBOL.test(v)) {
    throw new AppError(
      'VALIDATION',
      `${label}: chỉ gồm chữ in hoa, chữ số và dấu gạch nối "-", không có dấu cách hay dấu "/" (ví dụ ${prefix ?? ''}SLĐTBXH).`,
      field,
    );
  }
  if (prefix && !v.startsWith(prefix)) {
    throw new AppError('VALIDATION', `${label}: phải bắt đầu bằng "${prefix}" (Phụ lục III Nghị định 30/2020/NĐ-CP).`, field);
  }
}

function checkProfile(p: IssuerProfile, key: 'standing' | 'planIssuer'): void {
  const f = (name: string) => `values.${key}.${name}`;
  if (p.issuingBody.every((l) => !l.trim())) throw new AppError('VALIDATION', 'Tên cơ quan ban hành: chưa được nhập.', f('issuingBody'));
  if (!p.issuerName.trim()) throw new AppError('VALIDATION', 'Tên cơ quan trong nội dung văn bản: chưa được nhập.', f('issuerName'));
  if (!p.placeName.trim()) throw new AppError('VALIDATION', 'Địa danh: chưa được nhập.', f('placeName'));
  if (p.signerAuthority && !p.signerAuthorityOf.trim()) {
    throw new AppError('VALIDATION', `Ký thay, thừa lệnh cho: ghi chức danh sau "${p.signerAuthority}", ví dụ "GIÁM ĐỐC".`, f('signerAuthorityOf'));
  }
  if (!p.signerPosition.trim() && !p.signerAuthority) {
    throw new AppError('VALIDATION', 'Chức vụ người ký: chưa được nhập.', f('signerPosition'));
  }
  if (!p.signerName.trim()) throw new AppError('VALIDATION', 'Họ tên người ký: chưa được nhập.', f('signerName'));
  if (!/^Lưu\b/u.test(p.archiveLine.normalize('NFC').trim().replace(/^[-–]\s*/, ''))) {
    throw new AppError('VALIDATION', 'Dòng lưu: phải bắt đầu bằng "Lưu:", ví dụ "Lưu: VT, PCTNXH."', f('archiveLine'));
  }
}

function checkSettings(v: DocumentSettingsValues): void {
  checkProfile(v.standing, 'standing');
  checkProfile(v.planIssuer, 'planIssuer');
  checkSymbol(v.reportSymbol, 'values.reportSymbol', 'Ký hiệu báo cáo', 'BC-');
  checkSymbol(v.letterSymbol, 'values.letterSymbol', 'Ký hiệu công văn', null);
  checkSymbol(v.planSymbol, 'values.planSymbol', 'Ký hiệu kế hoạch', 'KH-');
  if (v.draftingUnit && !SYMBOL.test(v.draftingUnit)) {
    throw new AppError(
      'VALIDATION',
      'Đơn vị soạn thảo: ghi chữ viết tắt in hoa, không dấu cách, ví dụ PCTNXH.',
      'values.draftingUnit',
    );
  }
  if (v.reportAddressees.every((a) => !a.trim())) {
    throw new AppError('VALIDATION', 'Kính gửi (báo cáo): cần ít nhất một nơi nhận, ví dụ "Ủy ban nhân dân tỉnh".', 'values.reportAddressees');
  }
}

function cleanProfile(p: IssuerProfile): IssuerProfile {
  const t = (s: string) => s.normalize('NFC').trim();
  return {
    parentAgencyLine: t(p.parentAgencyLine),
    issuingBody: p.issuingBody.map(t).filter(Boolean),
    issuerName: t(p.issuerName),
    placeName: t(p.placeName),
    signerAuthority: p.signerAuthority,
    signerAuthorityOf: t(p.signerAuthorityOf),
    signerPosition: t(p.signerPosition),
    signerOtherPosition: t(p.signerOtherPosition),
    signerName: t(p.signerName),
    archiveLine: t(p.archiveLine),
  };
}

function cleanSettings(v: DocumentSettingsValues): DocumentSettingsValues {
  const list = (l: string[]) => l.map((s) => s.normalize('NFC').trim()).filter(Boolean);
  return {
    standing: cleanProfile(v.standing),
    planIssuer: cleanProfile(v.planIssuer),
    reportSymbol: v.reportSymbol.normalize('NFC').trim(),
    letterSymbol: v.letterSymbol.normalize('NFC').trim(),
    planSymbol: v.planSymbol.normalize('NFC').trim(),
    reportAddressees: list(v.reportAddressees),
    reportRecipients: list(v.reportRecipients),
    letterRecipients: list(v.letterRecipients),
    planRecipients: list(v.planRecipients),
    draftingUnit: v.draftingUnit.normalize('NFC').trim(),
  };
}

// ---------------------------------------------------------------------------------------------
// Texts

function reportKindOf(periodType: string): ReportKind | null {
  return periodType === 'six_month' ? 'six_month' : periodType === 'annual' ? 'annual' : null;
}

async function reportPeriod(ctx: HandlerContext, planId: number, periodId: number | null | undefined) {
  if (!periodId) throw new AppError('VALIDATION', 'Kỳ báo cáo: chưa được chọn.', 'periodId');
  const period = await requirePeriod(ctx, periodId);
  if (period.planId !== planId) throw new AppError('VALIDATION', 'Kỳ báo cáo này không thuộc kế hoạch đang làm việc.', 'periodId');
  const kind = reportKindOf(period.periodType);
  if (!kind) {
    throw new AppError('VALIDATION', 'Báo cáo kết quả chỉ lập cho kỳ báo cáo 6 tháng hoặc kỳ báo cáo năm.', 'periodId');
  }
  return { period, kind };
}

/** `tasks`: the plan's tasks when the caller has read them already (the plan's export). */
async function planTextDefaults(ctx: HandlerContext, plan: PlanDetail, tasks?: TaskRow[]): Promise<DocumentTexts> {
  const [targets, groups, tasks2, duties] = await Promise.all([
    listTargets(ctx.db, plan.id),
    listTaskGroups(ctx.db, plan.id),
    tasks ?? listTasksWithStatus(ctx, plan.id),
    listReportingDuties(ctx.db, plan.id),
  ]);
  const standing = plan.standingAgency ? await getAgencyBasics(ctx.db, plan.standingAgency.id) : null;
  return defaultPlanTexts(plan, { targets, groups, tasks: tasks2, duties, standingName: standing?.shortName ?? null });
}

type PeriodRow = Awaited<ReturnType<typeof requirePeriod>>;

async function sourceRows(ctx: HandlerContext, planId: number): Promise<StatisticSourceRow[]> {
  const [catalogue, agencies, chosen] = await Promise.all([
    listStatistics(ctx.db, planId),
    listPlanAgencies(ctx.db, planId),
    listStatisticSources(ctx.db, planId),
  ]);
  const sources = statisticSources(agencies, chosen);
  return catalogue.map((s) => {
    const id = sources.get(s.code);
    const agency = id === undefined ? undefined : agencies.find((a) => a.id === id);
    return {
      code: s.code,
      label: s.label,
      unit: s.unit,
      group: s.group,
      agency: agency ? { id: agency.id, shortName: agency.shortName } : null,
      builtIn: !chosen.some((c) => c.statisticCode === s.code),
    };
  });
}

const sourceLabel = (r: StatisticSourceRow | undefined) =>
  !r ? '' : `${r.agency ? r.agency.shortName : 'Cộng số liệu của các cơ quan, đơn vị'}${r.builtIn ? ' (mặc định)' : ''}`;

/**
 * Everything a report of the period is made from: the register, the figures and their totals, the
 * targets' rows with their Đánh giá, and the facts the sections are prefilled from.
 */
async function reportData(ctx: HandlerContext, plan: PlanDetail, period: PeriodRow, kind: ReportKind) {
  const [targets, progress, register, catalogue, allFigures, groups, tasks] = await Promise.all([
    listTargets(ctx.db, plan.id),
    targetHandlers['targets.progress']({ planId: plan.id }, ctx),
    buildRegister(ctx, period.id),
    listStatistics(ctx.db, plan.id),
    listPeriodFigures(ctx.db, period.id),
    listTaskGroups(ctx.db, plan.id),
    listTasksWithStatus(ctx, plan.id),
  ]);
  const from = period.windowFrom ?? `${period.year}-01-01`;
  const to = period.windowTo ?? period.dueDate;
  const notes = await listPlanProgressBetween(ctx.db, plan.id, from, to);
  // One source of truth per statistic: a figure the responsible agency reported is not added to others'.
  const sources = await planStatisticSources(ctx, plan.id);
  const figures = countedFigures(allFigures, sources);
  const totals = periodTotals(figures);
  const unitOf = (code: string) => catalogue.find((c) => c.code === code)?.unit ?? '';
  const expected = new Set(register.entries.filter((e) => !e.exempt).map((e) => e.agency.id));
  const reported = new Set(register.entries.filter((e) => e.report).map((e) => e.agency.id));
  const wordingCount = new Map<string, number>();
  for (const t of targets) wordingCount.set(t.wording.trim(), (wordingCount.get(t.wording.trim()) ?? 0) + 1);
  const lines = targets.map((t) =>
    targetLine(t, progress.find((p) => p.targetId === t.id), period.id, {
      yearEnd: kind === 'annual',
      totals,
      unitOf,
      expected,
      reported,
      sharedWording: (wordingCount.get(t.wording.trim()) ?? 0) > 1,
    }),
  );
  const compliance = complianceAppendix(register);
  // The same period of the previous year's plan, counted by the same sources.
  const previousId = await previousYearPeriodId(ctx.db, period);
  const previous = previousId ? countedFigures(await listPeriodFigures(ctx.db, previousId), sources) : null;
  const previousTotals = previous ? periodTotals(previous) : new Map<string, number>();
  const checks = figureChecks(totals, catalogue);
  const inconsistencies = checks.map((c) => c.text);
  const facts: ReportFacts = {
    windowFrom: period.windowFrom,
    windowTo: period.windowTo,
    today: ctx.today(),
    groups,
    tasks,
    notes,
    reports: {
      expected: expected.size,
      received: reported.size,
      onTime: compliance.onTime.length,
      late: compliance.late.map((l) => l.name),
      unreadable: compliance.unreadable ?? [],
      // Not sent and past the due day; those whose due day is still ahead are counted apart, never
      // blamed (a report exported before its period's deadline).
      missing: register.entries.filter((e) => !e.exempt && e.status.state === 'missing').map((e) => e.agency.shortName),
      notYetDue: register.entries.filter((e) => !e.exempt && e.status.state === 'pending').map((e) => e.agency.shortName),
    },
    totals: catalogue
      .filter((c) => totals.has(c.code))
      .map((c) => ({ code: c.code, label: c.label, unit: c.unit, total: totals.get(c.code)! })),
    targets: targetCounts(lines),
    nextTo: kind === 'six_month' ? `${period.year}-12-31` : `${period.year + 1}-06-30`,
    previousTotals: [...previousTotals].map(([code, total]) => ({ code, total })),
    inconsistencies,
    unmetTargets: lines.filter((l) => l.assessment === 'Chưa đạt').map((l) => l.wording),
    // Each district's own figures, whoever the statistic's source is: where things happened, not a total.
    districts: register.entries
      .filter((e) => e.agency.kind === 'district_pc' && !e.exempt)
      .map((e) => ({
        name: e.agency.shortName,
        reported: !!e.report,
        figures: allFigures.filter((f) => f.agencyId === e.agency.id).map((f) => ({ code: f.statisticCode, value: f.value })),
      })),
  };
  return { targets, register, catalogue, figures, allFigures, totals, lines, compliance, facts, sources, previous, checks };
}

/** The period's contradictions with the acceptance that still applies to each (same two totals). */
async function checkViews(ctx: HandlerContext, periodId: number, checks: FigureCheck[]): Promise<FigureCheckView[]> {
  const accepted = await listFigureCheckAcceptances(ctx.db, periodId);
  return checks.map((c) => {
    const a = accepted.find((x) => acceptanceApplies(c, x));
    return { rule: c.rule, text: c.text, accepted: a ? { by: a.acceptedBy, on: a.acceptedOn } : null };
  });
}

async function textsView(
  ctx: HandlerContext,
  planId: number,
  kind: 'report' | 'plan',
  periodId: number | null | undefined,
  tasks?: TaskRow[],
): Promise<DocumentTextsView> {
  const plan = await requirePlanDetail(ctx, planId);
  if (kind === 'plan') {
    const defaults = await planTextDefaults(ctx, plan, tasks);
    const stored = await readPlanTexts(ctx.db, planId);
    return {
      planId,
      kind,
      periodId: null,
      texts: stored?.value ?? defaults,
      defaults,
      saved: stored !== null,
      updatedAt: stored?.updatedAt ?? null,
      updatedBy: stored?.updatedBy ?? null,
    };
  }
  const { period, kind: reportKind } = await reportPeriod(ctx, planId, periodId);
  const settings = (await settingsView(ctx, plan)).values;
  const data = await reportData(ctx, plan, period, reportKind);
  const defaults = defaultReportTexts(plan, settings, { label: period.label, year: period.year, kind: reportKind }, data.facts);
  const stored = await readReportTexts(ctx.db, period.id);
  return {
    planId,
    kind,
    periodId: period.id,
    texts: stored?.value ?? defaults,
    defaults,
    saved: stored !== null,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Assignment table

async function assignmentData(ctx: HandlerContext, plan: PlanDetail, f: AssignmentFilter) {
  const [groups, tasks, agencies] = await Promise.all([
    listTaskGroups(ctx.db, plan.id),
    listTasksWithStatus(ctx, plan.id),
    listPlanAgencies(ctx.db, plan.id),
  ]);
  const agency = f.agencyId ? agencies.find((a) => a.id === f.agencyId) : undefined;
  if (f.agencyId && !agency) throw new AppError('VALIDATION', 'Cơ quan được chọn không tham gia kế hoạch này.', 'agencyId');
  const group = f.groupId ? groups.find((g) => g.id === f.groupId) : undefined;
  if (f.groupId && !group) throw new AppError('VALIDATION', 'Nhóm nhiệm vụ được chọn không thuộc kế hoạch này.', 'groupId');
  const chosen = selectTasks(tasks, f);
  const suffix = [
    ...(agency ? [asciiSlug(agency.shortName)] : []),
    ...(group ? [`nhom-${asciiSlug(group.code)}`] : []),
    ...(f.overdueOnly ? ['qua-han'] : []),
  ];
  return {
    title: `Thực hiện Kế hoạch ${lowerFirst(plan.title)}`,
    filterNote: filterNote(f, { ...(agency ? { agency: agency.shortName } : {}), ...(group ? { group: group.title } : {}) }, ctx.today()),
    rows: assignmentRows(groups, chosen, agencies.filter((x) => x.kind === 'district_pc').length),
    taskCount: chosen.length,
    groupCount: new Set(chosen.map((t) => t.group.id)).size,
    fileSuffix: suffix,
    allTasks: tasks.length,
    tasks,
  };
}

/** The plan as an appendix cites it: its own number and date, blank where the plan leaves them blank. */
function planParent(plan: PlanDetail, symbol: string) {
  const n = plan.number && /^\d+$/.test(plan.number.trim()) ? Number(plan.number.trim()) : null;
  const d = plan.issuedDate ? parseIsoDate(plan.issuedDate) : null;
  const date: DocumentDate = d ?? { year: plan.year, month: null, day: null };
  return { kind: 'Kế hoạch', number: { number: n, symbol } as DocumentNumber, date };
}

/** The plan's own text as the builder prints it: numbering and text, titles kept with what follows. */
function planTextParagraphs(blocks: PlanTextBlock[]) {
  return blocks.map((b) => ({
    text: printedBlock(b),
    ...(b.bold ? { bold: true } : {}),
    ...(b.italics ? { italics: true } : {}),
    ...(isHeadingBlock(b) ? { heading: true } : {}),
  }));
}

// ---------------------------------------------------------------------------------------------
// Preparing a document: its data, its summary, and how to build it

interface Prepared {
  kind: DocumentKind;
  title: string;
  fileName: string;
  periodId: number | null;
  periodLabel: string | null;
  settings: DocumentSettings;
  profileKey: 'standing' | 'planIssuer';
  symbolKey: 'reportSymbol' | 'letterSymbol' | 'planSymbol';
  number: DocumentNumber | null;
  date: DocumentDate | null;
  addressees: string[];
  withNhuTren: boolean;
  /** false: the standalone assignment table, which has no signature or Nơi nhận. */
  signed: boolean;
  facts: PreviewFact[];
  warnings: string[];
  figureChecks: FigureCheckView[];
  build(): Document;
}

const count = (n: number, unit: string) => `${n} ${unit}`;

async function prepare(ctx: HandlerContext, req: DocumentRequest): Promise<Prepared> {
  const plan = await requirePlanDetail(ctx, req.planId);
  const view = await settingsView(ctx, plan);
  const s = view.values;
  const today = ctx.today();
  const warnings: string[] = [];
  if (!view.saved) warnings.push('Đang dùng cài đặt văn bản mặc định lấy từ kế hoạch; hãy kiểm tra ở mục Cài đặt › Văn bản.');
  const date = documentDate(req.issuedOn, today);

  switch (req.kind) {
    case 'report': {
      const { period, kind } = await reportPeriod(ctx, plan.id, req.periodId);
      const texts = (await textsView(ctx, plan.id, 'report', period.id)).texts;
      const { register, catalogue, figures, allFigures, totals, lines, compliance, previous, checks } = await reportData(ctx, plan, period, kind);
      // Totals that contradict each other are shown before export (figureChecks); the clerk may still
      // export, and may accept one after checking the reports: recorded with who and when, and shown so.
      const figureChecks = await checkViews(ctx, period.id, checks);
      const nameOf = (id: number) => register.entries.find((e) => e.agency.id === id)?.agency.shortName ?? '';
      const note = sourceNote(catalogue, allFigures, figures, nameOf);
      const stats = { ...statisticsAppendix(catalogue, figures, previous), ...(note ? { footNote: note } : {}) };
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
      if (!(await readReportTexts(ctx.db, period.id))) {
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

    case 'urging': {
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

    case 'assignment': {
      const f: AssignmentFilter = { agencyId: req.agencyId ?? null, groupId: req.groupId ?? null, overdueOnly: req.overdueOnly ?? false };
      const a = await assignmentData(ctx, plan, f);
      if (a.taskCount === 0) throw new AppError('VALIDATION', 'Không có nhiệm vụ nào theo điều kiện lọc đã chọn.', f.overdueOnly ? 'overdueOnly' : 'agencyId');
      const settings = builderSettings(s.planIssuer, s.planRecipients);
      const input = {
        title: a.title,
        rows: a.rows,
        ...(a.filterNote ? { filterNote: a.filterNote } : {}),
        parent: planParent(plan, s.planSymbol),
      };
      return {
        kind: 'assignment',
        title: `Bảng phân công nhiệm vụ ${a.title.charAt(0).toLocaleLowerCase('vi')}${a.title.slice(1)}${a.filterNote ? ` ${a.filterNote}` : ''}`,
        fileName: FILE_NAMES.assignment(plan.year, a.fileSuffix),
        periodId: null,
        periodLabel: null,
        settings,
        profileKey: 'planIssuer',
        symbolKey: 'planSymbol',
        number: null,
        date: null,
        addressees: [],
        withNhuTren: false,
        signed: false,
        facts: [
          { label: 'Nhiệm vụ', value: `${a.taskCount} nhiệm vụ${a.taskCount < a.allTasks ? ` (trong ${a.allTasks} nhiệm vụ của kế hoạch)` : ''}` },
          { label: 'Nhóm nhiệm vụ', value: count(a.groupCount, 'nhóm') },
          { label: 'Lọc', value: a.filterNote ? a.filterNote.replace(/^\(|\)$/g, '') : 'Toàn bộ kế hoạch' },
          { label: 'Khổ giấy', value: 'A4 ngang, dòng tiêu đề cột lặp lại ở mỗi trang' },
        ],
        warnings: warnings.filter((w) => !w.startsWith('Đang dùng')),
        figureChecks: [],
        build: () => taskAssignmentTable(settings, input),
      };
    }

    case 'plan': {
      const a = await assignmentData(ctx, plan, {});
      const texts = (await textsView(ctx, plan.id, 'plan', null, a.tasks)).texts;
      const blocks = await listPlanTextBlocks(ctx.db, plan.id);
      const settings = builderSettings(s.planIssuer, s.planRecipients);
      // An issued plan prints its own number and signing date unless others are given; a plan with its
      // own text and no date keeps the date line as it carries it (blank for the văn thư).
      const number: DocumentNumber = { number: req.number ?? planParent(plan, s.planSymbol).number.number, symbol: s.planSymbol };
      const planDate =
        !req.issuedOn && !plan.issuedDate && blocks.length > 0 ? planParent(plan, s.planSymbol).date : documentDate(req.issuedOn ?? plan.issuedDate, today);
      const input = {
        number,
        date: planDate,
        title: plan.title,
        basis: texts.opening,
        sections: texts.sections,
        ...(blocks.length > 0 ? { text: planTextParagraphs(blocks) } : {}),
        taskTable: a.rows,
      };
      if (blocks.length === 0 && !(await readPlanTexts(ctx.db, plan.id))) {
        warnings.push('Nội dung kế hoạch là bản dựng lại từ dữ liệu: mục đích, yêu cầu, mục tiêu và kinh phí cần được soạn.');
      }
      return {
        kind: 'plan',
        title: `Kế hoạch ${plan.title}`,
        fileName: FILE_NAMES.plan(plan.title, plan.year),
        periodId: null,
        periodLabel: null,
        settings,
        profileKey: 'planIssuer',
        symbolKey: 'planSymbol',
        number,
        date: planDate,
        addressees: [],
        withNhuTren: false,
        signed: true,
        facts: [
          { label: 'Kế hoạch', value: `${plan.title} (${plan.year})` },
          { label: 'Nội dung', value: blocks.length > 0 ? `Nguyên văn kế hoạch: ${blocks.length} đoạn` : 'Dựng lại từ dữ liệu' },
          { label: 'Phụ lục phân công', value: `${a.taskCount} nhiệm vụ, ${a.groupCount} nhóm` },
        ],
        warnings,
        figureChecks: [],
        build: () => planDocument(settings, input),
      };
    }
  }
}

/** Where a builder's complaint belongs: the setting or input the clerk must fix. */
function fieldOf(p: Pick<Prepared, 'profileKey' | 'symbolKey'>, builderField: string): string {
  const map: Record<string, string> = {
    'settings.placeName': `${p.profileKey}.placeName`,
    'settings.archiveLine': `${p.profileKey}.archiveLine`,
    'settings.issuingBody': `${p.profileKey}.issuingBody`,
    'settings.signer.authorityOf': `${p.profileKey}.signerAuthorityOf`,
    'settings.signer.position': `${p.profileKey}.signerPosition`,
    'settings.signer.name': `${p.profileKey}.signerName`,
    'number.symbol': p.symbolKey,
    'number.number': 'number',
    'date.day': 'issuedOn',
    'date.month': 'issuedOn',
    'date.year': 'issuedOn',
    agencies: 'agencyIds',
    basis: 'opening',
  };
  return map[builderField] ?? builderField;
}

function describeProblem(p: Prepared, err: DocumentInputError): { message: string; field: string } {
  const field = fieldOf(p, err.field);
  const inSettings = err.field.startsWith('settings.') || err.field === 'number.symbol';
  return { message: inSettings ? `${err.message} Hãy điền ở Cài đặt › Văn bản.` : err.message, field };
}

function signerText(settings: DocumentSettings): string {
  try {
    const lines = signerPositionLines(settings.signer);
    const other = settings.signer.otherPosition?.trim();
    return [...lines, ...(other ? [other.toLocaleUpperCase('vi')] : []), settings.signer.name.trim() || '(chưa có họ tên)'].join(' / ');
  } catch {
    return settings.signer.name.trim() || '(chưa có)';
  }
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** The built (not yet packed) document, for `npm run bench` to time packing alone. */
export async function documentForBench(ctx: HandlerContext, req: DocumentRequest) {
  return (await prepare(ctx, req)).build();
}

/** The document part is deflated by Node's zlib (native), not by fflate in JavaScript. */
const nativeCompressor = gzipCompressor((data) => gzipSync(data, { level: 6 }));

async function buildDocument(ctx: HandlerContext, req: DocumentRequest) {
  const p = await prepare(ctx, req);
  try {
    const bytes = await packDocx(p.build(), nativeCompressor);
    return { p, bytes };
  } catch (err) {
    if (err instanceof DocumentInputError) {
      const { message, field } = describeProblem(p, err);
      throw new AppError('VALIDATION', message, field);
    }
    throw err;
  }
}

export const documentHandlers: HandlerGroup<
  | 'documents.settings'
  | 'documents.updateSettings'
  | 'documents.resetSettings'
  | 'documents.texts'
  | 'documents.saveTexts'
  | 'documents.resetTexts'
  | 'documents.assignmentTable'
  | 'documents.preview'
  | 'documents.export'
  | 'documents.recordExport'
  | 'documents.exports'
  | 'documents.statisticSources'
  | 'documents.setStatisticSource'
  | 'documents.acceptFigureCheck'
> = {
  'documents.acceptFigureCheck': async ({ planId, periodId, rule }, ctx) => {
    const plan = await requirePlanDetail(ctx, planId);
    const { period, kind } = await reportPeriod(ctx, planId, periodId);
    const { checks } = await reportData(ctx, plan, period, kind);
    const check = checks.find((c) => c.rule === rule);
    if (!check) {
      throw new AppError('VALIDATION', 'Số liệu chưa khớp: không còn trong số liệu kỳ này (số liệu đã được sửa); hãy xem lại bản xem trước.', 'rule');
    }
    const views = await checkViews(ctx, period.id, checks);
    if (!views.find((v) => v.rule === rule)!.accepted) {
      await insertFigureCheckAcceptance(ctx.db, period.id, { ...check, wording: check.text }, await currentActor(ctx.db), ctx.today());
    }
    return checkViews(ctx, period.id, checks);
  },

  'documents.statisticSources': async ({ planId }, ctx) => {
    await requirePlanDetail(ctx, planId);
    return sourceRows(ctx, planId);
  },

  'documents.setStatisticSource': async ({ planId, statisticCode, agencyId, builtIn }, ctx) => {
    await requirePlanDetail(ctx, planId);
    const before = await sourceRows(ctx, planId);
    const row = before.find((r) => r.code === statisticCode);
    if (!row) throw new AppError('VALIDATION', `Chỉ số "${statisticCode}" không có trong danh mục chỉ số.`, 'statisticCode');
    if (!builtIn && agencyId !== null && !(await listPlanAgencies(ctx.db, planId)).some((a) => a.id === agencyId)) {
      throw new AppError('VALIDATION', 'Cơ quan được chọn không tham gia kế hoạch này.', 'agencyId');
    }
    const next = builtIn ? undefined : agencyId;
    const after = await (async () => {
      // The label written in the history says what the choice means.
      const agencies = await listPlanAgencies(ctx.db, planId);
      if (next === undefined) return 'mặc định';
      return next === null ? 'Cộng số liệu của các cơ quan, đơn vị' : agencies.find((a) => a.id === next)!.shortName;
    })();
    await writeStatisticSource(ctx.db, planId, statisticCode, next, { before: sourceLabel(row), after }, await currentActor(ctx.db));
    return sourceRows(ctx, planId);
  },

  'documents.settings': async ({ planId }, ctx) => settingsView(ctx, await requirePlanDetail(ctx, planId)),

  'documents.updateSettings': async ({ planId, values }, ctx) => {
    const plan = await requirePlanDetail(ctx, planId);
    const clean = cleanSettings(values);
    checkSettings(clean);
    // The settings must give printable documents: each builder's own checks run on a sample first.
    for (const [profile, recipients, symbolKey, key] of [
      [clean.standing, clean.reportRecipients, 'reportSymbol', 'standing'],
      [clean.planIssuer, clean.planRecipients, 'planSymbol', 'planIssuer'],
    ] as const) {
      const settings = builderSettings(profile, recipients);
      try {
        taskAssignmentTable(settings, { title: 'Kiểm tra', rows: [], number: { number: null, symbol: clean[symbolKey] }, date: { day: null, month: 1, year: plan.year } });
        signerPositionLines(settings.signer);
        recipientLines(settings, true);
        formatDateLine(settings.placeName, { day: null, month: 1, year: plan.year });
      } catch (err) {
        if (err instanceof DocumentInputError) {
          throw new AppError('VALIDATION', err.message, `values.${fieldOf({ profileKey: key, symbolKey }, err.field)}`);
        }
        throw err;
      }
    }
    const before = (await settingsView(ctx, plan)).values;
    await writeDocumentSettings(ctx.db, planId, clean, before, await currentActor(ctx.db));
    return settingsView(ctx, plan);
  },

  'documents.resetSettings': async ({ planId }, ctx) => {
    const plan = await requirePlanDetail(ctx, planId);
    await deleteDocumentSettings(ctx.db, planId, await currentActor(ctx.db));
    return settingsView(ctx, plan);
  },

  'documents.texts': ({ planId, kind, periodId }, ctx) => textsView(ctx, planId, kind, periodId),

  'documents.saveTexts': async ({ planId, kind, periodId, legalBasis, opening, sections }, ctx) => {
    await requirePlanDetail(ctx, planId);
    const nfc = (s: string) => s.normalize('NFC');
    const clean = (list: typeof sections): typeof sections =>
      list.map((x) => ({
        heading: nfc(x.heading).trim(),
        paragraphs: x.paragraphs.map((p) => nfc(p).trim()).filter(Boolean),
        ...(x.subsections ? { subsections: clean(x.subsections) } : {}),
        ...(x.targetsTable ? { targetsTable: true } : {}),
      }));
    const texts: DocumentTexts = {
      legalBasis: legalBasis.map(nfc).map((l) => l.trim()).filter(Boolean),
      opening: nfc(opening).trim(),
      sections: clean(sections),
    };
    if (kind === 'plan' && !texts.opening) {
      throw new AppError('VALIDATION', 'Đoạn mở đầu: chưa được nhập (căn cứ ban hành kế hoạch).', 'opening');
    }
    const actor = await currentActor(ctx.db);
    if (kind === 'plan') await writePlanTexts(ctx.db, planId, texts, actor);
    else {
      const { period } = await reportPeriod(ctx, planId, periodId);
      await writeReportTexts(ctx.db, period.id, texts, actor);
    }
    return textsView(ctx, planId, kind, periodId);
  },

  'documents.resetTexts': async ({ planId, kind, periodId }, ctx) => {
    await requirePlanDetail(ctx, planId);
    const actor = await currentActor(ctx.db);
    if (kind === 'plan') await deletePlanTexts(ctx.db, planId, actor);
    else {
      const { period } = await reportPeriod(ctx, planId, periodId);
      await deleteReportTexts(ctx.db, period.id, actor);
    }
    return textsView(ctx, planId, kind, periodId);
  },

  'documents.assignmentTable': async ({ planId, agencyId, groupId, overdueOnly }, ctx): Promise<AssignmentTableData> => {
    const plan = await requirePlanDetail(ctx, planId);
    const s = (await settingsView(ctx, plan)).values;
    const a = await assignmentData(ctx, plan, { agencyId: agencyId ?? null, groupId: groupId ?? null, overdueOnly: overdueOnly ?? false });
    return {
      planId,
      title: a.title,
      filterNote: a.filterNote,
      rows: a.rows,
      taskCount: a.taskCount,
      parentRef: `(Kèm theo ${planCitation(plan, s.planSymbol)})`,
    };
  },

  'documents.preview': async (req, ctx): Promise<DocumentPreview> => {
    const p = await prepare(ctx, req);
    let problem: DocumentPreview['problem'] = null;
    try {
      p.build();
    } catch (err) {
      if (!(err instanceof DocumentInputError)) throw err;
      problem = describeProblem(p, err);
    }
    const issuer = Array.isArray(p.settings.issuingBody) ? p.settings.issuingBody.join(' ') : p.settings.issuingBody;
    return {
      kind: p.kind,
      title: p.title,
      fileName: p.fileName,
      periodLabel: p.periodLabel,
      numberLine: p.number ? safe(() => formatNumberLine(p.number!), '') : '',
      dateLine: p.date ? safe(() => formatDateLine(p.settings.placeName, p.date!), '') : '',
      issuer: [p.settings.parentAgencyLine, issuer].filter(Boolean).join(' / '),
      signer: p.signed ? signerText(p.settings) : '',
      addressees: p.addressees,
      recipients: p.signed ? safe(() => recipientLines(p.settings, p.withNhuTren), []) : [],
      facts: p.facts,
      warnings: p.warnings,
      figureChecks: p.figureChecks,
      problem,
    };
  },

  'documents.export': async (req, ctx) => {
    const { p, bytes } = await buildDocument(ctx, req);
    return {
      kind: p.kind,
      fileName: p.fileName,
      mediaType: DOCX_MEDIA_TYPE,
      contentBase64: Buffer.from(bytes).toString('base64'),
      size: bytes.length,
      title: p.title,
      periodId: p.periodId,
    };
  },

  'documents.recordExport': async ({ planId, kind, periodId, title, fileName, savedTo }, ctx) => {
    await requirePlanDetail(ctx, planId);
    let periodLabel: string | null = null;
    if (periodId) {
      const period = await requirePeriod(ctx, periodId);
      if (period.planId !== planId) throw new AppError('VALIDATION', 'Kỳ báo cáo này không thuộc kế hoạch đang làm việc.', 'periodId');
      periodLabel = period.label;
    }
    const id = await insertExport(
      ctx.db,
      { planId, kind, periodId: periodId ?? null, periodLabel, title: title.normalize('NFC'), fileName, savedTo: savedTo ?? null, exportedOn: ctx.today() },
      await currentActor(ctx.db),
    );
    return (await listExports(ctx.db, planId)).find((e) => e.id === id)!;
  },

  'documents.exports': async ({ planId }, ctx) => {
    await requirePlanDetail(ctx, planId);
    return listExports(ctx.db, planId);
  },
};
