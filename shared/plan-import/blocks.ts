// The paragraphs of a plan, read from the HTML that mammoth makes of a .docx, or from pasted text.
// Pure: a small reader for the few tags mammoth writes (p, h1-h6, strong, em, br, table, ul/ol/li).

export interface SourceBlock {
  /** Position in the document, from 0: every item of the review points back here. */
  index: number;
  /** The paragraph's text, single-spaced, trimmed. Line breaks inside a paragraph are "\n". */
  text: string;
  /** Every letter of the paragraph is bold / italic (direct formatting or a heading). */
  bold: boolean;
  italic: boolean;
  /** Heading level from a Word heading style (1-6), or null. */
  heading: number | null;
  /** Where the paragraph sits in a table, or null. */
  table: { table: number; row: number; cell: number } | null;
  /** Word list numbering: ordered or bulleted, nesting depth (0 = top), position in its list (1-based). */
  list: { ordered: boolean; depth: number; ordinal: number } | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Collapses spaces (not line breaks), trims each line. */
export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00a0\t ]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1))
    .join('\n')
    .trim();
}

interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Reads mammoth's HTML into paragraphs. */
export function blocksFromHtml(html: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const tokens = html.match(/<[^>]+>|[^<]+/g) ?? [];
  let bold = 0;
  let italic = 0;
  let runs: Run[] | null = null;
  let heading: number | null = null;
  let tableNo = -1;
  const tableStack: { table: number; row: number; cell: number }[] = [];
  const listStack: { ordered: boolean; count: number }[] = [];
  let currentList: SourceBlock['list'] = null;

  const open = (h: number | null) => {
    if (runs) close();
    runs = [];
    heading = h;
  };
  const close = () => {
    if (!runs) return;
    const text = cleanText(runs.map((r) => r.text).join(''));
    const letters = runs.filter((r) => /[\p{L}\p{N}]/u.test(r.text));
    if (text !== '') {
      blocks.push({
        index: blocks.length,
        text,
        bold: heading !== null || (letters.length > 0 && letters.every((r) => r.bold)),
        italic: letters.length > 0 && letters.every((r) => r.italic),
        heading,
        table: tableStack.length ? { ...tableStack[tableStack.length - 1]! } : null,
        list: currentList,
      });
    }
    runs = null;
    heading = null;
    currentList = null;
  };

  for (const tok of tokens) {
    if (tok[0] !== '<') {
      const text = decodeEntities(tok).replace(/\s+/g, ' ');
      if (!runs) {
        if (text.trim() === '') continue;
        open(null);
      }
      runs!.push({ text, bold: bold > 0, italic: italic > 0 });
      continue;
    }
    const m = /^<(\/?)([a-z0-9]+)/i.exec(tok);
    if (!m) continue;
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    switch (tag) {
      case 'p':
        if (closing) close();
        else open(null);
        break;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        if (closing) close();
        else open(Number(tag[1]));
        break;
      case 'strong':
      case 'b':
        bold += closing ? -1 : 1;
        break;
      case 'em':
      case 'i':
        italic += closing ? -1 : 1;
        break;
      case 'br':
        if (runs) (runs as Run[]).push({ text: '\n', bold: bold > 0, italic: italic > 0 });
        break;
      case 'table':
        close();
        if (closing) tableStack.pop();
        else tableStack.push({ table: ++tableNo, row: -1, cell: -1 });
        break;
      case 'tr':
        close();
        if (!closing && tableStack.length) {
          const t = tableStack[tableStack.length - 1]!;
          t.row += 1;
          t.cell = -1;
        }
        break;
      case 'td':
      case 'th':
        close();
        if (!closing && tableStack.length) tableStack[tableStack.length - 1]!.cell += 1;
        break;
      case 'ol':
      case 'ul':
        close();
        if (closing) listStack.pop();
        else listStack.push({ ordered: tag === 'ol', count: 0 });
        break;
      case 'li':
        close();
        if (!closing && listStack.length) {
          const l = listStack[listStack.length - 1]!;
          l.count += 1;
          open(null);
          currentList = { ordered: l.ordered, depth: listStack.length - 1, ordinal: l.count };
        }
        break;
      default:
        break;
    }
  }
  close();
  return blocks;
}

/** Pasted text: one paragraph per non-empty line; "**bold**" marks (from Markdown) are read as bold. */
export function blocksFromText(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = raw.trim();
    if (line === '') continue;
    let heading: number | null = null;
    const h = /^(#{1,6})\s+/.exec(line);
    if (h) {
      heading = h[1]!.length;
      line = line.slice(h[0].length);
    }
    // Markdown emphasis (from a copy of the text) is dropped; a literal "* Về…" or "\\*" is kept.
    const marked = line.replace(/\\([*_#+\-.])/g, (_m, c: string) => (c === '*' ? '\u0001' : c));
    const bold = heading !== null || /^\*{2,3}\S.*\S\*{2,3}$/.test(marked);
    const italic = /^(\*|\*{3})[^*\s].*[^*\s]\1$/.test(marked);
    const plain = marked
      .replace(/(^|[\s“"(])\*+(?=\S)/g, '$1')
      .replace(/(?<=\S)\*+(?=$|[\s”",.;:)])/g, '')
      // eslint-disable-next-line no-control-regex -- \u0001 is the placeholder for an escaped asterisk set above
      .replace(/\u0001/g, '*');
    const cleaned = cleanText(plain.replace(/<\/?(sub|sup)>/g, ''));
    if (cleaned === '') continue;
    blocks.push({ index: blocks.length, text: cleaned, bold, italic, heading, table: null, list: null });
  }
  return blocks;
}
