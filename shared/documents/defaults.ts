// Defaults of the document settings and texts, derived from the plan's own data (never hard-coded to
// one plan): the plan's issuer and signer for the plan, the standing agency for reports and letters.
// Pure functions: the handlers give them the data.
import type { DocumentSettingsValues, DocumentTexts, IssuerProfile } from '../api/documents-models';
import type { PlanDetail, ReportingDutyRow, TargetRow, TaskGroupRow, TaskRow } from '../api/models';
import type { BodySection, ReportKind, SigningAuthority } from './types';
import { defaultReportSections } from './';
import { compareVietnamese, foldVietnamese } from '../text/vietnamese';
import { planReference } from '../domain/plan-setup';
import { completionsInWindow, partDoneInWindow } from '../domain/task-parts';
import { formatDateVi } from '../dates/vietnamese-dates';
import { lowerFirst } from './text';
import { complianceAppendixLabel } from './layout/appendix';
import { expectedPercentAtPeriodEnd } from '../domain/target-pace';
import { formatNumberVi } from '../domain/target-format';
import { nextPeriodLabel } from './report-outline';

export interface StandingAgency {
  name: string;
  shortName: string;
  abbreviation: string;
  kind: string;
}

const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');
const bare = (s: string) => s.normalize('NFC').trim().replace(/^[-–+]\s*/, '').replace(/[;.,]+$/, '').trim();

/** "Ban Chỉ đạo 138 tỉnh Quảng Trị" without its place: "Ban Chỉ đạo 138 tỉnh"; the name when it has none. */
function withoutPlace(name: string, place: string): string {
  const p = place.trim();
  if (!p) return name.trim();
  const t = name.trim();
  return t.endsWith(` ${p}`) ? t.slice(0, -p.length - 1).trim() : t;
}

const PEOPLES_COMMITTEE = /^(Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\b/u;
const ADVISORY_BODY = /^(Ban|Hội đồng|Tổ)\s/u;

/** A People's Committee heads its own header: full name, no parent line. */
function isPeoplesCommittee(name: string): boolean {
  return PEOPLES_COMMITTEE.test(name.normalize('NFC').trim());
}

/**
 * The body as the header prints it under its parent line: "Ban Chỉ đạo 138 tỉnh Quảng Trị" ->
 * "BAN CHỈ ĐẠO 138" (an advisory body drops its level too), "Sở Y tế tỉnh Quảng Trị" -> "SỞ Y TẾ";
 * a People's Committee keeps its full name.
 */
function headerName(name: string, place: string): string {
  if (isPeoplesCommittee(name)) return upper(name.trim());
  let t = withoutPlace(name, place);
  if (ADVISORY_BODY.test(t)) t = t.replace(/\s+(tỉnh|thành phố|huyện|thị xã)$/u, '');
  return upper(t);
}

/**
 * Header lines of a long agency name, broken where a văn thư breaks it: before the last "VÀ"
 * ("SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI"), never after a dash. Short names stay on one line.
 */
export function headerLines(name: string): string[] {
  const t = name.trim();
  const at = t.lastIndexOf(' VÀ ');
  if (t.length <= 24 || at <= 0) return [t];
  return [t.slice(0, at).trim(), t.slice(at + 1).trim()];
}

const PREFIX = /^(TM|KT|Q|TL|TUQ)\.\s*(.*)$/u;

/**
 * The plan's signer as stored ("TRƯỞNG BAN" / "PHÓ CHỦ TỊCH UBND TỈNH" / "Hoàng Nam", or "KT. GIÁM ĐỐC" /
 * "PHÓ GIÁM ĐỐC"): a prefix gives authority and authorityOf; otherwise the first line is the position
 * and the second the other position printed above the name.
 */
export function planSigner(plan: Pick<PlanDetail, 'signerAuthority' | 'signerPosition' | 'signerName'>) {
  const first = plan.signerAuthority.trim();
  const second = plan.signerPosition.trim();
  const m = PREFIX.exec(first);
  if (m) {
    return {
      signerAuthority: `${m[1]}.` as SigningAuthority,
      signerAuthorityOf: m[2]!.trim(),
      signerPosition: second,
      signerOtherPosition: '',
      signerName: plan.signerName.trim(),
    };
  }
  return {
    signerAuthority: '' as SigningAuthority,
    signerAuthorityOf: '',
    signerPosition: first || second,
    signerOtherPosition: first ? second : '',
    signerName: plan.signerName.trim(),
  };
}

/** Nơi nhận of the plan as stored, split into the recipients and the Lưu line. */
export function splitRecipients(lines: string[]): { recipients: string[]; archiveLine: string } {
  const items = lines.map(bare).filter(Boolean);
  const archive = items.find((l) => /^Lưu\b/u.test(l));
  return { recipients: items.filter((l) => l !== archive), archiveLine: archive ? `${archive}.` : 'Lưu: VT.' };
}

function parentLine(place: string): string {
  return place.trim() ? `UBND TỈNH ${upper(place.trim())}` : '';
}

function sameBody(a: string, b: string): boolean {
  return foldVietnamese(a).startsWith(foldVietnamese(b)) || foldVietnamese(b).startsWith(foldVietnamese(a));
}

function planIssuerProfile(plan: PlanDetail): IssuerProfile {
  const { recipients: _r, archiveLine } = splitRecipients(plan.recipients);
  return {
    // The header lines the clerk entered in the plan's details win over those derived from its issuer.
    parentAgencyLine: plan.issuingBodyLines.length > 0 ? plan.parentBodyLine.trim() : isPeoplesCommittee(plan.issuer) ? '' : parentLine(plan.placeName),
    issuingBody: plan.issuingBodyLines.length > 0 ? plan.issuingBodyLines : headerLines(headerName(plan.issuer, plan.placeName)),
    issuerName: withoutPlace(plan.issuer, plan.placeName),
    placeName: plan.placeName,
    ...planSigner(plan),
    archiveLine,
  };
}

function standingProfile(plan: PlanDetail, agency: StandingAgency): IssuerProfile {
  const signer: Pick<IssuerProfile, 'signerAuthority' | 'signerAuthorityOf' | 'signerPosition'> =
    agency.kind === 'provincial_pc'
      ? { signerAuthority: 'TM.', signerAuthorityOf: 'ỦY BAN NHÂN DÂN', signerPosition: 'CHỦ TỊCH' }
      : agency.kind === 'provincial_department' || agency.kind === 'police'
        ? { signerAuthority: 'KT.', signerAuthorityOf: 'GIÁM ĐỐC', signerPosition: 'PHÓ GIÁM ĐỐC' }
        : { signerAuthority: '', signerAuthorityOf: '', signerPosition: '' };
  return {
    parentAgencyLine: agency.kind === 'provincial_pc' || agency.kind === 'district_pc' ? '' : parentLine(plan.placeName),
    issuingBody: headerLines(headerName(agency.kind.endsWith('_pc') ? agency.name : agency.shortName, plan.placeName)),
    issuerName: agency.shortName.trim(),
    placeName: plan.placeName,
    ...signer,
    signerOtherPosition: '',
    signerName: '',
    archiveLine: 'Lưu: VT.',
  };
}

/** The plan's Nơi nhận lines that name a ministry or one of its departments ("Bộ LĐ-TB&XH (b/c)", "Cục PCTNXH …"). */
function ministryLines(plan: PlanDetail): string[] {
  return splitRecipients(plan.recipients).recipients.filter((l) => /^(Bộ|Cục)\s/u.test(l));
}

/**
 * The plan's Nơi nhận lines that name the bodies carrying it out ("Các Sở, ban, ngành …", "Các thành
 * viên BCĐ 138 tỉnh", "UBND các huyện, thị xã, thành phố"); not its issuer's superiors or office.
 */
function executingLines(plan: PlanDetail): string[] {
  return (
    splitRecipients(plan.recipients)
      .recipients.filter((l) => /^(Các|UBND các|Ủy ban nhân dân các|Uỷ ban nhân dân các)\s/u.test(l))
      // The signed plan's slip ("BCD 138") is not carried into the Sở's own report.
      .map((l) => l.replace(/\bBCD(?=\s*138)/gu, 'BCĐ'))
  );
}

/**
 * A body's name compared across spellings: "Bộ LĐ-TB&XH (b/c)", "Bộ LĐTBXH" and "Bộ Lao động - Thương
 * binh và Xã hội" are one body; so are "UBND tỉnh" and "Ủy ban nhân dân tỉnh".
 */
export function bodyKey(name: string): string {
  return foldVietnamese(name.normalize('NFC'))
    .toLowerCase()
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/lao dong\s*-?\s*thuong binh va xa hoi/gu, 'ldtbxh')
    .replace(/uy ban nhan dan/gu, 'ubnd')
    .replace(/[^a-z0-9]/gu, '');
}

const sameKey = (a: string, list: string[]) => list.some((b) => bodyKey(a) === bodyKey(b) || bodyKey(b).startsWith(bodyKey(a)));

/**
 * Nơi nhận of the consolidated report, after "Như trên" (the Kính gửi): the Ministry and its department
 * as the plan's own Nơi nhận names them (the national level of the upward duty), the plan's issuer when
 * the standing agency reports for it, and the bodies carrying the plan out, as the plan names them;
 * none of them twice, none already in Kính gửi.
 */
export function reportRecipientLines(plan: PlanDetail, addressees: string[], issuerIsStanding: boolean): string[] {
  const out: string[] = [];
  const add = (line: string) => {
    if (!sameKey(line, [...addressees, ...out])) out.push(line);
  };
  ministryLines(plan).forEach(add);
  if (!issuerIsStanding) add(`${withoutPlace(plan.issuer, plan.placeName)} (b/c)`);
  const executing = executingLines(plan);
  (executing.length > 0 ? executing : ['Các cơ quan, đơn vị thực hiện Kế hoạch']).forEach(add);
  return out;
}

/**
 * Nơi nhận of the urging letter, after "Như trên" (the agencies urged): the People's Committee the
 * standing agency reports to, the plan's issuer when that is another body, both "(b/c)"; a department's
 * own leaders.
 */
export function letterRecipientLines(plan: PlanDetail, standing: StandingAgency | null, upwardTo: string[], issuerIsStanding: boolean): string[] {
  const toProvince = upwardTo.some((r) => bodyKey(r).startsWith('ubndtinh'));
  return [
    ...(toProvince || issuerIsStanding ? ['UBND tỉnh (b/c)'] : []),
    ...(issuerIsStanding ? [] : [`${withoutPlace(plan.issuer, plan.placeName)} (b/c)`]),
    ...(standing?.kind === 'provincial_department' ? ['Giám đốc, các Phó Giám đốc Sở'] : []),
  ];
}

/**
 * The recipients of the plan's upward duties (the standing agency's own report, e.g. the 2022 plan's
 * VI.2 "báo cáo Ủy ban nhân dân tỉnh, Ủy ban quốc gia …"), as worded, in order, each once; "; " or a
 * line break separates them.
 */
export function upwardRecipients(duties: { upward: boolean; recipientText: string }[]): string[] {
  const out: string[] = [];
  for (const d of duties.filter((x) => x.upward)) {
    for (const r of d.recipientText.split(/[;\n]/u).map((x) => x.trim().replace(/[.,]$/u, '').trim())) {
      if (r && !out.some((o) => foldVietnamese(o) === foldVietnamese(r))) out.push(r);
    }
  }
  return out;
}

/**
 * Settings derived from the plan: the plan's issuer for the plan, the standing agency for the rest.
 * The report's Kính gửi is the recipients of the plan's upward duty when it has one (a bare "Ủy ban
 * nhân dân tỉnh" named with the plan's province); otherwise UBND tỉnh and the plan's issuer.
 */
export function defaultDocumentSettings(plan: PlanDetail, standing: StandingAgency | null, upwardTo: string[] = []): DocumentSettingsValues {
  const planIssuer = planIssuerProfile(plan);
  const standingIssuer = standing ? standingProfile(plan, standing) : { ...planIssuer };
  const abbr = standing?.abbreviation.trim() || plan.symbol.replace(/^[A-ZĐ]+-/u, '');
  const issuerIsStanding = !standing || sameBody(plan.issuer, standing.shortName);
  const province = plan.placeName.trim() ? `Ủy ban nhân dân tỉnh ${plan.placeName.trim()}` : 'Ủy ban nhân dân tỉnh';
  const addressees =
    upwardTo.length > 0
      ? upwardTo.map((r) => (/^(uy ban nhan dan|ubnd) tinh$/.test(foldVietnamese(r).toLowerCase()) ? province : r))
      : issuerIsStanding
        ? [province]
        : [province, plan.issuer.trim()];
  return {
    standing: standingIssuer,
    planIssuer,
    reportSymbol: `BC-${abbr}`,
    letterSymbol: abbr,
    planSymbol: plan.symbol,
    reportAddressees: addressees,
    reportRecipients: reportRecipientLines(plan, addressees, issuerIsStanding),
    letterRecipients: letterRecipientLines(plan, standing, upwardTo, issuerIsStanding),
    planRecipients: splitRecipients(plan.recipients).recipients,
    draftingUnit: '',
  };
}

/** The plan as cited in text: "Kế hoạch số 35/KH-BCĐ138 ngày 05/03/2022 của Ban Chỉ đạo 138 tỉnh Quảng Trị". */
export function planCitation(plan: PlanDetail, symbol = plan.symbol): string {
  return planReference(plan, symbol);
}

/** "20/3/2022", "05/3/2022", "11/02/2022": the short date of a citation (months 1 and 2 with a zero). */
export function citationDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${String(d).padStart(2, '0')}/${m <= 2 ? String(m).padStart(2, '0') : m}/${y}`;
}

/**
 * The plan as a report cites it: "Kế hoạch số 15/KH-BCĐ138 ngày 20/3/2022 của Ban Chỉ đạo 138 tỉnh về
 * phòng, chống mại dâm …". A plan not yet issued is cited without number and date, never with a blank.
 */
export function reportPlanReference(plan: PlanDetail, symbol = plan.symbol): string {
  return `${shortPlanReference(plan, symbol)} về ${lowerFirst(plan.title)}`;
}

/**
 * The plan's number, date and issuer as a letter cites them before "về <title>": "Kế hoạch số
 * 15/KH-BCĐ138 ngày 20/3/2022 của Ban Chỉ đạo 138 tỉnh" (the place is in the title, not said twice).
 */
export function shortPlanReference(plan: PlanDetail, symbol = plan.symbol): string {
  const number = plan.number?.trim() ? ` số ${plan.number.trim()}/${symbol}` : '';
  const date = number && plan.issuedDate ? ` ngày ${citationDate(plan.issuedDate)}` : '';
  return `Kế hoạch${number}${date} của ${withoutPlace(plan.issuer, plan.placeName)}`;
}

/** The field the plan is about, from its title: "Phòng, chống mại dâm trên địa bàn … năm 2022" -> "phòng, chống mại dâm". */
export function planField(title: string): string {
  const subject = title.normalize('NFC').split(/\s+(?:trên địa bàn|năm|giai đoạn|tại)\s+/u)[0] ?? '';
  return lowerFirst(subject.trim());
}

/** "công tác phòng, chống mại dâm": the topic of the report's trích yếu and opening. */
export function reportTopic(plan: PlanDetail): string {
  const field = planField(plan.title);
  return field ? `công tác ${field}` : 'thực hiện Kế hoạch';
}

/** What the report's sections are prefilled from: the period's tasks, notes, reports and figures. */
export interface ReportFacts {
  /** The period's data window; its last day is the date "tính đến", unless the report is written before it. */
  windowFrom: string | null;
  windowTo: string | null;
  /** The day the report is written (its export): "tính đến" never names a day still to come. */
  today?: string;
  groups: TaskGroupRow[];
  tasks: TaskRow[];
  notes: { taskId: number; date: string; text: string; agency: string | null }[];
  reports: {
    expected: number;
    received: number;
    onTime: number;
    /** The agencies counted in `onTime`, by name (III.4 names the one agency whose report was due). */
    onTimeAgencies?: string[];
    late: string[];
    /** Received, with a day of arrival that cannot be read: neither on time nor late. */
    unreadable?: string[];
    /** Not sent, with the due day passed. */
    missing: string[];
    /** Not sent, the due day still ahead: neither late nor to blame. */
    notYetDue?: string[];
  };
  /** Period totals of the statistics reported, in catalogue order. */
  totals: { code: string; label: string; unit: string; total: number }[];
  /** Targets with a result: how many, how many already met, on track (`targetPace`), over a ceiling. */
  targets: { measured: number; met: number; onTrack?: number; overLimit?: number };
  /** Start and end of the next period, for the tasks of section IV. */
  nextTo: string;
  /** Totals of the same period of the previous year's plan, for the comparison in I.1. */
  previousTotals?: { code: string; total: number }[];
  /** Totals that contradict each other, worded (for III.3). */
  inconsistencies?: string[];
  /** Targets judged "Chưa đạt", as worded (for V). */
  unmetTargets?: string[];
  /**
   * The district People's Committees that must report in the period (not exempt), each with the
   * figures its own report gave (whoever the statistic's source is: these are where, not how many in
   * all), for the "địa bàn trọng điểm" of I.1.
   */
  districts?: { name: string; reported: boolean; figures: { code: string; value: number }[] }[];
}

const clean = (s: string) => s.normalize('NFC').trim().replace(/[.;:,]+$/u, '');
const isoIn = (d: string | null, from: string | null, to: string | null) => !!d && (!from || d >= from) && (!to || d <= to);

/** "số xã … tuyên truyền: 118 xã; số lượt người …: 5.000 lượt người". */
function figuresSentence(totals: ReportFacts['totals']): string {
  return totals.map((t) => `${lowerFirst(t.label)}: ${t.total.toLocaleString('vi-VN')} ${t.unit}`.trim()).join('; ');
}

/** Which section of the outline a statistic's figures go to (by catalogue code). */
function sectionOfStatistic(code: string): string | null {
  if (code.startsWith('A')) return 'I.2';
  if (code === 'B01') return 'II.1';
  const map: Record<string, string> = { B: 'II.2', C: 'II.4', D: 'II.5', E: 'II.6', F: 'II.7', G: 'II.9' };
  return map[code.charAt(0)] ?? null;
}

/** The lead agencies as the text names them: up to three by name, all the districts as one phrase. */
function leadNames(t: TaskRow): string {
  const names = t.lead.map((a) => a.shortName);
  if (names.length <= 3) return names.join(', ');
  if (t.lead.every((a) => a.kind === 'district_pc')) return 'UBND các huyện, thị xã, thành phố';
  return `${names.slice(0, 2).join(', ')} và ${names.length - 2} cơ quan, đơn vị khác`;
}

/** The notes of each task, in their order (read once per list of notes, not once per task). */
const notesByTask = new WeakMap<ReportFacts['notes'], Map<number, ReportFacts['notes']>>();
function notesOf(facts: ReportFacts, taskId: number): ReportFacts['notes'] {
  let byTask = notesByTask.get(facts.notes);
  if (!byTask) {
    byTask = new Map();
    for (const n of facts.notes) {
      const own = byTask.get(n.taskId);
      if (own) own.push(n);
      else byTask.set(n.taskId, [n]);
    }
    notesByTask.set(facts.notes, byTask);
  }
  return byTask.get(taskId) ?? [];
}

/** One line per task of the group that was completed in the period or has notes dated in it. */
function taskLines(tasks: TaskRow[], facts: ReportFacts): string[] {
  const lines: string[] = [];
  for (const t of tasks) {
    const done = isoIn(t.completionDate, facts.windowFrom, facts.windowTo);
    // A recurring task completed for the period (its later periods still open).
    const part = partDoneInWindow(t, facts.windowFrom, facts.windowTo);
    const notes = notesOf(facts, t.id);
    if (!done && !part && notes.length === 0) continue;
    const lead = leadNames(t);
    const parts = [
      ...notes.map((n) => `${lowerFirst(clean(n.text))}${n.agency && n.agency !== lead ? ` (${n.agency})` : ''}`),
      ...(done ? [`đã hoàn thành ngày ${formatDateVi(t.completionDate)}`] : []),
      ...(part ? [`đã hoàn thành ${(t.parts?.length ?? 0) >= 2 ? `kỳ ${part.label} ` : ''}ngày ${formatDateVi(part.completionDate)}`] : []),
    ];
    lines.push(`- ${clean(t.content)}${lead ? ` (${lead} chủ trì)` : ''}: ${parts.join('; ')}.`);
  }
  return lines;
}

/** The statistics that describe the situation (I.1): cases and people found, rings broken up. */
const SITUATION_CODES = ['D01', 'D02', 'D09'];

/** "tăng 50% so với cùng kỳ năm trước (2 vụ)", "giảm …", "bằng cùng kỳ năm trước". */
function change(now: number, before: number, unit: string): string {
  const was = `${before.toLocaleString('vi-VN')} ${unit}`.trim();
  if (before === now) return 'bằng cùng kỳ năm trước';
  if (before === 0) return `cùng kỳ năm trước: ${was}`;
  const pct = Math.round((Math.abs(now - before) / before) * 1000) / 10;
  return `${now > before ? 'tăng' : 'giảm'} ${pct.toLocaleString('vi-VN')}% so với cùng kỳ năm trước (${was})`;
}

/** I.1 from the figures of the period: what was found, against the same period of last year. */
/** The last day the figures can cover: the window's end, or the day of writing when that comes first. */
export function figuresAsOf(facts: Pick<ReportFacts, 'windowTo' | 'today'>): string | null {
  if (!facts.windowTo) return null;
  return facts.today && facts.today < facts.windowTo ? facts.today : facts.windowTo;
}

function situationParagraph(facts: ReportFacts): string {
  const until = figuresAsOf(facts);
  const asOf = until ? `tính đến ngày ${formatDateVi(until)}` : 'trong kỳ';
  const found = facts.totals.filter((t) => SITUATION_CODES.includes(t.code));
  if (found.length === 0) {
    return `Đến nay (${asOf}), chưa có cơ quan, đơn vị nào báo cáo số vụ, số đối tượng liên quan đến mại dâm phát hiện trong kỳ.`;
  }
  const prev = new Map((facts.previousTotals ?? []).map((t) => [t.code, t.total]));
  const parts = found.map((t) => {
    const before = prev.get(t.code);
    return `${lowerFirst(t.label)}: ${`${t.total.toLocaleString('vi-VN')} ${t.unit}`.trim()}${before !== undefined ? `, ${change(t.total, before, t.unit)}` : ''}`;
  });
  return `Theo số liệu của các cơ quan chức năng (${asOf}), trong kỳ: ${parts.join('; ')}.`;
}

/**
 * The statistics that locate the problem (I.1 "địa bàn trọng điểm"): cases, people and rings found,
 * hotspots, establishments showing signs of prostitution. Only a district's own report gives them per
 * district; a province-wide figure (the Công an's cases) cannot be broken down.
 */
const HOTSPOT_CODES = ['D01', 'D02', 'D09', 'A05', 'C10'];
const HOTSPOT_WORDS: Readonly<Record<string, string>> = {
  D01: 'số vụ phát hiện',
  D02: 'số đối tượng',
  D09: 'số đường dây, ổ nhóm bị triệt phá',
  A05: 'số tụ điểm, địa bàn phức tạp',
  C10: 'số cơ sở có biểu hiện phức tạp về mại dâm',
};

/** "thành phố Đông Hà" from "UBND thành phố Đông Hà". */
const placeOf = (name: string) => name.replace(/^(UBND|Ủy ban nhân dân)\s+/u, '');

/**
 * I.1, "địa bàn trọng điểm": per hotspot statistic the districts reported, the districts with a figure
 * above zero, largest first; for the situation figures only reported province-wide, a plain statement
 * that they have no breakdown by district. Nothing is inferred beyond the districts' own figures.
 */
export function hotspotParagraphs(facts: ReportFacts): string[] {
  const districts = facts.districts ?? [];
  if (districts.length === 0) return [];
  const reported = districts.filter((d) => d.reported).length;
  const parts: string[] = [];
  const broken = new Set<string>();
  for (const code of HOTSPOT_CODES) {
    const values = districts.flatMap((d) => d.figures.filter((f) => f.code === code).map((f) => ({ place: placeOf(d.name), value: f.value })));
    if (values.length === 0) continue;
    broken.add(code);
    const unit = facts.totals.find((t) => t.code === code)?.unit ?? '';
    const above = values.filter((v) => v.value > 0).sort((a, b) => b.value - a.value || compareVietnamese(a.place, b.place));
    const of = `${values.length}/${districts.length} địa bàn có số liệu`;
    parts.push(
      above.length
        ? `${HOTSPOT_WORDS[code]}: ${above.map((v) => `${v.place} ${`${v.value.toLocaleString('vi-VN')} ${unit}`.trim()}`).join(', ')} (${of})`
        : `${HOTSPOT_WORDS[code]}: không phát sinh (${of})`,
    );
  }
  const out: string[] = [];
  if (parts.length) {
    out.push(`Địa bàn trọng điểm, theo báo cáo của UBND cấp huyện (${reported}/${districts.length} huyện, thị xã, thành phố đã gửi báo cáo): ${parts.join('; ')}.`);
  }
  // Situation figures the province has, with no district giving them: said, not guessed.
  const wholeOnly = facts.totals.filter((t) => HOTSPOT_CODES.includes(t.code) && !broken.has(t.code)).map((t) => HOTSPOT_WORDS[t.code]!);
  if (wholeOnly.length) {
    const list = wholeOnly.length > 1 ? `${wholeOnly.slice(0, -1).join(', ')} và ${wholeOnly.at(-1)}` : wholeOnly[0]!;
    out.push(
      `${list.charAt(0).toLocaleUpperCase('vi')}${list.slice(1)} được báo cáo chung toàn tỉnh, chưa có số liệu theo từng huyện, thị xã, thành phố nên chưa xác định được địa bàn trọng điểm theo các số liệu này.`,
    );
  } else if (!parts.length) {
    out.push('Chưa có số liệu theo từng huyện, thị xã, thành phố về số vụ việc, tụ điểm, cơ sở có biểu hiện phức tạp về mại dâm để xác định địa bàn trọng điểm.');
  }
  return out;
}

/**
 * III.1 on the targets. At year end: how many are met and how many not. In a 6-month report the targets are the year's,
 * still being carried out (as the table's "Đánh giá" says): how many are met already, how many have
 * reached the share of the year's value expected by the period's end (`expectedPercentAtPeriodEnd`: 50%
 * at mid-year), how many are below it and how many ceilings are passed; the share is named in the words,
 * so the measure is the reader's to see.
 */
export function targetsSentence(kind: ReportKind, year: number, t: ReportFacts['targets']): string {
  if (kind === 'annual') {
    if (t.met === 0) return `Trong ${t.measured} chỉ tiêu đã có số liệu, chưa có chỉ tiêu nào đạt kế hoạch.`;
    if (t.met === t.measured) return `Trong ${t.measured} chỉ tiêu đã có số liệu, cả ${t.met} chỉ tiêu đều đạt kế hoạch.`;
    return `Trong ${t.measured} chỉ tiêu đã có số liệu: ${t.met} chỉ tiêu đạt kế hoạch, ${t.measured - t.met} chỉ tiêu chưa đạt.`;
  }
  const share = formatNumberVi(expectedPercentAtPeriodEnd(kind) ?? 50);
  const onTrack = t.onTrack ?? 0;
  const overLimit = t.overLimit ?? 0;
  const behind = t.measured - t.met - onTrack - overLimit;
  const parts = [
    t.met ? `${t.met} chỉ tiêu đã đạt mức kế hoạch năm` : '',
    onTrack ? `${onTrack} chỉ tiêu đạt từ ${share}% kế hoạch năm trở lên` : '',
    behind > 0 ? `${behind} chỉ tiêu đạt dưới ${share}% kế hoạch năm, cần đẩy nhanh tiến độ trong ${nextPeriodLabel(kind, year)}` : '',
    overLimit ? `${overLimit} chỉ tiêu đã vượt mức tối đa của kế hoạch năm` : '',
  ].filter(Boolean);
  const still = t.met < t.measured ? ', đang thực hiện' : '';
  return `Các chỉ tiêu của Kế hoạch là chỉ tiêu năm${still}; trong ${t.measured} chỉ tiêu đã có số liệu: ${parts.join(', ')}.`;
}

/** How a task due in the period stands at the time of writing: done by its deadline, done after it, not done. */
export interface DueTask {
  code: string;
  done: 'on_time' | 'late' | 'open';
}

/**
 * III.4's lesson on deadlines, from the tasks due in the period, worded as an official would for each
 * case: one task due is named, not counted ("1/1"); all on time, the clear assignment and follow-up is
 * what worked; some, it is the condition, and those not on time are counted (named when three or
 * fewer); none, the lesson is that follow-up must be closer. No task due: no lesson on deadlines (the
 * period shows nothing about them), so null.
 */
export function deadlineLesson(due: DueTask[]): string | null {
  if (due.length === 0) return null;
  const assigned = 'Phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn của từng nhiệm vụ, thường xuyên theo dõi, đôn đốc';
  const followUp = 'Việc theo dõi, đôn đốc thực hiện nhiệm vụ theo thời hạn được giao cần thường xuyên, chặt chẽ hơn';
  const onTime = due.filter((t) => t.done === 'on_time');
  const late = due.filter((t) => t.done === 'late');
  const open = due.filter((t) => t.done === 'open');
  const codes = (list: DueTask[]) => (list.length <= 3 ? ` (${list.map((t) => t.code).join(', ')})` : '');
  if (due.length === 1) {
    const t = due[0]!;
    if (t.done === 'on_time') return `- ${assigned} đã giúp nhiệm vụ đến hạn trong kỳ (${t.code}) được hoàn thành đúng hạn.`;
    return `- ${followUp}: nhiệm vụ đến hạn trong kỳ (${t.code}) ${t.done === 'late' ? 'hoàn thành chậm so với thời hạn' : 'chưa hoàn thành'}.`;
  }
  if (onTime.length === due.length) return `- ${assigned} đã giúp cả ${due.length} nhiệm vụ đến hạn trong kỳ được hoàn thành đúng hạn.`;
  if (onTime.length === 0) {
    // Named when they are all of one kind; counted by kind (no codes, no brackets inside brackets) otherwise.
    if (late.length === 0) return `- ${followUp}: cả ${due.length} nhiệm vụ đến hạn trong kỳ${codes(open)} đều chưa hoàn thành.`;
    if (open.length === 0) return `- ${followUp}: cả ${due.length} nhiệm vụ đến hạn trong kỳ${codes(late)} đều hoàn thành chậm so với thời hạn.`;
    return `- ${followUp}: cả ${due.length} nhiệm vụ đến hạn trong kỳ đều chưa hoàn thành đúng hạn (${late.length} nhiệm vụ hoàn thành chậm, ${open.length} nhiệm vụ chưa hoàn thành).`;
  }
  const notOnTime = [
    late.length ? `${late.length} nhiệm vụ hoàn thành chậm${codes(late)}` : '',
    open.length ? `${open.length} nhiệm vụ chưa hoàn thành${codes(open)}` : '',
  ].filter(Boolean);
  return `- ${assigned} là điều kiện để hoàn thành nhiệm vụ đúng hạn: trong kỳ, ${onTime.length}/${due.length} nhiệm vụ đến hạn đã hoàn thành đúng hạn, ${notOnTime.join(', ')}.`;
}

/** How an agency stands with the period's report: sent on time, sent late, not sent with its due day passed. */
export interface DueReport {
  agency: string;
  sent: 'on_time' | 'late' | 'missing';
}

/**
 * III.4's lesson on reporting, worded as `deadlineLesson` is, from the agencies whose report can be judged:
 * those that sent it (on time or late) and those whose due day has passed without it. Agencies whose
 * due day is still ahead and that have not sent it, and reports whose day of arrival cannot be read,
 * are neither on time nor late, so they are left out of the count. One agency: named, never "1/1"; all
 * on time, the regime is what makes the report possible; some, counted, the others named when three or
 * fewer; none, the regime must be kept more strictly. None to judge, or agencies still to come
 * (`notYetDue`) and none late or missing, i.e. the period's reports are not yet due and those sent
 * came early: no lesson on reporting, so null (section II says how many are not yet due).
 */
export function reportingLesson(due: DueReport[], notYetDue = 0): string | null {
  if (due.length === 0) return null;
  if (notYetDue > 0 && due.every((d) => d.sent === 'on_time')) return null;
  const strict = '- Thực hiện nghiêm chế độ báo cáo định kỳ';
  const basis = 'là cơ sở để tổng hợp, đánh giá kết quả và kịp thời đề xuất giải pháp';
  const stricter = '- Chế độ thông tin, báo cáo định kỳ cần được các cơ quan, đơn vị thực hiện nghiêm hơn để bảo đảm số liệu tổng hợp, đánh giá kết quả';
  const onTime = due.filter((d) => d.sent === 'on_time');
  const late = due.filter((d) => d.sent === 'late');
  const missing = due.filter((d) => d.sent === 'missing');
  const names = (list: DueReport[]) => (list.length <= 3 ? ` (${list.map((d) => d.agency).join(', ')})` : '');
  if (due.length === 1) {
    const d = due[0]!;
    if (d.sent === 'on_time') return `${strict} ${basis}: ${d.agency} đã gửi báo cáo đúng hạn.`;
    return `${stricter}: ${d.agency} ${d.sent === 'late' ? 'gửi báo cáo chậm so với thời hạn' : 'chưa gửi báo cáo'}.`;
  }
  if (onTime.length === due.length) return `${strict} ${basis}: cả ${due.length} cơ quan, đơn vị đến hạn đều gửi báo cáo đúng hạn.`;
  if (onTime.length === 0) {
    if (late.length === 0) return `${stricter}: cả ${due.length} cơ quan, đơn vị đến hạn${names(missing)} đều chưa gửi báo cáo.`;
    if (missing.length === 0) return `${stricter}: cả ${due.length} cơ quan, đơn vị đến hạn${names(late)} đều gửi báo cáo chậm so với thời hạn.`;
    return `${stricter}: cả ${due.length} cơ quan, đơn vị đến hạn đều chưa gửi báo cáo đúng hạn (${late.length} gửi chậm, ${missing.length} chưa gửi).`;
  }
  const notOnTime = [
    late.length ? `${late.length} gửi chậm${names(late)}` : '',
    missing.length ? `${missing.length} chưa gửi${names(missing)}` : '',
  ].filter(Boolean);
  return `${strict} ${basis}: trong kỳ, ${onTime.length}/${due.length} cơ quan, đơn vị đến hạn đã gửi báo cáo đúng hạn, ${notOnTime.join(', ')}.`;
}

/** Who the report's proposals go to: the province's People's Committee when it is addressed, else the first addressee. */
function proposalAddressee(addressees: string[]): string {
  return addressees.find((a) => /^(uy ban nhan dan|ubnd) tinh/.test(foldVietnamese(a).toLowerCase())) ?? addressees[0] ?? 'Ủy ban nhân dân tỉnh';
}

/** Sections of the default outline with the text the data gives. */
function prefilledSections(kind: ReportKind, year: number, facts: ReportFacts, issuer: string, addressees: string[] = []): BodySection[] {
  const sections = defaultReportSections(kind, year);
  const byKey = new Map<string, BodySection>();
  sections.forEach((s, i) => {
    const top = ['I', 'II', 'III', 'IV', 'V'][i]!;
    byKey.set(top, s);
    s.subsections?.forEach((x, j) => byKey.set(`${top}.${j + 1}`, x));
  });
  const add = (key: string, ...paragraphs: string[]) => byKey.get(key)?.paragraphs.push(...paragraphs);

  const r = facts.reports;
  const complianceAppendix = complianceAppendixLabel(facts.totals.length > 0);
  add('I.1', situationParagraph(facts), ...hotspotParagraphs(facts));
  if (r.expected > 0) {
    const late = r.late.length ? `, ${r.late.length} gửi chậm` : '';
    const unreadable = r.unreadable?.length ? `, ${r.unreadable.length} không đọc được ngày nhận` : '';
    const waiting = r.notYetDue?.length ?? 0;
    const missing =
      (r.missing.length ? `; ${r.missing.length} cơ quan, đơn vị chưa gửi` : '') +
      (waiting ? `; ${waiting} cơ quan, đơn vị chưa đến hạn gửi` : '');
    // The register as it stands when the report is written, not at the data window's last day: a
    // report that came after that day ("gửi chậm") is counted, so "tính đến ngày <window end>" would contradict it.
    const sent = r.received
      ? `${r.received}/${r.expected} cơ quan, đơn vị đã gửi báo cáo (${r.onTime} đúng hạn${late}${unreadable})`
      : 'chưa có cơ quan, đơn vị nào gửi báo cáo';
    add('II', `Đến nay, ${sent}${missing} (chi tiết tại ${complianceAppendix}).`);
  }

  // Figures of the period, each in the section of its field.
  const bySection = new Map<string, ReportFacts['totals']>();
  for (const t of facts.totals) {
    const key = sectionOfStatistic(t.code);
    if (key) bySection.set(key, [...(bySection.get(key) ?? []), t]);
  }
  for (const [key, totals] of bySection) {
    add(key, `Theo báo cáo của các cơ quan, đơn vị, trong kỳ: ${figuresSentence(totals)}.`);
  }

  // Tasks completed in the period and their progress notes, per task group.
  const groupSections: BodySection[] = [];
  for (const g of facts.groups) {
    const lines = taskLines(facts.tasks.filter((t) => t.group.id === g.id), facts);
    if (lines.length) groupSections.push({ heading: `${'abcdđeghiklmnopqrstuvxy'.charAt(groupSections.length)}) ${clean(g.title)}`, paragraphs: lines });
  }
  const results = sections[1]!;
  if (groupSections.length && results.subsections) {
    const at = results.subsections.findIndex((s) => s.targetsTable);
    const part: BodySection = { heading: '10. Kết quả thực hiện các nhiệm vụ của Kế hoạch', paragraphs: [], subsections: groupSections };
    results.subsections.splice(at < 0 ? results.subsections.length : at, 0, part);
  }

  // III. Đánh giá chung, from the counts.
  const total = facts.tasks.length;
  // Counted as the task board counts: a recurring task's period, a shared task once all its leads are done.
  const { doneNow, periodsNow, doneAll, someLeadsNow } = completionsInWindow(facts.tasks, facts.windowFrom, facts.windowTo);
  if (total > 0) {
    const targets = facts.targets.measured ? ` ${targetsSentence(kind, year, facts.targets)}` : '';
    const periods = periodsNow ? ` (trong đó ${periodsNow} nhiệm vụ định kỳ đã hoàn thành phần việc của kỳ này)` : '';
    const leads = someLeadsNow.length
      ? `, ${someLeadsNow.length} nhiệm vụ khác đã có một số đơn vị chủ trì hoàn thành (${someLeadsNow.map((x) => `${x.code}: ${x.done}/${x.needed} đơn vị`).join('; ')})`
      : '';
    add('III.1', `Trong kỳ, các cơ quan, đơn vị đã hoàn thành ${doneNow} nhiệm vụ${periods}${leads}; lũy kế ${doneAll}/${total} nhiệm vụ của Kế hoạch đã hoàn thành.${targets}`);
  }
  const overdue = facts.tasks.filter((t) => t.status === 'open_overdue');
  if (overdue.length) {
    add('III.2', `Còn ${overdue.length} nhiệm vụ đã quá thời hạn nhưng chưa hoàn thành: ${overdue.map((t) => t.code).join(', ')}.`);
  }
  // A few agencies are named; more are counted, the names being in the reporting appendix.
  const named = (names: string[]) => (names.length <= 5 ? `: ${names.join(', ')}` : ` (chi tiết tại ${complianceAppendix})`);
  if (r.missing.length) add('III.2', `Còn ${r.missing.length} cơ quan, đơn vị chưa gửi báo cáo${named(r.missing)}.`);
  if (r.late.length) add('III.2', `Có ${r.late.length} cơ quan, đơn vị gửi báo cáo chậm so với thời hạn${named(r.late)}.`);

  // III.3. The causes the data shows of what III.2 lists.
  const causes: string[] = [];
  if (r.missing.length || r.late.length) {
    const counts = [r.missing.length ? `${r.missing.length} chưa gửi` : '', r.late.length ? `${r.late.length} gửi chậm` : ''].filter(Boolean).join(', ');
    causes.push(`- Một số cơ quan, đơn vị chưa thực hiện nghiêm chế độ thông tin, báo cáo theo Kế hoạch (${counts}), nên số liệu tổng hợp chưa đầy đủ, chưa phản ánh hết kết quả thực hiện.`);
  }
  if (overdue.length) {
    const leads = [...new Set(overdue.flatMap((t) => t.lead.map((a) => a.shortName)))];
    const who = leads.length && leads.length <= 3 ? ` (${leads.join(', ')})` : '';
    causes.push(`- Việc tổ chức thực hiện, theo dõi tiến độ các nhiệm vụ ở một số cơ quan chủ trì${who} chưa kịp thời, để ${overdue.length} nhiệm vụ quá thời hạn.`);
  }
  if (facts.inconsistencies?.length) {
    causes.push(`- Số liệu báo cáo của các cơ quan, đơn vị chưa thống nhất về cách thống kê (${facts.inconsistencies.join('; ')}).`);
  }
  if (causes.length) add('III.3', 'Những tồn tại, hạn chế trên chủ yếu do:', ...causes);

  // III.4. What the period's work shows.
  const lessons: string[] = [];
  // Tasks due in the period so far: one whose deadline is still ahead is not yet late.
  const dueInPeriod = facts.tasks.filter((t) => t.effectiveDeadline !== null && isoIn(t.effectiveDeadline, facts.windowFrom, figuresAsOf(facts)));
  const deadlines = deadlineLesson(
    dueInPeriod.map((t) => ({
      code: t.code,
      done: !t.completionDate ? 'open' : t.completionDate <= t.effectiveDeadline! ? 'on_time' : 'late',
    })),
  );
  if (deadlines) lessons.push(deadlines);
  // Agencies not yet due and reports with an unreadable day of arrival are left out of the count.
  const onTimeNames = r.onTimeAgencies ?? Array.from({ length: r.onTime }, () => 'cơ quan, đơn vị đến hạn');
  const reporting = reportingLesson([
    ...onTimeNames.map((agency): DueReport => ({ agency, sent: 'on_time' })),
    ...r.late.map((agency): DueReport => ({ agency, sent: 'late' })),
    ...r.missing.map((agency): DueReport => ({ agency, sent: 'missing' })),
  ], r.notYetDue?.length ?? 0);
  if (reporting) lessons.push(reporting);
  if (lessons.length) add('III.4', ...lessons);

  // V. What the standing agency asks of those it reports to, from what the data leaves undone.
  const to = proposalAddressee(addressees);
  const proposals: string[] = [];
  if (r.missing.length || r.late.length) {
    proposals.push(`- Đề nghị ${to} chỉ đạo các cơ quan, đơn vị, địa phương thực hiện nghiêm chế độ thông tin, báo cáo định kỳ theo Kế hoạch, gửi báo cáo đúng thời hạn để tổng hợp.`);
  }
  if (overdue.length) {
    proposals.push(`- Đề nghị ${to} chỉ đạo các cơ quan chủ trì khẩn trương hoàn thành ${overdue.length} nhiệm vụ đã quá thời hạn (${overdue.map((t) => t.code).join(', ')}).`);
  }
  if (facts.unmetTargets?.length) {
    const list = facts.unmetTargets.length <= 3 ? `: ${facts.unmetTargets.map((w) => `"${clean(w)}"`).join('; ')}` : ` (${facts.unmetTargets.length} chỉ tiêu)`;
    proposals.push(`- Đề nghị ${to} quan tâm chỉ đạo các cơ quan, đơn vị tập trung thực hiện các chỉ tiêu chưa đạt${list}.`);
  }
  if (proposals.length) add('V', ...proposals);

  // IV. The open tasks due by the end of the next period.
  const next = facts.tasks.filter((t) => !t.completionDate && (t.status === 'open_overdue' || (t.effectiveDeadline !== null && t.effectiveDeadline <= facts.nextTo)));
  if (next.length) {
    add(
      'IV',
      `${issuer} tiếp tục hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương triển khai các nhiệm vụ của Kế hoạch, trong đó tập trung:`,
      ...next.slice(0, 12).map((t) => `- ${clean(t.content)}${t.lead.length ? ` (${leadNames(t)})` : ''}.`),
      ...(next.length > 12 ? [`- Các nhiệm vụ khác theo Kế hoạch (${next.length - 12} nhiệm vụ).`] : []),
    );
  }
  return sections;
}

/** Căn cứ lines, opening and outline of a consolidated report, prefilled from the data, for the clerk to edit. */
export function defaultReportTexts(
  plan: PlanDetail,
  settings: DocumentSettingsValues,
  period: { label: string; year: number; kind: ReportKind },
  facts?: ReportFacts,
): DocumentTexts {
  const issuer = settings.standing.issuerName;
  const topic = reportTopic(plan);
  // The closing sentence ends the text, so that "./." falls there even while the sections are empty.
  const closing = `Trên đây là báo cáo kết quả ${topic} ${period.label} của ${issuer}.`;
  const sections = facts ? prefilledSections(period.kind, period.year, facts, issuer, settings.reportAddressees) : defaultReportSections(period.kind, period.year);
  return {
    legalBasis: [],
    opening: `Thực hiện ${reportPlanReference(plan, settings.planSymbol)}, ${issuer} báo cáo kết quả ${topic} ${period.label} như sau:`,
    sections: [...sections, { heading: '', paragraphs: [closing] }],
  };
}

function letter(i: number): string {
  return 'abcdđeghiklmnopqrstuvxy'.charAt(i) || String(i + 1);
}

/** The plan's body regenerated from its data: targets, tasks by group, reporting regime. */
export function defaultPlanTexts(
  plan: PlanDetail,
  data: { targets: TargetRow[]; groups: TaskGroupRow[]; tasks: TaskRow[]; duties: ReportingDutyRow[]; standingName: string | null },
): DocumentTexts {
  const targetGroups: string[] = [];
  for (const t of data.targets) if (!targetGroups.includes(t.group)) targetGroups.push(t.group);
  const targetSections: BodySection[] = targetGroups.map((g, i) => ({
    heading: g.trim() ? `${letter(i)}) ${g.trim().replace(/^[*\s]+/, '')}` : '',
    // One bullet of the plan may be two targets (districts and communes) with the same wording: printed once.
    paragraphs: [...new Set(data.targets.filter((t) => t.group === g).map((t) => `- ${t.wording.trim()}`))],
  }));
  const byGroup = new Map<number, TaskRow[]>();
  for (const t of data.tasks) {
    const list = byGroup.get(t.group.id);
    if (list) list.push(t);
    else byGroup.set(t.group.id, [t]);
  }
  const groupSections: BodySection[] = data.groups
    .map((g) => ({ g, tasks: byGroup.get(g.id) ?? [] }))
    .filter((x) => x.tasks.length > 0)
    .map((x, i) => ({ heading: `${i + 1}. ${x.g.title.trim()}`, paragraphs: x.tasks.map((t) => `- ${t.content.trim()}`) }));

  const periodic = data.duties.filter((d) => d.periodType !== 'ad_hoc');
  const regime = periodic.map((d) => `${d.title.trim().replace(/^Báo cáo\s+/iu, 'báo cáo ')} (${d.dueText.trim()})`).join(', ');
  const adHoc = data.duties.some((d) => d.periodType === 'ad_hoc') ? ' và báo cáo đột xuất' : '';
  const recipient = data.standingName ?? plan.issuer;
  const reporting = regime
    ? `Các cơ quan, đơn vị, địa phương được phân công thực hiện chế độ thông tin, báo cáo định kỳ: ${regime}${adHoc} kết quả thực hiện Kế hoạch gửi ${recipient} để tổng hợp, báo cáo theo quy định.`
    : `Các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện Kế hoạch gửi ${recipient} để tổng hợp, báo cáo theo quy định.`;

  // The căn cứ of the plan's details, then "Thực hiện" its parent programme, open the plan.
  const grounds = [
    ...plan.legalBases.map((b) => b.trim().replace(/[;.,]+$/u, '')).filter(Boolean),
    ...(plan.parentProgramme.trim() ? [`Thực hiện ${plan.parentProgramme.trim()}`] : []),
  ];
  const basis = `${grounds.map((g) => `${g}; `).join('')}${plan.issuer} ban hành Kế hoạch ${lowerFirst(plan.title)} (sau đây gọi tắt là Kế hoạch) với các nội dung như sau:`;

  return {
    legalBasis: plan.legalBases,
    opening: basis,
    sections: [
      {
        heading: 'I. MỤC ĐÍCH, YÊU CẦU',
        paragraphs: [],
        subsections: [
          { heading: '1. Mục đích', paragraphs: [] },
          { heading: '2. Yêu cầu', paragraphs: [] },
        ],
      },
      {
        heading: 'II. MỤC TIÊU, CHỈ TIÊU',
        paragraphs: [],
        subsections: [
          { heading: '1. Mục tiêu', paragraphs: [] },
          { heading: '2. Chỉ tiêu', paragraphs: [], subsections: targetSections },
        ],
      },
      {
        heading: 'III. NHIỆM VỤ, GIẢI PHÁP',
        paragraphs: [
          'Nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, thời hạn và sản phẩm của từng nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.',
        ],
        subsections: groupSections,
      },
      { heading: 'IV. KINH PHÍ THỰC HIỆN', paragraphs: [] },
      {
        heading: 'V. TỔ CHỨC THỰC HIỆN',
        paragraphs: [
          'Các cơ quan, đơn vị, địa phương được phân công chủ trì căn cứ chức năng, nhiệm vụ xây dựng kế hoạch, tổ chức thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này; cơ quan phối hợp có trách nhiệm phối hợp chặt chẽ với cơ quan chủ trì.',
          reporting,
        ],
      },
      {
        heading: '',
        paragraphs: [`${plan.issuer} yêu cầu các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch.`],
      },
    ],
  };
}
