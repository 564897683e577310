// Word files a test makes itself from a plan's text, formatted the other ways plans circulate:
// headings in Word heading styles, or numbering by Word lists instead of typed numbers; and the
// tasks as an assignment table, appended to the plan or in an .xlsx workbook.
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { blocksFromText } from '../../shared/plan-import/blocks';
import { linkedAgencies } from '../../shared/domain/task-links';
import type { PlanDataset } from '../../shared/domain/plan-dataset';

export type Variant = 'heading-styles' | 'list-numbering';

type Marker = 'roman' | 'number' | 'letter' | 'dash' | 'plus' | 'none';

function markerOf(text: string): { marker: Marker; rest: string } {
  let m = /^([IVX]{1,5})\.\s+(.+)$/s.exec(text);
  if (m) return { marker: 'roman', rest: m[2]! };
  m = /^(\d{1,2})\.\s+(.+)$/s.exec(text);
  if (m) return { marker: 'number', rest: m[2]! };
  m = /^([a-zđ])\)\s*(.+)$/s.exec(text);
  if (m) return { marker: 'letter', rest: m[2]! };
  m = /^-\s*(.+)$/s.exec(text);
  if (m) return { marker: 'dash', rest: m[1]! };
  m = /^\+\s*(.+)$/s.exec(text);
  if (m) return { marker: 'plus', rest: m[1]! };
  return { marker: 'none', rest: text };
}

/** The plan's text (as pasted: one paragraph a line) as a .docx in the given variant. */
export async function planDocx(text: string, variant: Variant): Promise<Buffer> {
  const blocks = blocksFromText(text);
  const firstSection = blocks.findIndex((b) => /^I\.\s/.test(b.text));
  const paragraphs = blocks.map((b, i) => {
    const { marker, rest } = i >= firstSection ? markerOf(b.text) : { marker: 'none' as Marker, rest: b.text };
    const run = (t: string) => new TextRun({ text: t, bold: b.bold, italics: b.italic, font: 'Times New Roman', size: 28 });
    if (variant === 'heading-styles') {
      const heading =
        marker === 'roman' ? HeadingLevel.HEADING_1 : marker === 'number' && b.bold ? HeadingLevel.HEADING_2 : marker === 'letter' ? HeadingLevel.HEADING_3 : undefined;
      return new Paragraph({ children: [run(b.text)], ...(heading ? { heading } : {}), alignment: AlignmentType.JUSTIFIED });
    }
    // Word list numbering: the numbers and bullets are Word's, not typed.
    if (marker === 'roman' || marker === 'number' || marker === 'letter') {
      const level = marker === 'roman' ? 0 : marker === 'number' ? 1 : 2;
      return new Paragraph({ children: [run(rest)], numbering: { reference: 'plan-outline', level } });
    }
    if (marker === 'dash' || marker === 'plus') {
      return new Paragraph({ children: [run(rest)], numbering: { reference: 'plan-bullets', level: marker === 'dash' ? 0 : 1 } });
    }
    return new Paragraph({ children: [run(b.text)] });
  });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'plan-outline',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: 'plan-bullets',
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.BULLET, text: '+', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

// ---------- The tasks as an assignment table ("Bảng phân công") ----------

/** One row of an assignment table as a clerk types it: a group row (code and title) or a task row. */
export type AssignmentTableRow =
  | { group: string; title: string }
  | { stt: string; content: string; lead: string; support: string; deadline: string; output: string };

export const ASSIGNMENT_HEADER = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Sản phẩm'];

/**
 * The agencies a task's row of the table names: its own, or, for a task of section III, those of the
 * section V duties that carry it out ("theo mục V", the reading rule of db/builtin/quang-tri-2022-links.ts);
 * the three tasks no duty carries name "Chung: thành viên BCĐ 138, UBND cấp huyện".
 */
export function printedAgencies(ds: PlanDataset, code: string): { lead: string[]; support: string[]; shared?: string } {
  const t = ds.tasks.find((x) => x.code === code)!;
  if (t.sharedResponsibility) return { lead: [], support: [], shared: t.sharedResponsibility };
  const links = (ds.taskLinks ?? []).filter((l) => l.task === code);
  if (links.length === 0) return { lead: t.lead, support: t.support };
  const ref = (c: string) => ({ id: ds.agencies.findIndex((a) => a.code === c), shortName: c, kind: 'other' as const });
  const duty = (c: string) => ds.tasks.find((x) => x.code === c)!;
  const r = linkedAgencies(links.map((l) => ({ role: l.role, lead: duty(l.duty).lead.map(ref), support: duty(l.duty).support.map(ref) })));
  return { lead: r.lead.map((a) => a.shortName), support: r.support.map((a) => a.shortName) };
}

/** The dataset's tasks as the rows of its assignment table, agencies by their full names. */
export function assignmentRows(ds: PlanDataset): AssignmentTableRow[] {
  const name = (c: string) => ds.agencies.find((a) => a.code === c)!.name;
  const rows: AssignmentTableRow[] = [];
  for (const g of ds.taskGroups) {
    rows.push({ group: g.code, title: g.title });
    for (const t of ds.tasks.filter((x) => x.group === g.code)) {
      const p = printedAgencies(ds, t.code);
      rows.push({
        stt: t.code,
        content: t.content,
        lead: p.shared ?? p.lead.map(name).join('; '),
        support: p.support.map(name).join('; '),
        deadline: t.deadlineKind === 'ongoing' ? 'Thường xuyên' : (t.deadlineText ?? ''),
        output: t.expectedOutput ?? '',
      });
    }
  }
  return rows;
}

const cellParagraphs = (text: string, bold = false) =>
  text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, font: 'Times New Roman', size: 24 })] }));

/**
 * The plan's text with typed numbering (as the 2022 file), then a "Phụ lục" with the tasks as a
 * "Bảng phân công nhiệm vụ" table: a header row, group rows (code, then the title across the row) and
 * task rows (each line of a task's wording a paragraph of its cell).
 */
export async function planWithAssignmentTableDocx(text: string, rows: AssignmentTableRow[]): Promise<Buffer> {
  const body = blocksFromText(text).map(
    (b) => new Paragraph({ children: [new TextRun({ text: b.text, bold: b.bold, italics: b.italic, font: 'Times New Roman', size: 28 })] }),
  );
  const tableRows = [
    new TableRow({ tableHeader: true, children: ASSIGNMENT_HEADER.map((h) => new TableCell({ children: cellParagraphs(h, true) })) }),
    ...rows.map((r) =>
      'group' in r
        ? new TableRow({
            children: [new TableCell({ children: cellParagraphs(r.group, true) }), new TableCell({ columnSpan: 5, children: cellParagraphs(r.title, true) })],
          })
        : new TableRow({ children: [r.stt, r.content, r.lead, r.support, r.deadline, r.output].map((c) => new TableCell({ children: cellParagraphs(c) })) }),
    ),
  ];
  const doc = new Document({
    sections: [
      { children: body },
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Phụ lục', bold: true, font: 'Times New Roman', size: 28 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'BẢNG PHÂN CÔNG NHIỆM VỤ', bold: true, font: 'Times New Roman', size: 28 })] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: tableRows }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

/** The same rows as an .xlsx workbook: a title on row 1, the header on row 3, the rows below. */
export async function assignmentWorkbook(rows: AssignmentTableRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phân công');
  ws.getCell('A1').value = 'BẢNG PHÂN CÔNG NHIỆM VỤ';
  ws.getRow(3).values = ASSIGNMENT_HEADER;
  rows.forEach((r, i) => {
    ws.getRow(4 + i).values = 'group' in r ? [r.group, r.title] : [r.stt, r.content, r.lead, r.support || undefined, r.deadline || undefined, r.output || undefined];
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
