// Paragraphs and runs of one kind share their property elements (layout/paragraphs.ts): the XML must be
// the one docx writes when it makes every paragraph and run from its options, a paragraph that ends a
// section must carry that section's properties alone, and writing a document must leave the shared
// elements as they were for the next one.
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { textParagraph, type ParagraphOptions, type TextStyle } from '../../../shared/documents/layout/paragraphs';
import { dataTable } from '../../../shared/documents/layout/data-table';

const documentXml = async (doc: Document) => {
  const bytes = await Packer.pack(doc, 'uint8array');
  return strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
};

/** The paragraph as docx makes it from its options alone (what textParagraph made before sharing). */
function plainParagraph(lines: string[], style: TextStyle, o: ParagraphOptions): Paragraph {
  return new Paragraph({
    alignment: o.align ?? AlignmentType.LEFT,
    spacing: { before: o.before ?? 0, after: o.after ?? 0, line: o.line ?? 240, lineRule: LineRuleType.AUTO },
    ...(o.firstLine ? { indent: { firstLine: o.firstLine } } : {}),
    ...(o.keepNext ? { keepNext: true } : {}),
    ...(o.style ? { style: o.style } : {}),
    run: { font: 'Times New Roman', size: style.pt * 2 },
    children: lines.map(
      (text, i) =>
        new TextRun({
          text,
          font: 'Times New Roman',
          size: style.pt * 2,
          ...(style.bold ? { bold: true } : {}),
          ...(style.italics ? { italics: true } : {}),
          language: { value: 'vi-VN' },
          ...(i > 0 ? { break: 1 } : {}),
        }),
    ),
  });
}

const KINDS: [TextStyle, ParagraphOptions][] = [
  [{ pt: 14 }, { align: AlignmentType.JUSTIFIED, firstLine: 567, before: 120, style: 'ThanVanBan' }],
  [{ pt: 13, bold: true }, { align: AlignmentType.CENTER, keepNext: true }],
  [{ pt: 12, italics: true }, {}],
];

function sections(make: (lines: string[], style: TextStyle, o: ParagraphOptions) => Paragraph): ISectionOptions[] {
  // Each kind in both sections; the first section ends with a paragraph of the first kind.
  const block = (tag: string) => KINDS.map(([style, o], k) => make([`Đoạn ${tag}.${k}: Sở Lao động – Thương binh và Xã hội`, 'dòng hai'], style, o));
  return [{ children: [...block('một'), make(['Đoạn cuối phần một'], KINDS[0]![0], KINDS[0]![1])] }, { children: [...block('hai'), ...block('ba')] }];
}

describe('paragraphs and runs sharing their property elements', () => {
  it('write the XML docx writes from each paragraph’s own options, the section break in one paragraph only', async () => {
    const shared = await documentXml(new Document({ sections: sections(textParagraph) }));
    const plain = await documentXml(new Document({ sections: sections(plainParagraph) }));
    expect(shared).toBe(plain);
    // One section break inside a paragraph (the end of the first section), one at the end of the body.
    expect(shared.match(/<w:sectPr/g)).toHaveLength(2);
    expect(shared.match(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:sectPr/g)).toHaveLength(1);
  });

  it('are left as they were by writing a document: the next one is written the same', async () => {
    const first = await documentXml(new Document({ sections: sections(textParagraph) }));
    const again = await documentXml(new Document({ sections: sections(textParagraph) }));
    expect(again).toBe(first);
    expect(again).toContain('>Đoạn ba.2: Sở Lao động – Thương binh và Xã hội<');
  });

  it('give each table cell its own column’s width, span and alignment, in two tables of one document', async () => {
    const columns = [
      { header: 'STT', width: 737, align: AlignmentType.CENTER },
      { header: 'Chỉ số', width: 5000, align: AlignmentType.LEFT },
      { header: 'Tổng số', width: 1500, align: AlignmentType.CENTER },
    ];
    const rows = [{ cells: ['1', 'Số vụ phát hiện', '53'] }, { first: 'A', span: 'Nhóm chỉ số' }, { cells: ['2', 'Số đối tượng', '0'], bold: true }];
    const table = (n: number) => dataTable(columns.map((c) => ({ ...c, width: c.width + n })), rows);
    const xml = await documentXml(new Document({ sections: [{ children: [table(0), textParagraph('giữa', { pt: 14 }), table(10)] }] }));
    const widths = [...xml.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // Header, two rows of three cells and a group row of two (the second spanning two columns), twice.
    const one = (n: number) => [737, 5000, 1500, 737, 5000, 1500, 737, 6500, 737, 5000, 1500].map((w, i) => (i === 7 ? w + 2 * n : w + n));
    expect(widths).toEqual([...one(0), ...one(10)]);
    expect(xml.match(/<w:gridSpan w:val="2"\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:vAlign w:val="center"\/>/g)).toHaveLength(6);
  });
});
