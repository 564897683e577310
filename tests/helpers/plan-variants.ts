// Word files a test makes itself from a plan's text, formatted the other ways plans circulate:
// headings in Word heading styles, or numbering by Word lists instead of typed numbers.
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { blocksFromText } from '../../shared/plan-import/blocks';

export type Variant = 'heading-styles' | 'list-numbering';

type Marker = 'roman' | 'number' | 'letter' | 'dash' | 'plus' | 'none';

function markerOf(text: string): { marker: Marker; rest: string } {
  let m = /^([IVX]{1,5})\.\s+(.+)$/s.exec(text);
  if (m) return { marker: 'roman', rest: m[2]! };
  m = /^(\d{1,2})\.\s+(.+)$/s.exec(text);
  if (m) return { marker: 'number', rest: m[2]! };
  m = /^([a-zđ])\)\s*(.+)$/s.exec(text);
  if (m) return { marker: 'letter', rest: m[2]! };
  m = /^-\s*(.+)$/s.exec(text);
  if (m) return { marker: 'dash', rest: m[1]! };
  m = /^\+\s*(.+)$/s.exec(text);
  if (m) return { marker: 'plus', rest: m[1]! };
  return { marker: 'none', rest: text };
}

/** The plan's text (as pasted: one paragraph a line) as a .docx in the given variant. */
export async function planDocx(text: string, variant: Variant): Promise<Buffer> {
  const blocks = blocksFromText(text);
  const firstSection = blocks.findIndex((b) => /^I\.\s/.test(b.text));
  const paragraphs = blocks.map((b, i) => {
    const { marker, rest } = i >= firstSection ? markerOf(b.text) : { marker: 'none' as Marker, rest: b.text };
    const run = (t: string) => new TextRun({ text: t, bold: b.bold, italics: b.italic, font: 'Times New Roman', size: 28 });
    if (variant === 'heading-styles') {
      const heading =
        marker === 'roman' ? HeadingLevel.HEADING_1 : marker === 'number' && b.bold ? HeadingLevel.HEADING_2 : marker === 'letter' ? HeadingLevel.HEADING_3 : undefined;
      return new Paragraph({ children: [run(b.text)], ...(heading ? { heading } : {}), alignment: AlignmentType.JUSTIFIED });
    }
    // Word list numbering: the numbers and bullets are Word's, not typed.
    if (marker === 'roman' || marker === 'number' || marker === 'letter') {
      const level = marker === 'roman' ? 0 : marker === 'number' ? 1 : 2;
      return new Paragraph({ children: [run(rest)], numbering: { reference: 'plan-outline', level } });
    }
    if (marker === 'dash' || marker === 'plus') {
      return new Paragraph({ children: [run(rest)], numbering: { reference: 'plan-bullets', level: marker === 'dash' ? 0 : 1 } });
    }
    return new Paragraph({ children: [run(b.text)] });
  });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'plan-outline',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: 'plan-bullets',
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.BULLET, text: '+', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
