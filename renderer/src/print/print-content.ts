// What every print view receives from PrintRoot. Kept apart from PrintRoot, which imports the views,
// so the views do not import PrintRoot back.
export interface PrintContentProps {
  params: URLSearchParams;
  /** Called once with the suggested PDF name when the data is on the page, or with an error message. */
  onReady: (pdfName: string) => void;
  onError: (message: string) => void;
}
