// Excel in and out (issue 15): the plan's lists as .xlsx files, and the statistics form of a period
// sent to the agencies and read back. Merged into the one contract in contract.ts.
import { z } from 'zod';
import { id, isoDate, method, idsInput } from './fields';
import type { AgencyRef } from './models';

/** Base64 of the largest accepted workbook (10 MB), with room for padding. */
const MAX_BASE64_CHARS = Math.ceil((10 * 1024 * 1024) / 3) * 4 + 8;

export const excelExportRequest = z.discriminatedUnion('kind', [
  /** The board as filtered: the tasks shown, in the order shown, and the filter in words. */
  z
    .object({
      kind: z.literal('tasks'),
      planId: id,
      taskIds: z.array(id).max(20_000),
      filterText: z.string().trim().max(500).nullable().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('matrix'),
      planId: id,
      taskIds: z.array(id).max(20_000),
      filterText: z.string().trim().max(500).nullable().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('register'), planId: id, periodId: id }).strict(),
  z.object({ kind: z.literal('figures'), planId: id, periodId: id }).strict(),
  z.object({ kind: z.literal('targets'), planId: id }).strict(),
]);
export type ExcelExportRequest = z.output<typeof excelExportRequest>;

const formRequest = idsInput('planId', 'periodId');
const formUpload = z
  .object({
    planId: id,
    fileName: z.string().trim().max(260).optional(),
    contentBase64: z.string().min(1).max(MAX_BASE64_CHARS),
    /** Arrival day of the reports the import records for agencies with none yet; today when absent. */
    arrivalDate: isoDate.optional(),
  })
  .strict();

export interface ExcelFile {
  fileName: string;
  mediaType: string;
  contentBase64: string;
  size: number;
  title: string;
}

/** One agency's figures as the import would record them, beside what is recorded now. */
export interface FormPreviewAgency {
  agency: AgencyRef & { name: string };
  sheet: string;
  /** The agency's received report of the period; null: a report is recorded with the import (arrival day chosen by the clerk). */
  reportId: number | null;
  figures: { statisticCode: string; label: string; unit: string; value: number; previous: number | null; note: string | null; cell: string }[];
}

export interface FormPreview {
  periodId: number | null;
  periodLabel: string;
  agencies: FormPreviewAgency[];
  /** Each bad cell: sheet, address and why, in Vietnamese. Nothing is recorded while any is listed. */
  problems: { sheet: string; cell: string; message: string }[];
}

export interface FormImportResult {
  periodId: number;
  agencies: number;
  figures: number;
  reportsCreated: number;
}

export const excelContract = {
  'excel.export': method<typeof excelExportRequest, ExcelFile>(excelExportRequest),
  'forms.export': method<typeof formRequest, ExcelFile>(formRequest),
  'forms.preview': method<typeof formUpload, FormPreview>(formUpload),
  'forms.import': method<typeof formUpload, FormImportResult>(formUpload),
} as const;
