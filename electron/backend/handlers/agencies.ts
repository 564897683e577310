// Agencies: create, edit, deactivate and reactivate, delete only when nothing refers to them.
// Each change is written with its audit entries in one transaction.
import type { HandlerContext, HandlerGroup } from './types';
import type { AppDb } from '../../../db/connection';
import {
  addAgencyToPlan,
  agencyCodeTaken,
  agencyUsage,
  deleteAgency,
  findAgencyByName,
  getAgencyName,
  getPlanAgency,
  agencyLocalityId,
  listAvailableAgencies,
  insertAgency,
  setAgencyActive,
  setPlanAgencyReports,
  updateAgency,
  type AgencyValues,
  listPlanAgencies,
} from '../../../db/queries/agencies';
import { getPlan } from '../../../db/queries/plans';
import { planAgencyIds } from '../../../db/queries/reporting';
import { planLocalityId } from '../../../db/queries/localities';
import { defaultAgencyLevel, type AgencyLevel } from '../../../shared/domain/plan-setup';
import { currentActor, listAudit, recordChanges, recordEvent } from '../../../db/queries/audit';
import { AppError } from '../../../shared/api/errors';
import { agencyCodeFrom, agencyDeleteBlockedReason } from '../../../shared/domain/agency-rules';
import { AGENCY_AUDIT_FIELDS, toAuditLines } from '../../../shared/domain/audit-format';
import type { AgencyRow } from '../../../shared/api/models';
import { agencyVersion, staleAgencyMessage } from '../../../shared/domain/edit-version';

const blankToNull = (v: string | null | undefined) => {
  const t = v?.trim() ?? '';
  return t === '' ? null : t;
};

async function mustGetPlanAgency(db: AppDb, planId: number, agencyId: number): Promise<AgencyRow> {
  const row = await getPlanAgency(db, planId, agencyId);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy cơ quan, đơn vị này trong kế hoạch.', 'agencyId');
  return row;
}

/** Names are unique within one locality (national bodies among themselves), not in the whole database. */
async function refuseDuplicateName(db: AppDb, v: AgencyValues, exceptId?: number) {
  for (const [field, name] of [
    ['name', v.name],
    ['shortName', v.shortName],
  ] as const) {
    const other = await findAgencyByName(db, name, v.localityId, exceptId);
    if (other) {
      const label = field === 'name' ? 'Tên' : 'Tên ngắn';
      const where = v.localityId === null ? 'ở Trung ương' : 'trong tỉnh này';
      throw new AppError('CONFLICT', `${label}: ${where} đã có cơ quan, đơn vị "${other.short_name}" mang tên này.`, field);
    }
  }
}

/** A national body has no locality; any other agency belongs to the plan's. */
async function localityFor(db: AppDb, planId: number, level: AgencyLevel, current?: number | null): Promise<number | null> {
  if (level === 'national') return null;
  if (current !== undefined && current !== null) return current;
  return planLocalityId(db, planId);
}

async function freeCode(db: AppDb, abbreviation: string): Promise<string> {
  const base = agencyCodeFrom(abbreviation);
  let code = base;
  for (let n = 2; await agencyCodeTaken(db, code); n++) code = `${base}-${n}`;
  return code;
}

function auditValues(a: AgencyRow): Record<string, unknown> {
  return {
    name: a.name,
    shortName: a.shortName,
    abbreviation: a.abbreviation,
    kind: a.kind,
    contactPerson: a.contactPerson,
    phone: a.phone,
    email: a.email,
    level: a.level,
    reports: a.reports,
  };
}

function isForeignKeyError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

export const agencyHandlers: HandlerGroup<
  'agencies.get'
  | 'agencies.usage'
  | 'agencies.create'
  | 'agencies.update'
  | 'agencies.setActive'
  | 'agencies.delete'
  | 'agencies.history'
  | 'agencies.available'
  | 'agencies.addToPlan'
  | 'agencies.list'
> = {
  // The agencies of the plan's province and the national bodies not yet taking part.
  'agencies.available': async ({ planId }, { db }) => {
    if (!(await getPlan(db, planId))) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
    return listAvailableAgencies(db, planId, await planLocalityId(db, planId));
  },

  'agencies.addToPlan': async ({ planId, agencyId, reports }, { db }) => {
    await db.transaction().execute(async (trx) => {
      if (!(await getPlan(trx, planId))) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
      const locality = await agencyLocalityId(trx, agencyId);
      if (locality === undefined) throw new AppError('NOT_FOUND', 'Cơ quan, đơn vị: không tìm thấy cơ quan này.', 'agencyId');
      const planLocality = await planLocalityId(trx, planId);
      if (locality !== null && locality !== planLocality) {
        throw new AppError('VALIDATION', 'Cơ quan, đơn vị: cơ quan này thuộc tỉnh khác, không tham gia kế hoạch của tỉnh này được.', 'agencyId');
      }
      if (await getPlanAgency(trx, planId, agencyId)) {
        throw new AppError('CONFLICT', 'Cơ quan, đơn vị: cơ quan này đã có trong kế hoạch.', 'agencyId');
      }
      await addAgencyToPlan(trx, planId, agencyId, reports);
      const agency = await getAgencyName(trx, agencyId);
      await recordEvent(trx, await currentActor(trx), 'agency', agencyId, 'create', `Tham gia kế hoạch: ${agency?.shortName ?? ''}`);
    });
    return mustGetPlanAgency(db, planId, agencyId);
  },

  'agencies.get': ({ agencyId, planId }, { db }) => mustGetPlanAgency(db, planId, agencyId),

  // Asked when the clerk asks to delete: counting every plan's references grows with the years.
  'agencies.usage': async ({ agencyId }, { db }) => {
    if (!(await getAgencyName(db, agencyId))) throw new AppError('NOT_FOUND', 'Không tìm thấy cơ quan, đơn vị này.', 'agencyId');
    const usage = await agencyUsage(db, agencyId);
    return { usage, deleteBlockedReason: agencyDeleteBlockedReason(usage) };
  },

  'agencies.create': async ({ planId, reports, ...input }, { db }) => {
    if (!(await getPlan(db, planId))) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
    const level = input.level ?? defaultAgencyLevel(input.kind);
    const values: AgencyValues = {
      name: input.name,
      shortName: input.shortName,
      abbreviation: input.abbreviation,
      kind: input.kind,
      contactPerson: blankToNull(input.contactPerson),
      phone: blankToNull(input.phone),
      email: blankToNull(input.email),
      level,
      localityId: await localityFor(db, planId, level),
    };
    const agencyId = await db.transaction().execute(async (trx) => {
      await refuseDuplicateName(trx, values);
      const actor = await currentActor(trx);
      const id = await insertAgency(trx, await freeCode(trx, values.abbreviation), values, actor);
      await addAgencyToPlan(trx, planId, id, reports);
      await recordEvent(trx, actor, 'agency', id, 'create', values.shortName);
      return id;
    });
    return mustGetPlanAgency(db, planId, agencyId);
  },

  'agencies.update': async ({ agencyId, planId, reports, version, ...changes }, { db }) => {
    await db.transaction().execute(async (trx) => {
      const before = await mustGetPlanAgency(trx, planId, agencyId);
      if (version !== undefined && agencyVersion(before) !== version) {
        throw new AppError('CONFLICT', staleAgencyMessage(before), 'version');
      }
      const level = changes.level ?? before.level;
      const values: AgencyValues = {
        name: changes.name ?? before.name,
        shortName: changes.shortName ?? before.shortName,
        abbreviation: changes.abbreviation ?? before.abbreviation,
        kind: changes.kind ?? before.kind,
        contactPerson: changes.contactPerson !== undefined ? blankToNull(changes.contactPerson) : before.contactPerson,
        phone: changes.phone !== undefined ? blankToNull(changes.phone) : before.phone,
        email: changes.email !== undefined ? blankToNull(changes.email) : before.email,
        level,
        localityId: await localityFor(trx, planId, level, await agencyLocalityId(trx, agencyId)),
      };
      await refuseDuplicateName(trx, values, agencyId);
      const actor = await currentActor(trx);
      await updateAgency(trx, agencyId, values, actor);
      if (reports !== undefined && reports !== before.reports) await setPlanAgencyReports(trx, planId, agencyId, reports);
      const after = await mustGetPlanAgency(trx, planId, agencyId);
      await recordChanges(trx, actor, 'agency', agencyId, auditValues(before), auditValues(after));
    });
    return mustGetPlanAgency(db, planId, agencyId);
  },

  'agencies.setActive': async ({ agencyId, planId, active }, { db }) => {
    await db.transaction().execute(async (trx) => {
      const before = await mustGetPlanAgency(trx, planId, agencyId);
      if (before.active === active) return;
      const actor = await currentActor(trx);
      await setAgencyActive(trx, agencyId, active, actor);
      await recordChanges(trx, actor, 'agency', agencyId, { active: before.active }, { active });
    });
    return mustGetPlanAgency(db, planId, agencyId);
  },

  'agencies.delete': async ({ agencyId }, { db }) => {
    try {
      await db.transaction().execute(async (trx) => {
        const agency = await getAgencyName(trx, agencyId);
        if (!agency) throw new AppError('NOT_FOUND', 'Không tìm thấy cơ quan, đơn vị này.', 'agencyId');
        const reason = agencyDeleteBlockedReason(await agencyUsage(trx, agencyId));
        if (reason) throw new AppError('CONFLICT', reason);
        await recordEvent(trx, await currentActor(trx), 'agency', agencyId, 'delete', agency.shortName);
        await deleteAgency(trx, agencyId);
      });
    } catch (err) {
      // Records this build does not count (added by a later version) still protect the agency.
      if (isForeignKeyError(err)) {
        throw new AppError(
          'CONFLICT',
          'Không xóa được vì vẫn còn dữ liệu gắn với cơ quan này. Hãy chọn "Ngừng hoạt động" thay cho xóa.',
        );
      }
      throw err;
    }
    return { deleted: true as const };
  },

  // The history stays readable after a deletion (the deletion is its last line).
  'agencies.history': async ({ agencyId }, { db }) => {
    const entries = await listAudit(db, 'agency', agencyId);
    if (entries.length === 0 && !(await getAgencyName(db, agencyId))) {
      throw new AppError('NOT_FOUND', 'Không tìm thấy cơ quan, đơn vị này.', 'agencyId');
    }
    return toAuditLines(entries, AGENCY_AUDIT_FIELDS);
  },

  'agencies.list': ({ planId }, { db }) => listPlanAgencies(db, planId),
};

/** Refused, naming the field, when an agency chosen does not take part in the plan (targets, statistics, duties). */
export async function checkAgencies(ctx: HandlerContext, planId: number, ids: number[], field: string) {
  const inPlan = new Set(await planAgencyIds(ctx.db, planId));
  if (ids.some((a) => !inPlan.has(a))) throw new AppError('VALIDATION', 'Có đơn vị được chọn không tham gia kế hoạch này.', field);
}
