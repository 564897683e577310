// Số and date lines (NĐ30 PL I §II.3–§II.4), list lines, and the same rules as printed in a document.
import { describe, expect, it } from 'vitest';
import {
  DocumentInputError,
  formatDateLine,
  formatNumberLine,
  packDocx,
  urgingLetter,
} from '../../../shared/documents';
import { archiveLine, basisLines, listLines, withFinalMark } from '../../../shared/documents/text';
import { readDocx } from '../../helpers/docx/reader';
import { soSettings, urgingInput } from './fixtures';
import { checkDateLine, DATE_RE, NUMBER_RE } from './nd30-checks';

describe('Số line', () => {
  it.each([
    [5, 'KH-BCĐ138', 'Số: 05/KH-BCĐ138'],
    [1, 'BC-SLĐTBXH', 'Số: 01/BC-SLĐTBXH'],
    [10, 'KH-BCĐ138', 'Số: 10/KH-BCĐ138'],
    [12, 'KH-BCĐ138', 'Số: 12/KH-BCĐ138'],
    [125, 'SLĐTBXH-PCTNXH', 'Số: 125/SLĐTBXH-PCTNXH'],
    [1050, 'SLĐTBXH-PCTNXH', 'Số: 1050/SLĐTBXH-PCTNXH'],
    [3, 'TTr-SLĐTBXH', 'Số: 03/TTr-SLĐTBXH'],
  ])('%i/%s -> %s', (number, symbol, expected) => {
    const line = formatNumberLine({ number, symbol });
    expect(line).toBe(expected);
    expect(line).toMatch(NUMBER_RE);
  });

  it('leaves a blank for the văn thư', () => {
    const line = formatNumberLine({ number: null, symbol: 'KH-BCĐ138' });
    expect(line).toBe('Số:         /KH-BCĐ138');
    expect(line).toMatch(NUMBER_RE);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses the number %s', (number) => {
    expect(() => formatNumberLine({ number, symbol: 'KH-BCĐ138' })).toThrow(DocumentInputError);
  });

  it('refuses an empty symbol', () => {
    expect(() => formatNumberLine({ number: 5, symbol: '  ' })).toThrow(/ký hiệu/);
  });
});

describe('date line', () => {
  it.each([
    [5, 3, 2022, 'Quảng Trị, ngày 05 tháng 3 năm 2022'],
    [1, 1, 2023, 'Quảng Trị, ngày 01 tháng 01 năm 2023'],
    [28, 2, 2022, 'Quảng Trị, ngày 28 tháng 02 năm 2022'],
    [29, 2, 2024, 'Quảng Trị, ngày 29 tháng 02 năm 2024'],
    [9, 10, 2022, 'Quảng Trị, ngày 09 tháng 10 năm 2022'],
    [10, 11, 2022, 'Quảng Trị, ngày 10 tháng 11 năm 2022'],
    [31, 12, 2022, 'Quảng Trị, ngày 31 tháng 12 năm 2022'],
    [30, 6, 2022, 'Quảng Trị, ngày 30 tháng 6 năm 2022'],
  ])('%i/%i/%i -> %s', (day, month, year, expected) => {
    const line = formatDateLine('Quảng Trị', { day, month, year });
    expect(line).toBe(expected);
    checkDateLine(line);
  });

  it('leaves the day blank, or day and month, on a draft', () => {
    const blankDay = formatDateLine('Quảng Trị', { day: null, month: 3, year: 2022 });
    expect(blankDay).toBe('Quảng Trị, ngày        tháng 3 năm 2022');
    expect(blankDay).toMatch(DATE_RE);
    const blankMonth = formatDateLine('Quảng Trị', { day: null, month: null, year: 2022 });
    expect(blankMonth).toBe('Quảng Trị, ngày        tháng        năm 2022');
    expect(blankMonth).toMatch(DATE_RE);
  });

  it('keeps a place name of several words: "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"', () => {
    expect(formatDateLine('Thành phố Hồ Chí Minh', { day: 29, month: 6, year: 2019 })).toBe(
      'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019',
    );
  });

  it.each([
    [{ day: 1, month: 13, year: 2022 }, 'date.month'],
    [{ day: 1, month: 0, year: 2022 }, 'date.month'],
    [{ day: 31, month: 6, year: 2022 }, 'date.day'],
    [{ day: 29, month: 2, year: 2022 }, 'date.day'],
    [{ day: 0, month: 2, year: 2022 }, 'date.day'],
    [{ day: 1, month: 2, year: 22 }, 'date.year'],
  ])('refuses %o', (date, field) => {
    try {
      formatDateLine('Quảng Trị', date);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DocumentInputError);
      expect((e as DocumentInputError).field).toBe(field);
    }
  });

  it.each([
    [{ day: 5, month: 3, year: 2022 }, 'Quảng Trị, ngày 05 tháng 3 năm 2022'],
    [{ day: 2, month: 1, year: 2023 }, 'Quảng Trị, ngày 02 tháng 01 năm 2023'],
    [{ day: 14, month: 2, year: 2022 }, 'Quảng Trị, ngày 14 tháng 02 năm 2022'],
    [{ day: 15, month: 12, year: 2022 }, 'Quảng Trị, ngày 15 tháng 12 năm 2022'],
    [{ day: null, month: 6, year: 2022 }, 'Quảng Trị, ngày        tháng 6 năm 2022'],
  ])('prints %o in the document as "%s"', async (date, expected) => {
    const r = readDocx(await packDocx(urgingLetter(soSettings, { ...urgingInput, date, number: { number: 5, symbol: 'SLĐTBXH-PCTNXH' } })));
    expect(r.findParagraph(/^Quảng Trị, ngày/).text).toBe(expected);
    expect(r.findParagraph(/^Số: /).text).toBe('Số: 05/SLĐTBXH-PCTNXH');
  });
});

describe('list lines', () => {
  it('ends each line with ";" and the last with the given mark, tolerating given dashes and marks', () => {
    expect(listLines(['Công an tỉnh', '- Sở Y tế;', 'UBND huyện Hướng Hóa.'], '.')).toEqual([
      '- Công an tỉnh;',
      '- Sở Y tế;',
      '- UBND huyện Hướng Hóa.',
    ]);
    expect(listLines(['  ', 'Như trên'], ';')).toEqual(['- Như trên;']);
  });

  it('writes the archive line as "- Lưu: VT, <unit>."', () => {
    expect(archiveLine('Lưu: VT, PCTNXH.')).toBe('- Lưu: VT, PCTNXH.');
    expect(archiveLine('- Lưu: VT, PCTNXH')).toBe('- Lưu: VT, PCTNXH.');
    expect(archiveLine('Lưu: VT')).toBe('- Lưu: VT.');
    expect(() => archiveLine('VT, PCTNXH')).toThrow(DocumentInputError);
  });

  it('ends căn cứ lines with ";" and the last with "."', () => {
    expect(basisLines(['Căn cứ A.', 'Căn cứ B;', 'Căn cứ C'])).toEqual(['Căn cứ A;', 'Căn cứ B;', 'Căn cứ C.']);
  });

  it('ends the text with "./."', () => {
    expect(withFinalMark('Đề nghị các đơn vị thực hiện.')).toBe('Đề nghị các đơn vị thực hiện./.');
    expect(withFinalMark('Đề nghị các đơn vị thực hiện')).toBe('Đề nghị các đơn vị thực hiện./.');
    expect(withFinalMark('Đề nghị các đơn vị thực hiện./.')).toBe('Đề nghị các đơn vị thực hiện./.');
  });
});
