// The checklist assertions must fail on documents that break the decree: each case below spoils one
// thing in a good document's XML and expects the matching check to throw.
import { Document, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { consolidatedReport, packDocx, urgingLetter } from '../../../shared/documents';
import { readDocx } from '../../helpers/docx/reader';
import { rewriteDocx } from '../../helpers/docx/rewrite';
import { reportInput, soSettings, urgingInput } from './fixtures';
import {
  checkAppendix,
  checkBody,
  checkDateLine,
  checkFontsAndText,
  checkHeaderTable,
  checkKinhGui,
  checkPageNumbers,
  checkPages,
  checkSignature,
  type HeaderExpectation,
} from './nd30-checks';

const HEADER: HeaderExpectation = {
  parentLine: 'UBND TỈNH QUẢNG TRỊ',
  agencyLines: ['SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
  columns: [4124, 5230],
  quocHieuSz: 24,
  agencySz: 26,
  numberLine: 'Số: 1050/SLĐTBXH-PCTNXH',
  dateLine: 'Quảng Trị, ngày 20 tháng 6 năm 2022',
  subject: 'V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2022',
};

let letter: Uint8Array;
let report: Uint8Array;
const spoil = (bytes: Uint8Array, transform: (xml: string) => string, file = 'word/document.xml') =>
  readDocx(rewriteDocx(bytes, file, transform));

beforeAll(async () => {
  letter = await packDocx(urgingLetter(soSettings, urgingInput));
  report = await packDocx(consolidatedReport(soSettings, reportInput()));
});

describe('the checks pass on the good documents', () => {
  it('urging letter', () => {
    const r = readDocx(letter);
    checkPages(r, ['portrait']);
    checkHeaderTable(r, HEADER);
  });
});

describe('the checks reject', () => {
  it('a document with docx default margins and no page numbers', async () => {
    const plain = readDocx(new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] }))));
    expect(() => checkPages(plain, ['portrait'])).toThrow();
    expect(() => checkPageNumbers(plain)).toThrow();
  });

  it('a left margin of 25.4 mm', () => {
    const r = spoil(letter, (x) => x.replace('w:left="1701"', 'w:left="1440"'));
    expect(() => checkPages(r, ['portrait'])).toThrow();
  });

  it('a missing different first page', () => {
    const r = spoil(letter, (x) => x.replace('<w:titlePg/>', ''));
    expect(() => checkPageNumbers(r)).toThrow();
  });

  it('"CỘNG HOÀ" instead of "CỘNG HÒA"', () => {
    const r = spoil(letter, (x) => x.replace('CỘNG HÒA', 'CỘNG HOÀ'));
    expect(() => checkHeaderTable(r, HEADER)).toThrow();
  });

  it('an en dash in the Tiêu ngữ', () => {
    const r = spoil(letter, (x) => x.replace('Độc lập - Tự do', 'Độc lập – Tự do'));
    expect(() => checkHeaderTable(r, HEADER)).toThrow();
  });

  it('visible borders on the header table', () => {
    const r = spoil(letter, (x) => x.replace(/<w:top w:val="none"/, '<w:top w:val="single"'));
    expect(() => checkHeaderTable(r, HEADER)).toThrow();
  });

  it('a right column too narrow for the Quốc hiệu', () => {
    const r = spoil(letter, (x) => x.replace('<w:gridCol w:w="5230"/>', '<w:gridCol w:w="4678"/>'));
    expect(() => checkHeaderTable(r, HEADER)).toThrow();
  });

  it('a Tiêu ngữ rule much shorter than the Tiêu ngữ', () => {
    const r = spoil(letter, (x) =>
      x.replace(/(Hạnh phúc<\/w:t><\/w:r><\/w:p><w:p>[\s\S]*?<w:ind w:left=")(\d+)(" w:right=")(\d+)/, (_m, a, l, b, rr) => `${a}${Number(l) + 400}${b}${Number(rr) + 400}`),
    );
    expect(() => checkHeaderTable(r, { ...HEADER })).toThrow();
  });

  it('"tháng 03" and "ngày 5"', () => {
    expect(() => checkDateLine('Quảng Trị, ngày 05 tháng 03 năm 2022')).toThrow();
    expect(() => checkDateLine('Quảng Trị, ngày 5 tháng 3 năm 2022')).toThrow();
    expect(() => checkDateLine('Quảng Trị, ngày 05 tháng 1 năm 2023')).toThrow();
  });

  it('an upright date line', () => {
    const r = spoil(letter, (x) => x.replace(/<w:i\/>/, ''));
    expect(() => checkHeaderTable(r, HEADER)).toThrow();
  });

  it('decomposed (NFD) text', () => {
    const r = spoil(letter, (x) => x.replace('Lê Thị Hương', 'Lê Thị Hương'.normalize('NFD')));
    expect(() => checkFontsAndText(r)).toThrow();
  });

  it('a run in Arial', () => {
    const r = spoil(letter, (x) => x.replace('<w:r><w:rPr><w:rFonts w:ascii="Times New Roman"', '<w:r><w:rPr><w:rFonts w:ascii="Arial"'));
    expect(() => checkFontsAndText(r)).toThrow();
  });

  it('a last paragraph not kept with the signature', () => {
    const r = spoil(letter, (x) => x.replace(/<w:keepNext\/><w:keepLines\/>(?![\s\S]*<w:keepLines\/>)/, ''));
    expect(() => checkBody(r)).toThrow();
  });

  it('a signature row that may split across pages', () => {
    const r = spoil(letter, (x) => x.replace('<w:cantSplit/>', ''));
    expect(() =>
      checkSignature(r, {
        positionLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
        name: 'Lê Thị Hương',
        recipients: ['- Như trên;', '- UBND tỉnh (b/c);', '- Thường trực BCĐ 138 tỉnh (Công an tỉnh) (b/c);', '- Giám đốc, các PGĐ Sở;', '- Lưu: VT, PCTNXH.'],
        columns: [4124, 5230],
      }),
    ).toThrow();
  });

  it('Kính gửi lines with unequal indents', () => {
    const r = spoil(letter, (x) => x.replace(/(<w:ind w:left=")(\d+)(" w:hanging=)/, (_m, a, l, b) => `${a}${Number(l) + 300}${b}`));
    expect(() => checkKinhGui(r, urgingInput.agencies)).toThrow();
  });

  it('an appendix table whose header row does not repeat', () => {
    const r = spoil(report, (x) => x.replace(/<w:tblHeader\/>/g, ''));
    expect(() =>
      checkAppendix(r, {
        section: 2,
        label: 'Phụ lục II',
        title: 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ',
        headers: ['STT', 'Cơ quan, đơn vị', 'Tình hình gửi báo cáo'],
        widths: [850, 8504, 4932],
        rowCount: 43,
      }),
    ).toThrow();
  });

  it('an appendix on a portrait page', () => {
    const r = spoil(report, (x) => x.replace(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/, '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>'));
    expect(() => checkPages(r, ['portrait', 'landscape', 'landscape'])).toThrow();
  });
});
