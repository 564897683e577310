// documents.texts, saveTexts, resetTexts: the report's and the plan's texts, prefilled from the data
// until the clerk saves them.
import type { HandlerContext, HandlerGroup } from '../types';
import type { DocumentTexts, DocumentTextsView } from '../../../../shared/api/documents-models';
import type { PlanDetail, TaskRow } from '../../../../shared/api/models';
import { AppError } from '../../../../shared/api/errors';
import { listTaskGroups } from '../../../../db/queries/tasks';
import { listTargets } from '../../../../db/queries/targets';
import { listReportingDuties } from '../../../../db/queries/reporting';
import { currentActor } from '../../../../db/queries/audit';
import {
  deletePlanTexts,
  deleteReportTexts,
  getAgencyBasics,
  readPlanTexts,
  readReportTexts,
  writePlanTexts,
  writeReportTexts,
} from '../../../../db/queries/documents';
import { defaultPlanTexts, defaultReportTexts } from '../../../../shared/documents/defaults';
import { listTasksWithStatus } from '../tasks';
import { reportPeriod, requirePlanDetail } from './plan-and-period';
import { settingsView } from './settings';
import { reportData } from './report-data';

/** `tasks`: the plan's tasks when the caller has read them already (the plan's export). */
async function planTextDefaults(ctx: HandlerContext, plan: PlanDetail, tasks?: TaskRow[]): Promise<DocumentTexts> {
  const [targets, groups, tasks2, duties] = await Promise.all([
    listTargets(ctx.db, plan.id),
    listTaskGroups(ctx.db, plan.id),
    tasks ?? listTasksWithStatus(ctx, plan.id),
    listReportingDuties(ctx.db, plan.id),
  ]);
  const standing = plan.standingAgency ? await getAgencyBasics(ctx.db, plan.standingAgency.id) : null;
  return defaultPlanTexts(plan, { targets, groups, tasks: tasks2, duties, standingName: standing?.shortName ?? null });
}

export async function textsView(
  ctx: HandlerContext,
  planId: number,
  kind: 'report' | 'plan',
  periodId: number | null | undefined,
  tasks?: TaskRow[],
): Promise<DocumentTextsView> {
  const plan = await requirePlanDetail(ctx, planId);
  if (kind === 'plan') {
    const defaults = await planTextDefaults(ctx, plan, tasks);
    const stored = await readPlanTexts(ctx.db, planId);
    return {
      planId,
      kind,
      periodId: null,
      texts: stored?.value ?? defaults,
      defaults,
      saved: stored !== null,
      updatedAt: stored?.updatedAt ?? null,
      updatedBy: stored?.updatedBy ?? null,
    };
  }
  const { period, kind: reportKind } = await reportPeriod(ctx, planId, periodId);
  const settings = (await settingsView(ctx, plan)).values;
  const data = await reportData(ctx, plan, period, reportKind);
  const defaults = defaultReportTexts(plan, settings, { label: period.label, year: period.year, kind: reportKind }, data.facts);
  const stored = await readReportTexts(ctx.db, period.id);
  return {
    planId,
    kind,
    periodId: period.id,
    texts: stored?.value ?? defaults,
    defaults,
    saved: stored !== null,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
  };
}

export const textHandlers: HandlerGroup<'documents.texts' | 'documents.saveTexts' | 'documents.resetTexts'> = {
  'documents.texts': ({ planId, kind, periodId }, ctx) => textsView(ctx, planId, kind, periodId),

  'documents.saveTexts': async ({ planId, kind, periodId, legalBasis, opening, sections }, ctx) => {
    await requirePlanDetail(ctx, planId);
    const nfc = (s: string) => s.normalize('NFC');
    const clean = (list: typeof sections): typeof sections =>
      list.map((x) => ({
        heading: nfc(x.heading).trim(),
        paragraphs: x.paragraphs.map((p) => nfc(p).trim()).filter(Boolean),
        ...(x.subsections ? { subsections: clean(x.subsections) } : {}),
        ...(x.targetsTable ? { targetsTable: true } : {}),
      }));
    const texts: DocumentTexts = {
      legalBasis: legalBasis.map(nfc).map((l) => l.trim()).filter(Boolean),
      opening: nfc(opening).trim(),
      sections: clean(sections),
    };
    if (kind === 'plan' && !texts.opening) {
      throw new AppError('VALIDATION', 'Đoạn mở đầu: chưa được nhập (căn cứ ban hành kế hoạch).', 'opening');
    }
    const actor = await currentActor(ctx.db);
    if (kind === 'plan') await writePlanTexts(ctx.db, planId, texts, actor);
    else {
      const { period } = await reportPeriod(ctx, planId, periodId);
      await writeReportTexts(ctx.db, period.id, texts, actor);
    }
    return textsView(ctx, planId, kind, periodId);
  },

  'documents.resetTexts': async ({ planId, kind, periodId }, ctx) => {
    await requirePlanDetail(ctx, planId);
    const actor = await currentActor(ctx.db);
    if (kind === 'plan') await deletePlanTexts(ctx.db, planId, actor);
    else {
      const { period } = await reportPeriod(ctx, planId, periodId);
      await deleteReportTexts(ctx.db, period.id, actor);
    }
    return textsView(ctx, planId, kind, periodId);
  },
};
