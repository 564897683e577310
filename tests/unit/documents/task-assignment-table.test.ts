import { describe, expect, it } from 'vitest';
import { packDocx, taskAssignmentTable } from '../../../shared/documents';
import { readDocx } from '../../helpers/docx/reader';
import { bcdSettings, TASK_ROWS, taskTableInput } from './fixtures';
import {
  checkAppendix,
  checkFontsAndText,
  checkHeaderTable,
  checkPageNumbers,
  checkPages,
  expectRule,
  runsOf,
} from './nd30-checks';

const read = async (input = taskTableInput) => readDocx(await packDocx(taskAssignmentTable(bcdSettings, input)));

describe('bảng phân công nhiệm vụ, printed on its own', () => {
  it('is one landscape section with the NĐ30 margins and page numbers from page 2', async () => {
    const r = await read();
    checkPages(r, ['landscape']);
    checkPageNumbers(r);
  });

  it('is Times New Roman throughout, in NFC', async () => {
    checkFontsAndText(await read());
  });

  it('has the header block across the landscape width', async () => {
    checkHeaderTable(await read(), {
      parentLine: 'UBND TỈNH QUẢNG TRỊ',
      agencyLines: ['BAN CHỈ ĐẠO 138'],
      columns: [7143, 7143],
      quocHieuSz: 26,
      agencySz: 26,
      numberLine: 'Số: 05/KH-BCĐ138',
      dateLine: 'Quảng Trị, ngày 05 tháng 3 năm 2022',
    });
  });

  it('leaves out the Số/date row when it has no number', async () => {
    const { number: _n, date: _d, ...rest } = taskTableInput;
    checkHeaderTable(await read(rest), {
      parentLine: 'UBND TỈNH QUẢNG TRỊ',
      agencyLines: ['BAN CHỈ ĐẠO 138'],
      columns: [7143, 7143],
      quocHieuSz: 26,
      agencySz: 26,
    });
  });

  it('has the title, the filter note, a rule and the table with its header row repeated', async () => {
    const r = await read();
    const table = checkAppendix(r, {
      section: 0,
      title: 'BẢNG PHÂN CÔNG NHIỆM VỤ',
      subtitle: 'Thực hiện Kế hoạch phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022',
      headers: ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Sản phẩm'],
      widths: [1304, 4536, 2268, 2835, 1588, 1755],
      rowCount: TASK_ROWS.length,
    });
    const note = r.findParagraph('(Tất cả cơ quan chủ trì)');
    expect(runsOf(note)).toMatchObject({ italics: true, sizes: [28] });
    expectRule(r.paragraph(r.blocks()[table.block - 1]!));
    expect(r.findParagraphs(/^Phụ lục/)).toEqual([]);
    expect(r.findParagraph('BẢNG PHÂN CÔNG NHIỆM VỤ').spacing.before).toBe(480);
  });

  it('prints each task in its columns and each group across the table', async () => {
    const r = await read();
    const table = r.tables()[1]!;
    const rows = table.rows.map((row) => row.cells.map((c) => c.text));
    expect(rows[1]).toEqual(['I', 'Công tác lãnh đạo, chỉ đạo']);
    expect(rows[2]).toEqual([
      '1',
      'Tham mưu Ban Chỉ đạo 138 tỉnh ban hành Kế hoạch phòng, chống mại dâm năm 2022; hướng dẫn, đôn đốc các sở, ngành, địa phương triển khai thực hiện.',
      'Sở Lao động - Thương binh và Xã hội',
      'Công an tỉnh; các sở, ngành liên quan',
      'Quý I/2022',
      'Kế hoạch',
    ]);
    const taskRow = table.rows[2]!;
    // A long task may continue on the next page (issue 10); a group title stays with its first task.
    expect(taskRow.cantSplit).toBe(false);
    expect(table.rows[1]!.cantSplit).toBe(true);
    expect(taskRow.cells.map((c) => c.paragraphs[0]!.jc)).toEqual(['center', 'both', 'left', 'left', 'center', 'left']);
    expect(runsOf(taskRow.cells[1]!.paragraphs[0]!)).toMatchObject({ notBold: true, sizes: [24] });
    expect(table.rows[1]!.cells[1]!.gridSpan).toBe(5);
    expect(runsOf(table.rows[1]!.cells[1]!.paragraphs[0]!).bold).toBe(true);
    for (const c of taskRow.cells) expect(c.margins).toEqual({ left: 85, right: 85, top: 40, bottom: 40 });
  });

  it('prints the "(Kèm theo …)" line when given the plan it belongs to', async () => {
    const r = await read({
      ...taskTableInput,
      parent: { kind: 'Kế hoạch', number: { number: 5, symbol: 'KH-BCĐ138' }, date: { day: 5, month: 3, year: 2022 } },
    });
    expect(r.findParagraph(/^\(Kèm theo/).lines.join(' ')).toBe(
      '(Kèm theo Kế hoạch số 05/KH-BCĐ138 ngày 05 tháng 3 năm 2022 của Ban Chỉ đạo 138 tỉnh)',
    );
  });
});
