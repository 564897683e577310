// What goes into each document, from the app's data: the builders' inputs (shared/documents), the file
// names, and the facts of the summary shown before saving. Pure functions over data the handler loads.
import type {
  ComplianceAppendix,
  DocumentDate,
  DocumentSettings,
  ReportTarget,
  StatisticsAppendix,
  TaskTableEntry,
} from './types';
import type { IssuerProfile } from '../api/documents-models';
import type { AgencyRef, PeriodRegister, TargetRow, TaskGroupRow, TaskRow } from '../api/models';
import type { StatisticDef, TargetProgress } from '../domain/statistics';
import type { PeriodType } from '../domain/types';
import { sumAcrossAgencies } from '../domain/statistics';
import { targetPace, type TargetPace } from '../domain/target-pace';
import { formatNumberVi, formatTargetValue } from '../domain/target-format';
import { describeDeadline } from '../domain/deadline-format';
import { filterTasks } from '../domain/task-filter';
import { parseIsoDate } from '../dates/iso-date';
import { formatDateVi } from '../dates/vietnamese-dates';
import { stripDiacritics } from '../text/vietnamese';

// ---------------------------------------------------------------------------------------------
// Settings and dates

/**
 * The builders' settings from a profile and the document's recipient list; a drafting unit, when given,
 * is added to the Lưu line.
 */
export function builderSettings(profile: IssuerProfile, recipients: string[], draftingUnit = ''): DocumentSettings {
  const body = profile.issuingBody.map((l) => l.trim()).filter(Boolean);
  return {
    ...(profile.parentAgencyLine.trim() ? { parentAgencyLine: profile.parentAgencyLine.trim() } : {}),
    // One line: broken by measure by the builder; several: printed as given.
    issuingBody: body.length === 1 ? body[0]! : body,
    issuerName: profile.issuerName.trim(),
    placeName: profile.placeName.trim(),
    signer: {
      authority: profile.signerAuthority,
      authorityOf: profile.signerAuthorityOf.trim(),
      position: profile.signerPosition.trim(),
      ...(profile.signerOtherPosition.trim() ? { otherPosition: profile.signerOtherPosition.trim() } : {}),
      name: profile.signerName.trim(),
    },
    recipients: recipients.map((r) => r.trim()).filter(Boolean),
    archiveLine: archiveWithUnit(profile.archiveLine, draftingUnit),
  };
}

/**
 * A công văn's symbol with the drafting unit after the issuer's: "SLĐTBXH" + "PCTNXH" ->
 * "SLĐTBXH-PCTNXH"; a symbol that already ends with the unit is kept as stored.
 */
export function letterSymbolWithUnit(symbol: string, unit: string): string {
  const s = symbol.trim();
  const u = unit.trim();
  if (!u || s === u || s.endsWith(`-${u}`)) return s;
  return `${s}-${u}`;
}

/** The Lưu line with the drafting unit: "Lưu: VT." + "PCTNXH" -> "Lưu: VT, PCTNXH."; kept when it names it. */
export function archiveWithUnit(line: string, unit: string): string {
  const l = line.normalize('NFC').trim();
  const u = unit.trim();
  if (!u) return l;
  const bare = l.replace(/^[-–]\s*/, '').replace(/[.;,\s]+$/, '');
  const parts = bare.replace(/^Lưu\s*:?\s*/u, '').split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.some((p) => p === u || p.startsWith(`${u} `) || p.startsWith(`${u}(`))) return l;
  return `Lưu: ${[...(parts.length ? parts : ['VT']), u].join(', ')}.`;
}

/** The date line of a draft: the day blank unless the clerk gives the signing date; month and year filled. */
export function documentDate(issuedOn: string | null | undefined, today: string): DocumentDate {
  if (issuedOn) {
    const d = parseIsoDate(issuedOn)!;
    return { day: d.day, month: d.month, year: d.year };
  }
  const t = parseIsoDate(today)!;
  return { day: null, month: t.month, year: t.year };
}

// ---------------------------------------------------------------------------------------------
// File names that say what the document is

/** Latin letters without diacritics, words joined by "-": "Công an tỉnh" -> "Cong-an-tinh". */
export function asciiSlug(text: string): string {
  return stripDiacritics(text)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function periodSlug(p: { periodType: PeriodType; index: number }): string {
  switch (p.periodType) {
    case 'six_month':
      return '6thang';
    case 'annual':
      return 'nam';
    case 'nine_month':
      return '9thang';
    case 'quarter':
      return `quy${p.index}`;
    case 'month':
      return `thang${p.index}`;
    case 'ad_hoc':
      return `dot-xuat-${p.index}`;
  }
}

/** "KH-PCMD-2022": the initials of the plan's subject ("Phòng, chống mại dâm"), before "trên địa bàn" or "năm". */
export function planFileStem(title: string, year: number): string {
  const subject = title.normalize('NFC').split(/\s+(?:trên địa bàn|năm|giai đoạn|tại)\s+/u)[0] ?? '';
  const initials = asciiSlug(subject)
    .split('-')
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase())
    .join('')
    .slice(0, 8);
  return initials ? `KH-${initials}-${year}` : `KH-${year}`;
}

export const FILE_NAMES = {
  report: (p: { periodType: PeriodType; index: number; year: number }) => `BC-${periodSlug(p)}-${p.year}.docx`,
  urging: (p: { periodType: PeriodType; index: number; year: number }) => `CV-don-doc-${periodSlug(p)}-${p.year}.docx`,
  assignment: (year: number, suffix: string[]) => `Bang-phan-cong-nhiem-vu-${year}${suffix.map((s) => `-${s}`).join('')}.docx`,
  plan: (title: string, year: number) => `${planFileStem(title, year)}.docx`,
};

// ---------------------------------------------------------------------------------------------
// Task assignment table

export interface AssignmentFilter {
  agencyId?: number | null;
  groupId?: number | null;
  overdueOnly?: boolean;
}

const capitalise = (s: string) => {
  const t = s.normalize('NFC').trim();
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
};

/** Thời hạn as the table prints it: the plan's own wording when there is one. */
export function deadlineCell(t: TaskRow): string {
  if (t.deadlineText?.trim()) return capitalise(t.deadlineText);
  if (t.deadlineKind === 'date' && t.deadline) {
    return `Trước ngày ${formatDateVi(t.deadline)}`;
  }
  return describeDeadline(t);
}

/** The tasks a document lists: the board's filter rule (`filterTasks`), with "overdue only" as its status. */
export function selectTasks(tasks: TaskRow[], f: AssignmentFilter): TaskRow[] {
  return filterTasks(tasks, {
    agencyId: f.agencyId || null,
    groupId: f.groupId || null,
    statuses: f.overdueOnly ? ['open_overdue'] : [],
  });
}

export const ALL_DISTRICTS = 'UBND các huyện, thị xã, thành phố';

/**
 * Agency names of a cell: the district People's Committees as one "UBND các huyện, thị xã, thành phố"
 * when every district of the plan is named (`districts` = how many the plan has).
 */
export function agencyNames(list: AgencyRef[], districts: number): string[] {
  const own = list.filter((a) => a.kind === 'district_pc');
  if (districts < 2 || own.length < districts) return list.map((a) => a.shortName);
  const out: string[] = [];
  for (const a of list) {
    if (a.kind !== 'district_pc') out.push(a.shortName);
    else if (!out.includes(ALL_DISTRICTS)) out.push(ALL_DISTRICTS);
  }
  return out;
}

/** The lead and support cells: the task's own agencies, then those of the duties that carry it ("theo mục V"). */
export function roleCells(t: TaskRow, districts: number): { lead: string; support: string } {
  const sections = [...new Set((t.carriedBy ?? []).map((d) => d.code.split('.')[0]!))];
  const from = sections.length ? ` (theo mục ${sections.join(', ')})` : '';
  const cell = (own: AgencyRef[], linked: AgencyRef[]) => {
    const extra = linked.filter((a) => !own.some((o) => o.id === a.id));
    const parts = [agencyNames(own, districts).join('; '), extra.length ? `${agencyNames(extra, districts).join('; ')}${from}` : ''];
    return parts.filter(Boolean).join('; ');
  };
  const lead = cell(t.lead, t.linkedLead ?? []);
  return {
    lead: lead || (t.sharedResponsibility?.trim() ?? ''),
    support: cell(t.support, (t.linkedSupport ?? []).filter((a) => !t.lead.some((l) => l.id === a.id))),
  };
}

/** Group rows and task rows numbered with the plan's own codes (III.1.a, III.1.a.1, V.2, V.2.3). */
export function assignmentRows(groups: TaskGroupRow[], tasks: TaskRow[], districts = 0): TaskTableEntry[] {
  const rows: TaskTableEntry[] = [];
  const byGroup = new Map<number, TaskRow[]>();
  for (const t of tasks) {
    const list = byGroup.get(t.group.id);
    if (list) list.push(t);
    else byGroup.set(t.group.id, [t]);
  }
  for (const group of groups) {
    const own = byGroup.get(group.id) ?? [];
    if (own.length === 0) continue;
    rows.push({ stt: group.code, group: group.title.trim() });
    for (const t of own) {
      rows.push({
        stt: t.code,
        code: t.code,
        content: t.content.trim(),
        ...roleCells(t, districts),
        deadline: deadlineCell(t),
        expectedOutput: t.expectedOutput ? capitalise(t.expectedOutput) : '',
      });
    }
  }
  return rows;
}

export function filterNote(f: AssignmentFilter, names: { agency?: string; group?: string }, today: string): string {
  const parts: string[] = [];
  if (f.agencyId && names.agency) parts.push(`nhiệm vụ ${names.agency} chủ trì hoặc phối hợp`);
  if (f.groupId && names.group) parts.push(`nhóm nhiệm vụ "${names.group}"`);
  if (f.overdueOnly) parts.push(`nhiệm vụ chưa hoàn thành, quá hạn tính đến ngày ${formatDateVi(today)}`);
  if (parts.length === 0) return '';
  const text = parts.join('; ');
  return `(${text.charAt(0).toLocaleUpperCase('vi')}${text.slice(1)})`;
}

// ---------------------------------------------------------------------------------------------
// Consolidated report

export interface TargetLine extends ReportTarget {
  /** Whether a result could be written from the figures. */
  measured: boolean;
  qualitative: boolean;
  /** Where a measured target stands against its year's value at the period's end (`targetPace`). */
  pace?: TargetPace;
}

/** How many targets have a result, and how they stand: met, on track, over a ceiling (III.1 of the report). */
export function targetCounts(lines: TargetLine[]): { measured: number; met: number; onTrack: number; overLimit: number } {
  return {
    measured: lines.filter((l) => l.measured).length,
    met: lines.filter((l) => l.pace === 'met').length,
    onTrack: lines.filter((l) => l.pace === 'on_track').length,
    overLimit: lines.filter((l) => l.pace === 'over_limit').length,
  };
}

/** What a target's row is judged with, besides its own progress. */
export interface TargetContext {
  /** The annual report judges Đạt / Chưa đạt; a 6-month report judges annual targets "Đang thực hiện". */
  yearEnd: boolean;
  /** Period totals by statistic code (for qualitative targets that name a statistic). */
  totals: Map<string, number>;
  unitOf: (code: string) => string;
  /** Agencies that must report this period (not exempt), and those whose report was received. */
  expected: Set<number>;
  reported: Set<number>;
  /** Two targets of the plan share this wording (II.2.4a and b): the row names its population. */
  sharedWording: boolean;
  /** The share of the year's value expected by the period's end (`expectedPercentAtPeriodEnd`): 50 at mid-year. */
  expectedPercent: number | null;
}

/** One row of the targets table for a period: plan value, result from the figures, percentage, Đánh giá. */
export function targetLine(t: TargetRow, progress: PeriodProgressOnly | undefined, periodId: number, c?: TargetContext): TargetLine {
  const target = formatTargetValue(t);
  const p = progress?.periods.find((x) => x.periodId === periodId);
  const population = t.denominatorText?.trim() || t.code;
  const wording = c?.sharedWording ? `${t.wording.trim().replace(/[.;]+$/u, '')} (${population})` : t.wording.trim();
  const base = { wording, target, measured: false, qualitative: t.kind === 'qualitative' };

  // "số liệu của 4/10 đơn vị" when some of the agencies responsible for the target have not reported.
  const responsible = c ? t.agencies.map((a) => a.id).filter((id) => c.expected.has(id)) : [];
  const reporting = c ? responsible.filter((id) => c.reported.has(id)).length : 0;
  const partial = responsible.length > 1 && reporting < responsible.length ? `\n(số liệu của ${reporting}/${responsible.length} đơn vị)` : '';

  if (t.kind === 'qualitative') {
    const total = t.statistic && c ? c.totals.get(t.statistic) : undefined;
    const achieved = total !== undefined ? `${formatNumberVi(total)} ${c!.unitOf(t.statistic!)}`.trim() + partial : '';
    const assessment = c ? (c.yearEnd ? (total !== undefined && total > 0 ? 'Đã thực hiện' : '') : 'Đang thực hiện') : undefined;
    return { ...base, achieved, percent: '', ...(assessment !== undefined ? { assessment } : {}) };
  }
  const pr = p?.progress;
  if (!pr || pr.state !== 'measured' || pr.achieved === null) {
    return { ...base, achieved: '', percent: '', ...(c ? { assessment: 'Chưa có số liệu' } : {}) };
  }
  const achieved =
    t.kind === 'percent'
      ? `${formatNumberVi(pr.achieved)}%${pr.numerator !== null && pr.denominator !== null ? ` (${formatNumberVi(pr.numerator)}/${formatNumberVi(pr.denominator)})` : ''}`
      : `${formatNumberVi(pr.achieved)}${t.unit ? ` ${t.unit}` : ''}`;
  const assessment = c ? (pr.met === true ? 'Đạt' : c.yearEnd ? 'Chưa đạt' : 'Đang thực hiện') : undefined;
  const pace = targetPace({ comparator: t.comparator, met: pr.met, percentOfTarget: pr.percentOfTarget }, c?.expectedPercent ?? null);
  return {
    ...base,
    measured: true,
    pace,
    achieved: achieved + partial,
    percent: pr.percentOfTarget === null ? '' : `${formatNumberVi(pr.percentOfTarget)}%`,
    ...(assessment !== undefined ? { assessment } : {}),
  };
}

/** A target's progress in the report's period only (what targetLine reads of a TargetProgressRow). */
export interface PeriodProgressOnly {
  periods: { periodId: number; progress: TargetProgress }[];
}

/** Period totals of each statistic reported (flows and stocks add across agencies). */
export function periodTotals(figures: FigureLite[]): Map<string, number> {
  return new Map([...byStatistic(figures)].map(([code, own]) => [code, sumAcrossAgencies(own.map((f) => f.value))]));
}

/** Figures grouped by statistic, the statistics in the order they first come, each group in its order. */
function byStatistic<F extends FigureLite>(figures: F[]): Map<string, F[]> {
  const out = new Map<string, F[]>();
  for (const f of figures) {
    const own = out.get(f.statisticCode);
    if (own) own.push(f);
    else out.set(f.statisticCode, [f]);
  }
  return out;
}

export interface FigureLite {
  agencyKind: string;
  statisticCode: string;
  value: number;
}

/**
 * Phụ lục I: one row per statistic the period's reports gave, in the catalogue's order, with the total,
 * the part from provincial agencies and from the district People's Committees, and, when the database
 * holds the same period a year earlier, that total and the change.
 *
 * `figures` are those counted (one source of truth per statistic), `reported` all the period's figures.
 * Where the districts reported a statistic whose total is its source's figure (the Công an's cases), the
 * "UBND cấp huyện" cell shows what they reported in brackets, "(2)": not "—" (they did report), not a
 * plain 2 (it is not part of the total); the note under the table (`sourceNote`) says so. The district
 * cell is then the sum of the districts' own reports, as in Phụ lục III.
 */
export function statisticsAppendix(
  catalogue: StatisticDef[],
  figures: FigureLite[],
  previous: FigureLite[] | null,
  reported: FigureLite[] = figures,
): StatisticsAppendix {
  const withPrevious = previous !== null && previous.length > 0;
  const columns = ['Đơn vị tính', 'Tổng số', 'Các sở, ban, ngành', 'UBND cấp huyện', ...(withPrevious ? ['Cùng kỳ năm trước', 'Tăng/giảm (%)'] : [])];
  const fmt = (n: number | null) => (n === null ? '' : formatNumberVi(n));
  // Figures grouped once by statistic: linear in the number of figures.
  const grouped = new Map<FigureLite[], Map<string, FigureLite[]>>([[figures, byStatistic(figures)]]);
  if (previous) grouped.set(previous, byStatistic(previous));
  if (!grouped.has(reported)) grouped.set(reported, byStatistic(reported));
  const total = (list: FigureLite[], code: string, kind?: 'district' | 'province') => {
    const own = (grouped.get(list)!.get(code) ?? []).filter((f) => !kind || (kind === 'district') === (f.agencyKind === 'district_pc'));
    return own.length ? sumAcrossAgencies(own.map((f) => f.value)) : null;
  };
  const rows = catalogue
    .filter((s) => grouped.get(figures)!.has(s.code))
    .map((s) => {
      const sum = total(figures, s.code);
      // "—" where no agency of that level reported the statistic: nobody reported is not zero.
      const province = fmt(total(figures, s.code, 'province')) || '—';
      const counted = total(figures, s.code, 'district');
      const ofDistricts = total(reported, s.code, 'district');
      const district = counted !== null ? fmt(counted) : ofDistricts !== null ? `(${fmt(ofDistricts)})` : '—';
      const values = [s.unit, fmt(sum), province, district];
      if (withPrevious) {
        const before = total(previous!, s.code);
        const change = before !== null && before > 0 && sum !== null ? Math.round(((sum - before) / before) * 1000) / 10 : null;
        values.push(fmt(before), change === null ? '' : `${change > 0 ? '+' : ''}${formatNumberVi(change)}`);
      }
      return { label: s.label, values };
    });
  return { title: 'BIỂU TỔNG HỢP SỐ LIỆU', labelHeader: 'Chỉ số', columns, rows };
}

/** What a bracketed figure in the "UBND cấp huyện" column of Phụ lục I means, said first in its note. */
export const BRACKETED_DISTRICT_NOTE = 'Số trong ngoặc đơn ở cột "UBND cấp huyện" là số liệu UBND cấp huyện đã báo cáo, không cộng vào cột "Tổng số".';

/**
 * The note under Phụ lục I when a statistic's figures from other agencies were left out because its
 * source reported it (one prosecution reported by the Công an and the Viện kiểm sát counts once): which
 * agency's figure is the total and whose figures were not added, so a reader comparing with the
 * agencies' reports (or Phụ lục III) sees why; first, when a district cell is bracketed, what that means.
 */
export function sourceNote(
  catalogue: StatisticDef[],
  all: (FigureLite & { agencyId: number })[],
  counted: (FigureLite & { agencyId: number })[],
  nameOf: (agencyId: number) => string,
): string {
  const kept = new Set(counted);
  const allOf = byStatistic(all);
  const countedOf = byStatistic(counted);
  const parts: string[] = [];
  let bracketed = false;
  for (const s of catalogue) {
    const left = (allOf.get(s.code) ?? []).filter((f) => !kept.has(f));
    const ofCounted = countedOf.get(s.code) ?? [];
    const source = ofCounted[0];
    if (left.length === 0 || !source) continue;
    // The same test as the district cell of `statisticsAppendix`: districts reported, none counted.
    if (left.some((f) => f.agencyKind === 'district_pc') && !ofCounted.some((f) => f.agencyKind === 'district_pc')) bracketed = true;
    const others = left.map((f) => `${nameOf(f.agencyId)} (${`${formatNumberVi(f.value)} ${s.unit}`.trim()})`).join(', ');
    parts.push(`${s.label.charAt(0).toLocaleLowerCase('vi')}${s.label.slice(1)} tính theo số liệu của ${nameOf(source.agencyId)}, không cộng số liệu của ${others}`);
  }
  if (parts.length === 0) return '';
  return `Ghi chú: ${bracketed ? `${BRACKETED_DISTRICT_NOTE} ` : ''}Để không tính trùng, ${parts.join('; ')}.`;
}

/**
 * The last appendix: the main statistics by district, one row per district People's Committee that
 * must report (in the register's order), one column per statistic districts reported (at most eight, in
 * the catalogue's order), "—" where the district gave no figure, and their sum, named for what it is
 * ("Cộng các huyện, thị xã, thành phố"). Where a statistic's province total (Phụ lục I, counted from the
 * agency responsible for it) differs from that sum, a row gives the province total and a note says why.
 */
export function districtAppendix(
  catalogue: StatisticDef[],
  figures: (FigureLite & { agencyId: number })[],
  districts: { id: number; name: string }[],
  provinceTotals?: Map<string, number>,
): StatisticsAppendix {
  const own = figures.filter((f) => f.agencyKind === 'district_pc');
  const ownOf = byStatistic(own);
  const stats = catalogue.filter((s) => ownOf.has(s.code)).slice(0, 8);
  if (stats.length === 0 || districts.length === 0) return { columns: [], rows: [] };
  const sum = (list: FigureLite[], code: string) => {
    const values = list.filter((f) => f.statisticCode === code).map((f) => f.value);
    return values.length ? sumAcrossAgencies(values) : null;
  };
  // Each district's own figures, taken once (in their order).
  const ofAgency = new Map<number, (FigureLite & { agencyId: number })[]>();
  for (const f of own) {
    const list = ofAgency.get(f.agencyId);
    if (list) list.push(f);
    else ofAgency.set(f.agencyId, [f]);
  }
  const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '—' : formatNumberVi(n));
  const ofDistricts = stats.map((s) => sum(ownOf.get(s.code) ?? [], s.code));
  const province = provinceTotals ? stats.map((s) => provinceTotals.get(s.code)) : null;
  const differs = province !== null && province.some((p, i) => (p ?? null) !== ofDistricts[i]);
  return {
    title: 'SỐ LIỆU CHÍNH THEO ĐỊA BÀN',
    labelHeader: 'Địa bàn',
    columns: stats.map((s) => `${s.label} (${s.unit})`),
    rows: [
      ...districts.map((d) => ({ label: d.name, values: stats.map((s) => fmt(sum(ofAgency.get(d.id) ?? [], s.code))) })),
      { label: DISTRICT_SUM_LABEL, values: ofDistricts.map(fmt), bold: true },
      ...(differs ? [{ label: PROVINCE_TOTAL_LABEL, values: province!.map(fmt), bold: true }] : []),
    ],
    ...(differs ? { footNote: DISTRICT_SUM_NOTE } : {}),
  };
}

export const DISTRICT_SUM_LABEL = 'Cộng các huyện, thị xã, thành phố';
export const PROVINCE_TOTAL_LABEL = 'Toàn tỉnh (Phụ lục I)';
export const DISTRICT_SUM_NOTE =
  'Ghi chú: Dòng "Cộng các huyện, thị xã, thành phố" cộng số liệu trong báo cáo của UBND các huyện, thị xã, thành phố; ' +
  'dòng "Toàn tỉnh" là số liệu tại Phụ lục I, lấy theo cơ quan, đơn vị được giao theo dõi từng chỉ số (kể cả số liệu do các sở, ngành báo cáo), nên hai dòng có thể khác nhau.';

/**
 * Phụ lục II from the register: on time, late (with days), received with a day of arrival that cannot
 * be read, not sent (overdue or not yet due), exempt with the reason. Every agency that must report
 * is in exactly one list.
 */
export function complianceAppendix(register: PeriodRegister): ComplianceAppendix {
  const c: ComplianceAppendix = { onTime: [], late: [], unreadable: [], missing: [], exempt: [] };
  for (const e of register.entries) {
    const name = e.agency.shortName;
    if (e.exempt) {
      c.exempt!.push({ name, reason: e.exemptReason?.trim() ?? '' });
      continue;
    }
    if (e.status.state === 'on_time') c.onTime.push(name);
    else if (e.status.state === 'late') c.late.push({ name, days: e.status.daysLate });
    else if (e.status.state === 'unreadable') c.unreadable!.push(name);
    else if (e.status.state === 'missing' || e.status.state === 'pending') c.missing.push(name);
  }
  return c;
}
