// Urging (đôn đốc) the agencies still missing for a period, and what the urging letter needs.
import type { HandlerGroup } from './types';
import { planReference } from '../../../shared/domain/plan-setup';
import { listExpected } from '../../../db/queries/reporting';
import { listUrgings, recordUrging } from '../../../db/queries/urging';
import { AppError } from '../../../shared/api/errors';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';
import { requirePeriod, requirePlan } from './reporting';
import { currentActor } from '../../../db/queries/audit';
import { deleteUrgingRow, getUrgingPlan, recordDeletion } from '../../../db/queries/plan-setup';
import { orNone } from '../../../shared/domain/audit-format';

export const urgingHandlers: HandlerGroup<'urging.record' | 'urging.list' | 'urging.letterData' | 'urging.delete'> = {
  'urging.record': async ({ periodId, agencyIds, urgedOn, letterNumber, note }, ctx) => {
    const period = await requirePeriod(ctx, periodId);
    const expected = await listExpected(ctx.db, { periodId });
    for (const agencyId of agencyIds) {
      const e = expected.find((x) => x.agency.id === agencyId);
      if (!e) throw new AppError('VALIDATION', 'Có đơn vị được chọn không phải gửi báo cáo kỳ này.', 'agencyIds');
      if (e.receivedId) throw new AppError('VALIDATION', `${e.agency.shortName} đã gửi báo cáo kỳ này, không cần đôn đốc.`, 'agencyIds');
      if (e.exempt) throw new AppError('VALIDATION', `${e.agency.shortName} được miễn báo cáo kỳ này.`, 'agencyIds');
    }
    if (urgedOn > ctx.today()) {
      throw new AppError('VALIDATION', `Ngày đôn đốc ${formatDateVi(urgedOn)} sau ngày hôm nay.`, 'urgedOn');
    }
    const opened = period.adHoc ? period.requestDate : period.windowFrom;
    if (opened && urgedOn < opened) {
      throw new AppError('VALIDATION', `Ngày đôn đốc ${formatDateVi(urgedOn)} trước ngày kỳ báo cáo bắt đầu (${formatDateVi(opened)}).`, 'urgedOn');
    }
    const id = await recordUrging(ctx.db, periodId, agencyIds, urgedOn, letterNumber || null, note || null);
    return (await listUrgings(ctx.db, { periodId })).find((u) => u.id === id)!;
  },

  'urging.list': async ({ periodId }, ctx) => {
    await requirePeriod(ctx, periodId);
    return listUrgings(ctx.db, { periodId });
  },

  'urging.letterData': async ({ periodId, agencyIds }, ctx) => {
    const period = await requirePeriod(ctx, periodId);
    const plan = await requirePlan(ctx, period.planId);
    const expected = await listExpected(ctx.db, { periodId });
    const chosen = expected.filter((e) => agencyIds.includes(e.agency.id));
    if (chosen.length !== new Set(agencyIds).size) {
      throw new AppError('VALIDATION', 'Có đơn vị được chọn không phải gửi báo cáo kỳ này.', 'agencyIds');
    }
    return {
      periodId,
      periodLabel: period.label,
      dueText: period.dueText,
      dueDate: period.dueDate,
      planTitle: plan.title,
      planRef: planReference(plan),
      requestRef: period.requestNumber
        ? `Công văn số ${period.requestNumber}${period.requestDate ? ` ngày ${formatDateVi(period.requestDate)}` : ''}`
        : null,
      agencies: chosen.map((e) => ({ id: e.agency.id, name: e.agency.name, shortName: e.agency.shortName })),
    };
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
