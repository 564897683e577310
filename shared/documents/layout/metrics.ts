// Text widths in Times New Roman, for rule lengths and for breaking header and title lines ourselves
// (so the rule under a wrapped line is sized from the line actually printed).
import { TNR_ADVANCES, UNITS_PER_EM, type FontFace } from './tnr-widths';

/** Ascender of Times New Roman (and Liberation Serif): 1825/2048 em above the baseline. */
export const ASCENT_EM = 1825 / 2048;

/**
 * Extra space above a line of `smallPt` text so that its baseline falls level with a line of `largePt`
 * text starting at the same height (lines are laid from the top: a larger font sits lower).
 */
export function baselineOffsetTwips(smallPt: number, largePt: number): number {
  return Math.round((largePt - smallPt) * 20 * ASCENT_EM);
}

export interface FontStyle {
  bold?: boolean;
  italics?: boolean;
}

/** Advance used for a character the table lacks (dashes, curly quotes): half an em, like "–" in TNR. */
const FALLBACK_ADVANCE = 1024;

function face(style: FontStyle): FontFace {
  if (style.bold && style.italics) return 'BoldItalic';
  if (style.bold) return 'Bold';
  if (style.italics) return 'Italic';
  return 'Regular';
}

/** The advances of characters the tables lack, per table, found once (most of a Vietnamese text's letters). */
const derived = new WeakMap<Readonly<Record<string, number>>, Map<string, number>>();

function advance(table: Readonly<Record<string, number>>, ch: string): number {
  const direct = table[ch];
  if (direct !== undefined) return direct;
  let found = derived.get(table);
  if (!found) derived.set(table, (found = new Map()));
  let width = found.get(ch);
  if (width === undefined) {
    // An accented Vietnamese letter has its base letter's advance (ệ -> e, Ữ -> U).
    width = table[ch.normalize('NFD').charAt(0)] ?? FALLBACK_ADVANCE;
    found.set(ch, width);
  }
  return width;
}

/** Σ advance of the characters of NFC `text`, in font units (whole numbers: sums are exact). */
function textUnits(table: Readonly<Record<string, number>>, text: string): number {
  let units = 0;
  for (const ch of text) units += advance(table, ch);
  return units;
}

const toTwips = (units: number, pt: number) => (units / UNITS_PER_EM) * pt * 20;

/** Width of `text` in twips at `pt` points: Σ advance / 2048 × pt × 20. */
export function textWidthTwips(text: string, pt: number, style: FontStyle = {}): number {
  return toTwips(textUnits(TNR_ADVANCES[face(style)], text.normalize('NFC')), pt);
}

function greedy(words: string[], maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Words a line should not end with (a preposition or a unit word cut from its number). */
const WEAK_LINE_END = new Set([
  'và', 'của', 'về', 'các', 'những', 'trên', 'tại', 'cho', 'với', 'để', 'theo', 'trong', 'đến', 'từ',
  'năm', 'tháng', 'ngày', 'số', 'v/v',
]);
/** Words counted by a number before them ("6 tháng", "50 lượt"). */
const UNIT_WORDS = new Set(['tháng', 'năm', 'ngày', 'quý', 'lượt', 'người', 'xã', 'cơ', 'vụ', 'lớp', 'đồng', 'triệu', 'tỷ']);
/** Words whose number follows them ("năm 2022", "số 05"). */
const NUMBERED_WORDS = new Set(['năm', 'tháng', 'ngày', 'số', 'quý', 'khoản', 'điều', 'đoạn']);
/** Two-syllable words of administrative Vietnamese that a line should not split. */
const COMPOUNDS = new Set([
  'kế hoạch', 'báo cáo', 'thực hiện', 'kết quả', 'phương hướng', 'nhiệm vụ', 'cơ quan', 'đơn vị',
  'địa phương', 'tổng hợp', 'đôn đốc', 'chỉ đạo', 'tuyên truyền', 'kiểm tra', 'hỗ trợ', 'mại dâm',
  'tệ nạn', 'xã hội', 'lao động', 'thương binh', 'nhân dân', 'ủy ban', 'quảng trị', 'việt nam',
  'chỉ tiêu', 'phụ lục', 'phân công', 'phối hợp', 'chủ trì', 'địa bàn', 'công tác', 'tình hình',
]);
/** Words a line may well start with. */
const GOOD_LINE_START = new Set(['và', 'về', 'của', 'trên', 'tại', 'theo', 'trong']);

function bare(word: string): string {
  return word.toLocaleLowerCase('vi').replace(/[,;:.]+$/, '');
}

/** Cost of breaking the line between `before` and `after` (lower is better). */
function breakPenalty(before: string, after: string): number {
  let p = 0;
  if (/^\d/.test(after) && NUMBERED_WORDS.has(bare(before))) p += 40; // "năm / 2022"
  if (/^\d/.test(before) && UNIT_WORDS.has(bare(after))) p += 20; // "6 / tháng"
  if (WEAK_LINE_END.has(bare(before))) p += 15;
  if (COMPOUNDS.has(`${bare(before)} ${bare(after)}`)) p += 12; // "Kế / hoạch"
  if (GOOD_LINE_START.has(bare(after))) p -= 3;
  if (/[,;]$/.test(before)) p -= 5;
  return p;
}

/**
 * Breaks `text` into the fewest lines no wider than `maxWidth` twips, choosing among the possible breaks
 * the most even lines that keep numbers with their words ("năm 2022", "6 tháng") and prefer breaking
 * before "và" or after a comma, as a centred title is set by hand. A word wider than maxWidth gets a
 * line of its own.
 */
export function balancedLines(text: string, maxWidth: number, pt: number, style: FontStyle = {}): string[] {
  // Split on single spaces only: a run of spaces is a blank left for the văn thư and stays whole.
  const words = text.normalize('NFC').trim().split(/(?<! ) (?! )/).filter(Boolean);
  if (words.length === 0) return [];
  const measure = (s: string) => textWidthTwips(s, pt, style);
  const greedyLines = greedy(words, maxWidth, measure);
  const count = greedyLines.length;
  if (count <= 1 || count > 4 || words.length > 60) return greedyLines;

  // The width of words[from..to) joined by spaces, from each word's advances summed once: the search
  // below tries every way of breaking, and measuring each candidate line again was most of a report's
  // headings. The same whole-number sums as measuring the joined line, so the same widths.
  const table = TNR_ADVANCES[face(style)];
  const space = advance(table, ' ');
  const startUnits = [0];
  for (const w of words) startUnits.push(startUnits[startUnits.length - 1]! + textUnits(table, w));
  const widthOf = (from: number, to: number) => toTwips(startUnits[to]! - startUnits[from]! + (to - from - 1) * space, pt);
  let best: { cost: number; breaks: number[] } | null = null;
  const search = (from: number, linesLeft: number, breaks: number[]) => {
    if (linesLeft === 1) {
      if (widthOf(from, words.length) > maxWidth) return;
      const all = [...breaks, words.length];
      const widths = all.map((end, i) => widthOf(i === 0 ? 0 : all[i - 1]!, end));
      const widest = Math.max(...widths);
      let cost = widths.reduce((c, w) => c + 100 * ((widest - w) / maxWidth) ** 2, 0);
      for (const b of breaks) cost += breakPenalty(words[b - 1]!, words[b]!);
      if (!best || cost < best.cost) best = { cost, breaks: [...breaks] };
      return;
    }
    for (let end = from + 1; end <= words.length - (linesLeft - 1); end++) {
      if (widthOf(from, end) > maxWidth) break;
      search(end, linesLeft - 1, [...breaks, end]);
    }
  };
  search(0, count, []);
  const found = best as { cost: number; breaks: number[] } | null;
  if (!found) return greedyLines;
  const ends = [...found.breaks, words.length];
  return ends.map((end, i) => words.slice(i === 0 ? 0 : ends[i - 1]!, end).join(' '));
}

/** Width of the widest of `lines`. */
export function widestLine(lines: string[], pt: number, style: FontStyle = {}): number {
  return lines.reduce((w, line) => Math.max(w, textWidthTwips(line, pt, style)), 0);
}
