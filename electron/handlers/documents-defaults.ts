// Defaults of the document settings and texts, derived from the plan's own data (never hard-coded to
// one plan): the plan's issuer and signer for the plan, the standing agency for reports and letters.
// Pure functions: the handlers give them the data.
import type { DocumentSettingsValues, DocumentTexts, IssuerProfile } from '../../shared/api/documents-models';
import type { PlanDetail, ReportingDutyRow, TargetRow, TaskGroupRow, TaskRow } from '../../shared/api/models';
import type { BodySection, ReportKind, SigningAuthority } from '../../shared/documents/types';
import { defaultReportSections } from '../../shared/documents';
import { foldVietnamese } from '../../shared/text/vietnamese';
import { planReference } from '../../shared/domain/plan-setup';

export interface StandingAgency {
  name: string;
  shortName: string;
  abbreviation: string;
  kind: string;
}

const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');
const bare = (s: string) => s.normalize('NFC').trim().replace(/^[-–+]\s*/, '').replace(/[;.,]+$/, '').trim();

export function lowerFirstWord(text: string): string {
  const t = text.normalize('NFC').trim();
  const second = t.charAt(1);
  if (second && second === second.toLocaleUpperCase('vi') && second !== second.toLocaleLowerCase('vi')) return t;
  return t.charAt(0).toLocaleLowerCase('vi') + t.slice(1);
}

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

/** Settings derived from the plan: the plan's issuer for the plan, the standing agency for the rest. */
export function defaultDocumentSettings(plan: PlanDetail, standing: StandingAgency | null): DocumentSettingsValues {
  const planIssuer = planIssuerProfile(plan);
  const standingIssuer = standing ? standingProfile(plan, standing) : { ...planIssuer };
  const abbr = standing?.abbreviation.trim() || plan.symbol.replace(/^[A-ZĐ]+-/u, '');
  const issuerIsStanding = !standing || sameBody(plan.issuer, standing.shortName);
  const province = plan.placeName.trim() ? `Ủy ban nhân dân tỉnh ${plan.placeName.trim()}` : 'Ủy ban nhân dân tỉnh';
  return {
    standing: standingIssuer,
    planIssuer,
    reportSymbol: `BC-${abbr}`,
    letterSymbol: abbr,
    planSymbol: plan.symbol,
    reportAddressees: issuerIsStanding ? [province] : [province, plan.issuer.trim()],
    reportRecipients: ['Các cơ quan, đơn vị thực hiện Kế hoạch'],
    letterRecipients: issuerIsStanding ? [`${province} (b/c)`] : [`${withoutPlace(plan.issuer, plan.placeName)} (b/c)`],
    planRecipients: splitRecipients(plan.recipients).recipients,
  };
}

/** The plan as cited in text: "Kế hoạch số 35/KH-BCĐ138 ngày 05/03/2022 của Ban Chỉ đạo 138 tỉnh Quảng Trị". */
export function planCitation(plan: PlanDetail, symbol = plan.symbol): string {
  return planReference(plan, symbol);
}

/** Căn cứ lines, opening and outline of a consolidated report, for the clerk to edit. */
export function defaultReportTexts(
  plan: PlanDetail,
  settings: DocumentSettingsValues,
  period: { label: string; year: number; kind: ReportKind },
): DocumentTexts {
  const legalBasis = [
    ...(plan.parentProgramme.trim() ? [plan.parentProgramme.trim()] : []),
    `${planCitation(plan, settings.planSymbol)} về ${lowerFirstWord(plan.title)}`,
  ];
  // The closing sentence ends the text, so that "./." falls there even while the sections are empty.
  const closing = `Trên đây là báo cáo kết quả thực hiện Kế hoạch ${period.label} của ${settings.standing.issuerName}.`;
  return {
    legalBasis,
    opening: `${settings.standing.issuerName} báo cáo kết quả thực hiện Kế hoạch ${period.label} như sau:`,
    sections: [...defaultReportSections(period.kind, period.year), { heading: '', paragraphs: [closing] }],
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
  const groupSections: BodySection[] = data.groups
    .map((g) => ({ g, tasks: data.tasks.filter((t) => t.group.id === g.id) }))
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
  const basis = `${grounds.map((g) => `${g}; `).join('')}${plan.issuer} ban hành Kế hoạch ${lowerFirstWord(plan.title)} (sau đây gọi tắt là Kế hoạch) với các nội dung như sau:`;

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
