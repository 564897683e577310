import fs from 'node:fs';
// How a deadline and a target value read, and which files a received report may carry: each case
// with the text or verdict the clerk sees, written out by hand.
import { describe, expect, it } from 'vitest';
import { describeDeadline } from '../../shared/domain/deadline-format';
import { formatNumberVi, formatTargetValue } from '../../shared/domain/target-format';
import {
  ACCEPTED_EXTENSIONS,
  MAX_ATTACHMENT_BYTES,
  attachmentProblem,
  attachmentTypeOf,
  cleanFileName,
  decodeBase64,
  extensionOf,
  formatFileSize,
} from '../../shared/domain/attachments';

describe('a task’s deadline as it reads', () => {
  const base = { deadline: null, periodType: null, deadlineText: null };
  it('ongoing: "Thường xuyên"; per period: "Định kỳ 6 tháng", "Định kỳ năm", or "Theo kỳ báo cáo"', () => {
    expect(describeDeadline({ ...base, deadlineKind: 'ongoing' })).toBe('Thường xuyên');
    expect(describeDeadline({ ...base, deadlineKind: 'period', periodType: 'six_month' })).toBe('Định kỳ 6 tháng');
    expect(describeDeadline({ ...base, deadlineKind: 'period', periodType: 'annual' })).toBe('Định kỳ năm');
    expect(describeDeadline({ ...base, deadlineKind: 'period' })).toBe('Theo kỳ báo cáo');
  });
  it('a date: dd/mm/yyyy; without one, the plan’s wording, or nothing', () => {
    expect(describeDeadline({ ...base, deadlineKind: 'date', deadline: '2022-06-15', deadlineText: 'trước 15/6' })).toBe('15/06/2022');
    expect(describeDeadline({ ...base, deadlineKind: 'date', deadlineText: 'Quý II/2022' })).toBe('Quý II/2022');
    expect(describeDeadline({ ...base, deadlineKind: 'date' })).toBe('');
  });
});

describe('a target’s value as it reads', () => {
  it('numbers in the Vietnamese way: dot for thousands, comma for decimals, at most two decimals', () => {
    expect(formatNumberVi(1234.5)).toBe('1.234,5');
    expect(formatNumberVi(66.666)).toBe('66,67');
    expect(formatNumberVi(125)).toBe('125');
  });
  it('percent, count with and without a unit, at least, and qualitative', () => {
    expect(formatTargetValue({ kind: 'percent', comparator: 'exactly', value: 100, unit: null })).toBe('100%');
    expect(formatTargetValue({ kind: 'percent', comparator: 'at_least', value: 60, unit: '%' })).toBe('Ít nhất 60%');
    expect(formatTargetValue({ kind: 'count', comparator: null, value: 50, unit: 'lượt người' })).toBe('50 lượt người');
    expect(formatTargetValue({ kind: 'count', comparator: 'at_least', value: 1500, unit: null })).toBe('Ít nhất 1.500');
    expect(formatTargetValue({ kind: 'count', comparator: null, value: 7, unit: '' })).toBe('7');
    expect(formatTargetValue({ kind: 'qualitative', comparator: null, value: 3, unit: 'lớp' })).toBe('Định tính');
    expect(formatTargetValue({ kind: 'count', comparator: 'at_least', value: null, unit: 'lớp' })).toBe('Định tính');
  });
});

describe('files attached to a received report', () => {
  const bytes = (...b: number[]) => new Uint8Array([...b, 0x00, 0x01]);
  const PDF = bytes(0x25, 0x50, 0x44, 0x46);
  const ZIP = bytes(0x50, 0x4b, 0x03, 0x04);
  const OLE = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);

  it('the extension is the last one, lower case; none without a dot', () => {
    expect(extensionOf('Bao cao.PDF')).toBe('pdf');
    expect(extensionOf(' bc.tar.gz ')).toBe('gz');
    expect(extensionOf('baocao')).toBe('');
    expect(extensionOf('bao cao.')).toBe('');
    expect(attachmentTypeOf('ANH.JPEG')?.mediaType).toBe('image/jpeg');
    expect(attachmentTypeOf('x.exe')).toBeNull();
  });

  it('the file chooser offers exactly the accepted types', () => {
    expect(ACCEPTED_EXTENSIONS).toBe('.pdf,.docx,.doc,.xlsx,.xls,.odt,.jpg,.jpeg,.png,.tif,.tiff,.zip');
  });

  it('a name keeps no folder and no control character, in NFC, at most its last 200 characters', () => {
    expect(cleanFileName('C:\\Users\\Lan\\Bao cao.pdf')).toBe('Bao cao.pdf');
    expect(cleanFileName('/home/lan/bc.pdf')).toBe('bc.pdf');
    expect(cleanFileName(' bc\u0000\u001f\u007f.pdf ')).toBe('bc.pdf');
    expect(cleanFileName('Báo cáo.pdf'.normalize('NFD'))).toBe('Báo cáo.pdf');
    const long = `${'a'.repeat(250)}.pdf`;
    expect(cleanFileName(long)).toBe(`${'a'.repeat(196)}.pdf`);
  });

  it('accepts a file whose first bytes are what its name says', () => {
    expect(attachmentProblem('bc.pdf', PDF)).toBeNull();
    expect(attachmentProblem('bc.docx', ZIP)).toBeNull();
    expect(attachmentProblem('bc.xls', OLE)).toBeNull();
    expect(attachmentProblem('anh.tif', bytes(0x4d, 0x4d, 0x00, 0x2a))).toBeNull();
    expect(attachmentProblem('anh.tif', bytes(0x49, 0x49, 0x2a, 0x00))).toBeNull();
  });

  it('refuses, naming the file: no name, another type, unreadable, empty, over 20 MB, wrong content', () => {
    expect(attachmentProblem(' /thu-muc/ ', PDF)).toBe('Tệp đính kèm không có tên.');
    expect(attachmentProblem('virus.exe', PDF)).toBe(
      'Tệp "virus.exe" không thuộc loại được nhận (PDF, Word, Excel, OpenDocument, ảnh JPEG, ảnh PNG, ảnh TIFF, tệp nén ZIP).',
    );
    expect(attachmentProblem('bc.pdf', null)).toBe('Tệp "bc.pdf" không đọc được.');
    expect(attachmentProblem('bc.pdf', new Uint8Array())).toBe('Tệp "bc.pdf" rỗng (0 byte), không đọc được.');
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46]);
    expect(attachmentProblem('bc.pdf', big)).toBe('Tệp "bc.pdf" lớn quá 20 MB.');
    const exact = new Uint8Array(20 * 1024 * 1024);
    exact.set([0x25, 0x50, 0x44, 0x46]);
    expect(attachmentProblem('bc.pdf', exact)).toBeNull();
    expect(attachmentProblem('bc.pdf', ZIP)).toBe('Tệp "bc.pdf" không đọc được: nội dung không phải tệp PDF như tên tệp cho biết.');
    // Only the first byte differs from a PDF's "%PDF".
    expect(attachmentProblem('bc.pdf', bytes(0x24, 0x50, 0x44, 0x46))).not.toBeNull();
    expect(attachmentProblem('bc.pdf', bytes(0x25, 0x50, 0x44, 0x47))).not.toBeNull();
  });

  it('decodes strict base64 only', () => {
    expect(decodeBase64('JVBERg==')).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(decodeBase64('')).toEqual(new Uint8Array());
    expect(decodeBase64('JVBERg=')).toBeNull(); // length not a multiple of 4
    expect(decodeBase64('JVB ERg=')).toBeNull();
    expect(decodeBase64('JVBE\nRg==')).toBeNull();
    expect(decodeBase64('JV=ERg==')).toBeNull();
    expect(decodeBase64('JVBERg===')).toBeNull();
  });

  it('sizes read "350 KB" (at least 1 KB) and "1,2 MB"', () => {
    expect(formatFileSize(350 * 1024)).toBe('350 KB');
    expect(formatFileSize(10)).toBe('1 KB');
    expect(formatFileSize(1536)).toBe('2 KB'); // 1.5 KB rounds up
    expect(formatFileSize(1024 * 1024 - 1)).toBe('1024 KB');
    expect(formatFileSize(1024 * 1024)).toBe('1,0 MB');
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1,3 MB');
  });

  it('a backup of several gigabytes reads in GB, and the backup list uses the same rule', () => {
    expect(formatFileSize(1024 * 1024 * 1024 - 1)).toBe('1024,0 MB');
    expect(formatFileSize(1024 * 1024 * 1024)).toBe('1,0 GB');
    expect(formatFileSize(2.5 * 1024 * 1024 * 1024)).toBe('2,5 GB');
    const backupCard = fs.readFileSync('renderer/src/components/backup/BackupTable.tsx', 'utf8');
    expect(backupCard).toContain('formatFileSize(b.databaseBytes + b.attachmentBytes)');
  });
});
