// Comparing an exported plan with the plan's text as signed (tests/fixtures/ke-hoach-pcmd-quang-tri-2022.md):
// both are reduced to their paragraphs, with whitespace and Markdown marks normalised and nothing else,
// then aligned in order; every paragraph missing on one side or the other is a difference.

/** Whitespace runs to one space, NFC, trimmed. */
export function normaliseSpace(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Markdown marks only: heading #, bold/italic asterisks, escaped "\*", <sub> tags, hard line breaks. */
function stripMarkdown(text: string): string {
  return text
    .replace(/^#+\s*/, '')
    .replace(/\\\*/g, '\u0000')
    .replace(/\*+/g, '')
    // eslint-disable-next-line no-control-regex -- \u0000 is the placeholder for an escaped asterisk set above
    .replace(/\u0000/g, '*')
    .replace(/<\/?sub>/g, '');
}

/**
 * The paragraphs of the Markdown text, in order. A hard line break ("  \n") or a list item on its own
 * line is a paragraph of its own (title lines, Nơi nhận lines, signature lines). A paragraph that the
 * signed text breaks across a page (it ends without punctuation and the next piece begins in lower case)
 * is joined: the page break is whitespace.
 */
export function markdownParagraphs(md: string): string[] {
  const out: string[] = [];
  let previousRaw = '';
  for (const block of md.split(/\n\s*\n/)) {
    for (const line of block.split(/ {2}\n|\n(?=- )/)) {
      const text = normaliseSpace(stripMarkdown(line.trim()));
      if (!text) continue;
      const last = out[out.length - 1];
      const continues =
        last !== undefined &&
        !/[.:;!?”]$/u.test(last) &&
        /^\p{Ll}/u.test(text) &&
        !/^[a-z]\) /.test(text) &&
        !/^(#+\s*)?\*/.test(previousRaw.trim());
      if (continues) out[out.length - 1] = `${last} ${text}`;
      else out.push(text);
      previousRaw = line;
    }
  }
  return out;
}

export interface TextDifference {
  /** 'missing': in the plan's text, not in the document; 'extra': in the document only. */
  kind: 'missing' | 'extra';
  text: string;
  /** The paragraph of the plan's text it follows. */
  after: string;
}

/** Aligns two lists of paragraphs in order (longest common subsequence) and lists what differs. */
export function compareParagraphs(expected: string[], actual: string[]): TextDifference[] {
  const n = expected.length;
  const m = actual.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = expected[i] === actual[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const diffs: TextDifference[] = [];
  let i = 0;
  let j = 0;
  let after = '(đầu văn bản)';
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) {
      after = expected[i]!;
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      diffs.push({ kind: 'extra', text: actual[j]!, after });
      j++;
    } else {
      diffs.push({ kind: 'missing', text: expected[i]!, after });
      i++;
    }
  }
  return diffs;
}
