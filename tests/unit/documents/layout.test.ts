// Text measure (tnr-widths), line breaking, header layout choices, signature variants and NFC input.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packDocx, urgingLetter } from '../../../shared/documents';
import type { DocumentSettings } from '../../../shared/documents';
import { planHeader } from '../../../shared/documents/layout/header-block';
import { balancedLines, textWidthTwips } from '../../../shared/documents/layout/metrics';
import { signerPositionLines } from '../../../shared/documents/layout/signature';
import { readDocx } from '../../helpers/docx/reader';
import { soSettings, urgingInput } from './fixtures';
import { checkFontsAndText, checkHeaderTable, checkKinhGui } from './nd30-checks';

const mm = (tw: number) => tw / 56.7;

describe('text measure (spec §3.5 measured widths)', () => {
  it.each([
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, { bold: true }, 5424],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, { bold: true }, 5007],
    ['Độc lập - Tự do - Hạnh phúc', 14, { bold: true }, 3415],
    ['Độc lập - Tự do - Hạnh phúc', 13, { bold: true }, 3171],
    ['Kính gửi:', 14, {}, 1066],
  ])('"%s" at %i pt %o is %i twips', (text, pt, style, twips) => {
    expect(Math.abs(textWidthTwips(text, pt, style) - twips)).toBeLessThanOrEqual(1);
  });

  it.each([
    ['Quảng Trị, ngày 28 tháng 12 năm 2022', 14, { italics: true }, 78.5],
    ['UBND TỈNH QUẢNG TRỊ', 13, {}, 51.3],
    ['UBND TỈNH QUẢNG TRỊ', 12, {}, 47.4],
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', 13, { bold: true }, 83.6],
    ['BAN CHỈ ĐẠO 138', 13, { bold: true }, 38.9],
    ['SỞ TƯ PHÁP', 13, { bold: true }, 27.3],
    ['Số: 12/KH-BCĐ138', 13, {}, 37.6],
  ])('"%s" at %i pt %o is %f mm', (text, pt, style, width) => {
    expect(Math.abs(mm(textWidthTwips(text, pt, style)) - width)).toBeLessThanOrEqual(0.1);
  });

  it('uses the advance widths of the spec’s metrics file, for every character of every face', () => {
    // The file gives font units of a 2048-unit em: at 102.4 pt (2048 / 20) one unit is one twip.
    const metrics = JSON.parse(fs.readFileSync('tests/fixtures/tnr-widths.json', 'utf8')) as Record<string, Record<string, number>>;
    const styles = { Regular: {}, Bold: { bold: true }, Italic: { italics: true }, BoldItalic: { bold: true, italics: true } };
    for (const [face, style] of Object.entries(styles)) {
      for (const [ch, units] of Object.entries(metrics[face]!)) expect(textWidthTwips(ch, 102.4, style), `${face} ${ch}`).toBeCloseTo(units, 6);
    }
  });

  it('"Kính gửi:" at 14 pt: K 1479 + í (as i) 569 + n 1024 + h 1024 + space 512 + g 1024 + ử (as u) 1024 + i 569 + : 569', () => {
    // = 7794 units; 7794 / 2048 × 14 × 20 = 1065.59 twips.
    expect(textWidthTwips('Kính gửi:', 14)).toBeCloseTo(1065.59, 2);
    // A character outside the table and without a base letter in it (an en dash) counts half an em.
    expect(textWidthTwips('–', 14)).toBeCloseTo((1024 / 2048) * 14 * 20, 6);
  });

  it('measures NFD text like NFC', () => {
    const s = 'Phòng, chống mại dâm';
    expect(textWidthTwips(s.normalize('NFD'), 14)).toBe(textWidthTwips(s, 14));
  });
});

describe('line breaking', () => {
  it('keeps numbers with their words and breaks before "và"', () => {
    expect(
      balancedLines('Kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2022 và phương hướng, nhiệm vụ 6 tháng cuối năm 2022', 8418, 14, { bold: true }),
    ).toEqual(['Kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2022', 'và phương hướng, nhiệm vụ 6 tháng cuối năm 2022']);
  });

  it('wraps an agency name to even lines that fit the column', () => {
    expect(balancedLines('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', 3540, 13, { bold: true })).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ']);
  });

  it('keeps a blank for the văn thư whole', () => {
    const text = `(Kèm theo Kế hoạch số${' '.repeat(9)}/KH-BCĐ138 ngày${' '.repeat(8)}tháng 3 năm 2022 của Ban Chỉ đạo 138 tỉnh)`;
    expect(balancedLines(text, 11428, 14, { italics: true })).toEqual([text]);
  });

  it('does not split a known two-syllable word when another break is as good', () => {
    expect(balancedLines('V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2022', 3540, 12)).toEqual([
      'V/v đôn đốc gửi báo cáo',
      'kết quả thực hiện Kế hoạch',
      '6 tháng đầu năm 2022',
    ]);
  });

  it('leaves a short text on one line', () => {
    expect(balancedLines('BAN CHỈ ĐẠO 138', 3570, 13, { bold: true })).toEqual(['BAN CHỈ ĐẠO 138']);
  });
});

describe('header layout', () => {
  it('uses 65/100 mm columns with the Quốc hiệu at 13 pt when the agency fits', () => {
    const l = planHeader({ ...soSettings, issuingBody: 'SỞ TƯ PHÁP' });
    expect([l.left, l.right, l.quocHieuPt, l.agencyPt]).toEqual([3684, 5670, 13, 13]);
    expect(l.agencyLines).toEqual(['SỞ TƯ PHÁP']);
  });

  it('sets the Quốc hiệu at 12 pt to widen the left column for a long agency line', () => {
    const l = planHeader(soSettings);
    expect([l.left, l.right, l.quocHieuPt, l.agencyPt]).toEqual([4124, 5230, 12, 13]);
  });

  it('sets the agency at 12 pt too when 13 pt still does not fit', () => {
    const l = planHeader({ ...soSettings, issuingBody: ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ', 'XÃ HỘI'] });
    expect([l.left, l.right, l.quocHieuPt, l.agencyPt]).toEqual([4124, 5230, 12, 12]);
  });

  it('wraps an agency given as one string inside the default column', async () => {
    const settings: DocumentSettings = { ...soSettings, parentAgencyLine: '', issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị' };
    const r = readDocx(await packDocx(urgingLetter(settings, urgingInput)));
    checkHeaderTable(r, {
      agencyLines: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ'],
      columns: [3684, 5670],
      quocHieuSz: 26,
      agencySz: 26,
      numberLine: 'Số: 1050/SLĐTBXH-PCTNXH',
      dateLine: 'Quảng Trị, ngày 20 tháng 6 năm 2022',
      subjectLines: ['V/v đôn đốc gửi báo cáo', 'kết quả thực hiện Kế hoạch', '6 tháng đầu năm 2022'],
    });
  });
});

describe('signature lines', () => {
  it.each([
    [{ authority: 'KT.', authorityOf: 'giám đốc', position: 'phó giám đốc' }, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']],
    [{ authority: 'TM.', authorityOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' }, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
    [{ authority: 'Q.', authorityOf: 'GIÁM ĐỐC', position: '' }, ['Q. GIÁM ĐỐC']],
    [{ authority: 'TL.', authorityOf: 'GIÁM ĐỐC', position: 'CHÁNH VĂN PHÒNG' }, ['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG']],
    [{ authority: 'TUQ.', authorityOf: 'GIÁM ĐỐC', position: 'TRƯỞNG PHÒNG' }, ['TUQ. GIÁM ĐỐC', 'TRƯỞNG PHÒNG']],
    [{ authority: '', authorityOf: 'ignored', position: 'GIÁM ĐỐC' }, ['GIÁM ĐỐC']],
  ] as const)('%o -> %o', (signer, lines) => {
    expect(signerPositionLines({ ...signer, name: 'Lê Thị Hương' })).toEqual(lines);
  });

  it('refuses a prefix without whom it signs for', () => {
    expect(() => signerPositionLines({ authority: 'KT.', authorityOf: '', position: 'PHÓ GIÁM ĐỐC', name: 'A' })).toThrow(/KT\./);
  });
});

describe('NFC', () => {
  it('normalises decomposed input (as typed on macOS) in every string it prints', async () => {
    const nfd = (s: string) => s.normalize('NFD');
    const settings: DocumentSettings = {
      ...soSettings,
      parentAgencyLine: nfd(soSettings.parentAgencyLine!),
      issuingBody: (soSettings.issuingBody as string[]).map(nfd),
      issuerName: nfd(soSettings.issuerName),
      placeName: nfd('Quảng Trị'),
      signer: { ...soSettings.signer, name: nfd('Lê Thị Hương'), position: nfd('PHÓ GIÁM ĐỐC') },
      recipients: soSettings.recipients.map(nfd),
      archiveLine: nfd(soSettings.archiveLine),
    };
    const input = { ...urgingInput, agencies: urgingInput.agencies.map(nfd), planTitle: nfd(urgingInput.planTitle), periodLabel: nfd(urgingInput.periodLabel) };
    expect(input.agencies[0]).not.toBe(urgingInput.agencies[0]);
    const r = readDocx(await packDocx(urgingLetter(settings, input)));
    checkFontsAndText(r);
    checkKinhGui(r, urgingInput.agencies);
    expect(r.findParagraph('Lê Thị Hương').text).toBe('Lê Thị Hương');
  });
});
