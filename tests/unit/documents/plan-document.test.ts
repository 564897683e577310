import { describe, expect, it } from 'vitest';
import { packDocx, planDocument } from '../../../shared/documents';
import { readDocx } from '../../helpers/docx/reader';
import { bcdSettings, planInput, TASK_ROWS } from './fixtures';
import {
  checkAppendix,
  checkBody,
  checkFontsAndText,
  checkHeaderTable,
  checkPageNumbers,
  checkPages,
  checkSignature,
  checkTitle,
  runsOf,
} from './nd30-checks';

const read = async (input = planInput) => readDocx(await packDocx(planDocument(bcdSettings, input)));
const TASK_HEADERS = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Sản phẩm'];
const TASK_WIDTHS = [1304, 4536, 2268, 2835, 1588, 1755];

describe('kế hoạch', () => {
  it('is a portrait body and a landscape Phụ lục, numbered from page 2 and again in the Phụ lục', async () => {
    const r = await read();
    checkPages(r, ['portrait', 'landscape']);
    checkPageNumbers(r);
  });

  it('is Times New Roman throughout, in NFC', async () => {
    checkFontsAndText(await read());
  });

  it('leaves the number and the day blank on a draft for the văn thư', async () => {
    checkHeaderTable(await read(), {
      parentLine: 'UBND TỈNH QUẢNG TRỊ',
      agencyLines: ['BAN CHỈ ĐẠO 138'],
      columns: [3684, 5670],
      quocHieuSz: 26,
      agencySz: 26,
      numberLine: `Số:${' '.repeat(9)}/KH-BCĐ138`,
      dateLine: `Quảng Trị, ngày${' '.repeat(8)}tháng 3 năm 2022`,
    });
  });

  it('prints the number and date once the văn thư has them', async () => {
    const r = await read({ ...planInput, number: { number: 5, symbol: 'KH-BCĐ138' }, date: { day: 5, month: 3, year: 2022 } });
    expect(r.findParagraph(/^Số: /).text).toBe('Số: 05/KH-BCĐ138');
    expect(r.findParagraph(/^Quảng Trị, /).text).toBe('Quảng Trị, ngày 05 tháng 3 năm 2022');
    expect(r.findParagraph(/^\(Kèm theo/).lines.join(' ')).toBe(
      '(Kèm theo Kế hoạch số 05/KH-BCĐ138 ngày 05 tháng 3 năm 2022 của Ban Chỉ đạo 138 tỉnh)',
    );
  });

  it('has the tên loại KẾ HOẠCH, the trích yếu and its rule', async () => {
    checkTitle(await read(), 'KẾ HOẠCH', ['Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022']);
  });

  it('sets Mục upper case bold, Khoản bold, Điểm regular, bullets as body paragraphs, ending ./.', async () => {
    const r = await read();
    const body = checkBody(r);
    expect(body[0]!.text).toBe(planInput.basis);
    expect(body.filter((p) => /^[IVX]+\. /.test(p.text)).map((p) => p.text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. MỤC TIÊU, CHỈ TIÊU',
      'III. NHIỆM VỤ, GIẢI PHÁP',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    const khoan = r.findParagraph('1. Mục đích');
    expect(runsOf(khoan).bold).toBe(true);
    expect(khoan.keepNext).toBe(true);
    const diem = r.findParagraph(/^a\) Nâng cao/);
    expect(runsOf(diem).notBold).toBe(true);
    expect(diem.keepNext).toBe(true);
    const bullet = r.findParagraph(/^- Triệt xóa 100%/);
    expect(runsOf(bullet)).toMatchObject({ notBold: true, notItalics: true });
    expect(body[body.length - 1]!.text).toBe(
      'Ban Chỉ đạo 138 tỉnh yêu cầu các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các huyện, thị xã, thành phố triển khai thực hiện Kế hoạch./.',
    );
  });

  it('signs TRƯỞNG BAN with the other position above the name, beside the full Nơi nhận', async () => {
    checkSignature(await read(), {
      positionLines: ['TRƯỞNG BAN'],
      otherPosition: 'PHÓ CHỦ TỊCH UBND TỈNH',
      name: 'Hoàng Nam',
      recipients: [
        '- Bộ LĐ-TB&XH (b/c);',
        '- TT Tỉnh ủy, TT HĐND tỉnh (b/c);',
        '- Cục PCTNXH (Bộ LĐTB&XH);',
        '- UBMTTQ Việt Nam tỉnh;',
        '- Các Sở, ban, ngành, đoàn thể cấp tỉnh (trong KH);',
        '- Các thành viên BCĐ 138 tỉnh;',
        '- UBND các huyện, thị xã, thành phố;',
        '- CVP, PVP;',
        '- Lưu: VT, NC, KGVX.',
      ],
      columns: [3684, 5670],
    });
  });

  it('appends the task assignment table as "Phụ lục", landscape, header row repeated', async () => {
    const r = await read();
    const table = checkAppendix(r, {
      section: 1,
      label: 'Phụ lục',
      title: 'BẢNG PHÂN CÔNG NHIỆM VỤ',
      subtitle: 'Thực hiện Kế hoạch phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022',
      attachedTo: `(Kèm theo Kế hoạch số${' '.repeat(9)}/KH-BCĐ138 ngày${' '.repeat(8)}tháng 3 năm 2022 của Ban Chỉ đạo 138 tỉnh)`,
      headers: TASK_HEADERS,
      widths: TASK_WIDTHS,
      rowCount: TASK_ROWS.length,
    });
    expect(table.rows[1]!.cells.map((c) => [c.text, c.gridSpan])).toEqual([
      ['I', 1],
      ['Công tác lãnh đạo, chỉ đạo', 5],
    ]);
  });

  it('has no Phụ lục when the plan has no task rows', async () => {
    const r = await read({ ...planInput, taskTable: [] });
    checkPages(r, ['portrait']);
    expect(r.findParagraphs(/^Phụ lục/)).toEqual([]);
  });
});
