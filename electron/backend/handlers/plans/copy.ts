// New plans: next year's plan copied from an existing one (reviewed first), or an empty plan.
import type { HandlerGroup } from '../types';
import type { PlanSummary } from '../../../../shared/api/models';
import type { AppDb } from '../../../../db/connection';
import { agencyExists, copyPlan, createEmptyPlan, previewPlanCopy } from '../../../../db/queries/plan-copy';
import { getPlan, listPlans } from '../../../../db/queries/plans';
import { currentActor, recordEvent } from '../../../../db/queries/audit';
import { agencyLocalityId } from '../../../../db/queries/agencies';
import { findLocality } from '../../../../db/queries/localities';
import { AppError } from '../../../../shared/api/errors';

async function summaryOf(db: AppDb, planId: number): Promise<PlanSummary> {
  return (await listPlans(db)).find((p) => p.id === planId)!;
}

async function refuseSameTitle(db: AppDb, title: string, year: number) {
  const wanted = title.trim().toLocaleLowerCase('vi');
  const same = (await listPlans(db)).find((p) => p.year === year && p.title.toLocaleLowerCase('vi') === wanted);
  if (same) throw new AppError('CONFLICT', `Tên: đã có kế hoạch năm ${year} mang tên này.`, 'title');
}

export const planCopyHandlers: HandlerGroup<'plans.copyPreview' | 'plans.copy' | 'plans.create'> = {
  'plans.copyPreview': async ({ sourcePlanId, year }, { db }) => {
    const preview = await previewPlanCopy(db, sourcePlanId, year);
    if (!preview) throw new AppError('NOT_FOUND', 'Kế hoạch gốc: không tìm thấy kế hoạch này.', 'sourcePlanId');
    return preview;
  },

  'plans.copy': async ({ sourcePlanId, year, title }, { db }) => {
    const source = await getPlan(db, sourcePlanId);
    if (!source) throw new AppError('NOT_FOUND', 'Kế hoạch gốc: không tìm thấy kế hoạch này.', 'sourcePlanId');
    if (year === source.year) {
      throw new AppError('VALIDATION', `Năm: kế hoạch mới phải khác năm của kế hoạch gốc (${source.year}).`, 'year');
    }
    const planId = await db.transaction().execute(async (trx) => {
      await refuseSameTitle(trx, title, year);
      const actor = await currentActor(trx);
      const id = await copyPlan(trx, sourcePlanId, { year, title }, actor);
      const moved = year - source.year;
      await recordEvent(
        trx,
        actor,
        'plan',
        id,
        'create',
        `Lập từ kế hoạch "${source.title}" (${source.year}), thời hạn dời ${moved > 0 ? '+' : ''}${moved} năm`,
      );
      return id;
    });
    return summaryOf(db, planId);
  },

  'plans.create': async ({ agenciesFromPlanId, ...values }, { db }) => {
    if (agenciesFromPlanId !== null && !(await getPlan(db, agenciesFromPlanId))) {
      throw new AppError('NOT_FOUND', 'Lấy danh sách cơ quan từ kế hoạch: không tìm thấy kế hoạch này.', 'agenciesFromPlanId');
    }
    if (values.standingAgencyId !== null && !(await agencyExists(db, values.standingAgencyId))) {
      throw new AppError('NOT_FOUND', 'Cơ quan thường trực: không tìm thấy cơ quan này.', 'standingAgencyId');
    }
    const planId = await db.transaction().execute(async (trx) => {
      await refuseSameTitle(trx, values.title, values.year);
      if (values.standingAgencyId !== null) {
        const standingLocality = await agencyLocalityId(trx, values.standingAgencyId);
        const locality = await findLocality(trx, values.placeName);
        if (standingLocality !== null && standingLocality !== locality?.id) {
          throw new AppError('VALIDATION', `Cơ quan thường trực: cơ quan này không thuộc tỉnh ${values.placeName.trim()}.`, 'standingAgencyId');
        }
      }
      const actor = await currentActor(trx);
      const id = await createEmptyPlan(trx, values, agenciesFromPlanId, actor);
      await recordEvent(trx, actor, 'plan', id, 'create', 'Kế hoạch trống');
      return id;
    });
    return summaryOf(db, planId);
  },
};
