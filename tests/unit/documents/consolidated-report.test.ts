import { describe, expect, it } from 'vitest';
import { consolidatedReport, defaultReportSections, packDocx } from '../../../shared/documents';
import { readDocx } from '../../helpers/docx/reader';
import { AGENCIES_40, reportInput, soSettings } from './fixtures';
import {
  checkAppendix,
  checkBody,
  checkCellWidths,
  checkFontsAndText,
  checkHeaderTable,
  checkKinhGui,
  checkPageNumbers,
  checkPages,
  checkSignature,
  checkTitle,
  runsOf,
} from './nd30-checks';

const read = async (input = reportInput()) => readDocx(await packDocx(consolidatedReport(soSettings, input)));
const ATTACHED = '(Kèm theo Báo cáo số 120/BC-SLĐTBXH ngày 24 tháng 6 năm 2022 của Sở Lao động - Thương binh và Xã hội)';

describe('báo cáo tổng hợp 6 tháng', () => {
  it('is a portrait body and two landscape appendices, numbered from page 2 and again per appendix', async () => {
    const r = await read();
    checkPages(r, ['portrait', 'landscape', 'landscape']);
    checkPageNumbers(r);
  });

  it('is Times New Roman throughout, in NFC', async () => {
    checkFontsAndText(await read());
  });

  it('has the header block with Số and date and no V/v line', async () => {
    checkHeaderTable(await read(), {
      parentLine: 'UBND TỈNH QUẢNG TRỊ',
      agencyLines: ['SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
      columns: [4124, 5230],
      quocHieuSz: 24,
      agencySz: 26,
      numberLine: 'Số: 120/BC-SLĐTBXH',
      dateLine: 'Quảng Trị, ngày 24 tháng 6 năm 2022',
    });
  });

  it('has the tên loại BÁO CÁO and a trích yếu naming this and the next period', async () => {
    checkTitle(await read(), 'BÁO CÁO', [
      'Kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2022',
      'và phương hướng, nhiệm vụ 6 tháng cuối năm 2022',
    ]);
  });

  it('names the next year in the trích yếu of an annual report', async () => {
    const r = await read({ ...reportInput(), kind: 'annual', periodLabel: 'năm 2022' });
    expect(r.paragraph(r.blocks()[2]!).lines.join(' ')).toBe(
      'Kết quả công tác phòng, chống mại dâm năm 2022 và phương hướng, nhiệm vụ năm 2023',
    );
  });

  it('has italic căn cứ lines, the outline headings and body paragraphs by the decree, ending ./.', async () => {
    const r = await read();
    const body = checkBody(r);
    const basis = body.filter((p) => p.text.startsWith('Căn cứ'));
    expect(basis.map((p) => p.text.slice(-1))).toEqual([';', ';', '.']);
    const headings = body.filter((p) => /^[IVX]+\. /.test(p.text)).map((p) => p.text);
    expect(headings).toEqual([
      'I. TÌNH HÌNH TỆ NẠN MẠI DÂM TRÊN ĐỊA BÀN',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2022',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    const khoan = r.findParagraph('1. Kết quả đạt được');
    expect(runsOf(khoan).bold).toBe(true);
    expect(khoan.keepNext).toBe(true);
  });

  it('puts the targets table in the body after "10. Đánh giá mức độ đạt các chỉ tiêu kế hoạch"', async () => {
    const r = await read();
    const table = r.tables().find((t) => t.section === 0 && t.rows[0]!.tblHeader)!;
    expect(table.grid).toEqual([737, 4196, 1587, 1587, 1247]);
    expect(table.width).toEqual({ w: 9354, type: 'dxa' });
    expect(table.layout).toBe('fixed');
    checkCellWidths(table);
    expect(table.rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['STT', 'Chỉ tiêu', 'Kế hoạch', 'Kết quả', 'Tỷ lệ đạt'],
      ['1', '100% xã, phường, thị trấn tổ chức ít nhất một hình thức tuyên truyền', '100%', '118/125 xã', '94,4%'],
      ['2', 'Tiếp cận, tư vấn cho 50 lượt người bán dâm', '50 lượt người', '32 lượt người', '64,0%'],
      ['3', 'Ít nhất 60% người bán dâm có nhu cầu được tiếp cận dịch vụ hỗ trợ', '60%', '21/30 người', '70,0%'],
      ['4', '100% cán bộ làm công tác phòng, chống mại dâm được tập huấn', '100%', '87/95 người', '91,6%'],
    ]);
    const blocks = r.blocks();
    const intro = r.paragraph(blocks[table.block - 1]!);
    expect(intro.text).toBe('Kết quả thực hiện các chỉ tiêu của Kế hoạch như sau:');
    expect(intro.keepNext).toBe(true);
    expect(r.paragraph(blocks[table.block - 2]!).text).toBe('10. Đánh giá mức độ đạt các chỉ tiêu kế hoạch');
    const next = r.paragraph(blocks[table.block + 1]!);
    expect(next.text).toBe('III. ĐÁNH GIÁ CHUNG');
    expect(next.spacing.before).toBe(240);
    expect(table.rows[0]!.tblHeader).toBe(true);
    expect(runsOf(table.rows[1]!.cells[1]!.paragraphs[0]!).sizes).toEqual([24]);
  });

  it('puts the targets table after section II when no section asks for it', async () => {
    const sections = defaultReportSections('six_month', 2022).map((s) => ({
      ...s,
      subsections: s.subsections?.map(({ targetsTable: _t, ...rest }) => rest),
    }));
    const r = await read({ ...reportInput(), sections });
    const table = r.tables().find((t) => t.section === 0 && t.rows[0]!.tblHeader)!;
    // Section I has nothing under it, so it is not printed and "KẾT QUẢ THỰC HIỆN" becomes I.
    expect(r.paragraph(r.blocks()[table.block - 1]!).text).toBe('I. KẾT QUẢ THỰC HIỆN');
  });

  it('prints no heading with nothing under it, and numbers the rest again', async () => {
    const sections = defaultReportSections('six_month', 2022);
    // Only II.2 and II.9 have text; section I, III and the other headings are empty.
    sections[1]!.subsections![1]!.paragraphs = ['Tổ chức 120 buổi tuyên truyền.'];
    sections[1]!.subsections![8]!.paragraphs = ['Kinh phí 200 triệu đồng.'];
    const r = await read({ ...reportInput(), sections });
    const headings = r.paragraphs().filter((p) => p.section === 0 && /^([IVX]+|\d+)\. /.test(p.text)).map((p) => p.text);
    expect(headings).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      '1. Công tác thông tin, tuyên truyền, giáo dục',
      '2. Kinh phí thực hiện',
      '3. Đánh giá mức độ đạt các chỉ tiêu kế hoạch',
    ]);
    expect(r.findParagraphs(/TÌNH HÌNH TỆ NẠN|ĐÁNH GIÁ CHUNG|ĐỀ XUẤT, KIẾN NGHỊ|Hợp tác quốc tế/)).toEqual([]);
  });

  it('adds the "Đánh giá" column when targets are assessed, and lists exempt agencies with their reason in Phụ lục II', async () => {
    const input = reportInput();
    const r = await read({
      ...input,
      targets: input.targets.map((t, i) => ({ ...t, assessment: i === 0 ? 'Đang thực hiện' : 'Đạt' })),
      complianceAppendix: { ...input.complianceAppendix, exempt: [{ name: 'Huyện đảo Cồn Cỏ', reason: 'Không phát sinh nội dung báo cáo' }] },
    });
    const table = r.tables().find((t) => t.section === 0 && t.rows[0]!.tblHeader)!;
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['STT', 'Chỉ tiêu', 'Kế hoạch', 'Kết quả', 'Tỷ lệ đạt', 'Đánh giá']);
    expect(table.rows[1]!.cells[5]!.text).toBe('Đang thực hiện');
    const appendix = r.tables().filter((t) => t.section === 2)[0]!;
    const texts = appendix.rows.map((row) => row.cells.map((c) => c.text));
    expect(texts).toContainEqual(['IV', 'Được miễn báo cáo kỳ này (1 cơ quan, đơn vị)']);
    expect(texts).toContainEqual(['1', 'Huyện đảo Cồn Cỏ', 'Được miễn: không phát sinh nội dung báo cáo']);
  });

  it('signs KT. GIÁM ĐỐC beside Nơi nhận without "Như trên" when it has no Kính gửi', async () => {
    checkSignature(await read(), {
      positionLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      name: 'Lê Thị Hương',
      recipients: ['- UBND tỉnh (b/c);', '- Thường trực BCĐ 138 tỉnh (Công an tỉnh) (b/c);', '- Giám đốc, các PGĐ Sở;', '- Lưu: VT, PCTNXH.'],
      columns: [4124, 5230],
    });
  });

  it('adds Kính gửi under the title and "- Như trên;" when sent upward', async () => {
    const r = await read({ ...reportInput(), addressees: ['Ủy ban nhân dân tỉnh Quảng Trị'] });
    checkKinhGui(r, ['Ủy ban nhân dân tỉnh Quảng Trị']);
    expect(r.blocks().indexOf(r.findParagraph('Kính gửi: Ủy ban nhân dân tỉnh Quảng Trị.').el)).toBe(4);
    const sig = r.tables().filter((t) => t.section === 0).pop()!;
    expect(sig.rows[0]!.cells[0]!.paragraphs[1]!.text).toBe('- Như trên;');
    checkBody(r);
  });

  it('has Phụ lục I, the statistics table, landscape, header row repeated', async () => {
    const table = checkAppendix(await read(), {
      section: 1,
      label: 'Phụ lục I',
      title: 'BIỂU TỔNG HỢP SỐ LIỆU',
      subtitle: 'Kỳ báo cáo 6 tháng đầu năm 2022',
      attachedTo: ATTACHED,
      headers: ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Kỳ báo cáo', 'Cùng kỳ năm trước', 'Tăng/giảm (%)'],
      widths: [737, 5213, 2084, 2084, 2084, 2084],
      rowCount: 7,
    });
    expect(table.rows[5]!.cells.map((c) => c.text)).toEqual(['5', 'Số tiền xử phạt vi phạm hành chính', 'triệu đồng', '145', '180', '-19,4']);
  });

  it('has Phụ lục II, who reported on time, late or not at all, grouped', async () => {
    const r = await read();
    const table = checkAppendix(r, {
      section: 2,
      label: 'Phụ lục II',
      title: 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ',
      subtitle: 'Kỳ báo cáo 6 tháng đầu năm 2022',
      attachedTo: ATTACHED,
      headers: ['STT', 'Cơ quan, đơn vị', 'Tình hình gửi báo cáo'],
      widths: [850, 8504, 4932],
      rowCount: 3 + AGENCIES_40.length,
    });
    const groups = table.rows.filter((row) => row.cells.length === 2);
    expect(groups.map((g) => g.cells.map((c) => c.text))).toEqual([
      ['I', 'Gửi báo cáo đúng hạn (30 cơ quan, đơn vị)'],
      ['II', 'Gửi báo cáo chậm (6 cơ quan, đơn vị)'],
      ['III', 'Chưa gửi báo cáo (4 cơ quan, đơn vị)'],
    ]);
    for (const g of groups) {
      expect(g.cells[1]!.gridSpan).toBe(2);
      expect(runsOf(g.cells[1]!.paragraphs[0]!).bold).toBe(true);
    }
    const texts = table.rows.map((row) => row.cells.map((c) => c.text).join(' | '));
    expect(texts).toContain('1 | UBND thành phố Đông Hà | Chậm 2 ngày');
    expect(texts).toContain('4 | UBND huyện Cồn Cỏ | Chưa gửi');
    expect(texts).toContain('1 | Công an tỉnh | Đúng hạn');
  });

  it('labels a single appendix "Phụ lục" without a numeral', async () => {
    const input = reportInput();
    const r = await read({ ...input, statisticsAppendix: { ...input.statisticsAppendix, rows: [] } });
    checkPages(r, ['portrait', 'landscape']);
    expect(r.findParagraphs(/^Phụ lục/).map((p) => p.text)).toEqual(['Phụ lục']);
  });
});

describe('default report outline', () => {
  it('follows the outline of the domain notes, with the next period in section IV', () => {
    const six = defaultReportSections('six_month', 2022);
    expect(six.map((s) => s.heading)).toEqual([
      'I. TÌNH HÌNH TỆ NẠN MẠI DÂM TRÊN ĐỊA BÀN',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2022',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(six[1]!.subsections!.map((s) => s.heading.split('. ')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(six[1]!.subsections![9]!.targetsTable).toBe(true);
    expect(defaultReportSections('annual', 2022)[3]!.heading).toBe('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM NĂM 2023');
  });
});
