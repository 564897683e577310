// Desktop-only actions (save dialog, printing a view through a hidden window, the folder dialog). They travel over the
// same IPC channel as the API, under reserved method names that electron/desktop/main.ts answers
// before the dispatcher; the browser host never receives them (the client downloads and prints there).

export const DESKTOP_SAVE_FILE = 'desktop.saveFile';
export const DESKTOP_PRINT_VIEW = 'desktop.printView';
export const DESKTOP_CHOOSE_FOLDER = 'desktop.chooseFolder';
export const DESKTOP_METHODS = [DESKTOP_SAVE_FILE, DESKTOP_PRINT_VIEW, DESKTOP_CHOOSE_FOLDER] as const;
export type DesktopMethod = (typeof DESKTOP_METHODS)[number];

export function isDesktopMethod(method: unknown): method is DesktopMethod {
  return typeof method === 'string' && (DESKTOP_METHODS as readonly string[]).includes(method);
}

export interface SaveFileRequest {
  /** Suggested name in the save dialog, e.g. "BC-6thang-2022.docx". */
  fileName: string;
  contentBase64: string;
  /** Open the saved file with the system's program (Word). */
  openAfter?: boolean;
}

export interface PrintViewRequest {
  /** The print view to load in the hidden window: "#/in/phan-cong?ke-hoach=1". */
  route: string;
  /** true: save as PDF (printToPDF and a save dialog); false: the system print dialog. */
  pdf: boolean;
  /** Suggested PDF name. */
  fileName?: string;
  openAfter?: boolean;
}

/** Why a folder is chosen: where to write a backup (e.g. a USB drive), or which backup folder to restore. */
export type FolderPurpose = 'backupTarget' | 'restoreSource';

export interface ChooseFolderRequest {
  purpose: FolderPurpose;
  /** The folder the dialog opens on (what the field already holds), when it exists. */
  startIn?: string;
}

/** What the actions answer: whether it happened (false when the clerk cancelled) and where it was saved. */
export interface HostActionResult {
  done: boolean;
  path: string | null;
  /** A note for the clerk, e.g. the file was saved but could not be opened. The folder dialog answers the chosen folder in `path`. */
  note: string | null;
}

/** The print views the app has: "#/in/<view>" with letters, digits and dashes in the query. */
export const PRINT_ROUTE = /^#\/in\/[a-z-]+(\?[A-Za-z0-9=&%._-]{0,400})?$/;

export function isPrintRoute(route: string): boolean {
  return PRINT_ROUTE.test(route);
}
