// Text widths for the document tests, measured from the font metrics file itself
// (tests/fixtures/tnr-widths.json, a copy of the layout spec's tnr-widths.json), so that expected
// rule lengths and alignments do not come from the production code they check. The spec's rule:
// width in twips = Σ advance / 2048 × pt × 20; a character missing from the table takes the advance
// of its base letter after NFD decomposition (ệ -> e).
import fs from 'node:fs';
import path from 'node:path';

type Face = 'Regular' | 'Bold' | 'Italic' | 'BoldItalic';
const metrics = JSON.parse(fs.readFileSync(path.resolve('tests/fixtures/tnr-widths.json'), 'utf8')) as Record<Face, Record<string, number>> & {
  upm: number;
};

export function measureTwips(text: string, pt: number, style: { bold?: boolean; italics?: boolean } = {}): number {
  const face: Face = style.bold ? (style.italics ? 'BoldItalic' : 'Bold') : style.italics ? 'Italic' : 'Regular';
  const table = metrics[face];
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    const advance = table[ch] ?? table[ch.normalize('NFD').charAt(0)];
    if (advance === undefined) throw new Error(`"${ch}" is not in tnr-widths.json: measure this text by hand`);
    units += advance;
  }
  return (units / metrics.upm) * pt * 20;
}
