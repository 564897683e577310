// documents.settings, updateSettings, resetSettings: the plan's document settings, derived from the
// plan until the clerk saves them; the checks that name each problem at its field are in
// shared/documents/settings-rules.ts.
import type { HandlerContext, HandlerGroup } from '../types';
import type { DocumentSettingsValues, DocumentSettingsView } from '../../../../shared/api/documents-models';
import type { PlanDetail } from '../../../../shared/api/models';
import { AppError } from '../../../../shared/api/errors';
import { DocumentInputError, formatDateLine, taskAssignmentTable } from '../../../../shared/documents';
import { recipientLines, signerPositionLines } from '../../../../shared/documents/layout/signature';
import { defaultDocumentSettings, upwardRecipients } from '../../../../shared/documents/defaults';
import { builderSettings } from '../../../../shared/documents/content';
import { checkSettings, cleanSettings } from '../../../../shared/documents/settings-rules';
import { fieldOf } from '../../../../shared/documents/preview';
import { listReportingDuties } from '../../../../db/queries/reporting';
import { currentActor } from '../../../../db/queries/audit';
import { deleteDocumentSettings, getAgencyBasics, readDocumentSettings, writeDocumentSettings } from '../../../../db/queries/documents';
import { requirePlanDetail } from './plan-and-period';

async function defaultsOf(ctx: HandlerContext, plan: PlanDetail): Promise<DocumentSettingsValues> {
  const standing = plan.standingAgency ? await getAgencyBasics(ctx.db, plan.standingAgency.id) : null;
  // The report goes where the plan's upward duty sends it (the 2022 plan's VI.2).
  return defaultDocumentSettings(plan, standing, upwardRecipients(await listReportingDuties(ctx.db, plan.id)));
}

export async function settingsView(ctx: HandlerContext, plan: PlanDetail): Promise<DocumentSettingsView> {
  const defaults = await defaultsOf(ctx, plan);
  const stored = await readDocumentSettings(ctx.db, plan.id);
  return {
    planId: plan.id,
    values: stored?.value ?? defaults,
    defaults,
    saved: stored !== null,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
  };
}

export const settingsHandlers: HandlerGroup<'documents.settings' | 'documents.updateSettings' | 'documents.resetSettings'> = {
  'documents.settings': async ({ planId }, ctx) => settingsView(ctx, await requirePlanDetail(ctx, planId)),

  'documents.updateSettings': async ({ planId, values }, ctx) => {
    const plan = await requirePlanDetail(ctx, planId);
    const clean = cleanSettings(values);
    checkSettings(clean);
    // The settings must give printable documents: each builder's own checks run on a sample first.
    for (const [profile, recipients, symbolKey, key] of [
      [clean.standing, clean.reportRecipients, 'reportSymbol', 'standing'],
      [clean.planIssuer, clean.planRecipients, 'planSymbol', 'planIssuer'],
    ] as const) {
      const settings = builderSettings(profile, recipients);
      try {
        taskAssignmentTable(settings, { title: 'Kiểm tra', rows: [], number: { number: null, symbol: clean[symbolKey] }, date: { day: null, month: 1, year: plan.year } });
        signerPositionLines(settings.signer);
        recipientLines(settings, true);
        formatDateLine(settings.placeName, { day: null, month: 1, year: plan.year });
      } catch (err) {
        if (err instanceof DocumentInputError) {
          throw new AppError('VALIDATION', err.message, `values.${fieldOf({ profileKey: key, symbolKey }, err.field)}`);
        }
        throw err;
      }
    }
    const before = (await settingsView(ctx, plan)).values;
    await writeDocumentSettings(ctx.db, planId, clean, before, await currentActor(ctx.db));
    return settingsView(ctx, plan);
  },

  'documents.resetSettings': async ({ planId }, ctx) => {
    const plan = await requirePlanDetail(ctx, planId);
    await deleteDocumentSettings(ctx.db, planId, await currentActor(ctx.db));
    return settingsView(ctx, plan);
  },
};
