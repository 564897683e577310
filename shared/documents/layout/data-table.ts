// Bordered data tables (§10.3): DXA widths on the table, the grid and every cell, fixed layout, a bold
// header row repeated on every page, rows that do not split across pages.
import {
  AlignmentType,
  BorderStyle,
  type ITableCellOptions,
  type ITableOptions,
  type Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { nfc } from '../text';
import { PT, TABLE_BORDER_SIZE, TABLE_CELL_MARGINS } from './constants';
import { textParagraph } from './paragraphs';
import { STYLE } from './styles';

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface DataColumn {
  header: string;
  width: number;
  align: Alignment;
}

/** A row of cells, or a row whose first cell is kept and the others merged into one (a group title). */
export type DataRow =
  | { cells: string[]; bold?: boolean }
  | { first: string; span: string; bold?: boolean; italics?: boolean };

const line = { style: BorderStyle.SINGLE, size: TABLE_BORDER_SIZE, color: '000000' } as const;
const BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

function cellParagraphs(text: string, pt: number, align: Alignment, bold?: boolean, italics?: boolean): Paragraph[] {
  const parts = nfc(text).split('\n');
  return parts.map((p) => textParagraph(p, { pt, ...(bold ? { bold: true } : {}), ...(italics ? { italics: true } : {}) }, { align, style: STYLE.table }));
}

/**
 * The cell properties (width, margins, vertical alignment, span) of each kind of cell, made once and
 * shared by its cells as paragraphs share theirs (layout/paragraphs.ts): every cell has its width, so
 * docx never changes them, and writes them from the object each time (the XML is the same).
 */
const cellKinds = new Map<string, { options: Omit<ITableCellOptions, 'children'>; properties: unknown }>();
function cellKind(width: number, o: { span?: number; center?: boolean }) {
  const span = o.span && o.span > 1 ? o.span : 0;
  const key = `${width}|${span}|${o.center ? 1 : 0}`;
  let kind = cellKinds.get(key);
  if (!kind) {
    const options = {
      width: { size: width, type: WidthType.DXA },
      margins: { ...TABLE_CELL_MARGINS },
      verticalAlign: o.center ? VerticalAlign.CENTER : VerticalAlign.TOP,
      ...(span ? { columnSpan: span } : {}),
    };
    kind = { options, properties: (new TableCell({ ...options, children: [] }) as unknown as CellInside).properties };
    cellKinds.set(key, kind);
  }
  return kind;
}

/** A cell as docx's TableCell holds it: its properties first in `root`, and in `properties`; its options. */
type CellInside = { root: unknown[]; properties: unknown; options: ITableCellOptions };

function cell(width: number, children: Paragraph[], o: { span?: number; center?: boolean } = {}): TableCell {
  const kind = cellKind(width, o);
  // What `new TableCell({ ...kind.options, children })` makes, with the kind's properties.
  const made = new TableCell({ children });
  const inside = made as unknown as CellInside;
  inside.properties = inside.root[0] = kind.properties;
  inside.options = { ...kind.options, children };
  return made;
}

/** `splitRows`: a long row may continue on the next page instead of leaving the rest of a page blank. */
export interface DataTableOptions {
  splitRows?: boolean;
}

export function dataTable(columns: DataColumn[], rows: DataRow[], pt: number = PT.table, o: DataTableOptions = {}): Table {
  return new Table(tableOptions(columns, rows, pt, o));
}

export function tableOptions(columns: DataColumn[], rows: DataRow[], pt: number, o: DataTableOptions): ITableOptions {
  const widths = columns.map((c) => c.width);
  const total = widths.reduce((a, b) => a + b, 0);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => cell(c.width, cellParagraphs(c.header, pt, AlignmentType.CENTER, true), { center: true })),
  });
  const body = rows.map((row) => {
    if ('cells' in row) {
      return new TableRow({
        cantSplit: !o.splitRows,
        children: columns.map((c, i) => cell(c.width, cellParagraphs(row.cells[i] ?? '', pt, c.align, row.bold))),
      });
    }
    const [first, ...rest] = columns;
    const spanWidth = rest.reduce((a, c) => a + c.width, 0);
    return new TableRow({
      cantSplit: true,
      keepNext: true,
      children: [
        cell(first!.width, cellParagraphs(row.first, pt, first!.align, row.bold, row.italics)),
        cell(spanWidth, cellParagraphs(row.span, pt, AlignmentType.LEFT, row.bold, row.italics), { span: rest.length }),
      ],
    });
  });
  return {
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...body],
  };
}

/** Splits `total` twips among columns: fixed widths as given, the rest shared by weight; sums exactly. */
export function fitWidths(total: number, fixed: (number | null)[], weights?: number[]): number[] {
  const used = fixed.reduce<number>((a, w) => a + (w ?? 0), 0);
  const free = fixed.map((w, i) => (w === null ? (weights?.[i] ?? 1) : 0));
  const weightSum = free.reduce((a, b) => a + b, 0);
  const out = fixed.map((w, i) => (w === null ? Math.floor(((total - used) * free[i]!) / weightSum) : w));
  const diff = total - out.reduce((a, b) => a + b, 0);
  const lastFree = fixed.lastIndexOf(null);
  out[lastFree >= 0 ? lastFree : out.length - 1]! += diff;
  return out;
}
