// The Word styles of every exported document (issue 12, item 7): a clerk who applies a style while
// editing stays in the Decree-30 layout. Normal is Times New Roman 14 with the body's spacing; Title,
// Heading 1–3, the table text and Nơi nhận are defined in that look, black, and used by the paragraphs.
import { describe, expect, it } from 'vitest';
import { consolidatedReport, packDocx, planDocument, urgingLetter } from '../../../shared/documents';
import { readDocx, type DocxReader } from '../../helpers/docx/reader';
import { attr, child, descendants, path, type Element } from '../../helpers/docx/xml';
import { bcdSettings, planInput, reportInput, soSettings, urgingInput } from './fixtures';

function style(r: DocxReader, id: string): Element {
  const found = descendants(r.styles, 'w:style').filter((s) => attr(s, 'w:styleId') === id);
  expect(found.length, `one style ${id}`).toBe(1);
  return found[0]!;
}

function look(s: Element) {
  const rPr = child(s, 'w:rPr');
  const pPr = child(s, 'w:pPr');
  const b = child(rPr, 'w:b');
  return {
    font: attr(child(rPr, 'w:rFonts'), 'w:ascii'),
    sz: Number(attr(child(rPr, 'w:sz'), 'w:val')),
    bold: b !== null && attr(b, 'w:val') !== 'false' && attr(b, 'w:val') !== '0',
    color: attr(child(rPr, 'w:color'), 'w:val'),
    jc: attr(child(pPr, 'w:jc'), 'w:val'),
    before: attr(child(pPr, 'w:spacing'), 'w:before'),
    line: attr(child(pPr, 'w:spacing'), 'w:line'),
    firstLine: attr(child(pPr, 'w:ind'), 'w:firstLine'),
  };
}

/** Style ids named by the document's paragraphs. */
const usedStyles = (r: DocxReader) =>
  new Set(descendants(r.document, 'w:pStyle').map((s) => attr(s, 'w:val')));

describe('Word styles of the exported documents', () => {
  it('define Normal as Times New Roman 14, single line, 6 pt before', async () => {
    const r = readDocx(await packDocx(consolidatedReport(soSettings, reportInput())));
    const normal = style(r, 'Normal');
    expect(attr(normal, 'w:default')).toBe('1');
    expect(look(normal)).toMatchObject({ font: 'Times New Roman', sz: 28, bold: false, color: '000000', before: '120', line: '240' });
  });

  it('define Title and Heading 1–3 in the body’s font and size, black, not Word’s blue 16 pt', async () => {
    const r = readDocx(await packDocx(consolidatedReport(soSettings, reportInput())));
    expect(look(style(r, 'Title'))).toMatchObject({ font: 'Times New Roman', sz: 28, bold: true, color: '000000', jc: 'center' });
    for (const [id, bold] of [['Heading1', true], ['Heading2', true], ['Heading3', false]] as const) {
      expect(look(style(r, id)), id).toMatchObject({ font: 'Times New Roman', sz: 28, bold, color: '000000', jc: 'both', firstLine: '567', before: '120' });
      expect(path(style(r, id), 'w:pPr', 'w:keepNext'), `${id} keeps with the next paragraph`).not.toBeNull();
    }
    expect(look(style(r, 'BodyText'))).toMatchObject({ font: 'Times New Roman', sz: 28, jc: 'both', firstLine: '567', before: '120' });
    expect(look(style(r, 'TableText'))).toMatchObject({ font: 'Times New Roman', sz: 24 });
    expect(look(style(r, 'NoiNhan'))).toMatchObject({ font: 'Times New Roman', sz: 22 });
  });

  it('are the styles the generated paragraphs use: title, headings, body, tables and Nơi nhận', async () => {
    const report = readDocx(await packDocx(consolidatedReport(soSettings, reportInput())));
    const used = usedStyles(report);
    for (const id of ['Title', 'Heading1', 'Heading2', 'BodyText', 'TableText', 'NoiNhan']) expect(used, id).toContain(id);
    const heading = report.findParagraph(/^II\. KẾT QUẢ THỰC HIỆN/);
    expect(attr(path(heading.el, 'w:pPr', 'w:pStyle'), 'w:val')).toBe('Heading1');
    const letter = readDocx(await packDocx(urgingLetter(soSettings, urgingInput)));
    expect(usedStyles(letter)).toContain('BodyText');
    const plan = readDocx(await packDocx(planDocument(bcdSettings, planInput)));
    expect(usedStyles(plan)).toContain('Heading1');
    // Every style a paragraph names is defined.
    for (const r of [report, letter, plan]) {
      const defined = new Set(descendants(r.styles, 'w:style').map((s) => attr(s, 'w:styleId')));
      for (const id of usedStyles(r)) expect(defined, `style ${id}`).toContain(id);
    }
  });
});
