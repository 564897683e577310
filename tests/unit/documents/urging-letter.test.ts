import { describe, expect, it } from 'vitest';
import { packDocx, urgingLetter } from '../../../shared/documents';
import { readDocx } from '../../helpers/docx/reader';
import { soSettings, urgingInput } from './fixtures';
import {
  checkBody,
  checkFontsAndText,
  checkHeaderTable,
  checkKinhGui,
  checkPageNumbers,
  checkPages,
  checkSignature,
} from './nd30-checks';

const read = async (doc = urgingLetter(soSettings, urgingInput)) => readDocx(await packDocx(doc));

describe('công văn đôn đốc gửi báo cáo', () => {
  it('is one portrait section with the NĐ30 margins and page numbers from page 2', async () => {
    const r = await read();
    checkPages(r, ['portrait']);
    checkPageNumbers(r);
  });

  it('is Times New Roman throughout, in NFC', async () => {
    checkFontsAndText(await read());
  });

  it('has the header block with Số, date and the V/v line under Số', async () => {
    const r = await read();
    checkHeaderTable(r, {
      parentLine: 'UBND TỈNH QUẢNG TRỊ',
      agencyLines: ['SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
      // "SỞ LAO ĐỘNG - THƯƠNG BINH" needs 69 mm at 13 pt: the Quốc hiệu goes to 12 pt for room.
      columns: [4124, 5230],
      quocHieuSz: 24,
      agencySz: 26,
      numberLine: 'Số: 1050/SLĐTBXH-PCTNXH',
      dateLine: 'Quảng Trị, ngày 20 tháng 6 năm 2022',
      subject: 'V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2022',
    });
  });

  it('has no tên loại: the trích yếu is the V/v line', async () => {
    const r = await read();
    expect(r.findParagraphs(/^(CÔNG VĂN|KẾ HOẠCH|BÁO CÁO)$/)).toEqual([]);
  });

  it('lists the late agencies under Kính gửi with the dashes under the colon', async () => {
    checkKinhGui(await read(), urgingInput.agencies);
  });

  it('gives one recipient on a single centred line', async () => {
    const r = await read(urgingLetter(soSettings, { ...urgingInput, agencies: ['UBND huyện Hướng Hóa'] }));
    checkKinhGui(r, ['UBND huyện Hướng Hóa']);
    expect(r.findParagraphs('Kính gửi:')).toEqual([]);
  });

  it('names the period, the plan, the old due date and the new deadline in the body, ending ./.', async () => {
    const r = await read();
    const body = checkBody(r).map((p) => p.text);
    expect(body).toEqual([
      'Thực hiện Kế hoạch số 05/KH-BCĐ138 ngày 05/3/2022 của Ban Chỉ đạo 138 tỉnh về phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022, các cơ quan, đơn vị, địa phương có trách nhiệm báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2022 gửi về Sở Lao động - Thương binh và Xã hội trước ngày 15/6/2022 để tổng hợp, báo cáo theo quy định. Sở Lao động - Thương binh và Xã hội đã có Công văn số 812/SLĐTBXH-PCTNXH ngày 25/5/2022 đề nghị các cơ quan, đơn vị, địa phương gửi báo cáo theo quy định.',
      'Đến nay, Sở Lao động - Thương binh và Xã hội chưa nhận được báo cáo 6 tháng đầu năm 2022 của các cơ quan, đơn vị, địa phương nêu trên.',
      'Để kịp thời tổng hợp, báo cáo cấp trên theo quy định, Sở Lao động - Thương binh và Xã hội đề nghị Thủ trưởng các cơ quan, đơn vị, địa phương quan tâm chỉ đạo xây dựng báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2022 và gửi về Sở Lao động - Thương binh và Xã hội trước ngày 30/6/2022.',
      'Rất mong nhận được sự quan tâm, phối hợp của Quý cơ quan, đơn vị, địa phương./.',
    ]);
  });

  it('asks for the report "in the shortest time" when no new deadline is set', async () => {
    const { newDeadline: _n, requestRef: _r, ...rest } = urgingInput;
    const r = await read(urgingLetter(soSettings, rest));
    expect(r.findParagraphs(/gửi về Sở Lao động - Thương binh và Xã hội trong thời gian sớm nhất\.$/).length).toBe(1);
    expect(r.findParagraphs(/đã có Công văn/)).toEqual([]);
  });

  it('signs KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC beside Nơi nhận starting "- Như trên;"', async () => {
    checkSignature(await read(), {
      positionLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      name: 'Lê Thị Hương',
      recipients: [
        '- Như trên;',
        '- UBND tỉnh (b/c);',
        '- Thường trực BCĐ 138 tỉnh (Công an tỉnh) (b/c);',
        '- Giám đốc, các PGĐ Sở;',
        '- Lưu: VT, PCTNXH.',
      ],
      columns: [4124, 5230],
    });
  });

  it('takes a given subject, adding "V/v"', async () => {
    const r = await read(urgingLetter(soSettings, { ...urgingInput, subject: 'đôn đốc báo cáo' }));
    expect(r.findParagraph(/^V\/v /).text).toBe('V/v đôn đốc báo cáo');
  });

  it('speaks to one agency by name, never "các cơ quan … nêu trên"', async () => {
    const r = await read(urgingLetter(soSettings, { ...urgingInput, agencies: ['UBND huyện Hướng Hóa'] }));
    const body = checkBody(r).map((p) => p.text);
    expect(body[1]).toBe('Đến nay, Sở Lao động - Thương binh và Xã hội chưa nhận được báo cáo 6 tháng đầu năm 2022 của UBND huyện Hướng Hóa.');
    expect(body[2]).toContain('đề nghị UBND huyện Hướng Hóa quan tâm chỉ đạo');
    expect(body[3]).toBe('Rất mong nhận được sự quan tâm, phối hợp của Quý cơ quan./.');
    expect(body.join(' ')).not.toMatch(/nêu trên|Thủ trưởng các cơ quan/);
  });

  it('past six agencies, addresses "Các cơ quan, đơn vị có tên tại danh sách kèm theo" and lists them after the signature', async () => {
    const agencies = [...urgingInput.agencies, 'UBND huyện Gio Linh', 'UBND huyện Cam Lộ'];
    const r = await read(urgingLetter(soSettings, { ...urgingInput, agencies }));
    expect(r.findParagraph(/^Kính gửi:/).text).toBe('Kính gửi: Các cơ quan, đơn vị có tên tại danh sách kèm theo.');
    expect(r.findParagraphs(/^- Công an tỉnh;$/)).toEqual([]);
    expect(checkBody(r)[1]!.text).toMatch(/của các cơ quan, đơn vị có tên tại danh sách kèm theo\.$/);
    const title = r.findParagraph(/^DANH SÁCH CÁC CƠ QUAN/);
    expect(title.el.getElementsByTagName('w:pageBreakBefore').length).toBe(1);
    const all = r.paragraphs().map((p) => p.text);
    expect(all.indexOf('Lê Thị Hương')).toBeGreaterThan(0);
    expect(all.indexOf(title.text)).toBeGreaterThan(all.indexOf('Lê Thị Hương'));
    expect(r.findParagraph(/^\(Kèm theo Công văn số 1050\/SLĐTBXH-PCTNXH ngày 20 tháng 6 năm 2022/)).toBeDefined();
    expect(r.findParagraphs(/^\d+\. /).map((p) => p.text)).toEqual(agencies.map((a, i) => `${i + 1}. ${a}.`));
  });

  it('lists six agencies one per line under Kính gửi, as before', async () => {
    const agencies = [...urgingInput.agencies, 'UBND huyện Gio Linh'];
    checkKinhGui(await read(urgingLetter(soSettings, { ...urgingInput, agencies })), agencies);
  });
});
