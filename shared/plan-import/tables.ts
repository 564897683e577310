// An assignment table ("Bảng phân công nhiệm vụ"): columns found by their header names (nội dung,
// chủ trì, phối hợp, thời hạn, sản phẩm), group rows (a Roman numeral or a single cell) and task rows.
// Pure.
import type { SourceBlock } from './blocks';
import { foldForMatch } from './agencies';

export interface TableRow {
  kind: 'group' | 'task';
  label: string;
  title: string;
  content: string;
  lead: string;
  support: string;
  deadline: string;
  output: string;
  blocks: number[];
}

export type Column = 'stt' | 'content' | 'lead' | 'support' | 'deadline' | 'output';

export function columnOf(header: string): Column | null {
  const f = foldForMatch(header);
  if (/ (stt|tt|so tt) /.test(f)) return 'stt';
  if (f.includes(' chu tri ')) return 'lead';
  if (f.includes(' phoi hop ')) return 'support';
  if (f.includes(' thoi han ') || f.includes(' thoi gian ')) return 'deadline';
  if (f.includes(' san pham ') || f.includes(' ket qua ')) return 'output';
  if (f.includes(' noi dung ') || f.includes(' nhiem vu ')) return 'content';
  return null;
}

/** The first table of the blocks whose header names the content and the lead; null when there is none. */
export function readAssignmentTable(blocks: SourceBlock[]): { rows: TableRow[]; headerBlocks: number[] } | null {
  const tables = new Map<number, SourceBlock[]>();
  for (const b of blocks) if (b.table) tables.set(b.table.table, [...(tables.get(b.table.table) ?? []), b]);
  for (const cells of tables.values()) {
    const byRow = new Map<number, Map<number, SourceBlock[]>>();
    for (const b of cells) {
      const row = byRow.get(b.table!.row) ?? new Map<number, SourceBlock[]>();
      row.set(b.table!.cell, [...(row.get(b.table!.cell) ?? []), b]);
      byRow.set(b.table!.row, row);
    }
    const rows = [...byRow.entries()].sort((a, b) => a[0] - b[0]);
    const headerAt = rows.findIndex(([, r]) => {
      const cols = [...r.values()].map((bs) => columnOf(bs.map((b) => b.text).join(' ')));
      return cols.includes('content') && cols.includes('lead');
    });
    if (headerAt < 0) continue;
    const [, header] = rows[headerAt]!;
    const columns = new Map<number, Column>();
    for (const [cell, bs] of header) {
      const c = columnOf(bs.map((b) => b.text).join(' '));
      if (c) columns.set(cell, c);
    }
    const cellOf = (r: Map<number, SourceBlock[]>, col: Column) => {
      for (const [cell, c] of columns) if (c === col) return (r.get(cell) ?? []).map((b) => b.text).join('\n').trim();
      return '';
    };
    const out: TableRow[] = [];
    for (const [, r] of rows.slice(headerAt + 1)) {
      const blocksOf = [...r.values()].flat().map((b) => b.index);
      const stt = cellOf(r, 'stt');
      const content = cellOf(r, 'content');
      const filled = [...r.values()].filter((bs) => bs.some((b) => b.text.trim())).length;
      const rest = ['lead', 'support', 'deadline', 'output'].map((c) => cellOf(r, c as Column)).join('');
      // A group row: a Roman numeral or letter, a single cell, or a section code across a merged row
      // ("III.1.a" beside its title, as the app's own table numbers groups).
      const merged = r.size <= 2 && /^[IVX]+(\.[0-9a-zđ]+)*$/.test(stt);
      const isGroup = ((/^[IVX]+$|^[A-ZĐ]$|^[a-zđ]\)?$/.test(stt) || merged) && rest === '') || (filled === 1 && rest === '');
      if (isGroup) {
        const title = content || [...r.values()].flat().map((b) => b.text).join(' ').trim();
        out.push({ kind: 'group', label: stt, title, content: '', lead: '', support: '', deadline: '', output: '', blocks: blocksOf });
      } else if (content) {
        out.push({
          kind: 'task',
          label: stt,
          title: '',
          content,
          lead: cellOf(r, 'lead'),
          support: cellOf(r, 'support'),
          deadline: cellOf(r, 'deadline'),
          output: cellOf(r, 'output'),
          blocks: blocksOf,
        });
      }
    }
    return { rows: out, headerBlocks: [...header.values()].flat().map((b) => b.index) };
  }
  return null;
}
