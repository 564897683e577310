// plans.* of setting up a plan: its details and "Ban hành", what it still lacks, and "Lịch sử xóa".
// Every change is checked by shared/domain/plan-setup.ts and written with its history entry in one
// transaction, or not at all. (Deleting a task, an ad-hoc request or an urging record lives with its
// prefix: tasks.ts, reporting.ts, urging.ts.)
import type { HandlerGroup } from '../types';
import type { AppDb } from '../../../../db/connection';
import type { PlanDetail } from '../../../../shared/api/models';
import { countPlanContents, getPlan } from '../../../../db/queries/plans';
import { currentActor, recordChanges } from '../../../../db/queries/audit';
import { ensureLocality } from '../../../../db/queries/localities';
import { countPlanAgenciesIn, hasDocumentSettings, isPlanAgency, listDeleted, updatePlanColumns } from '../../../../db/queries/plan-setup';
import { AppError } from '../../../../shared/api/errors';
import { issuedDateLine, issueProblem, localityKey, planDetailsProblem, planSetupChecklist } from '../../../../shared/domain/plan-setup';

async function mustGetPlan(db: AppDb, planId: number): Promise<PlanDetail> {
  const plan = await getPlan(db, planId);
  if (!plan) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
  return plan;
}

/** What the history keeps of a plan's details, field by field. */
function planSnapshot(p: PlanDetail): Record<string, unknown> {
  return {
    title: p.title,
    issuer: p.issuer,
    parentBodyLine: p.parentBodyLine,
    issuingBodyLines: p.issuingBodyLines.join('\n'),
    symbol: p.symbol,
    number: p.number,
    issuedDate: p.issuedDate,
    placeName: p.placeName,
    parentProgramme: p.parentProgramme,
    legalBases: p.legalBases.join('\n'),
    yearFrom: p.yearFrom,
    yearTo: p.yearTo,
    standingAgency: p.standingAgency?.name ?? null,
    province: p.locality?.name ?? null,
    signerAuthority: p.signerAuthority,
    signerPosition: p.signerPosition,
    signerName: p.signerName,
    recipients: p.recipients.join('\n'),
  };
}

/**
 * The plan's province as typed: its locality (made when new), or undefined when unchanged. Refused
 * once an agency of the plan belongs to the province: those agencies, their tasks and the documents'
 * headings all speak of it, and moving them to another province is not what a typo fix should do.
 */
async function changedLocality(trx: AppDb, before: PlanDetail, typed: string): Promise<number | null | undefined> {
  const wanted = localityKey(typed);
  if (!wanted && !before.locality) return undefined;
  if (before.locality && localityKey(before.locality.name) === wanted) return undefined;
  if (!wanted) throw new AppError('VALIDATION', 'Tỉnh, thành phố: chưa nhập.', 'province');
  if (before.locality) {
    const n = await countPlanAgenciesIn(trx, before.id, before.locality.id);
    if (n > 0) {
      throw new AppError(
        'VALIDATION',
        `Tỉnh, thành phố: không đổi được vì kế hoạch đã có ${n} cơ quan, đơn vị của tỉnh ${before.locality.name}. Muốn lập kế hoạch cho tỉnh khác, hãy tạo kế hoạch mới.`,
        'province',
      );
    }
  }
  return ensureLocality(trx, typed);
}

const joinLines = (list: string[] | undefined) => (list === undefined ? undefined : list.map((l) => l.trim()).filter(Boolean).join('\n'));

export const planSetupHandlers: HandlerGroup<'plans.get' | 'plans.update' | 'plans.issue' | 'plans.setup' | 'plans.deleted'> = {
  'plans.get': ({ planId }, { db }) => mustGetPlan(db, planId),

  'plans.update': async ({ planId, ...changes }, { db }) => {
    await db.transaction().execute(async (trx) => {
      const before = await mustGetPlan(trx, planId);
      const yearFrom = changes.yearFrom !== undefined ? changes.yearFrom : before.yearFrom;
      const yearTo = changes.yearTo !== undefined ? changes.yearTo : before.yearTo;
      const problem = planDetailsProblem({
        year: before.year,
        yearFrom,
        yearTo,
        signerAuthority: changes.signerAuthority ?? before.signerAuthority,
      });
      if (problem) throw new AppError('VALIDATION', problem.message, problem.field);
      if (changes.standingAgencyId != null && !(await isPlanAgency(trx, planId, changes.standingAgencyId))) {
        throw new AppError('VALIDATION', 'Cơ quan thường trực: chọn một cơ quan, đơn vị tham gia kế hoạch.', 'standingAgencyId');
      }
      if (changes.issuingBodyLines !== undefined && changes.issuingBodyLines.filter((l) => l.trim()).length === 0 && changes.parentBodyLine?.trim()) {
        throw new AppError('VALIDATION', 'Tên cơ quan ban hành (dòng in hoa): ghi tên cơ quan dưới dòng cơ quan chủ quản.', 'issuingBodyLines');
      }
      const localityId = changes.province === undefined ? undefined : await changedLocality(trx, before, changes.province);
      const actor = await currentActor(trx);
      await updatePlanColumns(
        trx,
        planId,
        {
          title: changes.title,
          locality_id: localityId,
          issuer: changes.issuer,
          parent_body_line: changes.parentBodyLine,
          issuing_body_lines: joinLines(changes.issuingBodyLines?.map((l) => l.toLocaleUpperCase('vi'))),
          symbol: changes.symbol,
          place_name: changes.placeName,
          parent_programme: changes.parentProgramme,
          legal_bases: joinLines(changes.legalBases),
          year_from: changes.yearFrom,
          year_to: changes.yearTo,
          standing_agency_id: changes.standingAgencyId,
          signer_authority: changes.signerAuthority,
          signer_position: changes.signerPosition,
          signer_name: changes.signerName,
          recipients: joinLines(changes.recipients),
        },
        actor,
      );
      const after = await mustGetPlan(trx, planId);
      await recordChanges(trx, actor, 'plan', planId, planSnapshot(before), planSnapshot(after));
    });
    return mustGetPlan(db, planId);
  },

  // "Ban hành": the plan is signed; its number and date are cited by every document from now on.
  'plans.issue': async ({ planId, number, issuedDate }, { db }) => {
    await db.transaction().execute(async (trx) => {
      const before = await mustGetPlan(trx, planId);
      const problem = issueProblem({ year: before.year, number, issuedDate });
      if (problem) throw new AppError('VALIDATION', problem.message, problem.field);
      const actor = await currentActor(trx);
      await updatePlanColumns(
        trx,
        planId,
        { number: number.trim(), issued_date: issuedDate, issued_date_text: issuedDateLine(before.placeName, issuedDate) },
        actor,
      );
      const after = await mustGetPlan(trx, planId);
      await recordChanges(trx, actor, 'plan', planId, planSnapshot(before), planSnapshot(after));
    });
    return mustGetPlan(db, planId);
  },

  'plans.setup': async ({ planId }, { db }) => {
    const plan = await mustGetPlan(db, planId);
    const counts = await countPlanContents(db, planId);
    const items = planSetupChecklist({
      hasDetails: Boolean(plan.issuer.trim() && plan.signerName.trim() && plan.standingAgency),
      issued: Boolean(plan.number && plan.issuedDate),
      agencies: counts.agencies,
      tasks: counts.tasks,
      targets: counts.targets,
      reportingDuties: counts.reportingDuties,
      documentSettings: await hasDocumentSettings(db, planId),
    });
    return { items, complete: items.every((i) => i.done) };
  },

  'plans.deleted': async ({ planId }, { db }) => {
    await mustGetPlan(db, planId);
    return listDeleted(db, planId);
  },
};
