// The documents part of the API contract (issue 5): document settings per plan, the texts edited before
// export, the summary preview, the export itself (the .docx built from the database) and the export log.
// Merged into the one contract in contract.ts.
import { z } from 'zod';
import type { BodySection } from '../documents/types';
import type {
  AssignmentTableData,
  DocumentPreview,
  DocumentSettingsView,
  DocumentTextsView,
  ExportedDocument,
  ExportLogRow,
  StatisticSourceRow,
  FigureCheckView,
} from './documents-models';
import { DOCUMENT_KINDS } from './documents-models';

import { isoDate, method, id, byPlan, lines } from './fields';
const sourceChoice = z
  .object({
    planId: id,
    statisticCode: z.string().trim().min(1).max(20),
    /** An agency of the plan, or null to add every agency's figures. */
    agencyId: id.nullable(),
    /** true: forget the choice, back to the built-in rule (agencyId is then ignored). */
    builtIn: z.boolean().optional(),
  })
  .strict();

const figureCheckAcceptance = z
  .object({
    planId: id,
    periodId: id,
    /** The contradiction, as the preview names it ("C03>C02"). */
    rule: z.string().trim().min(3).max(41),
  })
  .strict();

const line = (max: number) => z.string().trim().max(max);

const issuerProfile = z
  .object({
    parentAgencyLine: line(120),
    issuingBody: lines(4, 120),
    issuerName: line(200),
    placeName: line(60),
    signerAuthority: z.enum(['', 'TM.', 'KT.', 'Q.', 'TL.', 'TUQ.']),
    signerAuthorityOf: line(120),
    signerPosition: line(120),
    signerOtherPosition: line(120),
    signerName: line(80),
    archiveLine: line(200),
  })
  .strict();

export const documentSettingsValues = z
  .object({
    standing: issuerProfile,
    planIssuer: issuerProfile,
    reportSymbol: line(40),
    letterSymbol: line(40),
    planSymbol: line(40),
    reportAddressees: lines(20, 300),
    reportRecipients: lines(40, 300),
    letterRecipients: lines(40, 300),
    planRecipients: lines(40, 300),
    draftingUnit: line(20),
  })
  .strict();

const settingsUpdate = z.object({ planId: id, values: documentSettingsValues }).strict();

const bodySection: z.ZodType<BodySection> = z.lazy(() =>
  z
    .object({
      heading: z.string().max(500),
      paragraphs: z.array(z.string().max(20_000)).max(200),
      subsections: z.array(bodySection).max(50).optional(),
      targetsTable: z.boolean().optional(),
    })
    .strict(),
);

const textsScope = z
  .object({ planId: id, kind: z.enum(['report', 'plan']), periodId: id.nullable().optional() })
  .strict();
const textsSave = z
  .object({
    planId: id,
    kind: z.enum(['report', 'plan']),
    periodId: id.nullable().optional(),
    legalBasis: z.array(z.string().trim().max(1000)).max(30),
    opening: z.string().trim().max(4000),
    sections: z.array(bodySection).min(1).max(30),
  })
  .strict();

/** Number and day are left blank for the văn thư unless given. */
const issue = { number: z.number().int().min(1).max(99_999).nullable().optional(), issuedOn: isoDate.nullable().optional() };

export const documentRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report'), planId: id, periodId: id, ...issue }).strict(),
  z
    .object({
      kind: z.literal('urging'),
      planId: id,
      periodId: id,
      agencyIds: z.array(id).min(1).max(500),
      newDeadline: isoDate.nullable().optional(),
      ...issue,
    })
    .strict(),
  z
    .object({
      kind: z.literal('assignment'),
      planId: id,
      agencyId: id.nullable().optional(),
      groupId: id.nullable().optional(),
      overdueOnly: z.boolean().optional(),
      ...issue,
    })
    .strict(),
  z.object({ kind: z.literal('plan'), planId: id, ...issue }).strict(),
]);
export type DocumentRequest = z.output<typeof documentRequest>;

const assignmentFilter = z
  .object({
    planId: id,
    agencyId: id.nullable().optional(),
    groupId: id.nullable().optional(),
    overdueOnly: z.boolean().optional(),
  })
  .strict();

const exportRecord = z
  .object({
    planId: id,
    kind: z.enum(DOCUMENT_KINDS),
    periodId: id.nullable().optional(),
    title: z.string().trim().min(1).max(1000),
    fileName: z.string().trim().min(1).max(255),
    savedTo: z.string().trim().max(1000).nullable().optional(),
  })
  .strict();

export const documentsContract = {
  'documents.settings': method<typeof byPlan, DocumentSettingsView>(byPlan),
  'documents.updateSettings': method<typeof settingsUpdate, DocumentSettingsView>(settingsUpdate),
  'documents.resetSettings': method<typeof byPlan, DocumentSettingsView>(byPlan),
  'documents.texts': method<typeof textsScope, DocumentTextsView>(textsScope),
  'documents.saveTexts': method<typeof textsSave, DocumentTextsView>(textsSave),
  'documents.resetTexts': method<typeof textsScope, DocumentTextsView>(textsScope),
  'documents.assignmentTable': method<typeof assignmentFilter, AssignmentTableData>(assignmentFilter),
  'documents.preview': method<typeof documentRequest, DocumentPreview>(documentRequest),
  'documents.export': method<typeof documentRequest, ExportedDocument>(documentRequest),
  'documents.recordExport': method<typeof exportRecord, ExportLogRow>(exportRecord),
  'documents.exports': method<typeof byPlan, ExportLogRow[]>(byPlan),
  'documents.statisticSources': method<typeof byPlan, StatisticSourceRow[]>(byPlan),
  'documents.setStatisticSource': method<typeof sourceChoice, StatisticSourceRow[]>(sourceChoice),
  /** The clerk accepts a contradiction among the period's totals: recorded with who and when, shown in the preview. */
  'documents.acceptFigureCheck': method<typeof figureCheckAcceptance, FigureCheckView[]>(figureCheckAcceptance),
} as const;
