// The building blocks of the Decree-30 layout (shared/documents/layout), one at a time, with the exact
// values they write: the rule under a title, Kính gửi, the title block, paragraphs, page setup and
// the document's properties. The whole-document tests check these through ranges (a rule 33–50 % of
// its text); these pin the numbers, so that a changed rounding or a lost option is noticed.
// Text widths are sums of the advances in the spec's tnr-widths.json (2048 units to the em), worked
// out by hand in the comments: width in twips = units / 2048 × pt × 20.
import { AlignmentType, type FileChild, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { DocumentInputError } from '../../../shared/documents/text';
import type { BodySection, DocumentSettings } from '../../../shared/documents/types';
import { appendixHeading, appendixLabel, attachedToLine } from '../../../shared/documents/layout/appendix';
import { basisItems, type BodyItem, bodyParagraph, estimatedLines, renderBody, sectionItems } from '../../../shared/documents/layout/body';
import { dataTable, fitWidths } from '../../../shared/documents/layout/data-table';
import { createDocument } from '../../../shared/documents/layout/document';
import { headerBlock, planHeader } from '../../../shared/documents/layout/header-block';
import { kinhGuiBlock } from '../../../shared/documents/layout/kinh-gui';
import { landscapeSection, portraitSection } from '../../../shared/documents/layout/page';
import { emptyParagraph, subscriptParagraph, textParagraph } from '../../../shared/documents/layout/paragraphs';
import { ruleParagraph } from '../../../shared/documents/layout/rule';
import { signatureBlock } from '../../../shared/documents/layout/signature';
import { titleBlock, titleLines } from '../../../shared/documents/layout/title';
import { readDocx, type DocxReader } from '../../helpers/docx/reader';
import { measureTwips } from '../../helpers/tnr-measure';
import { attr, descendants, parseXml, path } from '../../helpers/docx/xml';
import { soSettings } from './fixtures';

/** The blocks in the portrait section of a document of their own, as the reader sees them. */
async function render(blocks: FileChild[], title = 'Thử'): Promise<DocxReader> {
  return readDocx(new Uint8Array(await Packer.toBuffer(createDocument(title, [portraitSection(blocks)]))));
}

const paragraphs = (r: DocxReader) => r.blocks().map((b) => r.paragraph(b));

function thrown(f: () => unknown): DocumentInputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DocumentInputError);
    return e as DocumentInputError;
  }
  throw new Error('no error thrown');
}

describe('the document properties', () => {
  it('name the app as the author and carry the title in NFC', async () => {
    const nfd = 'Kế hoạch phòng, chống mại dâm'.normalize('NFD');
    const r = await render([], nfd);
    const core = parseXml(r.text('docProps/core.xml'));
    expect(descendants(core, 'dc:creator')[0]?.textContent).toBe('Thường trực');
    expect(descendants(core, 'dc:title')[0]?.textContent).toBe('Kế hoạch phòng, chống mại dâm'.normalize('NFC'));
  });
});

describe('a short rule (§3.6: an empty paragraph with a bottom border)', () => {
  it('is centred by equal indents, the odd twip on the right', async () => {
    // length 1000.6 rounds to 1001; in a box of 3000: (3000 − 1001) / 2 = 999.5, left 999, right 1000.
    const [p] = paragraphs(await render([ruleParagraph(1000.6, 3000)]));
    expect(p!.ind).toMatchObject({ left: 999, right: 1000 });
    expect(3000 - p!.ind.left - p!.ind.right).toBe(1001);
    expect(p!.text).toBe('');
    expect(p!.runs).toEqual([]);
  });

  it('is never longer than its box', async () => {
    const [p] = paragraphs(await render([ruleParagraph(5000, 3000)]));
    expect(p!.ind).toMatchObject({ left: 0, right: 0 });
  });

  it('is a 0.75 pt black single line 1 pt below a 3 pt tall empty line with a 1 pt mark', async () => {
    const r = await render([ruleParagraph(1000, 3000), ruleParagraph(1000, 3000, 240)]);
    const [plain, spaced] = paragraphs(r);
    expect(plain!.borderBottom).toEqual({ val: 'single', sz: 6, space: 1, color: '000000' });
    expect(plain!.spacing).toEqual({ before: 0, after: 0, line: 60, lineRule: 'exact' });
    expect(spaced!.spacing).toEqual({ before: 0, after: 240, line: 60, lineRule: 'exact' });
    expect(plain!.markSz).toBe(2);
    expect(attr(path(plain!.el, 'w:pPr', 'w:rPr', 'w:rFonts'), 'w:ascii')).toBe('Times New Roman');
  });
});

describe('Kính gửi (ô 9a)', () => {
  it('puts one recipient on one centred line 18 pt below, kept with the text', async () => {
    const [p, ...rest] = paragraphs(await render(kinhGuiBlock(['- Sở Y tế;'])));
    expect(rest).toEqual([]);
    expect(p!.text).toBe('Kính gửi: Sở Y tế.');
    expect(p!.jc).toBe('center');
    expect(p!.spacing.before).toBe(360);
    expect(p!.keepNext).toBe(true);
  });

  it('lists several recipients with their dashes under the colon of "Kính gửi:"', async () => {
    // "Kính gửi" at 14 pt: K 1479 + í (i) 569 + n 1024 + h 1024 + space 512 + g 1024 + ử (u) 1024
    // + i 569 = 7225 units = 7225 / 2048 × 280 = 987.79 twips; the colon starts at 1982 + 987.79,
    // rounded 2970. "- " = 682 + 512 = 1194 units = 163.24, rounded 163: the text starts at
    // 2970 + 163 = 3133 and a second line of a long name goes back under it (hanging 163).
    const r = await render(kinhGuiBlock(['Sở Y tế', '', 'Công an tỉnh.']));
    const [label, first, second, ...rest] = paragraphs(r);
    expect(rest).toEqual([]);
    expect(label!.text).toBe('Kính gửi:');
    expect(label!.jc).toBe('left');
    expect(label!.ind).toMatchObject({ left: 1982, firstLine: 0, hanging: 0 });
    expect(label!.spacing.before).toBe(360);
    expect(label!.keepNext).toBe(true);
    expect([first!.text, second!.text]).toEqual(['- Sở Y tế;', '- Công an tỉnh.']);
    for (const p of [first!, second!]) {
      expect(p.ind).toMatchObject({ left: 3133, hanging: 163 });
      expect(p.spacing.before).toBe(0);
    }
  });

  it('refuses a list without any recipient, naming the field', () => {
    const e = thrown(() => kinhGuiBlock(['', ' - ;']));
    expect(e.message).toBe('Thiếu nơi nhận ở mục "Kính gửi".');
    expect(e.field).toBe('agencies');
  });
});

describe('the title block (tên loại, trích yếu, rule; ô 5a)', () => {
  const styleOf = (p: { el: Parameters<typeof path>[0] }) => attr(path(p.el, 'w:pPr', 'w:pStyle'), 'w:val');

  it('keeps the lines given, trimmed and in NFC, without empty ones', () => {
    expect(titleLines([' Phòng, chống mại dâm ', '', 'năm 2023'.normalize('NFD')], 9354)).toEqual(['Phòng, chống mại dâm', 'năm 2023']);
  });

  it('breaks a text wider than 90 % of the text width, even when it would fit the width', () => {
    // Bold 14 pt, the whole text is 65377 units = 8938.26 twips: under the 9354 of the text width
    // but over the 90 % measure, floor(9354 × 0.9) = 8418, so it takes two lines within that measure.
    const text = 'Phòng, chống mại dâm trên địa bàn tỉnh năm 2023 và những năm tiếp theo';
    const lines = titleLines(text, 9354);
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(measureTwips(l, 14, { bold: true })).toBeLessThanOrEqual(8418);
    // A text of 4823 twips ("Phòng, chống mại dâm trên địa bàn tỉnh", 35278 units) stays one line.
    expect(titleLines('Phòng, chống mại dâm trên địa bàn tỉnh', 9354)).toEqual(['Phòng, chống mại dâm trên địa bàn tỉnh']);
  });

  it('refuses a title without any text, naming the field', () => {
    for (const title of [['', '  '], '   ']) {
      const e = thrown(() => titleLines(title, 9354));
      expect(e.message).toBe('Thiếu trích yếu văn bản.');
      expect(e.field).toBe('title');
    }
  });

  it('prints the tên loại upper case, the trích yếu centred bold, and a rule 40 % of its widest line', async () => {
    const r = await render(titleBlock('Kế hoạch', ['Phòng, chống mại dâm', 'năm 2023'], 9354));
    const [type, title, rule, ...rest] = paragraphs(r);
    expect(rest).toEqual([]);
    expect(type!.text).toBe('KẾ HOẠCH');
    expect(type!.jc).toBe('center');
    expect(type!.spacing.before).toBe(560);
    expect(type!.keepNext).toBe(true);
    expect(styleOf(type!)).toBe('Title');
    expect(type!.runs.map((x) => [x.bold, x.sz])).toEqual([[true, 28]]);
    expect(title!.lines).toEqual(['Phòng, chống mại dâm', 'năm 2023']);
    expect(title!.jc).toBe('center');
    expect(title!.keepNext).toBe(true);
    expect(styleOf(title!)).toBe('Title');
    expect(title!.runs.every((x) => x.bold && x.sz === 28)).toBe(true);
    // The widest line, "Phòng, chống mại dâm" bold: P 1251 + h 1139 + ò 1024 + n 1139 + g 1024 + , 512
    // + space 512 + c 909 + h 1139 + ố 1024 + n 1139 + g 1024 + space 512 + m 1706 + ạ 1024 + i 569
    // + space 512 + d 1139 + â 1024 + m 1706 = 20028 units = 2738.20 twips; 40 % = 1095.28, rule 1095;
    // (9354 − 1095) / 2 = 4129.5: indents 4129 and 4130; 12 pt (240) below it.
    expect(rule!.ind).toMatchObject({ left: 4129, right: 4130 });
    expect(rule!.spacing.after).toBe(240);
    expect(rule!.borderBottom?.val).toBe('single');
  });
});

describe('the appendix heading (§10.1, Mẫu 2.1)', () => {
  const LANDSCAPE = 14286;
  const parent = { kind: ' Kế hoạch ', number: { number: 5, symbol: 'KH-BCĐ138' }, date: { day: 5, month: 3, year: 2022 } };

  it('labels one appendix "Phụ lục" and several "Phụ lục I", "Phụ lục II" …', () => {
    expect(appendixLabel(0, 1)).toBe('Phụ lục');
    expect(appendixLabel(0, 2)).toBe('Phụ lục I');
    expect(appendixLabel(1, 2)).toBe('Phụ lục II');
    expect(appendixLabel(3, 5)).toBe('Phụ lục IV');
  });

  it('cites the parent document and its issuer, the settings’ issuer by default, none when blank', () => {
    expect(attachedToLine(parent, 'Ban Chỉ đạo 138 tỉnh')).toBe('(Kèm theo Kế hoạch số 05/KH-BCĐ138 ngày 05 tháng 3 năm 2022 của Ban Chỉ đạo 138 tỉnh)');
    expect(attachedToLine({ ...parent, issuer: ' UBND tỉnh ' }, 'Ban Chỉ đạo 138 tỉnh')).toBe(
      '(Kèm theo Kế hoạch số 05/KH-BCĐ138 ngày 05 tháng 3 năm 2022 của UBND tỉnh)',
    );
    expect(attachedToLine({ ...parent, issuer: '  ' }, 'Ban Chỉ đạo 138 tỉnh')).toBe('(Kèm theo Kế hoạch số 05/KH-BCĐ138 ngày 05 tháng 3 năm 2022)');
    expect(attachedToLine(parent, '')).toBe('(Kèm theo Kế hoạch số 05/KH-BCĐ138 ngày 05 tháng 3 năm 2022)');
  });

  it('prints label, title, subtitle, the "Kèm theo" line and notes, kept together, then a rule 40 % of the widest title line', async () => {
    const r = await render(
      appendixHeading({
        label: 'Phụ lục II',
        title: 'Bảng',
        subtitle: 'Phòng, chống mại dâm',
        attachedTo: '(Kèm theo Kế hoạch số 05/KH-BCĐ138)',
        notes: ['  ', ' Lọc: Công an tỉnh '],
        textWidth: LANDSCAPE,
        before: 240,
      }),
    );
    const [label, title, subtitle, attached, note, rule, ...rest] = paragraphs(r);
    expect(rest).toEqual([]);
    expect([label, title, subtitle, attached, note].map((p) => p!.text)).toEqual([
      'Phụ lục II',
      'BẢNG',
      'Phòng, chống mại dâm',
      '(Kèm theo Kế hoạch số 05/KH-BCĐ138)',
      'Lọc: Công an tỉnh',
    ]);
    for (const p of [label, title, subtitle, attached, note]) {
      expect(p!.jc, p!.text).toBe('center');
      expect(p!.keepNext, p!.text).toBe(true);
      expect(p!.runs.every((x) => x.sz === 28), p!.text).toBe(true);
    }
    for (const p of [label, title, subtitle]) expect(p!.runs.every((x) => x.bold && !x.italics), p!.text).toBe(true);
    for (const p of [attached, note]) expect(p!.runs.every((x) => x.italics && !x.bold), p!.text).toBe(true);
    // The space above goes to the first line only.
    expect([label, title, subtitle].map((p) => p!.spacing.before)).toEqual([240, 0, 0]);
    expect(attr(path(title!.el, 'w:pPr', 'w:pStyle'), 'w:val')).toBe('Title');
    // Widest of the title lines: "Phòng, chống mại dâm" bold 14 pt, 20028 units = 2738.20 twips
    // ("BẢNG" is 5917 units = 808.96); 40 % = 1095.28, rule 1095; (14286 − 1095) / 2 = 6595.5.
    expect(rule!.ind).toMatchObject({ left: 6595, right: 6596 });
    expect(rule!.spacing.after).toBe(240);
    expect(rule!.borderBottom?.val).toBe('single');
  });

  it('without a label puts the space above the title, and leaves out a blank subtitle', async () => {
    const r = await render(appendixHeading({ title: 'Bảng', subtitle: '  ', textWidth: LANDSCAPE, before: 240 }));
    const [title, rule, ...rest] = paragraphs(r);
    expect(rest).toEqual([]);
    expect(title!.text).toBe('BẢNG');
    expect(title!.spacing.before).toBe(240);
    // "BẢNG" = 808.96 twips; 40 % = 323.59, rule 324; (14286 − 324) / 2 = 6981.
    expect(rule!.ind).toMatchObject({ left: 6981, right: 6981 });
  });

  it('breaks the title within 80 % of the text width', async () => {
    // Bold 14 pt upper case, the title is 87894 units = 12016.76 twips: under the landscape text
    // width 14286, over floor(14286 × 0.8) = 11428, so two lines, each within 11428.
    const title = 'Bảng tổng hợp kết quả thực hiện công tác phòng, chống mại dâm năm 2023';
    const r = await render(appendixHeading({ title, textWidth: LANDSCAPE }));
    const [heading] = paragraphs(r);
    expect(heading!.lines.length).toBe(2);
    expect(heading!.lines.join(' ')).toBe(title.toLocaleUpperCase('vi'));
    for (const l of heading!.lines) expect(measureTwips(l, 14, { bold: true })).toBeLessThanOrEqual(11428);
    // The same measure for the italic "Kèm theo" line: 108365 units = 14815.53 twips, two lines.
    const attachedTo =
      '(Kèm theo Kế hoạch số 05/KH-BCĐ138 ngày 05 tháng 3 năm 2022 của Ban Chỉ đạo 138 tỉnh Quảng Trị về phòng, chống mại dâm)';
    const [, attached] = paragraphs(await render(appendixHeading({ title: 'Bảng', attachedTo, textWidth: LANDSCAPE })));
    expect(attached!.lines.length).toBe(2);
    expect(attached!.lines.join(' ')).toBe(attachedTo);
    for (const l of attached!.lines) expect(measureTwips(l, 14, { italics: true })).toBeLessThanOrEqual(11428);
    // The "Kèm theo" line is measured in italics: this one is 81800 units = 11183.59 twips in italics,
    // within 11428, so one line, though upright it would be 84069 units = 11493.81 twips.
    const italicFits = '(Kèm theo Kế hoạch số 05/KH-VKS ngày 05 tháng 3 năm 2022 của VKSND Yên Bái, VKSND Vĩnh)';
    const [, oneLine] = paragraphs(await render(appendixHeading({ title: 'Bảng', attachedTo: italicFits, textWidth: LANDSCAPE })));
    expect(oneLine!.lines).toEqual([italicFits]);
    // And for a subtitle: bold 14 pt, 89501 units = 12236.46 twips, two lines.
    const subtitle = 'Kết quả phòng, chống mại dâm trên địa bàn tỉnh năm 2023 và những năm tiếp theo ở các huyện, thị xã';
    const [, sub] = paragraphs(await render(appendixHeading({ title: 'Bảng', subtitle, textWidth: LANDSCAPE })));
    expect(sub!.lines.length).toBe(2);
    expect(sub!.lines.join(' ')).toBe(subtitle);
    for (const l of sub!.lines) expect(measureTwips(l, 14, { bold: true })).toBeLessThanOrEqual(11428);
  });
});

describe('the signature row (ô 7a–7c beside Nơi nhận, ô 9b)', () => {
  const layout = { textWidth: 9354, left: 3684, right: 5670, quocHieuPt: 13, agencyPt: 13, parentLine: null, agencyLines: ['SỞ TƯ PHÁP'] };
  const settings: DocumentSettings = {
    ...soSettings,
    signer: { authority: 'KT.', authorityOf: ' giám đốc ', position: ' phó giám đốc ', otherPosition: ' phó chủ tịch ', name: ' Lê Thị Hương ' },
    recipients: ['UBND tỉnh (b/c)'],
    archiveLine: 'Lưu: VT, NC<sub>M</sub>.',
  };

  it('sets Nơi nhận left, flush with the margin, and the signature right, in one row that cannot split', async () => {
    const r = await render([signatureBlock(settings, layout, true)]);
    const [t] = r.tables();
    expect(t!.grid).toEqual([3684, 5670]);
    expect(t!.width).toEqual({ w: 9354, type: 'dxa' });
    expect(t!.layout).toBe('fixed');
    expect(Object.values(t!.borders)).toEqual(['none', 'none', 'none', 'none', 'none', 'none']);
    expect(t!.rows.length).toBe(1);
    expect(t!.rows[0]!.cantSplit).toBe(true);
    const [left, right] = t!.rows[0]!.cells;
    expect(left!.width).toEqual({ w: 3684, type: 'dxa' });
    expect(right!.width).toEqual({ w: 5670, type: 'dxa' });
    expect(left!.margins).toEqual({ left: 0, right: 57, top: 0, bottom: 0 });
    expect(right!.margins).toEqual({ left: 57, right: 57, top: 0, bottom: 0 });
    expect([left!.vAlign, right!.vAlign]).toEqual(['top', 'top']);

    // Nơi nhận: label bold italic 12 pt, 12 pt above; the list at 11 pt with its text after "- ":
    // "- " at 11 pt = (682 + 512) / 2048 × 220 = 128.26 twips, indent 128 hanging 128.
    const [label, ...list] = left!.paragraphs;
    expect(label!.text).toBe('Nơi nhận:');
    expect(label!.runs.map((x) => [x.bold, x.italics, x.sz])).toEqual([[true, true, 24]]);
    expect(label!.spacing.before).toBe(240);
    expect(list.map((p) => p.text)).toEqual(['- Như trên;', '- UBND tỉnh (b/c);', '- Lưu: VT, NCM.']);
    for (const p of [label!, ...list]) expect(attr(path(p.el, 'w:pPr', 'w:pStyle'), 'w:val'), p.text).toBe('NoiNhan');
    for (const p of list) {
      expect(p.ind, p.text).toMatchObject({ left: 128, hanging: 128 });
      expect(p.runs.every((x) => x.sz === 22 && !x.bold && !x.italics), p.text).toBe(true);
    }
    // The drafting unit's initials as a subscript, the rest of the line as written.
    const archive = list[2]!.runs;
    expect(archive.map((x) => x.text)).toEqual(['- Lưu: VT, NC', 'M', '.']);
    expect(archive.map((x) => attr(path(x.el, 'w:rPr', 'w:vertAlign'), 'w:val'))).toEqual([null, 'subscript', null]);

    // Signature: the position lines (the first 12 pt down, level with "Nơi nhận:"), four empty 14 pt
    // lines for the signature, the other position, the name; all centred bold 14 pt.
    const lines = right!.paragraphs;
    expect(lines.map((p) => p.text)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', '', 'PHÓ CHỦ TỊCH', 'Lê Thị Hương']);
    expect(lines.map((p) => p.spacing.before)).toEqual([240, 0, 0, 0, 0, 0, 0, 0]);
    for (const p of lines) expect(p.markSz, p.text).toBe(28);
    for (const p of lines.filter((x) => x.text)) {
      expect(p.jc, p.text).toBe('center');
      expect(p.runs.every((x) => x.bold && x.sz === 28), p.text).toBe(true);
    }
  });

  it('leaves out "Như trên" when there is no Kính gửi, and a blank other position', async () => {
    const s = { ...settings, signer: { ...settings.signer, otherPosition: '  ' } };
    const [t] = (await render([signatureBlock(s, layout, false)])).tables();
    const [left, right] = t!.rows[0]!.cells;
    expect(left!.paragraphs.map((p) => p.text)).toEqual(['Nơi nhận:', '- UBND tỉnh (b/c);', '- Lưu: VT, NCM.']);
    expect(right!.paragraphs.map((p) => p.text)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', '', 'Lê Thị Hương']);
  });

  it('refuses a missing name, position or "signs for", naming the setting', () => {
    const cases: [Partial<DocumentSettings['signer']>, string, string][] = [
      [{ name: '  ' }, 'Thiếu họ tên người ký.', 'settings.signer.name'],
      [{ authorityOf: '  ' }, 'Thiếu chức danh sau "KT.".', 'settings.signer.authorityOf'],
      [{ authority: '', position: '  ' }, 'Thiếu chức vụ người ký.', 'settings.signer.position'],
    ];
    for (const [change, message, field] of cases) {
      const e = thrown(() => signatureBlock({ ...settings, signer: { ...settings.signer, ...change } }, layout, true));
      expect([e.message, e.field]).toEqual([message, field]);
    }
    // Settings saved without one of these fields (null or missing) are refused the same way, not
    // printed as "null" or "undefined".
    const missing: [Record<string, unknown>, string][] = [
      [{ name: undefined }, 'settings.signer.name'],
      [{ authorityOf: null }, 'settings.signer.authorityOf'],
      [{ authority: '', position: undefined }, 'settings.signer.position'],
    ];
    for (const [change, field] of missing) {
      const signer = { ...settings.signer, ...change } as unknown as DocumentSettings['signer'];
      expect(thrown(() => signatureBlock({ ...settings, signer }, layout, true)).field).toBe(field);
    }
  });
});

describe('paragraphs and runs (§2: Times New Roman, NFC, Vietnamese, explicit spacing)', () => {
  const pPr = (p: { el: Parameters<typeof path>[0] }, name: string) => path(p.el, 'w:pPr', name);

  it('default to a left-aligned single-spaced paragraph without space, indent, style or keep', async () => {
    const [p] = paragraphs(await render([textParagraph('Dòng một'.normalize('NFD'), { pt: 13, bold: true, italics: true })]));
    expect(p!.text).toBe('Dòng một'.normalize('NFC'));
    expect(p!.jc).toBe('left');
    expect(p!.spacing).toEqual({ before: 0, after: 0, line: 240, lineRule: 'auto' });
    expect(pPr(p!, 'w:ind')).toBeNull();
    expect([p!.keepNext, p!.keepLines]).toEqual([false, false]);
    expect(pPr(p!, 'w:pageBreakBefore')).toBeNull();
    expect(pPr(p!, 'w:pStyle')).toBeNull();
    // The mark has the text's size, so an empty line keeps the text's height.
    expect(p!.markSz).toBe(26);
    expect(p!.runs.map((x) => [x.text, x.sz, x.bold, x.italics, x.lang, x.fonts.ascii])).toEqual([
      ['Dòng một'.normalize('NFC'), 26, true, true, 'vi-VN', 'Times New Roman'],
    ]);
  });

  it('write every option given: lines set apart by breaks, spacing, indents, keeps, page break and style', async () => {
    const o = { align: AlignmentType.JUSTIFIED, before: 120, after: 60, line: 360, indentLeft: 100, indentRight: 200, firstLine: 567 };
    const more = { keepNext: true, keepLines: true, pageBreakBefore: true, style: 'BodyText' };
    const [p, hung] = paragraphs(
      await render([textParagraph(['một', 'hai', 'ba'], { pt: 14 }, { ...o, ...more }), textParagraph('bốn', { pt: 14 }, { indentLeft: 3133, hanging: 163 })]),
    );
    expect(p!.lines).toEqual(['một', 'hai', 'ba']);
    expect(p!.runs.map((x) => descendants(x.el, 'w:br').length)).toEqual([0, 1, 1]);
    expect(p!.runs.every((x) => !x.bold && !x.italics && x.sz === 28)).toBe(true);
    expect(p!.jc).toBe('both');
    expect(p!.spacing).toEqual({ before: 120, after: 60, line: 360, lineRule: 'auto' });
    expect(p!.ind).toMatchObject({ left: 100, right: 200, firstLine: 567, hanging: 0 });
    expect([p!.keepNext, p!.keepLines]).toEqual([true, true]);
    expect(pPr(p!, 'w:pageBreakBefore')).not.toBeNull();
    expect(attr(pPr(p!, 'w:pStyle'), 'w:val')).toBe('BodyText');
    expect(hung!.ind).toMatchObject({ left: 3133, hanging: 163, firstLine: 0, right: 0 });
  });

  it('set the "<sub>…</sub>" parts as subscripts, and nothing else', async () => {
    const [p] = paragraphs(await render([subscriptParagraph('<sub>A</sub>Lưu: VT, NC<sub>Th</sub>', { pt: 11 }, { indentLeft: 128 })]));
    expect(p!.runs.map((x) => x.text)).toEqual(['A', 'Lưu: VT, NC', 'Th']);
    expect(p!.runs.map((x) => attr(path(x.el, 'w:rPr', 'w:vertAlign'), 'w:val'))).toEqual(['subscript', null, 'subscript']);
    expect(p!.runs.every((x) => x.sz === 22 && x.lang === 'vi-VN' && x.fonts.ascii === 'Times New Roman')).toBe(true);
    expect(p!.markSz).toBe(22);
    expect(p!.ind.left).toBe(128);
  });

  it('make an empty line of the size asked for', async () => {
    const [p] = paragraphs(await render([emptyParagraph(14, { before: 120 })]));
    expect(p!.runs).toEqual([]);
    expect(p!.markSz).toBe(28);
    expect(attr(path(p!.el, 'w:pPr', 'w:rPr', 'w:rFonts'), 'w:ascii')).toBe('Times New Roman');
    expect(p!.spacing).toEqual({ before: 120, after: 0, line: 240, lineRule: 'auto' });
  });
});

describe('page setup (§1) and page numbers (§8)', () => {
  it('sets A4 portrait with 20/20/30/15 mm margins, the header 10 mm from the edge, numbers from page 2', async () => {
    const [s] = (await render([textParagraph('x', { pt: 14 })])).sections();
    expect(s!.pgSz).toEqual({ w: 11906, h: 16838, orient: 'portrait' });
    expect(s!.pgMar).toEqual({ top: 1134, bottom: 1134, left: 1701, right: 851, header: 567, footer: 567 });
    expect(s!.titlePg).toBe(true);
    expect(s!.pgNumStart).toBeNull();
    const [number] = s!.headers.default!.paragraphs;
    expect(number!.jc).toBe('center');
    // Written out: without them the Normal style's 6 pt before would push the number down.
    const written = (p: { el: Parameters<typeof path>[0] }) =>
      ['w:before', 'w:after'].map((a) => attr(path(p.el, 'w:pPr', 'w:spacing'), a));
    expect(written(number!)).toEqual(['0', '0']);
    expect(number!.markSz).toBe(28);
    expect(number!.runs.filter((x) => x.hasPageField).map((x) => [x.sz, x.fonts.ascii])).toEqual([[28, 'Times New Roman']]);
    const first = s!.headers.first!.paragraphs;
    expect(first.length).toBe(1);
    expect(first[0]!.runs).toEqual([]);
    expect(first[0]!.markSz).toBe(28);
    expect(written(first[0]!)).toEqual(['0', '0']);
  });

  it('turns an appendix landscape with the same margins, numbered from 1 again only when asked', async () => {
    const doc = createDocument('Thử', [
      portraitSection([textParagraph('x', { pt: 14 })]),
      landscapeSection([textParagraph('y', { pt: 14 })], true),
      landscapeSection([textParagraph('z', { pt: 14 })], false),
    ]);
    const sections = readDocx(new Uint8Array(await Packer.toBuffer(doc))).sections();
    const [, restarted, continued] = sections;
    for (const s of [restarted!, continued!]) {
      expect(s.pgSz).toEqual({ w: 16838, h: 11906, orient: 'landscape' });
      expect(s.pgMar).toEqual({ top: 1134, bottom: 1134, left: 1701, right: 851, header: 567, footer: 567 });
      expect(s.titlePg).toBe(true);
      expect(s.headers.default?.hasPageField).toBe(true);
      expect(s.headers.first?.hasPageField).toBe(false);
    }
    expect(restarted!.pgNumStart).toBe(1);
    expect(continued!.pgNumStart).toBeNull();
  });
});

describe('data tables (§10.3)', () => {
  const columns = [
    { header: 'TT', width: 600, align: AlignmentType.CENTER },
    { header: 'Nội dung\ncông việc', width: 3000, align: AlignmentType.LEFT },
    { header: 'Kết quả', width: 1400, align: AlignmentType.RIGHT },
  ];

  it('share the free width by weight, the rounding left to the last free column', () => {
    // 1001 − 100 = 901 shared 1:1: floor(450.5) twice = 900, the last twip to the last free column.
    expect(fitWidths(1001, [100, null, null])).toEqual([100, 450, 451]);
    // 1000 − 300 = 700 shared 2:1 (the fixed column's weight is not used): floor(466.67) = 466,
    // floor(233.33) = 233; 999, the missing twip to the last free column (the third, not the first).
    expect(fitWidths(1000, [null, 300, null], [2, 9, 1])).toEqual([466, 300, 234]);
    // 1001 − 300 = 701 shared 1:1: 350 and 350; the missing twip to the second column, the last free
    // one, not to the fixed last column.
    expect(fitWidths(1001, [null, null, 300])).toEqual([350, 351, 300]);
    // No free column: the last one takes the difference, so the sum is always the total.
    expect(fitWidths(1000, [300, 400])).toEqual([300, 700]);
  });

  it('have DXA widths, fixed layout, single 0.5 pt black borders and a bold centred header row repeated on each page', async () => {
    const [t] = (await render([dataTable(columns, [{ cells: ['1', 'Tuyên truyền\nphòng, chống', '5'] }, { cells: ['2'], bold: true }])])).tables();
    expect(t!.grid).toEqual([600, 3000, 1400]);
    expect(t!.width).toEqual({ w: 5000, type: 'dxa' });
    expect(t!.layout).toBe('fixed');
    const borders = path(t!.el, 'w:tblPr', 'w:tblBorders')!;
    for (const side of ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV']) {
      const b = path(borders, side);
      expect([attr(b, 'w:val'), attr(b, 'w:sz'), attr(b, 'w:color')], side).toEqual(['single', '4', '000000']);
    }
    const [header, row, bold] = t!.rows;
    expect([header!.tblHeader, header!.cantSplit]).toEqual([true, true]);
    expect(header!.cells.map((c) => c.paragraphs.map((p) => p.text))).toEqual([['TT'], ['Nội dung', 'công việc'], ['Kết quả']]);
    for (const c of header!.cells) {
      expect(c.vAlign).toBe('center');
      for (const p of c.paragraphs) {
        expect(p.jc).toBe('center');
        expect(p.runs.every((x) => x.bold && x.sz === 24)).toBe(true);
      }
    }
    expect([row!.tblHeader, row!.cantSplit]).toEqual([false, true]);
    expect(row!.cells.map((c) => c.paragraphs.map((p) => p.text))).toEqual([['1'], ['Tuyên truyền', 'phòng, chống'], ['5']]);
    expect(row!.cells.map((c) => c.paragraphs[0]!.jc)).toEqual(['center', 'left', 'right']);
    for (const c of row!.cells) {
      expect(c.vAlign).toBe('top');
      expect(c.margins).toEqual({ left: 85, right: 85, top: 40, bottom: 40 });
      for (const p of c.paragraphs) {
        expect(attr(path(p.el, 'w:pPr', 'w:pStyle'), 'w:val')).toBe('TableText');
        expect(p.runs.every((x) => !x.bold && !x.italics && x.sz === 24)).toBe(true);
      }
    }
    expect(row!.cells.map((c) => c.width.w)).toEqual([600, 3000, 1400]);
    // A row with fewer cells gets empty ones; a bold row is bold.
    expect(bold!.cells.map((c) => c.text)).toEqual(['2', '', '']);
    expect(bold!.cells[0]!.paragraphs[0]!.runs.every((x) => x.bold)).toBe(true);
  });

  it('let long rows split across pages when asked, and merge a group title across the other columns', async () => {
    const rows = [{ cells: ['1', 'a', 'b'] }, { first: 'I', span: 'Nhóm\nmột', italics: true }];
    const [t] = (await render([dataTable(columns, rows, 11, { splitRows: true })])).tables();
    const [, row, group] = t!.rows;
    expect(row!.cantSplit).toBe(false);
    expect(row!.cells[0]!.paragraphs[0]!.runs[0]!.sz).toBe(22);
    expect(group!.cantSplit).toBe(true);
    const [first, span] = group!.cells;
    expect(group!.cells.length).toBe(2);
    expect([first!.width.w, first!.gridSpan, first!.paragraphs[0]!.jc]).toEqual([600, 1, 'center']);
    expect([span!.width.w, span!.gridSpan]).toEqual([4400, 2]);
    expect(span!.paragraphs.map((p) => [p.text, p.jc])).toEqual([['Nhóm', 'left'], ['một', 'left']]);
    for (const c of [first!, span!]) expect(c.paragraphs.every((p) => p.runs.every((x) => x.italics && !x.bold))).toBe(true);
    // A group title is kept on the page of its first row (keep with next on its paragraphs); a plain row is not.
    expect(group!.cells.flatMap((c) => c.paragraphs.map((p) => p.keepNext))).toEqual([true, true, true]);
    expect(row!.cells.flatMap((c) => c.paragraphs.map((p) => p.keepNext))).toEqual([false, false, false]);
    // Two columns: the title cell spans one column, written without a span.
    const [t2] = (await render([dataTable(columns.slice(0, 2), [{ first: 'I', span: 'Nhóm', bold: true }])])).tables();
    const cells = t2!.rows[1]!.cells;
    expect(cells.map((c) => [c.width.w, c.gridSpan])).toEqual([[600, 1], [3000, 1]]);
    expect(path(cells[1]!.el, 'w:tcPr', 'w:gridSpan')).toBeNull();
    expect(cells.every((c) => c.paragraphs[0]!.runs.every((x) => x.bold && !x.italics))).toBe(true);
  });
});

describe('the body (ô 6, §5)', () => {
  const styleOf = (p: { el: Parameters<typeof path>[0] }) => attr(path(p.el, 'w:pPr', 'w:pStyle'), 'w:val');
  const para = (text: string): BodyItem => ({ kind: 'paragraph', text });
  // "nnnn" at 14 pt = 4096 units = 560 twips: one line. 30 × "nnnn" with 29 spaces = 30 × 4096 + 29
  // × 512 = 137728 units = 18828.75 twips; with the 567 first line, (18828.75 + 567) / (9354 − 100)
  // = 2.10, so three lines.
  const SHORT = 'nnnn';
  const LONG = Array.from({ length: 30 }, () => 'nnnn').join(' ');
  const kept = (r: DocxReader) => paragraphs(r).map((p) => p.keepNext && p.keepLines);

  it('lists the outline: headings trimmed by depth (deeper than 3 stays at 3), blank parts left out', () => {
    const extra = (s: BodySection, depth: number): BodyItem[] => [para(`bảng ${s.heading} ${depth}`)];
    const sections: BodySection[] = [
      {
        heading: ' Mục đích ',
        paragraphs: [' một ', '  '],
        subsections: [{ heading: '', paragraphs: ['hai'], subsections: [{ heading: 'a', paragraphs: [], subsections: [{ heading: 'b', paragraphs: [] }] }] }],
      },
    ];
    expect(sectionItems(sections, extra)).toEqual([
      { kind: 'heading', level: 0, text: 'Mục đích' },
      { kind: 'paragraph', text: 'một' },
      para('bảng  Mục đích  0'),
      { kind: 'paragraph', text: 'hai' },
      para('bảng  1'),
      { kind: 'heading', level: 2, text: 'a' },
      para('bảng a 2'),
      { kind: 'heading', level: 2, text: 'b' },
      para('bảng b 3'),
    ]);
    expect(sectionItems([{ heading: 'X', paragraphs: ['y'] }])).toEqual([
      { kind: 'heading', level: 0, text: 'X' },
      { kind: 'paragraph', text: 'y' },
    ]);
  });

  it('sets căn cứ lines italic, each ending ";", the last "."', () => {
    expect(basisItems(['Căn cứ A.', ' ', 'Căn cứ B;'])).toEqual([
      { kind: 'paragraph', text: 'Căn cứ A;', italics: true },
      { kind: 'paragraph', text: 'Căn cứ B.', italics: true },
    ]);
  });

  it('sets a body paragraph justified, 1 cm first line, 6 pt before, unless told otherwise', async () => {
    const [plain, other] = paragraphs(await render([bodyParagraph('x'), bodyParagraph('y', { italics: true, bold: true, keep: true, before: 0 })]));
    expect([plain!.jc, plain!.ind.firstLine, plain!.spacing.before, styleOf(plain!)]).toEqual(['both', 567, 120, 'BodyText']);
    expect([plain!.keepNext, plain!.keepLines]).toEqual([false, false]);
    expect(plain!.runs.map((x) => [x.bold, x.italics, x.sz])).toEqual([[false, false, 28]]);
    expect(other!.spacing.before).toBe(0);
    expect([other!.keepNext, other!.keepLines]).toEqual([true, true]);
    expect(other!.runs.map((x) => [x.bold, x.italics])).toEqual([[true, true]]);
  });

  it('estimates the lines of a paragraph from its width plus the first line, over the text width less 1 mm slack', () => {
    // 10 × "n" at 14 pt = 10240 units = 1400 twips; + 567 = 1967. Over 2067 − 100: one line; over
    // 1967 − 100 = 1867: two.
    expect(estimatedLines('nnnnnnnnnn', 2067)).toBe(1);
    expect(estimatedLines('nnnnnnnnnn', 1967)).toBe(2);
    expect(estimatedLines('', 9354)).toBe(1);
    expect(estimatedLines(LONG)).toBe(3);
    expect(estimatedLines(SHORT)).toBe(1);
  });

  it('prints the three heading levels: Mục upper case bold, Khoản bold, Điểm regular, each kept with what follows', async () => {
    const items: BodyItem[] = [
      { kind: 'heading', level: 0, text: 'I. Mục đích' },
      { kind: 'heading', level: 1, text: '1. Mục đích' },
      { kind: 'heading', level: 2, text: 'a) Điểm' },
      para(SHORT),
    ];
    const ps = paragraphs(await render(renderBody(items)));
    expect(ps.map((p) => p.text)).toEqual(['I. MỤC ĐÍCH', '1. Mục đích', 'a) Điểm', `${SHORT}./.`]);
    expect(ps.slice(0, 3).map((p) => [styleOf(p), p.runs.every((x) => x.bold), p.keepNext, p.jc, p.ind.firstLine, p.spacing.before])).toEqual([
      ['Heading1', true, true, 'both', 567, 120],
      ['Heading2', true, true, 'both', 567, 120],
      ['Heading3', false, true, 'both', 567, 120],
    ]);
  });

  it('ends the text with "./." and keeps at least three lines of it with the signature', async () => {
    // Five one-line paragraphs: the last three go with the signature (kept with the next and whole).
    const five = paragraphs(await render(renderBody([para('a'), para('b'), para('c'), para('d'), para('e.')])));
    expect(five.map((p) => p.text)).toEqual(['a', 'b', 'c', 'd', 'e./.']);
    expect(five.map((p) => p.keepNext && p.keepLines)).toEqual([false, false, true, true, true]);
    expect(five.map((p) => p.keepNext || p.keepLines)).toEqual([false, false, true, true, true]);
    // A heading on the way is kept too but adds no lines; a three-line paragraph is enough alone.
    const withHeading = await render(renderBody([para('a'), para('b'), { kind: 'heading', level: 1, text: 'h' }, para('c'), para('d')]));
    expect(kept(withHeading)).toEqual([false, true, true, true, true]);
    expect(kept(await render(renderBody([para(SHORT), para(LONG)])))).toEqual([false, true]);
  });

  it('stops keeping at a table, keeps the paragraph before a table with it, and adds 12 pt after a table', async () => {
    const table = dataTable([{ header: 'A', width: 1000, align: AlignmentType.LEFT }], []);
    const r = await render(renderBody([para('a'), para('b'), { kind: 'block', node: table }, para('c')]));
    const blocks = r.blocks();
    expect(blocks.map((b) => b.nodeName)).toEqual(['w:p', 'w:p', 'w:tbl', 'w:p']);
    const [a, b, , c] = blocks.map((x) => (x.nodeName === 'w:p' ? r.paragraph(x) : null));
    expect([a!.keepNext, b!.keepNext && b!.keepLines, c!.keepNext && c!.keepLines]).toEqual([false, true, true]);
    expect([a!.spacing.before, b!.spacing.before, c!.spacing.before]).toEqual([120, 120, 240]);
    expect(c!.text).toBe('c./.');
    // A body ending with a table: its last paragraph gets "./." and goes with the table, nothing else is kept.
    const r2 = await render(renderBody([para('a'), para('b'), { kind: 'block', node: table }]));
    const [a2, b2] = paragraphs(r2);
    expect([a2!.text, b2!.text]).toEqual(['a', 'b./.']);
    expect([a2!.keepNext, b2!.keepNext && b2!.keepLines]).toEqual([false, true]);
    // A paragraph marked keepNext is kept; a body ending with a heading keeps the heading whole.
    const r3 = await render(renderBody([{ kind: 'paragraph', text: 'a', keepNext: true }, para('b'), { kind: 'heading', level: 1, text: 'h' }]));
    const [a3, b3, h3] = paragraphs(r3);
    expect([a3!.keepNext, b3!.keepNext, h3!.keepLines]).toEqual([true, false, true]);
    expect(b3!.text).toBe('b./.');
    // Italic and bold paragraph items keep their style.
    const [it3] = paragraphs(await render(renderBody([{ kind: 'paragraph', text: 'x', italics: true, bold: true }])));
    expect(it3!.runs.map((x) => [x.bold, x.italics])).toEqual([[true, true]]);
  });

  it('gives each paragraph its own look when italic, bold, plain and kept paragraphs are mixed', async () => {
    // Paragraphs of one look share one template; an italic, a bold and a plain paragraph, none kept,
    // all 6 pt before, must still print as three looks, and the last three (kept with the signature,
    // one line each) as kept ones.
    const items: BodyItem[] = [
      { kind: 'paragraph', text: 'a', italics: true },
      para('b'),
      { kind: 'paragraph', text: 'c', bold: true },
      para('d'),
      para('e'),
      para('f'),
    ];
    const ps = paragraphs(await render(renderBody(items)));
    expect(ps.map((p) => [p.text, p.runs.every((x) => x.italics), p.runs.every((x) => x.bold), p.keepNext])).toEqual([
      ['a', true, false, false],
      ['b', false, false, false],
      ['c', false, true, false],
      ['d', false, false, true],
      ['e', false, false, true],
      ['f./.', false, false, true],
    ]);
  });

  it('lists a section saved without a heading or paragraphs by its subsections alone', () => {
    // Older saved outlines may lack either field; nothing is printed for them.
    const bare = { subsections: [{ heading: 'a) Điểm', paragraphs: ['nội dung'] }] } as unknown as BodySection;
    expect(sectionItems([bare])).toEqual([
      { kind: 'heading', level: 1, text: 'a) Điểm' },
      { kind: 'paragraph', text: 'nội dung' },
    ]);
  });
});

describe('the Word styles a clerk applies while editing (§2)', () => {
  async function styles() {
    const r = await render([]);
    const byId = (id: string) => descendants(r.styles, 'w:style').find((s) => attr(s, 'w:styleId') === id)!;
    const look = (id: string) => {
      const s = byId(id);
      const v = (...names: string[]) => attr(path(s, ...names), 'w:val');
      const sp = path(s, 'w:pPr', 'w:spacing');
      return {
        name: v('w:name'),
        basedOn: v('w:basedOn'),
        next: v('w:next'),
        quick: path(s, 'w:qFormat') !== null,
        keepNext: path(s, 'w:pPr', 'w:keepNext') !== null,
        jc: v('w:pPr', 'w:jc'),
        firstLine: attr(path(s, 'w:pPr', 'w:ind'), 'w:firstLine'),
        spacing: ['w:before', 'w:after', 'w:line', 'w:lineRule'].map((a) => attr(sp, a)),
        font: attr(path(s, 'w:rPr', 'w:rFonts'), 'w:ascii'),
        sz: v('w:rPr', 'w:sz'),
        bold: v('w:rPr', 'w:b') ?? (path(s, 'w:rPr', 'w:b') ? 'true' : null),
        italics: v('w:rPr', 'w:i'),
        color: v('w:rPr', 'w:color'),
        lang: v('w:rPr', 'w:lang'),
      };
    };
    return { r, look };
  }
  const single = (before: string) => [before, '0', '240', 'auto'];
  const black14 = { font: 'Times New Roman', sz: '28', italics: 'false', color: '000000', lang: 'vi-VN' };

  it('set Times New Roman 14, Vietnamese, as the document default', async () => {
    const { r } = await styles();
    const rPr = path(descendants(r.styles, 'w:docDefaults')[0], 'w:rPrDefault', 'w:rPr');
    const f = path(rPr, 'w:rFonts');
    expect(['w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'].map((a) => attr(f, a))).toEqual(Array(4).fill('Times New Roman'));
    expect(attr(path(rPr, 'w:sz'), 'w:val')).toBe('28');
    expect(attr(path(rPr, 'w:lang'), 'w:val')).toBe('vi-VN');
  });

  it('define Title centred bold with no space, and Heading 1–3 as body paragraphs, each followed by body text', async () => {
    const { look } = await styles();
    const common = { basedOn: 'Normal', next: 'BodyText', quick: true, keepNext: true, ...black14 };
    expect(look('Title')).toEqual({ ...common, name: 'Title', jc: 'center', firstLine: null, spacing: single('0'), bold: 'true' });
    for (const [id, name, bold] of [['Heading1', 'Heading 1', 'true'], ['Heading2', 'Heading 2', 'true'], ['Heading3', 'Heading 3', 'false']]) {
      expect(look(id!), id).toEqual({ ...common, name, jc: 'both', firstLine: '567', spacing: single('120'), bold });
    }
  });

  it('define Normal and Body Text as the 14 pt body, and the table and "Nơi nhận" styles at 12 and 11 pt with no space', async () => {
    const { look } = await styles();
    // Spec §2.3: body 14 pt (sz 28 half-points), first line 1 cm = 567 tw, 6 pt before = 120 tw, single
    // line (240, auto). §10: table text 12 pt = sz 24; §7: the list of "Nơi nhận" 11 pt = sz 22.
    const plain = { quick: true, keepNext: false, bold: 'false', ...black14 };
    expect(look('Normal')).toEqual({ ...plain, name: 'Normal', basedOn: null, next: null, jc: null, firstLine: null, spacing: single('120') });
    expect(look('BodyText')).toEqual({ ...plain, name: 'Body Text', basedOn: 'Normal', next: 'BodyText', jc: 'both', firstLine: '567', spacing: single('120') });
    expect(look('TableText')).toEqual({ ...plain, name: 'Table Text', basedOn: 'Normal', next: 'TableText', jc: null, firstLine: null, spacing: single('0'), sz: '24' });
    expect(look('NoiNhan')).toEqual({ ...plain, name: 'Nơi nhận', basedOn: 'Normal', next: 'NoiNhan', jc: null, firstLine: null, spacing: single('0'), sz: '22' });
  });
});

describe('the header block (ô 1–4, 5b; §3)', () => {
  const settings = (o: Partial<DocumentSettings>): DocumentSettings => ({ ...soSettings, parentAgencyLine: '', issuingBody: 'SỞ TƯ PHÁP', ...o });
  const cols = (l: ReturnType<typeof planHeader>) => [l.left, l.right, l.quocHieuPt, l.agencyPt];

  it('narrows the Quốc hiệu column for a chủ quản line or a Số line too wide for the 65 mm column', () => {
    // The left box at 65 mm: 3684 − 2 × 57 = 3570, less 30 twips slack = 3540; with the Quốc hiệu at
    // 12 pt: 4124 − 114 − 30 = 3980. Widths at 13 pt regular, in twips, summed from tnr-widths.json.
    // "ỦY BAN NHÂN DÂN HUYỆN" 3408.69: fits.
    expect(cols(planHeader(settings({ parentAgencyLine: ' ủy ban nhân dân huyện ' })))).toEqual([3684, 5670, 13, 13]);
    expect(planHeader(settings({ parentAgencyLine: ' ủy ban nhân dân huyện ' })).parentLine).toBe('ỦY BAN NHÂN DÂN HUYỆN');
    // "Số: 1050/SLĐTBXH-PCTNXH-VP" 3748.67: over 3540, within 3980 (the Số line is always 13 pt).
    expect(cols(planHeader(settings({}), 9354, 'Số: 1050/SLĐTBXH-PCTNXH-VP'))).toEqual([4124, 5230, 12, 13]);
    // "ỦY BAN NHÂN DÂN TỈNH HÀ NAM" 4231.98 at 13 pt, over 3980; 3906.45 at 12 pt: the agency lines go to 12 pt.
    expect(cols(planHeader(settings({ parentAgencyLine: 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM' })))).toEqual([4124, 5230, 12, 12]);
    // No chủ quản line (blank or not set at all): none printed.
    expect(planHeader(settings({ parentAgencyLine: '  ' })).parentLine).toBeNull();
    expect(planHeader(settings({ parentAgencyLine: undefined })).parentLine).toBeNull();
  });

  it('wraps an agency name 30 twips short of its box', () => {
    // "CÔNG AN TỈNH ĐỒNG THÁP" bold 13 pt: 28218 units = 3582.36 twips, within the 3570 + 30 a
    // renderer might still fit but over the 3570 − 30 = 3540 allowed: two lines in the 65 mm column.
    const l = planHeader(settings({ issuingBody: 'Công an tỉnh Đồng Tháp' }));
    expect(cols(l)).toEqual([3684, 5670, 13, 13]);
    expect(l.agencyLines.length).toBe(2);
    expect(l.agencyLines.join(' ')).toBe('CÔNG AN TỈNH ĐỒNG THÁP');
    for (const line of l.agencyLines) expect(measureTwips(line, 13, { bold: true })).toBeLessThanOrEqual(3540);
    // Given as a line, "SỞ TƯ PHÁP TỈNH BẠC LIÊU" is measured bold: 28278 units = 3589.98 twips, over
    // 3540 (upright it would be 3416.18), so the Quốc hiệu goes to 12 pt to widen the column.
    expect(cols(planHeader(settings({ issuingBody: ['SỞ TƯ PHÁP TỈNH BẠC LIÊU'] })))).toEqual([4124, 5230, 12, 13]);
  });

  it('splits a landscape text width in two halves, and keeps the agency lines as given, upper case', () => {
    const l = planHeader(settings({ issuingBody: [' sở tư pháp ', '', 'tỉnh quảng trị'] }), 14286);
    expect(cols(l)).toEqual([7143, 7143, 13, 13]);
    expect(l.agencyLines).toEqual(['SỞ TƯ PHÁP', 'TỈNH QUẢNG TRỊ']);
    // One twip over the portrait width is already "wide": floor(9355 / 2) = 4677 on the right.
    expect(cols(planHeader(settings({}), 9355))).toEqual([4678, 4677, 13, 13]);
  });

  it('refuses an agency without a name, naming the setting', () => {
    for (const issuingBody of [['', ' '], '  ']) {
      const e = thrown(() => planHeader(settings({ issuingBody })));
      expect([e.message, e.field]).toEqual(['Thiếu tên cơ quan ban hành.', 'settings.issuingBody']);
    }
  });

  it('prints the agency with a rule 40 % of its name and the Tiêu ngữ with a rule as long as itself', async () => {
    const s = settings({ parentAgencyLine: 'UBND TỈNH QUẢNG TRỊ' });
    const [t] = (await render([headerBlock({ settings: s, layout: planHeader(s) })])).tables();
    expect(t!.rows.length).toBe(1);
    const [left, right] = t!.rows[0]!.cells;
    for (const c of [left!, right!]) {
      expect(c.margins).toEqual({ left: 57, right: 57, top: 0, bottom: 0 });
      expect(c.vAlign).toBe('top');
    }
    const [parent, agency, agencyRule] = left!.paragraphs;
    expect(parent!.runs.map((x) => [x.text, x.bold, x.sz])).toEqual([['UBND TỈNH QUẢNG TRỊ', false, 26]]);
    expect(agency!.runs.map((x) => [x.text, x.bold, x.sz])).toEqual([['SỞ TƯ PHÁP', true, 26]]);
    // "SỞ TƯ PHÁP" bold 13 pt: 12175 units = 1545.65 twips; 40 % = 618.26, rule 618 in the 3570 box:
    // indents (3570 − 618) / 2 = 1476 each.
    expect(agencyRule!.ind).toMatchObject({ left: 1476, right: 1476 });
    const [qh, tn, tnRule] = right!.paragraphs;
    expect(qh!.runs.map((x) => [x.text, x.bold, x.sz])).toEqual([['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true, 26]]);
    expect(tn!.runs.map((x) => [x.text, x.bold, x.sz])).toEqual([['Độc lập - Tự do - Hạnh phúc', true, 28]]);
    // The Tiêu ngữ bold 14 pt: 24981 units = 3415.37 twips, rule 3415 in the 5556 box: 1070.5, so
    // indents 1070 and 1071.
    expect(tnRule!.ind).toMatchObject({ left: 1070, right: 1071 });
    for (const p of [parent, agency, qh, tn]) expect(p!.jc).toBe('center');
  });

  it('sets Số and the date in a second row only when both are given, and V/v under Số', async () => {
    const s = settings({});
    const layout = planHeader(s);
    const number = { number: 5, symbol: 'STP-VP' };
    const date = { day: 5, month: 3, year: 2022 };
    for (const partial of [{ number }, { date }]) {
      const [t] = (await render([headerBlock({ settings: s, layout, ...partial })])).tables();
      expect(t!.rows.length).toBe(1);
    }
    const rowOf = async (subject?: string) => {
      const [t] = (await render([headerBlock({ settings: s, layout, number, date, ...(subject === undefined ? {} : { subject }) })])).tables();
      expect(t!.rows.length).toBe(2);
      return t!.rows[1]!.cells;
    };
    const [numberCell, dateCell] = await rowOf();
    expect(numberCell!.paragraphs.map((p) => p.text)).toEqual(['Số: 05/STP-VP']);
    expect(numberCell!.paragraphs[0]!.jc).toBe('center');
    expect(numberCell!.paragraphs[0]!.runs.map((x) => [x.sz, x.bold, x.italics])).toEqual([[26, false, false]]);
    expect(dateCell!.paragraphs.map((p) => p.text)).toEqual(['Quảng Trị, ngày 05 tháng 3 năm 2022']);
    expect(dateCell!.paragraphs[0]!.runs.map((x) => [x.sz, x.bold, x.italics])).toEqual([[28, false, true]]);
    expect([dateCell!.paragraphs[0]!.jc, dateCell!.paragraphs[0]!.spacing.before]).toEqual(['center', 120]);
    const subjects: [string, string][] = [
      [' đôn đốc báo cáo ', 'V/v đôn đốc báo cáo'],
      ['V/v đôn đốc', 'V/v đôn đốc'],
      ['Về V/v', 'V/v Về V/v'],
      ['V/vx', 'V/v V/vx'],
    ];
    for (const [given, printed] of subjects) {
      const [cell] = await rowOf(given);
      const [, v] = cell!.paragraphs;
      expect(v!.text, given).toBe(printed);
      expect([v!.jc, v!.spacing.before]).toEqual(['center', 120]);
      expect(v!.runs.map((x) => [x.sz, x.bold])).toEqual([[24, false]]);
    }
  });
});
