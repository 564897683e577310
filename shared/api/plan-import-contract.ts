// Importing a plan from its Word file or pasted text: a preview to review (nothing saved), then the
// reviewed plan saved in one transaction. Merged into the one contract in contract.ts.
import { z } from 'zod';
import { isoDate, method, text } from './fields';
import type { PlanSummary } from './models';
import type { PlanImport } from '../plan-import/to-dataset';
import { AGENCY_KINDS, DEADLINE_KINDS, PERIOD_TYPES, TARGET_COMPARATORS, TARGET_KINDS } from '../domain/types';
import { PLAN_TEXT_KINDS } from '../domain/plan-text';

/** The largest pasted text accepted (a 20-page plan is about 60,000 characters). */
export const MAX_PASTED_CHARS = 500_000;
/** Base64 of the largest accepted file (10 MB), with room for padding. */
const MAX_BASE64_CHARS = Math.ceil((10 * 1024 * 1024) / 3) * 4 + 8 + 1024 * 1024;

const optText = (max: number) => z.string().trim().max(max).optional();
const code = z.string().trim().min(1).max(60);
const codes = z.array(code).max(500);

export const importPreviewInput = z
  .object({
    /** The file's name as chosen, for messages (".doc" is told apart by its content, not its name). */
    fileName: z.string().trim().max(260).optional(),
    /** The .docx bytes as base64. */
    contentBase64: z.string().max(MAX_BASE64_CHARS).optional(),
    /** Or the plan's text, pasted. */
    text: z.string().max(MAX_PASTED_CHARS).optional(),
  })
  .strict();

const datasetSchema = z
  .object({
    plan: z
      .object({
        key: z.string().max(100),
        number: z.string().trim().max(40).nullable(),
        symbol: z.string().trim().max(60),
        issuedDate: isoDate.nullable(),
        issuedDateText: z.string().trim().max(200),
        issuer: z.string().trim().max(300),
        title: text(500),
        year: z.number().int().min(2000).max(2100),
        parentProgramme: z.string().trim().max(2000),
        placeName: z.string().trim().max(100),
        standingAgency: code,
        signer: z.object({ authority: z.string().max(200), position: z.string().max(200), name: z.string().max(200) }).strict(),
        recipients: z.array(z.string().max(500)).max(100),
      })
      .strict(),
    agencies: z
      .array(
        z
          .object({
            code,
            name: text(300),
            shortName: text(200),
            abbreviation: z.string().trim().max(40),
            kind: z.enum(AGENCY_KINDS),
            adminUnitCode: z.string().max(20).optional(),
            reports: z.boolean(),
          })
          .strict(),
      )
      .min(1)
      .max(500),
    taskGroups: z.array(z.object({ code, title: text(1000) }).strict()).max(500),
    tasks: z
      .array(
        z
          .object({
            code,
            group: code,
            content: text(8000),
            lead: codes,
            support: codes,
            deadlineKind: z.enum(DEADLINE_KINDS),
            deadline: isoDate.optional(),
            periodType: z.enum(PERIOD_TYPES).optional(),
            deadlineText: optText(300),
            expectedOutput: optText(2000),
            note: optText(2000),
          })
          .strict(),
      )
      .min(1)
      .max(5000),
    targets: z
      .array(
        z
          .object({
            code,
            group: z.string().max(500),
            wording: text(4000),
            kind: z.enum(TARGET_KINDS),
            comparator: z.enum(TARGET_COMPARATORS).optional(),
            value: z.number().min(0).max(1e12).optional(),
            unit: optText(60),
            denominator: z.number().min(0).max(1e12).optional(),
            denominatorText: optText(300),
            agencies: codes,
            statistic: optText(20),
            denominatorStatistic: optText(20),
            note: optText(2000),
          })
          .strict(),
      )
      .max(1000),
    reportingDuties: z
      .array(
        z
          .object({
            periodType: z.enum(PERIOD_TYPES),
            title: text(200),
            dueMonth: z.number().int().min(1).max(12).nullable(),
            dueDay: z.number().int().min(1).max(31).nullable(),
            dueText: z.string().trim().max(200),
            /** '' for the standing agency's own report upward: its recipients are `recipientText`. */
            recipient: z.string().trim().max(60),
            obliged: codes,
            upward: z.boolean().optional(),
            recipientText: optText(1000),
          })
          .strict(),
      )
      .max(20),
    /** The plan's own text, paragraph by paragraph (shared/plan-import/to-dataset.ts). */
    planText: z
      .array(
        z
          .object({
            kind: z.enum(PLAN_TEXT_KINDS),
            level: z.number().int().min(0).max(4),
            numbering: z.string().trim().max(20),
            text: z.string().max(20000),
            bold: z.boolean().optional(),
            italics: z.boolean().optional(),
            task: code.optional(),
            target: code.optional(),
            group: code.optional(),
          })
          .strict(),
      )
      .max(5000)
      .optional(),
    /** The "theo mục V" links the clerk accepted: the duty's agencies lead or support the task. */
    taskLinks: z
      .array(z.object({ task: code, duty: code, role: z.enum(['lead', 'support']), quote: optText(2000) }).strict())
      .max(5000)
      .optional(),
  })
  .strict();

export const importCreateInput = z
  .object({
    /** The plan as reviewed and corrected by the clerk. */
    dataset: datasetSchema,
    /** The plan's year when it is taken as another year's plan (dates move, as in a copy); else its own. */
    year: z.number().int().min(2000).max(2100).optional(),
  })
  .strict();

export interface PlanImportPreview extends PlanImport {
  /** Every agency the clerk may choose in the review (known ones and the proposed new ones). */
  choices: { code: string; name: string; shortName: string; isNew: boolean }[];
  /** How the file was read, e.g. "Tệp Word, 412 đoạn văn" or "Văn bản dán, 180 dòng". */
  source: string;
  /** Milliseconds spent reading and recognising. */
  elapsedMs: number;
}

export const planImportContract = {
  'plans.importPreview': method<typeof importPreviewInput, PlanImportPreview>(importPreviewInput),
  'plans.importCreate': method<typeof importCreateInput, PlanSummary>(importCreateInput),
};
