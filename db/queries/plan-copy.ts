// Making a plan from another (next year's plan) or an empty one. The whole copy is one transaction:
// the new plan appears complete or not at all; the source plan is only read.
import type { AppDb } from '../connection';
import type { PlanCopyPreview } from '../../shared/api/board-models';
import { copiedDeadline, moveYearInText, notCopiedNotes, suggestCopyTitle } from '../../shared/domain/plan-copy';
import { toBool } from '../sql-values';
import { nfc } from '../../shared/text/vietnamese';
import { listPlans } from './plans';
import { ensureLocality } from './localities';

async function sourcePlanRow(db: AppDb, planId: number) {
  return db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
}

/** The source plan's agencies: those still active are copied, the others are named in the review. */
async function sourceAgencies(db: AppDb, planId: number) {
  const rows = await db
    .selectFrom('plan_agencies')
    .innerJoin('agencies', 'agencies.id', 'plan_agencies.agency_id')
    .select(['agencies.id', 'agencies.short_name', 'agencies.active', 'agencies.locality_id', 'plan_agencies.reports', 'plan_agencies.sort_order'])
    .where('plan_agencies.plan_id', '=', planId)
    .orderBy('plan_agencies.sort_order')
    .execute();
  return {
    kept: rows.filter((r) => toBool(r.active)),
    skipped: rows.filter((r) => !toBool(r.active)),
  };
}

export async function previewPlanCopy(db: AppDb, sourcePlanId: number, year: number): Promise<PlanCopyPreview | null> {
  const source = await sourcePlanRow(db, sourcePlanId);
  if (!source) return null;
  const plans = await listPlans(db);
  const summary = plans.find((p) => p.id === sourcePlanId)!;
  const years = year - source.year;
  const agencies = await sourceAgencies(db, sourcePlanId);
  const count = async (table: 'task_groups' | 'tasks' | 'targets' | 'reporting_duties') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('plan_id', '=', sourcePlanId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const dated = await db
    .selectFrom('tasks')
    .select(['code', 'deadline'])
    .where('plan_id', '=', sourcePlanId)
    .where('deadline', 'is not', null)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return {
    source: summary,
    year,
    title: suggestCopyTitle(source.title, source.year, year),
    yearsMoved: years,
    counts: {
      agencies: agencies.kept.length,
      taskGroups: await count('task_groups'),
      tasks: await count('tasks'),
      datedTasks: dated.length,
      targets: await count('targets'),
      reportingDuties: await count('reporting_duties'),
    },
    dateExamples: dated.slice(0, 8).map((t) => {
      const moved = copiedDeadline(t.deadline, source.year, year);
      return { code: t.code, from: t.deadline!, to: moved.date!, kept: moved.kept };
    }),
    skippedAgencies: agencies.skipped.map((a) => a.short_name),
    existingPlansThatYear: plans.filter((p) => p.year === year).map((p) => p.title),
    notCopied: notCopiedNotes(source.year),
  };
}

/** Copies a plan into a new one for `year`, moving every date by the difference in years. */
export async function copyPlan(
  db: AppDb,
  sourcePlanId: number,
  target: { year: number; title: string },
  actor: string,
): Promise<number> {
  const source = await sourcePlanRow(db, sourcePlanId);
  if (!source) throw new Error(`Kế hoạch ${sourcePlanId} không tồn tại`);
  const moveText = (text: string) => moveYearInText(text, source.year, target.year);
  const { kept } = await sourceAgencies(db, sourcePlanId);
  const keptIds = new Set(kept.map((a) => a.id));

  const { id: planId } = await db
    .insertInto('plans')
    .values({
      key: null,
      number: null,
      symbol: source.symbol,
      issued_date: null,
      issued_date_text: moveText(source.issued_date_text),
      issuer: source.issuer,
      title: nfc(target.title.trim()),
      year: target.year,
      parent_programme: source.parent_programme,
      place_name: source.place_name,
      standing_agency_id: source.standing_agency_id,
      signer_authority: source.signer_authority,
      signer_position: source.signer_position,
      signer_name: source.signer_name,
      recipients: source.recipients,
      locality_id: source.locality_id,
      parent_body_line: source.parent_body_line,
      issuing_body_lines: source.issuing_body_lines,
      legal_bases: source.legal_bases,
      year_from: source.year_from === null ? target.year : source.year_from + (target.year - source.year),
      year_to: source.year_to === null ? target.year : source.year_to + (target.year - source.year),
      updated_by: actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await copyDocumentSettings(db, sourcePlanId, planId, actor);

  if (kept.length > 0) {
    await db
      .insertInto('plan_agencies')
      .values(kept.map((a) => ({ plan_id: planId, agency_id: a.id, reports: a.reports, sort_order: a.sort_order })))
      .execute();
  }

  const groupIds = new Map<number, number>();
  const groups = await db.selectFrom('task_groups').selectAll().where('plan_id', '=', sourcePlanId).orderBy('sort_order').execute();
  for (const g of groups) {
    const { id } = await db
      .insertInto('task_groups')
      .values({ plan_id: planId, code: g.code, title: g.title, sort_order: g.sort_order })
      .returning('id')
      .executeTakeFirstOrThrow();
    groupIds.set(g.id, id);
  }

  const tasks = await db.selectFrom('tasks').selectAll().where('plan_id', '=', sourcePlanId).orderBy('sort_order').orderBy('id').execute();
  const taskLinks = await db
    .selectFrom('task_agencies')
    .innerJoin('tasks', 'tasks.id', 'task_agencies.task_id')
    .selectAll('task_agencies')
    .where('tasks.plan_id', '=', sourcePlanId)
    .orderBy('task_agencies.sort_order')
    .execute();
  const linksOf = new Map<number, typeof taskLinks>();
  for (const l of taskLinks) linksOf.set(l.task_id, [...(linksOf.get(l.task_id) ?? []), l]);
  const taskIds = new Map<number, number>();
  for (const t of tasks) {
    const { id } = await db
      .insertInto('tasks')
      .values({
        plan_id: planId,
        group_id: groupIds.get(t.group_id)!,
        code: t.code,
        sort_order: t.sort_order,
        content: t.content,
        deadline_kind: t.deadline_kind,
        deadline: copiedDeadline(t.deadline, source.year, target.year).date,
        period_type: t.period_type,
        deadline_text: t.deadline_text === null ? null : moveText(t.deadline_text),
        expected_output: t.expected_output,
        completion_date: null,
        note: t.note,
        shared_responsibility: t.shared_responsibility,
        updated_by: actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    taskIds.set(t.id, id);
    const links = (linksOf.get(t.id) ?? []).filter((l) => keptIds.has(l.agency_id));
    if (links.length > 0) {
      await db
        .insertInto('task_agencies')
        .values(links.map((l) => ({ task_id: id, agency_id: l.agency_id, role: l.role, sort_order: l.sort_order })))
        .execute();
    }
  }

  // Which duty carries which task: links between the copied tasks.
  const dutyLinks = await db
    .selectFrom('task_duty_links')
    .innerJoin('tasks', 'tasks.id', 'task_duty_links.task_id')
    .selectAll('task_duty_links')
    .where('tasks.plan_id', '=', sourcePlanId)
    .execute();
  for (const l of dutyLinks) {
    const task = taskIds.get(l.task_id);
    const duty = taskIds.get(l.duty_task_id);
    if (task === undefined || duty === undefined) continue;
    await db.insertInto('task_duty_links').values({ task_id: task, duty_task_id: duty, role: l.role, sort_order: l.sort_order }).execute();
  }

  const targetIds = new Map<number, number>();
  const targets = await db.selectFrom('targets').selectAll().where('plan_id', '=', sourcePlanId).orderBy('sort_order').execute();
  for (const t of targets) {
    const { id } = await db
      .insertInto('targets')
      .values({
        plan_id: planId,
        code: t.code,
        sort_order: t.sort_order,
        group_title: t.group_title,
        wording: t.wording,
        kind: t.kind,
        comparator: t.comparator,
        value: t.value,
        unit: t.unit,
        denominator: t.denominator,
        denominator_text: t.denominator_text,
        statistic_code: t.statistic_code,
        denominator_statistic_code: t.denominator_statistic_code,
        denominator_units: t.denominator_units,
        note: t.note,
        updated_by: actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    targetIds.set(t.id, id);
    const agencies = await db.selectFrom('target_agencies').select('agency_id').where('target_id', '=', t.id).execute();
    const keptAgencies = agencies.filter((a) => keptIds.has(a.agency_id));
    if (keptAgencies.length > 0) {
      await db
        .insertInto('target_agencies')
        .values(keptAgencies.map((a) => ({ target_id: id, agency_id: a.agency_id })))
        .execute();
    }
  }

  // The plan's own text, each block pointing to the copied task, target or group; a year in its wording
  // moves as in the tasks' wording.
  const blocks = await db.selectFrom('plan_text_blocks').selectAll().where('plan_id', '=', sourcePlanId).orderBy('sort_order').orderBy('id').execute();
  for (const b of blocks) {
    await db
      .insertInto('plan_text_blocks')
      .values({
        plan_id: planId,
        sort_order: b.sort_order,
        kind: b.kind,
        level: b.level,
        numbering: b.numbering,
        text: moveText(b.text),
        bold: b.bold,
        italics: b.italics,
        task_id: b.task_id === null ? null : (taskIds.get(b.task_id) ?? null),
        target_id: b.target_id === null ? null : (targetIds.get(b.target_id) ?? null),
        task_group_id: b.task_group_id === null ? null : (groupIds.get(b.task_group_id) ?? null),
        updated_by: actor,
      })
      .execute();
  }

  const duties = await db.selectFrom('reporting_duties').selectAll().where('plan_id', '=', sourcePlanId).orderBy('sort_order').execute();
  for (const d of duties) {
    const { id } = await db
      .insertInto('reporting_duties')
      .values({
        plan_id: planId,
        period_type: d.period_type,
        title: d.title,
        due_month: d.due_month,
        due_day: d.due_day,
        due_text: d.due_text,
        due_inclusive: d.due_inclusive,
        due_month_offset: d.due_month_offset,
        window_rule: d.window_rule,
        window_text: d.window_text,
        upward: d.upward,
        recipient_text: d.recipient_text,
        recipient_agency_id: d.recipient_agency_id,
        sort_order: d.sort_order,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const obliged = await db.selectFrom('reporting_duty_agencies').select('agency_id').where('duty_id', '=', d.id).execute();
    const keptObliged = obliged.filter((a) => keptIds.has(a.agency_id));
    if (keptObliged.length > 0) {
      await db
        .insertInto('reporting_duty_agencies')
        .values(keptObliged.map((a) => ({ duty_id: id, agency_id: a.agency_id })))
        .execute();
    }
  }
  // What the plan asks of each agency, and its count of units, go with it.
  const requests = await db.selectFrom('statistic_requests').selectAll().where('plan_id', '=', sourcePlanId).execute();
  for (const r of requests.filter((q) => keptIds.has(q.agency_id))) {
    await db.insertInto('statistic_requests').values({ ...r, plan_id: planId }).execute();
  }
  const counts = await db.selectFrom('plan_unit_counts').selectAll().where('plan_id', '=', sourcePlanId).execute();
  for (const c of counts) await db.insertInto('plan_unit_counts').values({ ...c, plan_id: planId }).execute();
  return planId;
}

/** Who issues and signs the documents, their symbols and recipients: the same next year. */
async function copyDocumentSettings(db: AppDb, sourcePlanId: number, planId: number, actor: string): Promise<void> {
  const settings = await db.selectFrom('document_settings').selectAll().where('plan_id', '=', sourcePlanId).executeTakeFirst();
  if (settings) {
    const { plan_id: _p, updated_at: _u, updated_by: _b, ...values } = settings;
    await db.insertInto('document_settings').values({ ...values, plan_id: planId, updated_by: actor }).execute();
  }
  const issuers = await db.selectFrom('document_issuers').selectAll().where('plan_id', '=', sourcePlanId).execute();
  if (issuers.length > 0) {
    await db.insertInto('document_issuers').values(issuers.map((i) => ({ ...i, plan_id: planId }))).execute();
  }
}

export interface NewPlanValues {
  year: number;
  title: string;
  symbol: string;
  issuer: string;
  placeName: string;
  standingAgencyId: number | null;
}

/** An empty plan, optionally with the (active) agencies of another plan. */
export async function createEmptyPlan(db: AppDb, v: NewPlanValues, agenciesFromPlanId: number | null, actor: string): Promise<number> {
  const localityId = await ensureLocality(db, v.placeName);
  const { id: planId } = await db
    .insertInto('plans')
    .values({
      key: null,
      number: null,
      symbol: nfc(v.symbol.trim()),
      issued_date: null,
      issued_date_text: nfc(`${v.placeName.trim()}, ngày   tháng   năm ${v.year}`),
      issuer: nfc(v.issuer.trim()),
      title: nfc(v.title.trim()),
      year: v.year,
      place_name: nfc(v.placeName.trim()),
      standing_agency_id: v.standingAgencyId,
      locality_id: localityId,
      year_from: v.year,
      year_to: v.year,
      updated_by: actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (agenciesFromPlanId !== null) {
    // Only the agencies of the new plan's province, and national bodies, can take part in it.
    const { kept: all } = await sourceAgencies(db, agenciesFromPlanId);
    const kept = all.filter((a) => a.locality_id === null || a.locality_id === localityId);
    if (kept.length > 0) {
      await db
        .insertInto('plan_agencies')
        .values(kept.map((a) => ({ plan_id: planId, agency_id: a.id, reports: a.reports, sort_order: a.sort_order })))
        .execute();
    }
  }
  if (v.standingAgencyId !== null) {
    const present = await db
      .selectFrom('plan_agencies')
      .select('agency_id')
      .where('plan_id', '=', planId)
      .where('agency_id', '=', v.standingAgencyId)
      .executeTakeFirst();
    if (!present) {
      await db.insertInto('plan_agencies').values({ plan_id: planId, agency_id: v.standingAgencyId, reports: 0, sort_order: -1 }).execute();
    }
  }
  return planId;
}

export async function agencyExists(db: AppDb, agencyId: number): Promise<boolean> {
  return (await db.selectFrom('agencies').select('id').where('id', '=', agencyId).executeTakeFirst()) !== undefined;
}
