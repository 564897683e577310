// The statistics form ("biểu mẫu") of a period (issue 15): one workbook, a sheet per agency listing
// the statistics the plan asks of it, with instructions and locked labels; the agency fills column E.
// Coming back, the filled workbook is read (by electron/backend/excel/) into plain cells and checked
// here: each bad cell is named by sheet and address with the reason, in Vietnamese.
import type { StatisticDef } from '../domain/statistics';
import { figureProblem, parseFigureVi } from '../domain/statistics';
import { sheetName, XLSX_FILE_NAMES } from './sheets';
import type { ReportingPeriodRow } from '../api/models';

/** Rows and columns of a form sheet. */
export const FORM_LAYOUT = {
  titleRow: 1,
  planRow: 2,
  agencyRow: 3,
  instructionRow: 4,
  headerRow: 6,
  firstDataRow: 7,
  /** STT, Mã chỉ số, Chỉ số, Đơn vị tính, Số liệu, Ghi chú. */
  codeColumn: 'B',
  valueColumn: 'E',
  noteColumn: 'F',
} as const;

export const FORM_HEADERS = ['STT', 'Mã chỉ số', 'Chỉ số', 'Đơn vị tính', 'Số liệu', 'Ghi chú'] as const;

/** The hidden sheet that says which plan, period and agency each sheet is for. */
export const FORM_INFO_SHEET = 'ThongTin';
export const FORM_MARK = 'thuong-truc/bieu-mau-so-lieu/1';

export const FORM_INSTRUCTIONS =
  'Hướng dẫn: ghi số liệu vào cột E "Số liệu" (chỉ ghi số, không ghi đơn vị; số thập phân dùng dấu phẩy), ' +
  'ghi chú nếu có vào cột F. Để trống chỉ số chưa có số liệu. Không sửa, thêm hay xóa dòng, cột và tên trang tính; ' +
  'tỷ lệ phần trăm ghi từ 0 đến 100.';

export interface FormSheetSpec {
  name: string;
  agencyId: number;
  agencyName: string;
  rows: { code: string; label: string; unit: string }[];
}

export interface StatisticFormSpec {
  fileName: string;
  title: string;
  planId: number;
  planTitle: string;
  periodId: number;
  periodLabel: string;
  dueText: string;
  sheets: FormSheetSpec[];
}

/** The form of a period: a sheet per agency asked for at least one statistic, in the given order. */
export function statisticFormSpec(
  plan: { id: number; title: string },
  period: Pick<ReportingPeriodRow, 'id' | 'label' | 'dueText' | 'periodType' | 'index' | 'year' | 'adHoc'>,
  agencies: { id: number; name: string; shortName: string; codes: string[] }[],
  catalogue: StatisticDef[],
): StatisticFormSpec {
  const taken = new Set<string>([FORM_INFO_SHEET.toLocaleLowerCase('vi')]);
  const byCode = new Map(catalogue.map((s) => [s.code, s]));
  return {
    fileName: XLSX_FILE_NAMES.form(period),
    title: `Biểu mẫu số liệu: ${period.label}`,
    planId: plan.id,
    planTitle: plan.title,
    periodId: period.id,
    periodLabel: period.label,
    dueText: period.dueText,
    sheets: agencies
      .filter((a) => a.codes.length > 0)
      .map((a) => ({
        name: sheetName(a.shortName, taken),
        agencyId: a.id,
        agencyName: a.name,
        rows: a.codes.flatMap((code) => {
          const s = byCode.get(code);
          return s ? [{ code: s.code, label: s.label, unit: s.unit }] : [];
        }),
      })),
  };
}

/** A cell as read from a workbook: text, number, a date, a formula's result, or empty. */
export type GridValue = string | number | boolean | Date | null;

export interface GridSheet {
  name: string;
  /** "E7" -> value; missing: empty. */
  cells: Record<string, GridValue>;
}

export interface FormProblem {
  sheet: string;
  /** "E9"; empty when the problem is the file or the sheet as a whole. */
  cell: string;
  message: string;
}

export interface FormFigure {
  statisticCode: string;
  value: number;
  note: string | null;
  cell: string;
}

export interface FormAgencyFigures {
  agencyId: number;
  sheet: string;
  figures: FormFigure[];
}

export interface FormReading {
  planId: number | null;
  periodId: number | null;
  agencies: FormAgencyFigures[];
  problems: FormProblem[];
}

/** What the checks need to know of the plan. */
export interface FormContext {
  planId: number;
  catalogue: StatisticDef[];
  /** Statistics asked of each agency of the plan. */
  requested: Map<number, string[]>;
  agencyNames: Map<number, string>;
}

/** "Trang 'Sở Y tế', ô E9: …" */
export function problemText(p: FormProblem): string {
  if (!p.sheet) return p.message;
  return p.cell ? `Trang "${p.sheet}", ô ${p.cell}: ${p.message}` : `Trang "${p.sheet}": ${p.message}`;
}

const asText = (v: GridValue | undefined): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).normalize('NFC').trim();
};

/** Reads and checks a filled form. Every problem is listed; figures are given only for clean cells. */
export function readStatisticForm(sheets: GridSheet[], ctx: FormContext): FormReading {
  const problems: FormProblem[] = [];
  const info = sheets.find((s) => s.name === FORM_INFO_SHEET);
  if (!info || asText(info.cells.A1) !== FORM_MARK) {
    return {
      planId: null,
      periodId: null,
      agencies: [],
      problems: [{ sheet: '', cell: '', message: 'Tệp này không phải biểu mẫu số liệu do ứng dụng xuất ra (thiếu trang thông tin ẩn). Hãy dùng biểu mẫu đã xuất từ màn hình Báo cáo.' }],
    };
  }
  const planId = Number(info.cells.B2);
  const periodId = Number(info.cells.B3);
  if (planId !== ctx.planId) {
    problems.push({ sheet: '', cell: '', message: 'Biểu mẫu này thuộc một kế hoạch khác với kế hoạch đang mở.' });
    return { planId, periodId, agencies: [], problems };
  }
  const byCode = new Map(ctx.catalogue.map((s) => [s.code, s]));
  const agencies: FormAgencyFigures[] = [];
  const seenAgencies = new Set<number>();
  for (let row = 5; ; row++) {
    const name = asText(info.cells[`A${row}`]);
    if (!name) break;
    const agencyId = Number(info.cells[`B${row}`]);
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) {
      problems.push({ sheet: name, cell: '', message: 'không còn trong tệp (trang tính đã bị xóa hoặc đổi tên).' });
      continue;
    }
    const asked = ctx.requested.get(agencyId);
    if (!asked || !ctx.agencyNames.has(agencyId)) {
      problems.push({ sheet: name, cell: '', message: 'đơn vị của trang này không còn trong kế hoạch hoặc không còn được yêu cầu số liệu.' });
      continue;
    }
    if (seenAgencies.has(agencyId)) continue;
    seenAgencies.add(agencyId);
    const figures: FormFigure[] = [];
    const seenCodes = new Set<string>();
    for (let r = FORM_LAYOUT.firstDataRow; ; r++) {
      const codeCell = `${FORM_LAYOUT.codeColumn}${r}`;
      const code = asText(sheet.cells[codeCell]);
      const valueCell = `${FORM_LAYOUT.valueColumn}${r}`;
      const raw = sheet.cells[valueCell];
      if (!code) {
        if (raw !== null && raw !== undefined && asText(raw) !== '') {
          problems.push({ sheet: name, cell: valueCell, message: 'có số liệu nhưng dòng này không có mã chỉ số (dòng đã bị thêm hoặc mã đã bị xóa).' });
          continue;
        }
        break;
      }
      const stat = byCode.get(code);
      if (!stat || !asked.includes(code)) {
        problems.push({ sheet: name, cell: codeCell, message: `mã chỉ số "${code}" không phải chỉ số kế hoạch yêu cầu đơn vị này báo cáo.` });
        continue;
      }
      if (seenCodes.has(code)) {
        problems.push({ sheet: name, cell: codeCell, message: `chỉ số ${code} có hai dòng.` });
        continue;
      }
      seenCodes.add(code);
      if (raw === null || raw === undefined || asText(raw) === '') continue;
      let value: number;
      if (typeof raw === 'number') value = raw;
      else if (typeof raw === 'string') value = parseFigureVi(raw);
      else {
        problems.push({ sheet: name, cell: valueCell, message: `"${asText(raw)}" không phải là một số (${stat.code}. ${stat.label}).` });
        continue;
      }
      if (Number.isNaN(value)) {
        problems.push({ sheet: name, cell: valueCell, message: `"${asText(raw)}" không phải là một số (${stat.code}. ${stat.label}).` });
        continue;
      }
      const problem = figureProblem(value, stat.unit);
      if (problem) {
        problems.push({ sheet: name, cell: valueCell, message: `số liệu ${stat.code} ${problem}.` });
        continue;
      }
      const note = asText(sheet.cells[`${FORM_LAYOUT.noteColumn}${r}`]);
      figures.push({ statisticCode: code, value, note: note ? note.slice(0, 1000) : null, cell: valueCell });
    }
    agencies.push({ agencyId, sheet: name, figures });
  }
  if (problems.length === 0 && agencies.every((a) => a.figures.length === 0)) {
    problems.push({ sheet: '', cell: '', message: 'Biểu mẫu chưa có số liệu nào: hãy ghi số vào cột E "Số liệu" rồi nhập lại.' });
  }
  return { planId, periodId, agencies, problems };
}
