// Checks of the desktop-only actions (shared/api/host-actions.ts), as pure functions so tests run
// them without Electron: input shapes, the file name offered in the save dialog, the print route, the
// folder dialog's options and what its answer becomes.
import { z } from 'zod';
import { isPrintRoute, type FolderPurpose, type HostActionResult } from '../../shared/api/host-actions';

export const saveFileInput = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z.string().max(80_000_000),
    openAfter: z.boolean().optional(),
  })
  .strict();

export const printViewInput = z
  .object({
    route: z.string().max(500).refine(isPrintRoute, 'Trang in không hợp lệ.'),
    pdf: z.boolean(),
    fileName: z.string().trim().max(255).optional(),
    openAfter: z.boolean().optional(),
  })
  .strict();

/** The kinds of file the save dialog writes: Word documents, Excel workbooks, PDF prints. */
export type SavedFileKind = 'docx' | 'xlsx' | 'pdf';

/** The kind of an exported file, told by the name the app suggests: an Excel list ends in .xlsx, else Word. */
export function savedFileKind(fileName: string): 'docx' | 'xlsx' {
  return /\.xlsx\s*$/i.test(fileName) ? 'xlsx' : 'docx';
}

/** The save dialog's title and file type filter for each kind. */
export const SAVE_DIALOG_TEXT: Record<SavedFileKind, { title: string; filter: { name: string; extensions: string[] } }> = {
  docx: { title: 'Lưu văn bản', filter: { name: 'Văn bản Word', extensions: ['docx'] } },
  xlsx: { title: 'Lưu bảng tính Excel', filter: { name: 'Bảng tính Excel', extensions: ['xlsx'] } },
  pdf: { title: 'Lưu bản PDF', filter: { name: 'Tệp PDF', extensions: ['pdf'] } },
};

/**
 * A file name safe on Windows and Linux: no folder part, no reserved characters or names, the
 * expected extension. "../../BC 6/2022" -> "BC 6-2022.docx".
 */
export function safeFileName(name: string, extension: SavedFileKind): string {
  // eslint-disable-next-line no-control-regex -- control characters are removed from a file name
  let base = name.normalize('NFC').replace(/[\\/]+/g, '-').replace(/[<>:"|?*\u0000-\u001f]/g, '').trim();
  base = base.replace(/^[.\s-]+/, '').replace(/[.\s]+$/, '');
  const ext = `.${extension}`;
  if (base.toLowerCase().endsWith(ext)) base = base.slice(0, -ext.length).replace(/[.\s]+$/, '');
  if (!base || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = 'van-ban';
  return `${base.slice(0, 150)}${ext}`;
}

/** The hash given to loadFile for a print route: "#/in/phan-cong?x=1" -> "/in/phan-cong?x=1". */
export function printHash(route: string): string {
  if (!isPrintRoute(route)) throw new Error('Trang in không hợp lệ.');
  return route.slice(1);
}

export const chooseFolderInput = z
  .object({
    purpose: z.enum(['backupTarget', 'restoreSource']),
    startIn: z.string().trim().max(1000).optional(),
  })
  .strict();

/** The folder dialog's wording for each purpose. */
export const FOLDER_DIALOG_TEXT: Record<FolderPurpose, { title: string; buttonLabel: string }> = {
  backupTarget: { title: 'Chọn thư mục để sao lưu (ví dụ ổ USB)', buttonLabel: 'Sao lưu vào thư mục này' },
  restoreSource: { title: 'Chọn thư mục bản sao lưu (tên bắt đầu bằng ThuongTruc_)', buttonLabel: 'Chọn bản sao lưu này' },
};

/** The subset of Electron's OpenDialogOptions the folder dialog uses (kept here so tests need no Electron). */
export interface FolderDialogOptions {
  title: string;
  buttonLabel: string;
  defaultPath: string;
  properties: ('openDirectory' | 'createDirectory' | 'promptToCreate' | 'dontAddToRecent')[];
}

/**
 * The folder dialog for a purpose: it opens on the folder already typed when that is a full path, else
 * on the last folder chosen, else on the Documents folder. A backup target may be a new folder.
 */
export function folderDialogOptions(
  purpose: FolderPurpose,
  startIn: string | undefined,
  lastFolder: string | null,
  documents: string,
  isAbsolute: (p: string) => boolean,
): FolderDialogOptions {
  const typed = startIn?.trim();
  return {
    ...FOLDER_DIALOG_TEXT[purpose],
    defaultPath: typed && isAbsolute(typed) ? typed : (lastFolder ?? documents),
    properties: purpose === 'backupTarget' ? ['openDirectory', 'createDirectory', 'promptToCreate', 'dontAddToRecent'] : ['openDirectory', 'dontAddToRecent'],
  };
}

/** The dialog's answer as the page gets it: the chosen folder, or done=false when the clerk cancelled. */
export function folderChoice(answer: { canceled: boolean; filePaths: string[] }): HostActionResult {
  const chosen = answer.canceled ? undefined : answer.filePaths[0];
  return chosen ? { done: true, path: chosen, note: null } : { done: false, path: null, note: null };
}
