// Page setup (§1) and page numbers (§8): A4, margins 20/20/30/15 mm, the number centred in the top
// margin from page 2 on (a different, empty first-page header); appendix sections landscape, numbered
// from 1 again (§10).
import {
  AlignmentType,
  Header,
  type FileChild,
  type ISectionOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { A4, FONT, MARGINS, PT } from './constants';

/** A block of a section: a paragraph, a table or a templated paragraph (layout/templated-paragraph.ts). */
type Block = FileChild;

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0 },
        run: { font: FONT, size: PT.pageNumber * 2 },
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PT.pageNumber * 2 })],
      }),
    ],
  });
}

function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ spacing: { before: 0, after: 0 }, run: { font: FONT, size: PT.pageNumber * 2 }, children: [] })] });
}

function headers() {
  return { default: pageNumberHeader(), first: emptyHeader() };
}

/** The main, portrait section of a document. */
export function portraitSection(children: Block[]): ISectionOptions {
  return {
    properties: {
      page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: { ...MARGINS } },
      titlePage: true,
    },
    headers: headers(),
    children,
  };
}

/**
 * A landscape section: an appendix (numbered from 1 again) or a standalone wide table. Portrait
 * numbers are passed on purpose: docx swaps them for a landscape page.
 */
export function landscapeSection(children: Block[], restartNumbering: boolean): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
        margin: { ...MARGINS },
        ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}),
      },
      titlePage: true,
    },
    headers: headers(),
    children,
  };
}
