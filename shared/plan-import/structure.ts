// The outline of a Vietnamese administrative plan from its paragraphs: header, title, căn cứ, Roman
// sections, "1." sub-sections, "a)" items, "* Về…" groups, "-" and "+" bullets, closing, Nơi nhận and
// signer. Numbering may be literal text or Word list numbering. Pure.
import type { SourceBlock } from './blocks';
import { foldForMatch } from './agencies';

export type Marker = 'roman' | 'number' | 'letter' | 'star' | 'dash' | 'plus' | 'none';
export type NodeKind = 'section' | 'subsection' | 'item' | 'group' | 'bullet' | 'subbullet' | 'paragraph';

export interface PlanNode {
  kind: NodeKind;
  /** "III", "1", "a", "*", "-", "+", "" as printed, or as Word numbered it. */
  label: string;
  /** The text without its number or bullet; continuation paragraphs joined. */
  text: string;
  /** Source paragraphs. */
  blocks: number[];
  children: PlanNode[];
}

export type SectionRole = 'purpose' | 'targets' | 'tasks' | 'funding' | 'duties' | 'reporting' | 'other';

export interface SectionNode extends PlanNode {
  kind: 'section';
  role: SectionRole;
}

export interface Outline {
  header: {
    issuerLines: string[];
    numberLine: string | null;
    dateLine: string | null;
    blocks: number[];
    mottoBlocks: number[];
  };
  /** Lines after "KẾ HOẠCH" up to the căn cứ. */
  title: { text: string; blocks: number[] };
  basis: { text: string; blocks: number[] }[];
  sections: SectionNode[];
  closing: { text: string; blocks: number[] }[];
  recipients: { lines: string[]; blocks: number[] };
  signer: { lines: string[]; blocks: number[] };
}

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

interface Line {
  block: SourceBlock;
  marker: Marker;
  label: string;
  text: string;
  /** A Word list item whose kind is guessed from its depth alone (neither bold nor italic). */
  guessed?: boolean;
}

function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi');
}

function classify(b: SourceBlock): Line {
  const t = b.text;
  let m = /^([IVX]{1,5})\s*[.)]\s*(.+)$/su.exec(t);
  if (m && ROMANS.includes(m[1]!)) return { block: b, marker: 'roman', label: m[1]!, text: m[2]! };
  m = /^(\d{1,2})\s*[.)]\s+(.+)$/su.exec(t);
  if (m) return { block: b, marker: 'number', label: m[1]!, text: m[2]! };
  m = /^([a-zđ])\)\s*(.+)$/su.exec(t);
  if (m) return { block: b, marker: 'letter', label: m[1]!, text: m[2]! };
  m = /^[-–—•]\s*(.+)$/su.exec(t);
  if (m) return { block: b, marker: 'dash', label: '-', text: m[1]! };
  m = /^\+\s*(.+)$/su.exec(t);
  if (m) return { block: b, marker: 'plus', label: '+', text: m[1]! };
  m = /^\*\s*(.+)$/su.exec(t);
  if (m) return { block: b, marker: 'star', label: '*', text: m[1]! };
  if (b.list) {
    // Word list numbering: the number is not in the text; the kind of heading is read from its look.
    if (!b.list.ordered) return { block: b, marker: b.list.depth === 0 ? 'dash' : 'plus', label: b.list.depth === 0 ? '-' : '+', text: t };
    if (isUpper(t)) return { block: b, marker: 'roman', label: '', text: t };
    // "a)" headings are italic (often bold italic) or nested two levels deep; "1." headings are bold.
    if (b.italic || b.list.depth >= 2) return { block: b, marker: 'letter', label: '', text: t };
    if (b.bold) return { block: b, marker: 'number', label: '', text: t };
    return { block: b, marker: b.list.depth === 0 ? 'number' : 'letter', label: '', text: t, guessed: true };
  }
  return { block: b, marker: 'none', label: '', text: t };
}

const RANK: Record<NodeKind, number> = { section: 0, subsection: 1, item: 2, group: 2, bullet: 3, paragraph: 3, subbullet: 4 };
const KIND: Record<Marker, NodeKind> = {
  roman: 'section',
  number: 'subsection',
  letter: 'item',
  star: 'group',
  dash: 'bullet',
  plus: 'subbullet',
  none: 'paragraph',
};

export function sectionRole(title: string): SectionRole {
  const f = foldForMatch(title);
  if (f.includes(' to chuc thuc hien ')) return 'duties';
  if (f.includes(' che do bao cao ') || f.includes(' che do thong tin bao cao ') || /^ bao cao /.test(f)) return 'reporting';
  if (f.includes(' kinh phi ')) return 'funding';
  if (f.includes(' nhiem vu ') || f.includes(' giai phap ')) return 'tasks';
  if (f.includes(' muc tieu ') || f.includes(' chi tieu ')) return 'targets';
  if (f.includes(' muc dich ') || f.includes(' yeu cau ')) return 'purpose';
  return 'other';
}

/** A paragraph that only continues the previous one (a line break typed as a paragraph). */
function continues(prev: PlanNode | undefined, line: Line): boolean {
  if (!prev || line.marker !== 'none') return false;
  if (!/^[\p{Ll}]/u.test(line.text)) return false;
  return !/[.;:!?”"…)]$/u.test(prev.text.trim());
}

const ROMAN_NUM = (n: number) => ROMANS[n - 1] ?? String(n);
const WORD_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function buildOutline(blocks: SourceBlock[]): Outline {
  const lines = blocks.map(classify);
  // A plain Word list item takes the kind that the bold "1." or italic "a)" items of the same list depth
  // were read as (VI.1 "Các thành viên …" is a plain paragraph numbered by Word at the "1." depth).
  const kindAtDepth = new Map<number, Marker>();
  for (const l of lines) {
    if (!l.block.list?.ordered || (l.marker !== 'number' && l.marker !== 'letter')) continue;
    if (!l.guessed) kindAtDepth.set(l.block.list.depth, l.marker);
    else l.marker = kindAtDepth.get(l.block.list.depth) ?? l.marker;
  }
  const outline: Outline = {
    header: { issuerLines: [], numberLine: null, dateLine: null, blocks: [], mottoBlocks: [] },
    title: { text: '', blocks: [] },
    basis: [],
    sections: [],
    closing: [],
    recipients: { lines: [], blocks: [] },
    signer: { lines: [], blocks: [] },
  };

  // ---------- Prelude: everything before the first Roman section ----------
  const firstSection = lines.findIndex((l) => l.marker === 'roman' && (l.block.bold || l.label === '' || isUpper(l.text)));
  const end = firstSection < 0 ? lines.length : firstSection;
  const titleAt = lines.findIndex((l, i) => i < end && /^ke hoach( |$)/.test(foldForMatch(l.block.text.split('\n')[0]!).trim()) && isUpper(l.block.text.split('\n')[0]!));
  for (let i = 0; i < (titleAt < 0 ? end : titleAt); i++) {
    const b = lines[i]!.block;
    for (const raw of b.text.split('\n')) {
      const t = raw.trim();
      const f = foldForMatch(t).trim();
      if (!t) continue;
      if (/^so\b/.test(f) && /^Số\s*:/i.test(t)) outline.header.numberLine = t;
      else if (/,\s*ngày\b/i.test(t) && /năm\s+\d{4}/.test(t)) outline.header.dateLine = t;
      else if (/^cong hoa xa hoi chu nghia viet nam|^doc lap tu do hanh phuc/.test(f)) {
        if (!outline.header.mottoBlocks.includes(b.index)) outline.header.mottoBlocks.push(b.index);
        continue;
      } else if (isUpper(t)) outline.header.issuerLines.push(t);
      else continue;
      if (!outline.header.blocks.includes(b.index)) outline.header.blocks.push(b.index);
    }
  }
  let i = titleAt < 0 ? 0 : titleAt;
  if (titleAt >= 0) {
    const first = lines[titleAt]!.block;
    const parts = first.text.split('\n').slice(1).map((s) => s.trim()).filter(Boolean);
    outline.title.blocks.push(first.index);
    i = titleAt + 1;
    // The title: the bold lines after "KẾ HOẠCH"; in plain pasted text, the one line after it.
    const boldTitle = parts.length > 0 || (i < end && lines[i]!.block.bold);
    while (
      i < end &&
      (lines[i]!.block.bold || (!boldTitle && parts.length === 0)) &&
      !/^(căn cứ|thực hiện)\b/i.test(lines[i]!.block.text)
    ) {
      parts.push(lines[i]!.block.text.replace(/\n/g, ' '));
      outline.title.blocks.push(lines[i]!.block.index);
      i++;
    }
    outline.title.text = parts.join(' ').replace(/\s+/g, ' ').trim();
  }
  for (; i < end; i++) {
    const b = lines[i]!.block;
    if (outline.header.blocks.includes(b.index) || outline.header.mottoBlocks.includes(b.index)) continue;
    outline.basis.push({ text: b.text, blocks: [b.index] });
  }

  // ---------- Sections ----------
  const stack: PlanNode[] = [];
  const counters = new Map<PlanNode | null, Map<NodeKind, number>>();
  const nextLabel = (parent: PlanNode | null, kind: NodeKind): number => {
    const byKind = counters.get(parent) ?? new Map<NodeKind, number>();
    counters.set(parent, byKind);
    const n = (byKind.get(kind) ?? 0) + 1;
    byKind.set(kind, n);
    return n;
  };
  let tailFrom = lines.length;
  let lastNode: PlanNode | undefined;
  for (let j = end; j < lines.length; j++) {
    const line = lines[j]!;
    const f = foldForMatch(line.block.text).trim();
    if (/^noi nhan/.test(f) || (line.block.table && outline.sections.length > 0 && line.marker !== 'roman' && stack.length > 0 && isSignatureTable(lines, j))) {
      tailFrom = j;
      break;
    }
    if (line.marker === 'none' && /\.\/\.$/.test(line.block.text.trim()) && outline.sections.length > 0) {
      outline.closing.push({ text: line.block.text, blocks: [line.block.index] });
      tailFrom = j + 1;
      break;
    }
    if (continues(lastNode, line) && lastNode) {
      lastNode.text = `${lastNode.text} ${line.text}`;
      lastNode.blocks.push(line.block.index);
      continue;
    }
    let marker = line.marker;
    // A Roman numeral only opens a section when written as a heading; otherwise it is a sub-level.
    if (marker === 'roman' && !(line.block.bold || isUpper(line.text) || line.block.heading)) marker = 'number';
    const kind = KIND[marker];
    while (stack.length && RANK[stack[stack.length - 1]!.kind] >= RANK[kind]) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    if (kind !== 'section' && !parent) continue;
    let label = line.label;
    const n = nextLabel(kind === 'section' ? null : parent, kind);
    // Word's own list letters are a, b, c, d, e (no đ).
    if (!label) label = kind === 'section' ? ROMAN_NUM(n) : kind === 'subsection' ? String(n) : kind === 'item' ? WORD_LETTERS[n - 1] ?? String(n) : '';
    const node: PlanNode = { kind, label, text: line.text, blocks: [line.block.index], children: [] };
    if (kind === 'section') {
      const s: SectionNode = { ...node, kind: 'section', role: sectionRole(line.text) };
      outline.sections.push(s);
      stack.length = 0;
      stack.push(s);
      lastNode = s;
      continue;
    }
    parent!.children.push(node);
    stack.push(node);
    lastNode = node;
  }

  // ---------- Closing, Nơi nhận, signer ----------
  const tail = lines.slice(tailFrom);
  const noiNhan = tail.findIndex((l) => /^noi nhan/.test(foldForMatch(l.block.text).trim()));
  for (let k = 0; k < tail.length; k++) {
    const l = tail[k]!;
    const b = l.block;
    if (k < noiNhan) {
      if (b.table) {
        outline.signer.lines.push(...splitLines(b.text));
        outline.signer.blocks.push(b.index);
      } else outline.closing.push({ text: b.text, blocks: [b.index] });
      continue;
    }
    if (k === noiNhan) {
      outline.recipients.blocks.push(b.index);
      const rest = b.text.split('\n').slice(1);
      for (const r of rest) if (r.trim()) outline.recipients.lines.push(r.replace(/^[-–•+]\s*/, '').trim());
      continue;
    }
    const inRecipientCell =
      noiNhan >= 0 && tail[noiNhan]!.block.table && b.table && b.table.table === tail[noiNhan]!.block.table!.table && b.table.cell === tail[noiNhan]!.block.table!.cell;
    const dashLine = /^[-–•+]\s*/.test(b.text);
    if (inRecipientCell || (!b.table && dashLine && outline.signer.lines.length === 0)) {
      outline.recipients.blocks.push(b.index);
      for (const r of splitLines(b.text)) outline.recipients.lines.push(r.replace(/^[-–•+]\s*/, '').trim());
    } else {
      outline.signer.blocks.push(b.index);
      outline.signer.lines.push(...splitLines(b.text));
    }
  }
  return outline;
}

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A table after the sections holding "Nơi nhận" or a signature: the end of the plan's body. */
function isSignatureTable(lines: Line[], j: number): boolean {
  const t = lines[j]!.block.table!.table;
  return lines.some((l) => l.block.table?.table === t && /^noi nhan/.test(foldForMatch(l.block.text).trim()));
}

/** Every node under a node, depth first, itself excluded. */
export function descendants(node: PlanNode): PlanNode[] {
  return node.children.flatMap((c) => [c, ...descendants(c)]);
}
