// The assignment table ("Bảng phân công") of an .xlsx workbook imported into an existing plan: a
// preview of the rows to add, the new agencies and groups, and every bad cell (nothing saved), then
// the import itself in one transaction. Merged into the one contract in contract.ts.
import { z } from 'zod';
import { id, method } from './fields';
import type { AssignmentReading } from '../plan-import/assignment-sheet';

/** Base64 of the largest accepted workbook (10 MB), with room for padding. */
const MAX_BASE64_CHARS = Math.ceil((10 * 1024 * 1024) / 3) * 4 + 8;

const assignmentUpload = z
  .object({
    planId: id,
    fileName: z.string().trim().max(260).optional(),
    contentBase64: z.string().min(1).max(MAX_BASE64_CHARS),
  })
  .strict();

export interface AssignmentPreview extends AssignmentReading {
  /** Known agencies named by the table that do not take part in the plan yet: they join it. */
  joining: { code: string; name: string }[];
  /** Display names of every agency code the rows use. */
  names: Record<string, string>;
}

export interface AssignmentImportResult {
  added: number;
  skipped: number;
  groupsCreated: number;
  agenciesCreated: number;
}

export const assignmentsContract = {
  'assignments.preview': method<typeof assignmentUpload, AssignmentPreview>(assignmentUpload),
  'assignments.import': method<typeof assignmentUpload, AssignmentImportResult>(assignmentUpload),
};
