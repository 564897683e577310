// Setting up a plan: its details and "Ban hành", what it still lacks, and deleting tasks, ad-hoc
// requests and urging records. Every change is checked by shared/domain/plan-setup.ts and written
// with its history entry in one transaction, or not at all.
import type { HandlerGroup } from './types';
import type { AppDb } from '../../../db/connection';
import type { PlanDetail } from '../../../shared/api/models';
import { countPlanContents, getPlan } from '../../../db/queries/plans';
import { currentActor, recordChanges } from '../../../db/queries/audit';
import { ensureLocality, listLocalities } from '../../../db/queries/localities';
import { getStoredTask } from '../../../db/queries/tasks';
import { listProgress } from '../../../db/queries/task-edits';
import { getStoredPeriod } from '../../../db/queries/reporting';
import { listUrgings } from '../../../db/queries/urging';
import {
  countReceivedInPeriod,
  countTaskProgress,
  deletePeriodRow,
  deleteTaskRow,
  deleteUrgingRow,
  getUrgingPlan,
  hasDocumentSettings,
  isPlanAgency,
  listDeleted,
  periodAgencyNames,
  recordDeletion,
  updatePlanColumns,
} from '../../../db/queries/plan-setup';
import { AppError } from '../../../shared/api/errors';
import { adHocDeleteBlockedReason, issuedDateLine, issueProblem, localityKey, planDetailsProblem, planSetupChecklist } from '../../../shared/domain/plan-setup';
import { DEADLINE_KIND_LABELS, PERIOD_TYPE_LABELS } from '../../../shared/domain/labels';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';
import { taskAuditSnapshot } from './task-edits';

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
    const { n } = await trx
      .selectFrom('plan_agencies')
      .innerJoin('agencies', 'agencies.id', 'plan_agencies.agency_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('plan_agencies.plan_id', '=', before.id)
      .where('agencies.locality_id', '=', before.locality.id)
      .executeTakeFirstOrThrow();
    if (Number(n) > 0) {
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

const orNone = (v: string | null | undefined) => (v && v.trim() ? v : '—');

export const planSetupHandlers: HandlerGroup<
  | 'plans.get'
  | 'plans.update'
  | 'plans.issue'
  | 'plans.setup'
  | 'plans.deleted'
  | 'localities.list'
  | 'tasks.delete'
  | 'reporting.deleteAdHoc'
  | 'urging.delete'
> = {
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

  'localities.list': (_input, { db }) => listLocalities(db),

  // A task with progress notes is deleted only when the clerk confirmed a second time.
  'tasks.delete': async ({ taskId, withProgress }, { db }) => {
    await db.transaction().execute(async (trx) => {
      const task = await getStoredTask(trx, taskId);
      if (!task) throw new AppError('NOT_FOUND', 'Không tìm thấy nhiệm vụ này; có thể nó đã bị xóa.', 'taskId');
      const progress = await countTaskProgress(trx, taskId);
      if (progress > 0 && !withProgress) {
        throw new AppError(
          'CONFLICT',
          `Nhiệm vụ ${task.code} có ${progress} lần báo cáo tiến độ; xác nhận lần nữa để xóa cả tiến độ.`,
          'withProgress',
        );
      }
      const s = taskAuditSnapshot(task);
      const notes = await listProgress(trx, taskId);
      const content = [
        { label: 'Mã', value: task.code },
        { label: 'Nhóm', value: String(s.group) },
        { label: 'Nội dung', value: task.content },
        { label: 'Chủ trì', value: orNone(s.lead as string | null) },
        { label: 'Phối hợp', value: orNone(s.support as string | null) },
        {
          label: 'Thời hạn',
          value:
            task.deadlineText ||
            (task.deadline ? formatDateVi(task.deadline) : task.periodType ? PERIOD_TYPE_LABELS[task.periodType] : DEADLINE_KIND_LABELS[task.deadlineKind]),
        },
        { label: 'Sản phẩm', value: orNone(task.expectedOutput) },
        { label: 'Ngày hoàn thành', value: task.completionDate ? formatDateVi(task.completionDate) : '—' },
        { label: 'Ghi chú', value: orNone(task.note) },
        ...notes.map((n) => ({ label: `Tiến độ ${formatDateVi(n.date)}`, value: n.reportedBy ? `${n.text} (${n.reportedBy.shortName})` : n.text })),
      ];
      await recordDeletion(trx, await currentActor(trx), task.planId, 'task', taskId, `Nhiệm vụ ${task.code}: ${task.content}`, content);
      await deleteTaskRow(trx, taskId);
    });
    return { deleted: true as const };
  },

  // An ad-hoc request is deleted only while no report has been received for it.
  'reporting.deleteAdHoc': async ({ periodId }, { db }) => {
    await db.transaction().execute(async (trx) => {
      const period = await getStoredPeriod(trx, periodId);
      if (!period) throw new AppError('NOT_FOUND', 'Không tìm thấy kỳ báo cáo này.', 'periodId');
      if (period.periodType !== 'ad_hoc') {
        throw new AppError('VALIDATION', 'Chỉ xóa được yêu cầu báo cáo đột xuất; kỳ báo cáo định kỳ theo chế độ báo cáo của kế hoạch.', 'periodId');
      }
      const reason = adHocDeleteBlockedReason(await countReceivedInPeriod(trx, periodId));
      if (reason) throw new AppError('CONFLICT', reason, 'periodId');
      const agencies = await periodAgencyNames(trx, periodId);
      const urgings = await listUrgings(trx, { periodId });
      const content = [
        { label: 'Tên', value: period.label },
        { label: 'Công văn yêu cầu', value: period.requestNumber ? `${period.requestNumber}${period.requestDate ? ` ngày ${formatDateVi(period.requestDate)}` : ''}` : '—' },
        { label: 'Hạn báo cáo', value: period.dueText || formatDateVi(period.dueDate) },
        { label: 'Số liệu từ', value: period.windowFrom ? `${formatDateVi(period.windowFrom)} đến ${formatDateVi(period.windowTo)}` : '—' },
        { label: 'Đơn vị được yêu cầu', value: agencies.join('; ') || '—' },
        ...(urgings.length > 0 ? [{ label: 'Đã đôn đốc', value: urgings.map((u) => formatDateVi(u.urgedOn)).join('; ') }] : []),
      ];
      await recordDeletion(trx, await currentActor(trx), period.planId, 'ad_hoc_request', periodId, `Yêu cầu báo cáo đột xuất: ${period.label}`, content);
      await deletePeriodRow(trx, periodId);
    });
    return { deleted: true as const };
  },

  'urging.delete': async ({ urgingId }, { db }) => {
    await db.transaction().execute(async (trx) => {
      const where = await getUrgingPlan(trx, urgingId);
      if (!where) throw new AppError('NOT_FOUND', 'Không tìm thấy lần đôn đốc này; có thể nó đã bị xóa.', 'urgingId');
      const urging = (await listUrgings(trx, { periodId: where.periodId })).find((u) => u.id === urgingId)!;
      const content = [
        { label: 'Kỳ báo cáo', value: where.periodLabel },
        { label: 'Ngày đôn đốc', value: formatDateVi(urging.urgedOn) },
        { label: 'Công văn', value: orNone(urging.letterNumber) },
        { label: 'Đơn vị được đôn đốc', value: urging.agencies.map((a) => a.shortName).join('; ') || '—' },
        { label: 'Ghi chú', value: orNone(urging.note) },
      ];
      await recordDeletion(
        trx,
        await currentActor(trx),
        where.planId,
        'urging',
        urgingId,
        `Đôn đốc ngày ${formatDateVi(urging.urgedOn)} (${where.periodLabel}), ${urging.agencies.length} đơn vị`,
        content,
      );
      await deleteUrgingRow(trx, urgingId);
    });
    return { deleted: true as const };
  },
};
