// What differs between the desktop window and the browser host, kept here so screens never know which
// one they run in: saving a file (save dialog vs download) and printing a view (hidden window with the
// system print dialog or printToPDF vs the browser's own print dialog).
import {
  DESKTOP_CHOOSE_FOLDER,
  DESKTOP_PRINT_VIEW,
  DESKTOP_SAVE_FILE,
  type ChooseFolderRequest,
  type FolderPurpose,
  type HostActionResult,
  type PrintViewRequest,
  type SaveFileRequest,
} from '../../../shared/api/host-actions';
import { isApiError, type ApiResult } from '../../../shared/api/errors';
import { base64ToBytes } from '../../../shared/text/base64';
import { ApiCallError } from './client';

export interface HostAbilities {
  /** A save dialog that returns where the file went, and can open it afterwards. */
  openAfterSave: boolean;
  /** "Lưu PDF" writes a PDF file directly (desktop); otherwise the print dialog offers "Save as PDF". */
  directPdf: boolean;
  /** The system's folder dialog (desktop); the browser host types the folder's path instead. */
  chooseFolder: boolean;
}

export function hostAbilities(): HostAbilities {
  const desktop = typeof window !== 'undefined' && !!window.api;
  return { openAfterSave: desktop, directPdf: desktop, chooseFolder: desktop };
}

async function desktopCall(method: string, input: SaveFileRequest | PrintViewRequest | ChooseFolderRequest): Promise<HostActionResult> {
  const result = (await window.api!.call(method, input)) as ApiResult<HostActionResult>;
  if (result.ok) return result.data;
  throw new ApiCallError(isApiError(result.error) ? result.error : { code: 'INTERNAL', message: 'Lỗi không xác định.' });
}

/** Offers the file as a download under its name (the browser host's save; attachments in both hosts). */
export function downloadFile(fileName: string, mediaType: string, contentBase64: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(contentBase64)], { type: mediaType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Saves an exported document: the save dialog in the desktop app (done=false when cancelled), a
 * download in the browser host.
 */
export async function saveDocument(
  file: { fileName: string; mediaType: string; contentBase64: string },
  options: { openAfter?: boolean } = {},
): Promise<HostActionResult> {
  if (window.api) {
    return desktopCall(DESKTOP_SAVE_FILE, { fileName: file.fileName, contentBase64: file.contentBase64, openAfter: options.openAfter ?? false });
  }
  downloadFile(file.fileName, file.mediaType, file.contentBase64);
  return { done: true, path: null, note: null };
}

/**
 * Prints the print view on screen (route "#/in/…"): through a hidden window in the desktop app, with
 * the system print dialog or straight to a PDF file; with the browser's print dialog otherwise.
 */
export async function printView(route: string, options: { pdf: boolean; fileName?: string; openAfter?: boolean }): Promise<HostActionResult> {
  if (window.api) {
    return desktopCall(DESKTOP_PRINT_VIEW, {
      route,
      pdf: options.pdf,
      ...(options.fileName ? { fileName: options.fileName } : {}),
      openAfter: options.openAfter ?? false,
    });
  }
  window.print();
  return { done: true, path: null, note: null };
}

/** The desktop's folder dialog: the chosen folder, or null when the clerk cancelled (desktop only). */
export async function chooseFolder(purpose: FolderPurpose, startIn: string): Promise<string | null> {
  const result = await desktopCall(DESKTOP_CHOOSE_FOLDER, { purpose, ...(startIn.trim() ? { startIn: startIn.trim() } : {}) });
  return result.done ? result.path : null;
}
