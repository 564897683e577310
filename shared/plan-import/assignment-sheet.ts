// An assignment table ("Bảng phân công") in an .xlsx workbook, read for an existing plan: the sheet's
// cells become table paragraphs for readAssignmentTable (columns found by their header names), the
// agencies are matched to the known ones (an unknown name is proposed as a new agency), each row is
// checked, and rows that look like a task the plan has already are set apart. Each bad cell is named
// (sheet, cell, why) in Vietnamese. Pure.
import type { GridSheet, GridValue } from '../excel/statistic-form';
import type { DeadlineKind, PeriodType } from '../domain/types';
import type { SourceBlock } from './blocks';
import { AgencyMatcher, foldForMatch, looksLikeAgency, proposeCode, unique, type KnownAgency } from './agencies';
import { readDeadlineCell } from './deadlines';
import { columnOf, readAssignmentTable, type Column } from './tables';
import { formatDateVi } from '../dates/vietnamese-dates';

export interface AssignmentContext {
  /** Agencies of the plan's province and national bodies: matched by name and abbreviation. */
  known: KnownAgency[];
  /** The province's name, for "UBND tỉnh" and the like. */
  placeName: string;
  /** The plan's year: "30/6" is 30/6 of that year. */
  year: number;
  groups: { code: string; title: string }[];
  tasks: { code: string; group: string; content: string }[];
}

export interface AssignmentRow {
  sheet: string;
  /** The Excel row number. */
  row: number;
  code: string;
  group: string;
  content: string;
  /** Agency codes (known ones, or the proposed new ones of `newAgencies`). */
  lead: string[];
  support: string[];
  deadlineKind: DeadlineKind;
  deadline?: string;
  periodType?: PeriodType;
  deadlineText?: string;
  expectedOutput?: string;
  /** Code of the plan's task this row repeats; such a row is not added. */
  existing: string | null;
}

export interface AssignmentProblem {
  sheet: string;
  /** "C7"; empty when the problem is the workbook or the sheet as a whole. */
  cell: string;
  message: string;
}

export interface AssignmentReading {
  rows: AssignmentRow[];
  /** Task groups the rows need that the plan does not have yet. */
  newGroups: { code: string; title: string }[];
  /** Names no known agency bears, proposed as new agencies, with the cells that name them. */
  newAgencies: { code: string; name: string; cells: string[] }[];
  problems: AssignmentProblem[];
}

/** The longest task content accepted (as for a task typed in). */
const MAX_CONTENT = 8000;

const columnLetter = (n: number) => {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};
const address = (col: number, row: number) => `${columnLetter(col)}${row}`;
function parseAddress(a: string): { col: number; row: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: Number(m[2]) };
}

/** A cell as the text a clerk sees: a date cell as dd/mm/yyyy. */
function cellText(v: GridValue): string {
  if (v === null) return '';
  if (v instanceof Date) return formatDateVi(v.toISOString().slice(0, 10));
  return String(v).normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/** Words of a task's content, folded, for "is this a task the plan has". */
const wordsOf = (s: string) => foldForMatch(s).trim().split(' ').filter(Boolean);
function looksLike(a: string, b: string): boolean {
  const x = wordsOf(a).join(' ');
  const y = wordsOf(b).join(' ');
  if (!x || !y) return false;
  if (x === y) return true;
  const pairs = (w: string[]) => new Set(w.slice(1).map((v, i) => `${w[i]} ${v}`));
  const p = pairs(x.split(' '));
  const q = pairs(y.split(' '));
  let shared = 0;
  for (const k of p) if (q.has(k)) shared++;
  // Nine in ten of the shorter one's word pairs are in the other: the same task, reworded a little.
  return Math.min(p.size, q.size) > 0 && shared / Math.min(p.size, q.size) >= 0.9;
}

export function readAssignmentSheets(sheets: GridSheet[], ctx: AssignmentContext): AssignmentReading {
  const problems: AssignmentProblem[] = [];
  const matcher = new AgencyMatcher(ctx.known, ctx.placeName);
  for (const sheet of sheets) {
    const blocks: SourceBlock[] = [];
    const at: string[] = [];
    const cells = Object.entries(sheet.cells)
      .map(([a, v]) => ({ pos: parseAddress(a), v }))
      .filter((c): c is { pos: { col: number; row: number }; v: GridValue } => c.pos !== null)
      .sort((x, y) => x.pos.row - y.pos.row || x.pos.col - y.pos.col);
    for (const { pos, v } of cells) {
      const text = cellText(v);
      if (!text) continue;
      at.push(address(pos.col, pos.row));
      blocks.push({ index: blocks.length, text, bold: false, italic: false, heading: null, table: { table: 0, row: pos.row, cell: pos.col }, list: null });
    }
    const table = readAssignmentTable(blocks);
    if (!table) continue;

    // The column of each kind, from the header row.
    const columnAt = new Map<Column, number>();
    for (const i of table.headerBlocks) {
      const c = columnOf(blocks[i]!.text);
      if (c && !columnAt.has(c)) columnAt.set(c, blocks[i]!.table!.cell);
    }
    const cellOf = (row: number, c: Column) => address(columnAt.get(c) ?? 1, row);

    const newAgencies: AssignmentReading['newAgencies'] = [];
    const taken = new Set(ctx.known.map((a) => a.code));
    const agenciesIn = (text: string, cell: string): string[] => {
      const found = matcher.codesIn(text);
      for (const part of text.split(/[;\n]/)) {
        const name = part.replace(/^[-+•]\s*/, '').replace(/[.,]+$/, '').trim();
        if (!name || matcher.codesIn(name).length > 0) continue;
        if (!looksLikeAgency(name)) {
          problems.push({ sheet: sheet.name, cell, message: `“${name}” không phải tên một cơ quan, đơn vị đã biết: hãy ghi tên cơ quan (mỗi cơ quan cách nhau dấu chấm phẩy).` });
          continue;
        }
        let n = newAgencies.find((x) => foldForMatch(x.name) === foldForMatch(name));
        if (!n) {
          n = { code: proposeCode(name, taken), name, cells: [] };
          newAgencies.push(n);
        }
        if (!n.cells.includes(cell)) n.cells.push(cell);
        found.push(n.code);
      }
      return unique(found);
    };

    const groupsByTitle = new Map(ctx.groups.map((g) => [foldForMatch(g.title).trim(), g.code]));
    const groupCodes = new Set(ctx.groups.map((g) => g.code));
    const newGroups: AssignmentReading['newGroups'] = [];
    const freeGroupCode = () => {
      let k = 1;
      while (groupCodes.has(`PL.${k}`)) k++;
      groupCodes.add(`PL.${k}`);
      return `PL.${k}`;
    };
    const taskCodes = new Set(ctx.tasks.map((t) => t.code));
    const nextCode = (group: string) => {
      let k = 1;
      while (taskCodes.has(`${group}.${k}`)) k++;
      taskCodes.add(`${group}.${k}`);
      return `${group}.${k}`;
    };
    const groupFor = (label: string, title: string): string => {
      const byTitle = groupsByTitle.get(foldForMatch(title).trim());
      if (byTitle) return byTitle;
      if (label && ctx.groups.some((g) => g.code === label)) return label;
      // A new group is numbered after the plan's appendix groups ("PL.1", "PL.2"): the table's own
      // label ("I", "1") would read as a section of the plan's body.
      const code = freeGroupCode();
      const g = { code, title: title || 'Bảng phân công nhiệm vụ (nhập từ Excel)' };
      newGroups.push(g);
      groupsByTitle.set(foldForMatch(g.title).trim(), code);
      return code;
    };

    const rows: AssignmentRow[] = [];
    let group: string | null = null;
    for (const r of table.rows) {
      const row = blocks[r.blocks[0]!]!.table!.row;
      if (r.kind === 'group') {
        group = groupFor(r.label, r.title.replace(/[\s.:;]+$/u, ''));
        continue;
      }
      group ??= groupFor('', '');
      const before = problems.length;
      if (r.content.length > MAX_CONTENT) {
        problems.push({ sheet: sheet.name, cell: cellOf(row, 'content'), message: `Nội dung dài ${r.content.length.toLocaleString('vi-VN')} ký tự, quá ${MAX_CONTENT.toLocaleString('vi-VN')} ký tự.` });
      }
      const leadCell = cellOf(row, 'lead');
      if (!r.lead.trim()) problems.push({ sheet: sheet.name, cell: leadCell, message: 'Cột “Chủ trì” trống: mỗi nhiệm vụ cần một cơ quan chủ trì.' });
      const lead = r.lead.trim() ? agenciesIn(r.lead, leadCell) : [];
      const support = columnAt.has('support') ? agenciesIn(r.support, cellOf(row, 'support')).filter((c) => !lead.includes(c)) : [];
      const d = readDeadlineCell(r.deadline, ctx.year);
      const deadlineText = r.deadline.trim();
      if (deadlineText && d.kind === 'ongoing' && !/thường xuyên|liên tục|hàng ngày/iu.test(deadlineText)) {
        const day = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(deadlineText);
        problems.push({
          sheet: sheet.name,
          cell: cellOf(row, 'deadline'),
          message: day
            ? `Không có ngày ${day[1]!.padStart(2, '0')}/${day[2]!.padStart(2, '0')}/${day[3]}.`
            : `Thời hạn “${deadlineText}” không đọc được: hãy ghi một ngày (dd/mm/yyyy), “Quý II/${ctx.year}”, “Tháng 6/${ctx.year}”, “6 tháng” hoặc “Thường xuyên”.`,
        });
      }
      if (problems.length > before) continue;
      const existing = ctx.tasks.find((t) => looksLike(t.content, r.content))?.code ?? null;
      rows.push({
        sheet: sheet.name,
        row,
        code: existing ?? nextCode(group),
        group,
        content: r.content,
        lead,
        support,
        deadlineKind: d.kind,
        ...(d.date ? { deadline: d.date } : {}),
        ...(d.periodType ? { periodType: d.periodType } : {}),
        ...(deadlineText && d.kind !== 'ongoing' ? { deadlineText } : {}),
        ...(r.output ? { expectedOutput: r.output } : {}),
        existing,
      });
    }
    if (rows.length === 0 && problems.length === 0) {
      problems.push({ sheet: sheet.name, cell: '', message: 'Bảng phân công không có dòng nhiệm vụ nào dưới dòng tiêu đề.' });
    }
    // A group is new only if a row to add goes into it.
    const used = new Set(rows.filter((r) => !r.existing).map((r) => r.group));
    return { rows, newGroups: newGroups.filter((g) => used.has(g.code)), newAgencies, problems };
  }
  return {
    rows: [],
    newGroups: [],
    newAgencies: [],
    problems: [
      {
        sheet: sheets.map((s) => s.name).join(', '),
        cell: '',
        message: 'Không thấy bảng phân công: cần một dòng tiêu đề có cột “Nội dung” (hoặc “Nhiệm vụ”) và cột “Chủ trì”.',
      },
    ],
  };
}
