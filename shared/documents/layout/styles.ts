// Word styles in the Decree-30 look (§2, §4, §5, §7, §10), so that a clerk who applies a style while
// editing the exported file stays in the layout: Normal is Times New Roman 14 with the body's spacing,
// the headings are black, the size of the text, with no colour and no space of their own. The builders
// name these styles on the paragraphs they write (and still give every property directly, so the page
// looks the same in a reader that ignores styles).
import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions, LineRuleType } from 'docx';
import { BODY_FIRST_LINE, BODY_SPACING_BEFORE, FONT, LANGUAGE, PT, SINGLE_LINE } from './constants';

/** Style ids used by the builders. Heading1–3 and Title are Word's own ids, so Word's navigation works. */
export const STYLE = {
  body: 'BodyText',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  title: 'Title',
  table: 'TableText',
  noiNhan: 'NoiNhan',
} as const;

const run = (pt: number, o: { bold?: boolean; italics?: boolean } = {}) => ({
  font: FONT,
  size: pt * 2,
  color: '000000',
  bold: o.bold ?? false,
  italics: o.italics ?? false,
  language: { value: LANGUAGE },
});

const spacing = (before: number) => ({ before, after: 0, line: SINGLE_LINE, lineRule: LineRuleType.AUTO });

const heading = (bold: boolean) => ({
  basedOn: 'Normal',
  next: STYLE.body,
  quickFormat: true,
  run: run(PT.body, { bold }),
  paragraph: {
    alignment: AlignmentType.JUSTIFIED,
    spacing: spacing(BODY_SPACING_BEFORE),
    indent: { firstLine: BODY_FIRST_LINE },
    keepNext: true,
  },
});

const paragraphStyles: IParagraphStyleOptions[] = [
  {
    id: 'Normal',
    name: 'Normal',
    quickFormat: true,
    run: run(PT.body),
    paragraph: { spacing: spacing(BODY_SPACING_BEFORE) },
  },
  {
    id: STYLE.body,
    name: 'Body Text',
    basedOn: 'Normal',
    next: STYLE.body,
    quickFormat: true,
    run: run(PT.body),
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: spacing(BODY_SPACING_BEFORE), indent: { firstLine: BODY_FIRST_LINE } },
  },
  {
    id: STYLE.table,
    name: 'Table Text',
    basedOn: 'Normal',
    next: STYLE.table,
    quickFormat: true,
    run: run(PT.table),
    paragraph: { spacing: spacing(0) },
  },
  {
    id: STYLE.noiNhan,
    name: 'Nơi nhận',
    basedOn: 'Normal',
    next: STYLE.noiNhan,
    quickFormat: true,
    run: run(PT.noiNhanList),
    paragraph: { spacing: spacing(0) },
  },
];

/** The document's styles: defaults, Word's Title and Heading 1–3 redefined, and the styles above. */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: PT.body * 2, language: { value: LANGUAGE } },
      },
      title: {
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        run: run(PT.title, { bold: true }),
        paragraph: { alignment: AlignmentType.CENTER, spacing: spacing(0), keepNext: true },
      },
      heading1: { name: 'Heading 1', ...heading(true) },
      heading2: { name: 'Heading 2', ...heading(true) },
      heading3: { name: 'Heading 3', ...heading(false) },
    },
    paragraphStyles,
  };
}
