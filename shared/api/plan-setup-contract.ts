// Setting up a plan (issue 9): its details and their issue ("Ban hành"), the localities, what a new
// plan still lacks, and deleting tasks, ad-hoc requests and urging records (each kept in the history).
// Merged into the one contract in contract.ts.
import { z } from 'zod';
import { isoDate, method, id, none, byPlan, text, lines, idsInput } from './fields';
import type { PlanDetail } from './models';
import type { DeletedRecord, PlanSetupStatus } from './plan-setup-models';

const year = z.number().int().min(2000).max(2100);

const planUpdate = z
  .object({
    planId: id,
    title: text(300),
    /** The province; changed only while no agency of the plan belongs to a province. */
    province: z.string().trim().max(100),
    issuer: text(300),
    parentBodyLine: z.string().trim().max(200),
    issuingBodyLines: lines(4, 200),
    symbol: text(60),
    placeName: text(100),
    parentProgramme: z.string().trim().max(2000),
    legalBases: lines(30, 2000),
    yearFrom: year.nullable(),
    yearTo: year.nullable(),
    standingAgencyId: id.nullable(),
    signerAuthority: z.string().trim().max(200),
    signerPosition: z.string().trim().max(200),
    signerName: z.string().trim().max(200),
    recipients: lines(60, 300),
  })
  .partial()
  .required({ planId: true })
  .strict();

/** "Ban hành": the number and the signing date once the plan is signed. */
const planIssue = z.object({ planId: id, number: z.string().trim().min(1).max(20), issuedDate: isoDate }).strict();

const taskDelete = z
  .object({
    taskId: id,
    /** The clerk confirmed a second time that the task's progress notes go too. */
    withProgress: z.boolean().optional(),
  })
  .strict();
const periodDelete = idsInput('periodId');
const urgingDelete = idsInput('urgingId');

export const planSetupContract = {
  'plans.get': method<typeof byPlan, PlanDetail>(byPlan),
  'plans.update': method<typeof planUpdate, PlanDetail>(planUpdate),
  'plans.issue': method<typeof planIssue, PlanDetail>(planIssue),
  'plans.setup': method<typeof byPlan, PlanSetupStatus>(byPlan),
  'plans.deleted': method<typeof byPlan, DeletedRecord[]>(byPlan),
  'localities.list': method<typeof none, { id: number; name: string }[]>(none),
  'tasks.delete': method<typeof taskDelete, { deleted: true }>(taskDelete),
  'reporting.deleteAdHoc': method<typeof periodDelete, { deleted: true }>(periodDelete),
  'urging.delete': method<typeof urgingDelete, { deleted: true }>(urgingDelete),
} as const;

export type PlanUpdateInput = z.output<typeof planUpdate>;
