// A plan's reporting periods and expected reports are completed from its duties when the register or
// an agency's history is read (db/queries/reporting.ts: ensurePlanPeriods). Once found complete they
// are not checked again until a change is committed: then a duty's new member is expected at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../helpers/temp-app';
import { captureStatements } from '../../db/statement-capture';

let app: TempApp;
const PLAN = 1;

beforeEach(async () => {
  app = await openTempApp({ today: '2022-07-01' });
});
afterEach(async () => {
  await app.cleanup();
});

/** An agency of the plan that no duty asks for reports, and the plan's duty of its members. */
async function agencyOutsideTheDuties() {
  const db = app.core.ctx.db;
  const duties = await db.selectFrom('reporting_duties').selectAll().where('plan_id', '=', PLAN).where('upward', '=', 0).execute();
  const obliged = new Set((await db.selectFrom('reporting_duty_agencies').select('agency_id').execute()).map((r) => r.agency_id));
  const agencies = await app.call('agencies.list', { planId: PLAN });
  const outside = agencies.find((a) => !obliged.has(a.id))!;
  return { agencyId: outside.id, duty: duties[0]! };
}

describe("an agency's expected reports", () => {
  it('appear as soon as a change makes the agency a member of a duty, after its history was read empty', async () => {
    const { agencyId, duty } = await agencyOutsideTheDuties();
    // Read twice: the first read of a new database creates the plan's periods, the second finds them complete.
    expect(await app.call('reporting.agencyHistory', { planId: PLAN, agencyId })).toEqual([]);
    expect(await app.call('reporting.agencyHistory', { planId: PLAN, agencyId })).toEqual([]);

    // A change committed by any writer: here straight through the app's connection.
    await app.core.ctx.db.insertInto('reporting_duty_agencies').values({ duty_id: duty.id, agency_id: agencyId }).execute();

    const rows = await app.call('reporting.agencyHistory', { planId: PLAN, agencyId });
    const periods = (await app.call('reporting.periods', { planId: PLAN })).filter((p) => p.dutyId === duty.id);
    expect(periods.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.periodId).sort()).toEqual(periods.map((p) => p.id).sort());
    expect(rows.every((r) => r.arrivalDate === null && r.reportId === null)).toBe(true);
  });

  it('are not checked again while nothing has been committed', async () => {
    const { agencyId } = await agencyOutsideTheDuties();
    const probe = captureStatements(app.core.database.sqlite);
    const dutyMembersRead = (sql: string[]) => sql.filter((s) => s.includes('from "reporting_duty_agencies"')).length;

    // The first read of a new database creates the plan's periods; the next finds them complete.
    await app.call('reporting.agencyHistory', { planId: PLAN, agencyId });
    const first = (await probe.capture(() => app.call('reporting.agencyHistory', { planId: PLAN, agencyId }))).map((s) => s.sql);
    const again = (await probe.capture(() => app.call('reporting.agencyHistory', { planId: PLAN, agencyId }))).map((s) => s.sql);
    expect(dutyMembersRead(first)).toBe(1);
    expect(dutyMembersRead(again)).toBe(0);

    await app.call('tasks.addProgress', {
      taskId: (await app.call('tasks.list', { planId: PLAN }))[0]!.id,
      date: '2022-06-30',
      text: 'Đã kiểm tra 2 cơ sở.',
      reportedByAgencyId: null,
    });
    const afterCommit = (await probe.capture(() => app.call('reporting.agencyHistory', { planId: PLAN, agencyId }))).map((s) => s.sql);
    expect(dutyMembersRead(afterCommit)).toBe(1);
  });

  it('are refused for a plan that is not there, also after another plan was found complete', async () => {
    const { agencyId } = await agencyOutsideTheDuties();
    await app.call('reporting.agencyHistory', { planId: PLAN, agencyId });
    await app.call('reporting.agencyHistory', { planId: PLAN, agencyId });
    for (const call of [
      () => app.raw('reporting.agencyHistory', { planId: 999, agencyId }),
      () => app.raw('reporting.periods', { planId: 999 }),
    ]) {
      const result = await call();
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toEqual({ code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch này.', field: 'planId' });
    }
  });
});
