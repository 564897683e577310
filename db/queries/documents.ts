// Document settings per plan, the texts edited before export, and the export log (migration 0004).
// Lists are stored one item per line; a body outline as JSON text, parsed here and nowhere else.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AppDb } from '../connection';
import type { Database } from '../schema';
import type {
  DocumentKind,
  DocumentSettingsValues,
  DocumentTexts,
  ExportLogRow,
  IssuerProfile,
} from '../../shared/api/documents-models';
import type { BodySection, SigningAuthority } from '../../shared/documents/types';
import { recordChanges, recordEvent } from './audit';
import { cachedQuery } from './cached-query';

type Db = Kysely<Database> | Transaction<Database>;
type Role = 'standing' | 'plan';

export interface Stamped<T> {
  value: T;
  updatedAt: string;
  updatedBy: string;
}

const joinLines = (items: string[]) => items.map((s) => s.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean).join('\n');
const splitLines = (text: string) => (text ? text.split('\n') : []);

function profileRow(planId: number, role: Role, p: IssuerProfile) {
  return {
    plan_id: planId,
    role,
    parent_agency_line: p.parentAgencyLine,
    issuing_body: joinLines(p.issuingBody),
    issuer_name: p.issuerName,
    place_name: p.placeName,
    signer_authority: p.signerAuthority,
    signer_authority_of: p.signerAuthorityOf,
    signer_position: p.signerPosition,
    signer_other_position: p.signerOtherPosition,
    signer_name: p.signerName,
    archive_line: p.archiveLine,
  };
}

function settingsRow(planId: number, v: DocumentSettingsValues) {
  return {
    plan_id: planId,
    report_symbol: v.reportSymbol,
    letter_symbol: v.letterSymbol,
    plan_symbol: v.planSymbol,
    report_addressees: joinLines(v.reportAddressees),
    report_recipients: joinLines(v.reportRecipients),
    letter_recipients: joinLines(v.letterRecipients),
    plan_recipients: joinLines(v.planRecipients),
    drafting_unit: v.draftingUnit,
  };
}

/** The stored settings, or null when the plan still uses the defaults (or only part was ever stored). */
export async function readDocumentSettings(db: Db, planId: number): Promise<Stamped<DocumentSettingsValues> | null> {
  const row = await db.selectFrom('document_settings').selectAll().where('plan_id', '=', planId).executeTakeFirst();
  if (!row) return null;
  const issuers = await db.selectFrom('document_issuers').selectAll().where('plan_id', '=', planId).execute();
  const profile = (role: Role): IssuerProfile | null => {
    const r = issuers.find((i) => i.role === role);
    if (!r) return null;
    return {
      parentAgencyLine: r.parent_agency_line,
      issuingBody: splitLines(r.issuing_body),
      issuerName: r.issuer_name,
      placeName: r.place_name,
      signerAuthority: r.signer_authority as SigningAuthority,
      signerAuthorityOf: r.signer_authority_of,
      signerPosition: r.signer_position,
      signerOtherPosition: r.signer_other_position,
      signerName: r.signer_name,
      archiveLine: r.archive_line,
    };
  };
  const standing = profile('standing');
  const planIssuer = profile('plan');
  if (!standing || !planIssuer) return null;
  return {
    value: {
      standing,
      planIssuer,
      reportSymbol: row.report_symbol,
      letterSymbol: row.letter_symbol,
      planSymbol: row.plan_symbol,
      reportAddressees: splitLines(row.report_addressees),
      reportRecipients: splitLines(row.report_recipients),
      letterRecipients: splitLines(row.letter_recipients),
      planRecipients: splitLines(row.plan_recipients),
      draftingUnit: row.drafting_unit,
    },
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Flat field -> value, for the audit trail ("standing.signerName" -> "Lê Thị Hương"). */
function flatten(v: DocumentSettingsValues | null): Record<string, unknown> {
  if (!v) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(v)) {
    if (key === 'standing' || key === 'planIssuer') {
      for (const [k, x] of Object.entries(value as IssuerProfile)) out[`${key}.${k}`] = Array.isArray(x) ? x.join('\n') : x;
    } else out[key] = Array.isArray(value) ? value.join('\n') : value;
  }
  return out;
}

/** Stores the whole settings in one transaction, with one audit entry per changed field. */
export async function writeDocumentSettings(
  db: AppDb,
  planId: number,
  values: DocumentSettingsValues,
  before: DocumentSettingsValues,
  actor: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const stamp = { updated_at: new Date().toISOString(), updated_by: actor };
    const row = { ...settingsRow(planId, values), ...stamp };
    await trx
      .insertInto('document_settings')
      .values(row)
      .onConflict((oc) => oc.column('plan_id').doUpdateSet(row))
      .execute();
    for (const [role, profile] of [
      ['standing', values.standing],
      ['plan', values.planIssuer],
    ] as const) {
      const p = profileRow(planId, role, profile);
      await trx
        .insertInto('document_issuers')
        .values(p)
        .onConflict((oc) => oc.columns(['plan_id', 'role']).doUpdateSet(p))
        .execute();
    }
    await recordChanges(trx, actor, 'document_settings', planId, flatten(before), flatten(values));
  });
}

/** Back to the defaults derived from the plan. */
export async function deleteDocumentSettings(db: AppDb, planId: number, actor: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('document_issuers').where('plan_id', '=', planId).execute();
    const { numDeletedRows } = await trx.deleteFrom('document_settings').where('plan_id', '=', planId).executeTakeFirst();
    if (Number(numDeletedRows) > 0) await recordEvent(trx, actor, 'document_settings', planId, 'delete', 'Khôi phục mặc định');
  });
}

// ---------------------------------------------------------------------------------------------
// Texts edited before export

function parseSections(text: string): BodySection[] {
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) ? (parsed as BodySection[]) : [];
}

export async function readReportTexts(db: Db, periodId: number): Promise<Stamped<DocumentTexts> | null> {
  const r = await db.selectFrom('report_texts').selectAll().where('period_id', '=', periodId).executeTakeFirst();
  if (!r) return null;
  return {
    value: { legalBasis: splitLines(r.legal_basis), opening: r.opening, sections: parseSections(r.sections) },
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export async function readPlanTexts(db: Db, planId: number): Promise<Stamped<DocumentTexts> | null> {
  const r = await db.selectFrom('plan_texts').selectAll().where('plan_id', '=', planId).executeTakeFirst();
  if (!r) return null;
  return { value: { legalBasis: [], opening: r.opening, sections: parseSections(r.sections) }, updatedAt: r.updated_at, updatedBy: r.updated_by };
}

export async function writeReportTexts(db: AppDb, periodId: number, texts: DocumentTexts, actor: string): Promise<void> {
  const before = await readReportTexts(db, periodId);
  await db.transaction().execute(async (trx) => {
    const row = {
      period_id: periodId,
      legal_basis: joinLines(texts.legalBasis),
      opening: texts.opening,
      sections: JSON.stringify(texts.sections),
      updated_at: new Date().toISOString(),
      updated_by: actor,
    };
    await trx
      .insertInto('report_texts')
      .values(row)
      .onConflict((oc) => oc.column('period_id').doUpdateSet(row))
      .execute();
    await recordChanges(trx, actor, 'report_texts', periodId, textsForAudit(before?.value ?? null), textsForAudit(texts));
  });
}

export async function writePlanTexts(db: AppDb, planId: number, texts: DocumentTexts, actor: string): Promise<void> {
  const before = await readPlanTexts(db, planId);
  await db.transaction().execute(async (trx) => {
    const row = {
      plan_id: planId,
      opening: texts.opening,
      sections: JSON.stringify(texts.sections),
      updated_at: new Date().toISOString(),
      updated_by: actor,
    };
    await trx
      .insertInto('plan_texts')
      .values(row)
      .onConflict((oc) => oc.column('plan_id').doUpdateSet(row))
      .execute();
    await recordChanges(trx, actor, 'plan_texts', planId, textsForAudit(before?.value ?? null), textsForAudit(texts));
  });
}

function textsForAudit(t: DocumentTexts | null): Record<string, unknown> {
  if (!t) return {};
  return { legalBasis: t.legalBasis.join('\n'), opening: t.opening, sections: JSON.stringify(t.sections) };
}

export async function deleteReportTexts(db: AppDb, periodId: number, actor: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { numDeletedRows } = await trx.deleteFrom('report_texts').where('period_id', '=', periodId).executeTakeFirst();
    if (Number(numDeletedRows) > 0) await recordEvent(trx, actor, 'report_texts', periodId, 'delete', 'Khôi phục nội dung mặc định');
  });
}

export async function deletePlanTexts(db: AppDb, planId: number, actor: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { numDeletedRows } = await trx.deleteFrom('plan_texts').where('plan_id', '=', planId).executeTakeFirst();
    if (Number(numDeletedRows) > 0) await recordEvent(trx, actor, 'plan_texts', planId, 'delete', 'Khôi phục nội dung mặc định');
  });
}

// ---------------------------------------------------------------------------------------------
// Export log

export interface ExportEntry {
  planId: number;
  kind: DocumentKind;
  periodId: number | null;
  periodLabel: string | null;
  title: string;
  fileName: string;
  savedTo: string | null;
  exportedOn: string;
}

export async function insertExport(db: AppDb, e: ExportEntry, actor: string): Promise<number> {
  const r = await db
    .insertInto('document_exports')
    .values({
      plan_id: e.planId,
      kind: e.kind,
      period_id: e.periodId,
      period_label: e.periodLabel,
      title: e.title,
      file_name: e.fileName,
      saved_to: e.savedTo,
      exported_on: e.exportedOn,
      created_by: actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** The plan's exported documents, latest first. */
export async function listExports(db: AppDb, planId: number, limit = 200): Promise<ExportLogRow[]> {
  const rows = await db
    .selectFrom('document_exports')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    kind: r.kind as DocumentKind,
    periodId: r.period_id,
    periodLabel: r.period_label,
    title: r.title,
    fileName: r.file_name,
    exportedOn: r.exported_on,
    exportedBy: r.created_by,
    savedTo: r.saved_to,
  }));
}

// ---------------------------------------------------------------------------------------------
// Facts the documents need that no other query gives

export interface AgencyBasics {
  id: number;
  name: string;
  shortName: string;
  abbreviation: string;
  kind: string;
}

export async function getAgencyBasics(db: AppDb, agencyId: number): Promise<AgencyBasics | null> {
  const r = await db
    .selectFrom('agencies')
    .select(['id', 'name', 'short_name', 'abbreviation', 'kind'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
  return r ? { id: r.id, name: r.name, shortName: r.short_name, abbreviation: r.abbreviation, kind: r.kind } : null;
}

/**
 * The same periodic period one year earlier ("Cùng kỳ năm trước"), in any plan: the latest one created
 * when several plans have it. Null when the database holds none.
 */
export async function previousYearPeriodId(
  db: AppDb,
  p: { periodType: string; index: number; year: number },
): Promise<number | null> {
  const r = await db
    .selectFrom('reporting_periods')
    .select('id')
    .where('period_type', '=', p.periodType)
    .where('period_index', '=', p.index)
    .where('year', '=', p.year - 1)
    .where('duty_id', 'is not', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return r?.id ?? null;
}

export interface PeriodFigure {
  agencyId: number;
  agencyKind: string;
  statisticCode: string;
  value: number;
}

/**
 * One row per report received for the period: its agency, and its figures as two JSON arrays (codes and
 * values, in the same order). better-sqlite3 makes a JS object per row: per figure, that cost four
 * times what SQLite's own reading did (2.4 ms for a year's 2,480 figures; 0.6 ms this way). Reals come
 * back exactly: SQLite writes them in JSON with the 17 digits that read back as the same number.
 */
const periodReportFigures = cachedQuery((db: AppDb, periodId: number) =>
  db
    .selectFrom('received_reports')
    .innerJoin('expected_reports', 'expected_reports.id', 'received_reports.expected_report_id')
    .innerJoin('agencies', 'agencies.id', 'expected_reports.agency_id')
    .select((eb) => [
      'expected_reports.agency_id',
      'agencies.kind',
      eb
        .selectFrom('report_figures')
        .select(sql<string>`json_object('codes', json_group_array(statistic_code), 'values', json_group_array(value))`.as('figures'))
        .whereRef('report_figures.received_report_id', '=', 'received_reports.id')
        .as('figures'),
    ])
    .where('expected_reports.period_id', '=', periodId)
    .orderBy('expected_reports.agency_id'),
);

/** Every figure of the reports received for one period, agency by agency, each report's in its statistics' code order. */
export async function listPeriodFigures(db: AppDb, periodId: number): Promise<PeriodFigure[]> {
  const out: PeriodFigure[] = [];
  for (const r of (await periodReportFigures(db, periodId)).rows) {
    if (!r.figures) continue;
    const { codes, values } = JSON.parse(r.figures) as { codes: string[]; values: number[] };
    for (let i = 0; i < codes.length; i++) out.push({ agencyId: r.agency_id, agencyKind: r.kind, statisticCode: codes[i]!, value: values[i]! });
  }
  return out;
}

export interface PeriodProgressNote {
  taskId: number;
  date: string;
  text: string;
  agency: string | null;
}

/** Progress notes of a plan's tasks dated within [from, to], oldest first (for the report's prefill). */
export async function listPlanProgressBetween(db: AppDb, planId: number, from: string, to: string): Promise<PeriodProgressNote[]> {
  const rows = await db
    .selectFrom('task_progress')
    .innerJoin('tasks', 'tasks.id', 'task_progress.task_id')
    .leftJoin('agencies', 'agencies.id', 'task_progress.reported_by_agency_id')
    .select(['task_progress.task_id', 'task_progress.date', 'task_progress.text', 'agencies.short_name'])
    .where('tasks.plan_id', '=', planId)
    .where('task_progress.date', '>=', from)
    .where('task_progress.date', '<=', to)
    .orderBy('task_progress.date')
    .orderBy('task_progress.id')
    .execute();
  return rows.map((r) => ({ taskId: r.task_id, date: r.date, text: r.text, agency: r.short_name }));
}

/** The statistic sources the clerk chose for a plan (the built-in rule applies to the others). */
export async function listStatisticSources(db: Db, planId: number): Promise<{ statisticCode: string; agencyId: number | null }[]> {
  const rows = await db.selectFrom('statistic_sources').selectAll().where('plan_id', '=', planId).orderBy('statistic_code').execute();
  return rows.map((r) => ({ statisticCode: r.statistic_code, agencyId: r.agency_id }));
}

/**
 * Stores the clerk's choice for one statistic (an agency, or null for every agency's figures), with the
 * change in the audit trail; `undefined` removes the choice (back to the built-in rule).
 */
export async function writeStatisticSource(
  db: AppDb,
  planId: number,
  statisticCode: string,
  agencyId: number | null | undefined,
  labels: { before: string; after: string },
  actor: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('statistic_sources').where('plan_id', '=', planId).where('statistic_code', '=', statisticCode).execute();
    if (agencyId !== undefined) {
      await trx.insertInto('statistic_sources').values({ plan_id: planId, statistic_code: statisticCode, agency_id: agencyId }).execute();
    }
    await recordChanges(trx, actor, 'statistic_sources', planId, { [statisticCode]: labels.before }, { [statisticCode]: labels.after });
  });
}

/** The contradictions among a period's totals that the clerk accepted, latest first. */
export async function listFigureCheckAcceptances(
  db: Db,
  periodId: number,
): Promise<{ rule: string; partValue: number; wholeValue: number; wording: string; acceptedBy: string; acceptedOn: string }[]> {
  const rows = await db.selectFrom('figure_check_acceptances').selectAll().where('period_id', '=', periodId).orderBy('id', 'desc').execute();
  return rows.map((r) => ({
    rule: r.rule,
    partValue: r.part_value,
    wholeValue: r.whole_value,
    wording: r.wording,
    acceptedBy: r.accepted_by,
    acceptedOn: r.accepted_on,
  }));
}

/** Records that the clerk accepted one contradiction of a period's totals, with the event in the history. */
export async function insertFigureCheckAcceptance(
  db: AppDb,
  periodId: number,
  check: { rule: string; partValue: number; wholeValue: number; wording: string },
  actor: string,
  on: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('figure_check_acceptances')
      .values({ period_id: periodId, rule: check.rule, part_value: check.partValue, whole_value: check.wholeValue, wording: check.wording, accepted_by: actor, accepted_on: on })
      .execute();
    await recordEvent(trx, actor, 'figure_check_acceptances', periodId, 'create', `Chấp nhận số liệu chưa khớp: ${check.wording}`);
  });
}
