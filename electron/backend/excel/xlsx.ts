// Writes the sheet descriptions of shared/excel/ as .xlsx files with exceljs, and reads a workbook's
// cells back for the statistics form. Title row, plan row, a blank row, then the header row, frozen
// and filtered; dates are real Excel dates shown dd/mm/yyyy; numbers stay numbers. exceljs is loaded
// when the first workbook is written or read, not when the backend starts (some 30 MB of its RSS).
import type ExcelJS from 'exceljs';
import type { SheetCell, SheetSpec, XlsxFile } from '../../../shared/excel/sheets';
import {
  FORM_HEADERS,
  FORM_INFO_SHEET,
  FORM_INSTRUCTIONS,
  FORM_LAYOUT,
  FORM_MARK,
  type GridSheet,
  type GridValue,
  type StatisticFormSpec,
} from '../../../shared/excel/statistic-form';
import { AppError } from '../../../shared/api/errors';
import { parseIsoDate } from '../../../shared/dates/iso-date';

/** The header row of every list sheet (title, plan line, blank row above it). */
export const LIST_HEADER_ROW = 4;
const DATE_FORMAT = 'dd/mm/yyyy';
const FONT = 'Times New Roman';
const thin = { style: 'thin' as const, color: { argb: 'FF999999' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** An ISO day as the Excel date of that day (midnight UTC, so no time zone shifts it). */
export function excelDate(iso: string): Date {
  // The sheets give a date cell only for a day that reads (shared/excel/sheets.ts, `day`).
  const { year, month, day } = parseIsoDate(iso)!;
  return new Date(Date.UTC(year, month - 1, day));
}

function cellValue(c: SheetCell): ExcelJS.CellValue {
  if (c === null) return null;
  if (typeof c === 'object') return excelDate(c.date);
  return c;
}

const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

async function newWorkbook(title: string): Promise<ExcelJS.Workbook> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Thường trực';
  wb.title = title;
  wb.created = new Date(0);
  wb.modified = new Date(0);
  return wb;
}

function addListSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: LIST_HEADER_ROW, xSplit: 0, topLeftCell: `A${LIST_HEADER_ROW + 1}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${LIST_HEADER_ROW}:${LIST_HEADER_ROW}` },
  });
  const n = spec.columns.length;
  ws.columns = spec.columns.map((c) => ({ width: c.width }));
  ws.getCell(1, 1).value = spec.title;
  ws.getCell(1, 1).font = { name: FONT, size: 14, bold: true };
  ws.getCell(2, 1).value = spec.subtitle;
  ws.getCell(2, 1).font = { name: FONT, size: 12, italic: true };
  if (n > 1) {
    ws.mergeCells(1, 1, 1, n);
    ws.mergeCells(2, 1, 2, n);
  }
  const header = ws.getRow(LIST_HEADER_ROW);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF5' } };
    cell.border = border;
  });
  spec.rows.forEach((values, r) => {
    const row = ws.getRow(LIST_HEADER_ROW + 1 + r);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      cell.value = cellValue(v);
      cell.font = { name: FONT, size: 12 };
      cell.border = border;
      const column = spec.columns[i];
      if (v !== null && typeof v === 'object') {
        cell.numFmt = DATE_FORMAT;
        cell.alignment = { vertical: 'top', horizontal: 'center' };
      } else if (typeof v === 'number') {
        cell.numFmt = column?.format === 'decimal' ? '#,##0.##' : '#,##0';
        cell.alignment = { vertical: 'top' };
      } else {
        cell.alignment = { vertical: 'top', wrapText: column?.format === 'text' };
      }
    });
  });
  ws.autoFilter = { from: { row: LIST_HEADER_ROW, column: 1 }, to: { row: LIST_HEADER_ROW, column: n } };
}

/** An .xlsx of list sheets. */
export async function writeListWorkbook(file: XlsxFile): Promise<Buffer> {
  const wb = await newWorkbook(file.title);
  for (const sheet of file.sheets) addListSheet(wb, sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The statistics form: a protected sheet per agency (labels locked, only "Số liệu" and "Ghi chú"
 * open for typing, figures checked as numbers not below 0), and a hidden sheet naming plan, period
 * and each sheet's agency.
 */
export async function writeStatisticForm(spec: StatisticFormSpec): Promise<Buffer> {
  const wb = await newWorkbook(spec.title);
  const L = FORM_LAYOUT;
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: L.headerRow, xSplit: 0, topLeftCell: `A${L.firstDataRow}` }],
      pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.columns = [{ width: 6 }, { width: 11 }, { width: 58 }, { width: 12 }, { width: 14 }, { width: 30 }];
    const put = (row: number, text: string, font: Partial<ExcelJS.Font>, height?: number) => {
      ws.mergeCells(row, 1, row, 6);
      const c = ws.getCell(row, 1);
      c.value = text;
      c.font = { name: FONT, size: 12, ...font };
      c.alignment = { wrapText: true, vertical: 'top' };
      if (height) ws.getRow(row).height = height;
    };
    put(L.titleRow, `BIỂU MẪU SỐ LIỆU: ${spec.periodLabel.toLocaleUpperCase('vi')}`, { size: 14, bold: true });
    put(L.planRow, `Kế hoạch: ${spec.planTitle}${spec.dueText ? `. Hạn gửi: ${spec.dueText}` : ''}`, { italic: true }, 32);
    put(L.agencyRow, `Đơn vị báo cáo: ${sheet.agencyName}`, { bold: true });
    put(L.instructionRow, FORM_INSTRUCTIONS, { italic: true, color: { argb: 'FF7A1F1F' } }, 48);
    const header = ws.getRow(L.headerRow);
    FORM_HEADERS.forEach((h, i) => {
      const c = header.getCell(i + 1);
      c.value = h;
      c.font = { name: FONT, size: 12, bold: true };
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF5' } };
      c.border = border;
    });
    sheet.rows.forEach((s, i) => {
      const row = ws.getRow(L.firstDataRow + i);
      const values: ExcelJS.CellValue[] = [i + 1, s.code, s.label, s.unit, null, null];
      values.forEach((v, k) => {
        const c = row.getCell(k + 1);
        c.value = v;
        c.font = { name: FONT, size: 12 };
        c.border = border;
        c.alignment = { vertical: 'top', wrapText: k === 2 || k === 5 };
      });
      const value = row.getCell(5);
      value.protection = { locked: false };
      value.numFmt = '#,##0.##';
      value.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
      value.dataValidation = {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Số liệu',
        error: 'Chỉ ghi một số không âm (tỷ lệ phần trăm từ 0 đến 100).',
      };
      row.getCell(6).protection = { locked: false };
    });
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  const info = wb.addWorksheet(FORM_INFO_SHEET, { state: 'veryHidden' });
  info.getCell('A1').value = FORM_MARK;
  info.getCell('A2').value = 'Kế hoạch';
  info.getCell('B2').value = spec.planId;
  info.getCell('A3').value = 'Kỳ báo cáo';
  info.getCell('B3').value = spec.periodId;
  spec.sheets.forEach((s, i) => {
    info.getCell(`A${5 + i}`).value = s.name;
    info.getCell(`B${5 + i}`).value = s.agencyId;
  });
  await info.protect('', {});
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function gridValue(v: ExcelJS.CellValue): GridValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('result' in v) return gridValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

/** The largest .xlsx accepted (a form for a few hundred agencies is far below it). */
export const MAX_XLSX_BYTES = 10 * 1024 * 1024;

/** Every sheet's cells as plain values; a file that is not an .xlsx is refused in Vietnamese. */
export async function readGrid(bytes: Buffer): Promise<GridSheet[]> {
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Tệp trống: hãy chọn tệp biểu mẫu Excel (.xlsx) đã điền.', 'contentBase64');
  if (bytes.length > MAX_XLSX_BYTES) {
    throw new AppError('VALIDATION', 'Tệp lớn hơn 10 MB: đây không phải một biểu mẫu số liệu.', 'contentBase64');
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    const oldExcel = bytes[0] === 0xd0 && bytes[1] === 0xcf;
    throw new AppError(
      'VALIDATION',
      oldExcel
        ? 'Tệp là bảng tính Excel kiểu cũ (.xls) hoặc đã đặt mật khẩu: hãy mở trong Excel, bỏ mật khẩu nếu có và lưu thành .xlsx.'
        : 'Tệp không phải bảng tính Excel (.xlsx).',
      'contentBase64',
    );
  }
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION', 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải .xlsx.', 'contentBase64');
  }
  return wb.worksheets.map((ws) => {
    const cells: Record<string, GridValue> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        cells[cell.address] = gridValue(cell.value);
      });
    });
    return { name: ws.name, cells };
  });
}
