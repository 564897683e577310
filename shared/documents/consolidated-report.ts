// Báo cáo tổng hợp 6 tháng / năm (Mẫu 1.4): căn cứ, the outline with a targets table in the body, and
// landscape appendices: the statistics table and who reported on time, late or not at all.
import { AlignmentType, type Document, type ISectionOptions, type Paragraph, type Table } from 'docx';
import { appendixHeading, appendixLabel, attachedToLine } from './layout/appendix';
import { type BodyItem, basisItems, renderBody, sectionItems } from './layout/body';
import { LANDSCAPE_TEXT_WIDTH, PORTRAIT_TEXT_WIDTH, PT } from './layout/constants';
import { type DataColumn, type DataRow, dataTable, fitWidths } from './layout/data-table';
import { longDataTable } from './layout/long-table';
import { createDocument } from './layout/document';
import { headerBlock, planHeader } from './layout/header-block';
import { kinhGuiBlock } from './layout/kinh-gui';
import { landscapeSection, portraitSection } from './layout/page';
import { textParagraph } from './layout/paragraphs';
import { signatureBlock } from './layout/signature';
import { titleBlock } from './layout/title';
import { nextPeriodLabel } from './report-outline';
import { formatNumberLine, lowerFirst, nfc, roman } from './text';
import type {
  BodySection,
  ComplianceAppendix,
  ConsolidatedReportInput,
  DocumentSettings,
  ParentDocumentRef,
  ReportTarget,
  StatisticsAppendix,
} from './types';

/** Trích yếu: the given title, or "Kết quả {topic} {period} và phương hướng, nhiệm vụ {next period}". */
export function reportTitle(input: ConsolidatedReportInput): string {
  const given = nfc(input.title ?? '').trim();
  if (given) return given;
  const topic = nfc(input.topic ?? '').trim() || 'thực hiện Kế hoạch';
  return `Kết quả ${topic} ${nfc(input.periodLabel).trim()} và phương hướng, nhiệm vụ ${nextPeriodLabel(input.kind, input.year)}`;
}

export const TARGET_COLUMNS: DataColumn[] = (() => {
  const w = fitWidths(PORTRAIT_TEXT_WIDTH, [737, null, 1587, 1587, 1247]);
  const headers = ['STT', 'Chỉ tiêu', 'Kế hoạch', 'Kết quả', 'Tỷ lệ đạt'];
  const aligns = [AlignmentType.CENTER, AlignmentType.JUSTIFIED, AlignmentType.CENTER, AlignmentType.CENTER, AlignmentType.CENTER];
  return headers.map((header, i) => ({ header, width: w[i]!, align: aligns[i]! }));
})();

/** The targets table with the "Đánh giá" column. */
export const ASSESSED_TARGET_COLUMNS: DataColumn[] = (() => {
  const w = fitWidths(PORTRAIT_TEXT_WIDTH, [680, null, 1134, 1701, 964, 1304]);
  const headers = ['STT', 'Chỉ tiêu', 'Kế hoạch', 'Kết quả', 'Tỷ lệ đạt', 'Đánh giá'];
  const aligns = [AlignmentType.CENTER, AlignmentType.JUSTIFIED, AlignmentType.CENTER, AlignmentType.CENTER, AlignmentType.CENTER, AlignmentType.CENTER];
  return headers.map((header, i) => ({ header, width: w[i]!, align: aligns[i]! }));
})();

export function targetsTable(targets: ReportTarget[]): Table {
  const assessed = targets.some((t) => t.assessment !== undefined);
  const rows: DataRow[] = targets.map((t, i) => ({
    cells: [String(i + 1), t.wording, t.target, t.achieved, t.percent, ...(assessed ? [t.assessment ?? ''] : [])],
  }));
  return dataTable(assessed ? ASSESSED_TARGET_COLUMNS : TARGET_COLUMNS, rows);
}

/** A section says something when it has text, the targets table, or a subsection that does. */
function hasContent(s: BodySection, withTargets: boolean, isTableHost: (s: BodySection) => boolean): boolean {
  if ((s.paragraphs ?? []).some((p) => p.trim())) return true;
  if (withTargets && isTableHost(s)) return true;
  return (s.subsections ?? []).some((x) => hasContent(x, withTargets, isTableHost));
}

const NUMBERING: { pattern: RegExp; label: (i: number) => string }[] = [
  { pattern: /^[IVXLC]+\.\s+/u, label: (i) => `${roman(i)}. ` },
  { pattern: /^\d+\.\s+/u, label: (i) => `${i}. ` },
  { pattern: /^[a-zđ]\)\s+/u, label: (i) => `${'abcdđeghiklmnopqrstuvxy'.charAt(i - 1) || i}) ` },
];

/**
 * The outline without the sections that would print only a heading, numbered again (I, II …; 1, 2 …;
 * a, b …) so that leaving out "8. Hợp tác quốc tế" makes "9. Kinh phí" the 8th.
 */
export function sectionsWithContent(
  sections: BodySection[],
  withTargets: boolean,
  isTableHost: (s: BodySection) => boolean = (s) => s.targetsTable === true,
): BodySection[] {
  const kept = sections.filter((s) => hasContent(s, withTargets, isTableHost));
  const counters = new Map<number, number>();
  return kept.map((s) => {
    const heading = nfc(s.heading ?? '').trim();
    const kind = NUMBERING.findIndex((n) => n.pattern.test(heading));
    let renumbered = heading;
    if (kind >= 0) {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      renumbered = NUMBERING[kind]!.label(n) + heading.replace(NUMBERING[kind]!.pattern, '');
    }
    return {
      ...s,
      heading: renumbered,
      ...(s.subsections ? { subsections: sectionsWithContent(s.subsections, withTargets, isTableHost) } : {}),
    };
  });
}

/** Column widths of the statistics table: STT, the label column, then equal value columns. */
export function statisticsColumns(stats: StatisticsAppendix): DataColumn[] {
  const n = stats.columns.length;
  const stt = 737;
  const free = LANDSCAPE_TEXT_WIDTH - stt;
  const value = Math.max(900, Math.min(2268, Math.floor(free / (n + 2.5))));
  const widths = fitWidths(LANDSCAPE_TEXT_WIDTH, [stt, null, ...stats.columns.map(() => value)]);
  return [
    { header: 'STT', width: widths[0]!, align: AlignmentType.CENTER },
    { header: nfc(stats.labelHeader ?? '').trim() || 'Nội dung', width: widths[1]!, align: AlignmentType.LEFT },
    ...stats.columns.map((header, i) => ({ header, width: widths[i + 2]!, align: AlignmentType.CENTER })),
  ];
}

function statisticsContent(stats: StatisticsAppendix): (Paragraph | Table)[] {
  const columns = statisticsColumns(stats);
  const rows: DataRow[] = stats.rows.map((r, i) => ({
    cells: [r.bold ? '' : String(i + 1), r.label, ...stats.columns.map((_, j) => r.values[j] ?? '')],
    ...(r.bold ? { bold: true } : {}),
  }));
  const note = nfc(stats.unitNote ?? '').trim();
  const foot = nfc(stats.footNote ?? '').trim();
  return [
    ...(note ? [textParagraph(note, { pt: PT.table, italics: true }, { align: AlignmentType.RIGHT, after: 60, keepNext: true })] : []),
    longDataTable(columns, rows, stats.columns.length > 8 ? 11 : PT.table),
    ...(foot ? [textParagraph(foot, { pt: PT.table, italics: true }, { align: AlignmentType.JUSTIFIED, before: 120 })] : []),
  ];
}

export const COMPLIANCE_COLUMNS: DataColumn[] = [
  { header: 'STT', width: 850, align: AlignmentType.CENTER },
  { header: 'Cơ quan, đơn vị', width: 8504, align: AlignmentType.LEFT },
  { header: 'Tình hình gửi báo cáo', width: 4932, align: AlignmentType.CENTER },
];

export function complianceRows(c: ComplianceAppendix): DataRow[] {
  const groups: { title: string; rows: [string, string][] }[] = [
    { title: 'Gửi báo cáo đúng hạn', rows: c.onTime.map((n) => [n, 'Đúng hạn']) },
    { title: 'Gửi báo cáo chậm', rows: c.late.map((l) => [l.name, `Chậm ${l.days} ngày`]) },
    {
      title: 'Đã gửi báo cáo, ngày nhận không đọc được',
      rows: (c.unreadable ?? []).map((n) => [n, 'Đã gửi, không đọc được ngày nhận']),
    },
    { title: 'Chưa gửi báo cáo', rows: c.missing.map((n) => [n, 'Chưa gửi']) },
    {
      title: 'Được miễn báo cáo kỳ này',
      rows: (c.exempt ?? []).map((e) => [e.name, nfc(e.reason).trim() ? `Được miễn: ${lowerFirst(e.reason)}` : 'Được miễn']),
    },
  ];
  const out: DataRow[] = [];
  let g = 0;
  for (const group of groups) {
    if (group.rows.length === 0) continue;
    g += 1;
    out.push({ first: roman(g), span: `${group.title} (${group.rows.length} cơ quan, đơn vị)`, bold: true });
    group.rows.forEach(([name, status], i) => out.push({ cells: [String(i + 1), name, status] }));
  }
  return out;
}

function hasTargetsFlag(sections: BodySection[]): boolean {
  return sections.some((s) => s.targetsTable || hasTargetsFlag(s.subsections ?? []));
}

function appendixSections(settings: DocumentSettings, input: ConsolidatedReportInput): ISectionOptions[] {
  const parts: { title: string; subtitle: string; content: (Paragraph | Table)[] }[] = [];
  const period = nfc(input.periodLabel).trim();
  const stats = input.statisticsAppendix;
  if (stats.rows.length > 0) {
    parts.push({ title: nfc(stats.title ?? '').trim() || 'BIỂU TỔNG HỢP SỐ LIỆU', subtitle: `Kỳ báo cáo ${period}`, content: statisticsContent(stats) });
  }
  const c = input.complianceAppendix;
  if (c.onTime.length + c.late.length + (c.unreadable?.length ?? 0) + c.missing.length + (c.exempt?.length ?? 0) > 0) {
    parts.push({
      title: 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ',
      subtitle: `Kỳ báo cáo ${period}`,
      content: [longDataTable(COMPLIANCE_COLUMNS, complianceRows(c), PT.table)],
    });
  }
  const byDistrict = input.districtAppendix;
  if (byDistrict && byDistrict.rows.length > 0) {
    parts.push({
      title: nfc(byDistrict.title ?? '').trim() || 'SỐ LIỆU CHÍNH THEO ĐỊA BÀN',
      subtitle: `Kỳ báo cáo ${period}`,
      content: statisticsContent(byDistrict),
    });
  }
  const parent: ParentDocumentRef = { kind: 'Báo cáo', number: input.number, date: input.date };
  return parts.map((p, i) =>
    landscapeSection(
      [
        ...appendixHeading({
          label: appendixLabel(i, parts.length),
          title: p.title,
          subtitle: p.subtitle,
          attachedTo: attachedToLine(parent, settings.issuerName),
          textWidth: LANDSCAPE_TEXT_WIDTH,
        }),
        ...p.content,
      ],
      true,
    ),
  );
}

export function consolidatedReport(settings: DocumentSettings, input: ConsolidatedReportInput): Document {
  const textWidth = PORTRAIT_TEXT_WIDTH;
  const layout = planHeader(settings, textWidth, formatNumberLine(input.number));
  const title = reportTitle(input);
  const addressees = (input.addressees ?? []).filter((a) => a.trim());

  // The targets table goes after the flagged section, or after the paragraphs of section II. A heading
  // with nothing under it is not printed.
  const given = input.sections;
  const flagged = hasTargetsFlag(given);
  const fallback = given[Math.min(1, given.length - 1)];
  const hosts = (s: BodySection) => (flagged ? s.targetsTable === true : s === fallback);
  const withTargets = input.targets.length > 0;
  const sections = sectionsWithContent(
    given.map((s) => (!flagged && s === fallback ? { ...s, targetsTable: true } : s)),
    withTargets,
    (s) => s.targetsTable === true || hosts(s),
  );
  const withTable = (s: BodySection): BodyItem[] =>
    withTargets && s.targetsTable === true ? [{ kind: 'block', node: targetsTable(input.targets) }] : [];

  const opening = nfc(input.opening ?? '').trim();
  const items: BodyItem[] = [
    ...basisItems(input.legalBasis),
    ...(opening ? [{ kind: 'paragraph' as const, text: opening }] : []),
    ...sectionItems(sections, withTable),
  ];
  const main = portraitSection([
    headerBlock({ settings, layout, number: input.number, date: input.date }),
    ...titleBlock('Báo cáo', title, textWidth),
    ...(addressees.length ? kinhGuiBlock(addressees) : []),
    ...renderBody(items),
    signatureBlock(settings, layout, addressees.length > 0),
  ]);
  return createDocument(`BÁO CÁO ${title}`, [main, ...appendixSections(settings, input)]);
}
