// The desktop-only actions are checked before Electron acts on them: the name offered in the save
// dialog cannot leave the chosen folder, and the hidden print window only loads the app's print views.
import { describe, expect, it } from 'vitest';
import {
  chooseFolderInput,
  folderChoice,
  folderDialogOptions,
  printHash,
  printViewInput,
  safeFileName,
  savedFileKind,
  SAVE_DIALOG_TEXT,
  saveFileInput,
} from '../../electron/desktop/desktop-actions';
import { isDesktopMethod, isPrintRoute } from '../../shared/api/host-actions';
import { validate } from '../../shared/api/validation';
import { contract } from '../../shared/api/contract';

describe('file names offered in the save dialog', () => {
  it.each([
    ['BC-6thang-2022.docx', 'docx', 'BC-6thang-2022.docx'],
    ['BC-6thang-2022', 'docx', 'BC-6thang-2022.docx'],
    ['../../Windows/System32/BC.docx', 'docx', 'Windows-System32-BC.docx'],
    ['C:\\Users\\a\\KH.docx', 'docx', 'C-Users-a-KH.docx'],
    ['Báo cáo: "6 tháng"?.docx', 'docx', 'Báo cáo 6 tháng.docx'],
    ['CON', 'pdf', 'van-ban.pdf'],
    ['...', 'pdf', 'van-ban.pdf'],
    ['Bang-phan-cong.pdf', 'pdf', 'Bang-phan-cong.pdf'],
    ['So-bao-cao-6thang-2022.xlsx', 'xlsx', 'So-bao-cao-6thang-2022.xlsx'],
    ['../DS nhiem vu', 'xlsx', 'DS nhiem vu.xlsx'],
  ] as const)('%s -> %s', (given, ext, expected) => {
    expect(safeFileName(given, ext)).toBe(expected);
  });

  it('offers an Excel list as an Excel workbook and everything else as a Word document', () => {
    expect(savedFileKind('DS-nhiem-vu-2022.xlsx')).toBe('xlsx');
    expect(savedFileKind('Bieu-mau.XLSX')).toBe('xlsx');
    expect(savedFileKind('BC-6thang-2022.docx')).toBe('docx');
    expect(savedFileKind('bang.xlsx.docx')).toBe('docx');
    expect(SAVE_DIALOG_TEXT.xlsx.filter).toEqual({ name: 'Bảng tính Excel', extensions: ['xlsx'] });
  });

  it('keeps Vietnamese letters in NFC', () => {
    expect(safeFileName('Ba\u0301o ca\u0301o.docx', 'docx')).toBe('Báo cáo.docx');
  });
});

describe('print views the hidden window may load', () => {
  it.each([
    ['#/in/phan-cong?ke-hoach=1', true],
    ['#/in/phan-cong?ke-hoach=1&co-quan=5&qua-han=1', true],
    ['#/in/tinh-hinh-bao-cao?ke-hoach=1&ky=3', true],
    ['#/van-ban', false],
    ['https://example.com/#/in/phan-cong', false],
    ['#/in/phan-cong?x=<script>', false],
    ['#/in/../../etc/passwd', false],
  ])('%s: %s', (route, allowed) => {
    expect(isPrintRoute(route)).toBe(allowed);
    expect(validate(printViewInput, { route, pdf: true }).ok).toBe(allowed);
  });

  it('gives loadFile the hash without "#"', () => {
    expect(printHash('#/in/nhiem-vu?ke-hoach=2')).toBe('/in/nhiem-vu?ke-hoach=2');
    expect(() => printHash('#/cai-dat')).toThrow('Trang in không hợp lệ.');
  });
});

describe('reserved method names', () => {
  it('are not API methods, so the browser host answers them as unknown', () => {
    for (const m of ['desktop.saveFile', 'desktop.printView']) {
      expect(isDesktopMethod(m)).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(contract, m)).toBe(false);
    }
    expect(isDesktopMethod('documents.export')).toBe(false);
  });

  it('refuse a save without content or with extra fields, in Vietnamese', () => {
    const missing = validate(saveFileInput, { fileName: 'a.docx' });
    expect(missing).toMatchObject({ ok: false, error: { field: 'contentBase64', message: 'Nội dung tệp: chưa được nhập.' } });
    expect(validate(saveFileInput, { fileName: 'a.docx', contentBase64: '', path: '/etc' }).ok).toBe(false);
  });
});

describe('the folder dialog for backups', () => {
  const isAbsolute = (p: string) => /^([A-Za-z]:\\|\/)/.test(p);

  it('is a reserved desktop method, not an API method', () => {
    expect(isDesktopMethod('desktop.chooseFolder')).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(contract, 'desktop.chooseFolder')).toBe(false);
  });

  it('opens on the folder already typed, else the last one chosen, else Documents', () => {
    expect(folderDialogOptions('backupTarget', 'E:\\SaoLuu', '/home/lan/USB', '/home/lan/Documents', isAbsolute).defaultPath).toBe('E:\\SaoLuu');
    expect(folderDialogOptions('backupTarget', 'SaoLuu', '/home/lan/USB', '/home/lan/Documents', isAbsolute).defaultPath).toBe('/home/lan/USB');
    expect(folderDialogOptions('backupTarget', undefined, null, '/home/lan/Documents', isAbsolute).defaultPath).toBe('/home/lan/Documents');
  });

  it('lets a backup target be a new folder, and a restore source only an existing one, in Vietnamese', () => {
    const target = folderDialogOptions('backupTarget', undefined, null, '/d', isAbsolute);
    expect(target).toMatchObject({ title: 'Chọn thư mục để sao lưu (ví dụ ổ USB)', buttonLabel: 'Sao lưu vào thư mục này' });
    expect(target.properties).toEqual(expect.arrayContaining(['openDirectory', 'createDirectory', 'promptToCreate']));
    const source = folderDialogOptions('restoreSource', undefined, null, '/d', isAbsolute);
    expect(source.title).toBe('Chọn thư mục bản sao lưu (tên bắt đầu bằng ThuongTruc_)');
    expect(source.properties).toContain('openDirectory');
    expect(source.properties).not.toContain('createDirectory');
  });

  it('answers the chosen folder, or nothing when the clerk cancels', () => {
    expect(folderChoice({ canceled: false, filePaths: ['E:\\SaoLuu'] })).toEqual({ done: true, path: 'E:\\SaoLuu', note: null });
    expect(folderChoice({ canceled: true, filePaths: [] })).toEqual({ done: false, path: null, note: null });
    expect(folderChoice({ canceled: false, filePaths: [] })).toEqual({ done: false, path: null, note: null });
  });

  it('refuses an unknown purpose or extra fields', () => {
    expect(validate(chooseFolderInput, { purpose: 'backupTarget' }).ok).toBe(true);
    expect(validate(chooseFolderInput, { purpose: 'anywhere' }).ok).toBe(false);
    expect(validate(chooseFolderInput, { purpose: 'backupTarget', write: true }).ok).toBe(false);
  });
});
