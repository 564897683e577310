// Desktop-only actions (save dialog, printing a view through a hidden window). They travel over the
// same IPC channel as the API, under reserved method names that electron/desktop/main.ts answers
// before the dispatcher; the browser host never receives them (the client downloads and prints there).

export const DESKTOP_SAVE_FILE = 'desktop.saveFile';
export const DESKTOP_PRINT_VIEW = 'desktop.printView';
export const DESKTOP_METHODS = [DESKTOP_SAVE_FILE, DESKTOP_PRINT_VIEW] as const;
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

/** What both actions answer: whether it happened (false when the clerk cancelled) and where it was saved. */
export interface HostActionResult {
  done: boolean;
  path: string | null;
  /** A note for the clerk, e.g. the file was saved but could not be opened. */
  note: string | null;
}

/** The print views the app has: "#/in/<view>" with letters, digits and dashes in the query. */
export const PRINT_ROUTE = /^#\/in\/[a-z-]+(\?[A-Za-z0-9=&%._-]{0,400})?$/;

export function isPrintRoute(route: string): boolean {
  return PRINT_ROUTE.test(route);
}
