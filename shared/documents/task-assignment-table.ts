// Bảng phân công nhiệm vụ (§10.3): the task assignment table on landscape pages, its header row
// repeated on every page, rows numbered with the plan's codes and allowed to break across pages; printed alone (with the header block) or appended to the plan as a Phụ lục.
import { AlignmentType, type Document, type ISectionOptions, type Table } from 'docx';
import { appendixHeading, attachedToLine } from './layout/appendix';
import { type DataColumn, type DataRow } from './layout/data-table';
import { LANDSCAPE_TEXT_WIDTH, PT } from './layout/constants';
import { longDataTable } from './layout/long-table';
import { createDocument } from './layout/document';
import { headerBlock, planHeader } from './layout/header-block';
import { landscapeSection } from './layout/page';
import { formatNumberLine, nfc } from './text';
import type { DocumentSettings, ParentDocumentRef, TaskAssignmentTableInput, TaskTableEntry } from './types';

export const TASK_TABLE_TITLE = 'BẢNG PHÂN CÔNG NHIỆM VỤ';

/**
 * Columns and widths of §10.3, summing to the landscape text width (14286 tw). The STT column holds the
 * plan's codes ("III.1.a.1", "V.13.6"): 23 mm keeps each on one line.
 */
export const TASK_TABLE_COLUMNS: DataColumn[] = [
  { header: 'STT', width: 1304, align: AlignmentType.CENTER },
  { header: 'Nội dung nhiệm vụ', width: 4536, align: AlignmentType.JUSTIFIED },
  { header: 'Cơ quan chủ trì', width: 2268, align: AlignmentType.LEFT },
  { header: 'Cơ quan phối hợp', width: 2835, align: AlignmentType.LEFT },
  { header: 'Thời hạn', width: 1588, align: AlignmentType.CENTER },
  { header: 'Sản phẩm', width: 1755, align: AlignmentType.LEFT },
];

function taskRows(entries: TaskTableEntry[]): DataRow[] {
  return entries.map((e) =>
    'group' in e
      ? { first: nfc(e.stt ?? ''), span: nfc(e.group), bold: true }
      : { cells: [e.stt, e.content, e.lead, e.support, e.deadline, e.expectedOutput].map((s) => nfc(s ?? '')) },
  );
}

/**
 * Task rows may break across pages (a long task would otherwise leave much of a page blank). A plan
 * may have thousands of tasks: the rows are written from templates when the document is packed.
 */
export function taskTable(entries: TaskTableEntry[]): Table {
  return longDataTable(TASK_TABLE_COLUMNS, taskRows(entries), PT.table, { splitRows: true });
}

/** The Phụ lục section of a plan: heading, "(Kèm theo …)" line, the table; pages numbered from 1. */
export function taskAssignmentAppendix(
  settings: DocumentSettings,
  o: { label: string; title: string; rows: TaskTableEntry[]; parent: ParentDocumentRef; filterNote?: string },
): ISectionOptions {
  const heading = appendixHeading({
    label: o.label,
    title: TASK_TABLE_TITLE,
    subtitle: o.title,
    attachedTo: attachedToLine(o.parent, settings.issuerName),
    ...(o.filterNote ? { notes: [o.filterNote] } : {}),
    textWidth: LANDSCAPE_TEXT_WIDTH,
  });
  return landscapeSection([...heading, taskTable(o.rows)], true);
}

/** The table printed on its own (for a meeting): header block, title, table, on landscape pages. */
export function taskAssignmentTable(settings: DocumentSettings, input: TaskAssignmentTableInput): Document {
  const textWidth = LANDSCAPE_TEXT_WIDTH;
  const withNumber = input.number && input.date;
  const layout = planHeader(settings, textWidth, withNumber ? formatNumberLine(input.number!) : '');
  const header = headerBlock({ settings, layout, ...(withNumber ? { number: input.number!, date: input.date! } : {}) });
  const heading = appendixHeading({
    title: TASK_TABLE_TITLE,
    subtitle: input.title,
    ...(input.parent ? { attachedTo: attachedToLine(input.parent, settings.issuerName) } : {}),
    ...(input.filterNote ? { notes: [input.filterNote] } : {}),
    textWidth,
    before: 480,
  });
  return createDocument(`${TASK_TABLE_TITLE} ${nfc(input.title)}`, [
    landscapeSection([header, ...heading, taskTable(input.rows)], false),
  ]);
}
