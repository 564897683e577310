// The lists a clerk takes to Excel (issue 15), as plain sheet descriptions: a title row naming the
// plan and what the list is, Vietnamese column headers with widths, and typed cells (text, number,
// date as an ISO day). electron/backend/excel/xlsx-writer.ts turns them into an .xlsx with exceljs
// (header row frozen and filtered, dates as real Excel dates shown dd/mm/yyyy).
import type {
  AgencyRef,
  AgencyRow,
  PeriodFigures,
  PeriodRegister,
  PlanSummary,
  ReportingPeriodRow,
  TargetProgressRow,
  TargetRow,
  TaskRow,
} from '../api/models';
import { REPORT_CHANNEL_LABELS, TASK_STATUS_LABELS } from '../domain/labels';
import { reportStatusText, REPORT_STATE_LABELS } from '../domain/report-status';
import { formatTargetValue } from '../domain/target-format';
import { isIsoDate } from '../dates/iso-date';
import { formatDateVi } from '../dates/vietnamese-dates';
import { asciiSlug, periodSlug } from '../documents/content';

/** A cell: text, a number, a day (ISO "2022-06-15", written as an Excel date) or empty. */
export type SheetCell = string | number | { date: string } | null;

export interface SheetColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** How numbers are shown: whole, one decimal; text wraps. */
  format?: 'integer' | 'decimal' | 'text';
}

export interface SheetSpec {
  /** The tab's name (at most 31 characters, none of : \ / ? * [ ]). */
  name: string;
  /** The title row: what the list is. */
  title: string;
  /** The second row: the plan (and period, filter). */
  subtitle: string;
  columns: SheetColumn[];
  rows: SheetCell[][];
}

export interface XlsxFile {
  fileName: string;
  title: string;
  sheets: SheetSpec[];
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// A stored day that cannot be read (written by another program) is shown as text, marked, not as a date.
const day = (iso: string | null | undefined): SheetCell => (iso ? (isIsoDate(iso) ? { date: iso } : formatDateVi(iso)) : null);
const names = (list: AgencyRef[] | undefined) => (list ?? []).map((a) => a.shortName).join('; ');
const planLine = (plan: PlanSummary) => `Kế hoạch: ${plan.title}${plan.symbol ? ` (${plan.symbol})` : ''}`;

/** A tab name Excel accepts: no : \ / ? * [ ], at most 31 characters, unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, '-').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Trang';
  let name = base;
  for (let n = 2; taken.has(name.toLocaleLowerCase('vi')); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name.toLocaleLowerCase('vi'));
  return name;
}

/** File names beside the Word ones: "DS-nhiem-vu-2022.xlsx", "So-bao-cao-6thang-2022.xlsx". */
export const XLSX_FILE_NAMES = {
  tasks: (year: number) => `DS-nhiem-vu-${year}.xlsx`,
  matrix: (year: number) => `Ma-tran-phan-cong-${year}.xlsx`,
  register: (p: Pick<ReportingPeriodRow, 'periodType' | 'index' | 'year' | 'adHoc' | 'label'>) =>
    `So-bao-cao-${periodPart(p)}-${p.year}.xlsx`,
  figures: (p: Pick<ReportingPeriodRow, 'periodType' | 'index' | 'year' | 'adHoc' | 'label'>) =>
    `So-lieu-${periodPart(p)}-${p.year}.xlsx`,
  targets: (year: number) => `Chi-tieu-tien-do-${year}.xlsx`,
  form: (p: Pick<ReportingPeriodRow, 'periodType' | 'index' | 'year' | 'adHoc' | 'label'>) =>
    `Bieu-mau-so-lieu-${periodPart(p)}-${p.year}.xlsx`,
};

function periodPart(p: Pick<ReportingPeriodRow, 'periodType' | 'index' | 'adHoc' | 'label'>): string {
  if (p.adHoc) return asciiSlug(p.label).slice(0, 40) || 'dot-bao-cao';
  return periodSlug(p);
}

/** The board as filtered: the tasks in the order shown, with a line saying which filter was on. */
export function tasksWorkbook(plan: PlanSummary, tasks: TaskRow[], filterText: string | null): XlsxFile {
  const title = `DANH SÁCH NHIỆM VỤ (${tasks.length} nhiệm vụ)`;
  return {
    fileName: XLSX_FILE_NAMES.tasks(plan.year),
    title,
    sheets: [
      {
        name: 'Nhiệm vụ',
        title,
        subtitle: `${planLine(plan)}${filterText ? `. Lọc: ${filterText}` : ''}`,
        columns: [
          { header: 'Mã', width: 10 },
          { header: 'Nhóm', width: 28, format: 'text' },
          { header: 'Nội dung nhiệm vụ', width: 60, format: 'text' },
          { header: 'Chủ trì', width: 26, format: 'text' },
          { header: 'Phối hợp', width: 30, format: 'text' },
          { header: 'Thời hạn', width: 22, format: 'text' },
          { header: 'Hạn (ngày)', width: 12 },
          { header: 'Tình trạng', width: 18 },
          { header: 'Ngày hoàn thành', width: 14 },
          { header: 'Sản phẩm', width: 28, format: 'text' },
          { header: 'Ghi chú', width: 28, format: 'text' },
        ],
        rows: tasks.map((t) => [
          t.code,
          `${t.group.code}. ${t.group.title}`,
          t.content,
          names(t.lead) || (t.linkedLead?.length ? `${names(t.linkedLead)} (theo mục V)` : t.sharedResponsibility ?? ''),
          names(t.support) || (t.linkedSupport?.length ? `${names(t.linkedSupport)} (theo mục V)` : ''),
          t.deadlineText ?? '',
          day(t.effectiveDeadline ?? t.deadline),
          TASK_STATUS_LABELS[t.status],
          day(t.completionDate),
          t.expectedOutput ?? '',
          t.note ?? '',
        ]),
      },
    ],
  };
}

/** A short column heading: the district's name for a district People's Committee, else the abbreviation. */
export function matrixHeading(a: Pick<AgencyRow, 'kind' | 'shortName' | 'abbreviation'>): string {
  if (a.kind === 'district_pc') return a.shortName.replace(/^UBND\s+(thành phố|thị xã|huyện)\s+/i, '');
  return a.abbreviation || a.shortName;
}

/** "CT" where the agency leads, "PH" where it supports; "(CT)", "(PH)" through a duty of section V. */
export function matrixWorkbook(
  plan: PlanSummary,
  tasks: TaskRow[],
  agencies: Pick<AgencyRow, 'id' | 'kind' | 'shortName' | 'abbreviation'>[],
  filterText: string | null = null,
): XlsxFile {
  const heading = matrixHeading;
  const cell = new Map<string, string>();
  const shown = new Set<number>();
  for (const t of tasks) {
    for (const a of t.lead) cell.set(`${t.id}:${a.id}`, 'CT');
    for (const a of t.support) if (!cell.has(`${t.id}:${a.id}`)) cell.set(`${t.id}:${a.id}`, 'PH');
    for (const a of t.linkedLead ?? []) if (!cell.has(`${t.id}:${a.id}`)) cell.set(`${t.id}:${a.id}`, '(CT)');
    for (const a of t.linkedSupport ?? []) if (!cell.has(`${t.id}:${a.id}`)) cell.set(`${t.id}:${a.id}`, '(PH)');
  }
  for (const key of cell.keys()) shown.add(Number(key.split(':')[1]));
  const columns = agencies.filter((a) => shown.has(a.id));
  const title = `MA TRẬN PHÂN CÔNG NHIỆM VỤ (${tasks.length} nhiệm vụ × ${columns.length} cơ quan, đơn vị)`;
  return {
    fileName: XLSX_FILE_NAMES.matrix(plan.year),
    title,
    sheets: [
      {
        name: 'Ma trận phân công',
        title,
        subtitle: `${planLine(plan)}${filterText ? `. Lọc: ${filterText}` : ''}. CT: chủ trì; PH: phối hợp; (CT), (PH): theo nhiệm vụ ở mục V.`,
        columns: [
          { header: 'Mã', width: 10 },
          { header: 'Nội dung nhiệm vụ', width: 60, format: 'text' },
          ...columns.map((a) => ({ header: heading(a), width: Math.min(16, Math.max(7, heading(a).length + 2)) })),
          { header: 'Số chủ trì', width: 10, format: 'integer' as const },
          { header: 'Số phối hợp', width: 11, format: 'integer' as const },
        ],
        rows: tasks.map((t) => {
          const marks = columns.map((a) => cell.get(`${t.id}:${a.id}`) ?? '');
          return [t.code, t.content, ...marks, marks.filter((m) => m === 'CT').length, marks.filter((m) => m === 'PH').length];
        }),
      },
    ],
  };
}

/** A period's register: each agency owing the report, when it came, its status and urgings. */
export function registerWorkbook(plan: PlanSummary, register: PeriodRegister): XlsxFile {
  const p = register.period;
  const title = `SỔ THEO DÕI BÁO CÁO: ${p.label.toLocaleUpperCase('vi')}`;
  return {
    fileName: XLSX_FILE_NAMES.register(p),
    title,
    sheets: [
      {
        name: 'Sổ báo cáo',
        title,
        subtitle: `${planLine(plan)}. Hạn gửi: ${p.dueText || ''}. Tình hình tính đến ngày ${formatDateVi(register.today)}.`,
        columns: [
          { header: 'STT', width: 6, format: 'integer' },
          { header: 'Cơ quan, đơn vị', width: 40, format: 'text' },
          { header: 'Tình trạng', width: 22 },
          { header: 'Chi tiết', width: 18 },
          { header: 'Ngày đến', width: 12 },
          { header: 'Số văn bản', width: 16 },
          { header: 'Ngày văn bản', width: 13 },
          { header: 'Hình thức', width: 18 },
          { header: 'Cần bổ sung', width: 11 },
          { header: 'Số lần đôn đốc', width: 12, format: 'integer' },
          { header: 'Đôn đốc gần nhất', width: 14 },
          { header: 'Ghi chú', width: 30, format: 'text' },
        ],
        rows: register.entries.map((e, i) => [
          i + 1,
          e.agency.name,
          REPORT_STATE_LABELS[e.status.state],
          reportStatusText(e.status),
          day(e.report?.arrivalDate),
          e.report?.docNumber ?? '',
          day(e.report?.docDate),
          e.report ? REPORT_CHANNEL_LABELS[e.report.channel] : '',
          e.report ? (e.report.needsSupplement ? 'Có' : 'Không') : '',
          e.urgings.length,
          day(e.urgings[0]?.urgedOn),
          (e.exempt ? `Miễn: ${e.exemptReason ?? ''}` : e.report?.notes) ?? '',
        ]),
      },
    ],
  };
}

/** A period's figures: statistics down, agencies across, the total last. */
export function figuresWorkbook(plan: PlanSummary, period: ReportingPeriodRow, figures: PeriodFigures): XlsxFile {
  const title = `SỐ LIỆU BÁO CÁO: ${period.label.toLocaleUpperCase('vi')}`;
  return {
    fileName: XLSX_FILE_NAMES.figures(period),
    title,
    sheets: [
      {
        name: 'Số liệu',
        title,
        subtitle: `${planLine(plan)}. ${figures.agencies.length} cơ quan, đơn vị có số liệu.`,
        columns: [
          { header: 'Mã', width: 8 },
          { header: 'Chỉ số', width: 50, format: 'text' },
          { header: 'Đơn vị tính', width: 12 },
          ...figures.agencies.map((a) => ({ header: a.shortName, width: Math.min(18, Math.max(10, a.shortName.length + 2)), format: 'decimal' as const })),
          { header: 'Tổng cộng', width: 12, format: 'decimal' as const },
        ],
        rows: figures.rows.map((r) => [
          r.statistic.code,
          r.statistic.label,
          r.statistic.unit,
          ...figures.agencies.map((a) => r.byAgency.find((f) => f.agencyId === a.id)?.value ?? null),
          r.total,
        ]),
      },
    ],
  };
}

/** The targets with their value and what the reports give to date. */
export function targetsWorkbook(plan: PlanSummary, targets: TargetRow[], progress: TargetProgressRow[]): XlsxFile {
  const byTarget = new Map(progress.map((p) => [p.targetId, p]));
  const title = `CHỈ TIÊU VÀ TIẾN ĐỘ THỰC HIỆN (${targets.length} chỉ tiêu)`;
  return {
    fileName: XLSX_FILE_NAMES.targets(plan.year),
    title,
    sheets: [
      {
        name: 'Chỉ tiêu',
        title,
        subtitle: `${planLine(plan)}. Kết quả cộng từ số liệu các báo cáo đã nhận.`,
        columns: [
          { header: 'Mã', width: 8 },
          { header: 'Nhóm', width: 22, format: 'text' },
          { header: 'Chỉ tiêu', width: 60, format: 'text' },
          { header: 'Mức chỉ tiêu', width: 18 },
          { header: 'Giá trị chỉ tiêu', width: 12, format: 'decimal' },
          { header: 'Đơn vị tính', width: 12 },
          { header: 'Tử số', width: 10, format: 'decimal' },
          { header: 'Mẫu số', width: 10, format: 'decimal' },
          { header: 'Đạt được', width: 10, format: 'decimal' },
          { header: '% so với chỉ tiêu', width: 12, format: 'decimal' },
          { header: 'Đánh giá', width: 18 },
          { header: 'Cơ quan thực hiện', width: 30, format: 'text' },
        ],
        rows: targets.map((t) => {
          const p = byTarget.get(t.id)?.toDate.progress;
          return [
            t.code,
            t.group,
            t.wording,
            formatTargetValue(t),
            t.value,
            t.unit ?? '',
            p?.numerator ?? null,
            p?.denominator ?? null,
            p?.achieved ?? null,
            p?.percentOfTarget ?? null,
            progressText(t, p ?? null),
            names(t.agencies),
          ];
        }),
      },
    ],
  };
}

function progressText(t: TargetRow, p: TargetProgressRow['toDate']['progress'] | null): string {
  if (t.kind === 'qualitative' || !p || p.state === 'qualitative') return 'Đánh giá trong báo cáo';
  if (p.state === 'no_statistic') return 'Chưa gắn chỉ số';
  if (p.state === 'no_figures') return 'Chưa có số liệu';
  if (p.state === 'no_denominator') return 'Có tử số, chưa có mẫu số';
  if (p.met === true) return 'Đạt';
  if (p.met === false) return 'Chưa đạt';
  return '';
}

