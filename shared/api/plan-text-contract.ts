// The plan's own text (issue 10): its paragraphs in order, and editing the wording of those that are not
// a task or a target (a task's or target's wording is edited on the task or target itself).
// Merged into the one contract in contract.ts.
import { z } from 'zod';
import { method, id, byPlan } from './fields';
import type { PlanTextBlock } from '../domain/plan-text';

const textUpdate = z
  .object({
    planId: id,
    blocks: z
      .array(z.object({ id, numbering: z.string().trim().max(12), text: z.string().trim().min(1).max(8000) }).strict())
      .min(1)
      .max(2000),
  })
  .strict();

export const planTextContract = {
  'planText.list': method<typeof byPlan, PlanTextBlock[]>(byPlan),
  'planText.update': method<typeof textUpdate, PlanTextBlock[]>(textUpdate),
};
