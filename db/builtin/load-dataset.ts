// Loads any plan described as a PlanDataset into the database, in one transaction.
import type { AppDb } from '../connection';
import type { PlanDataset } from './dataset';
import { fromBool } from '../sql-values';
import { nfc } from '../../shared/text/vietnamese';
import { ensureLocality } from '../queries/localities';
import { agencyLevelFor } from '../../shared/domain/plan-setup';

/** Inserts the dataset's plan unless a plan with the same key exists, in one transaction. Returns the plan id. */
export async function loadDataset(db: AppDb, data: PlanDataset, actor = 'Dữ liệu có sẵn'): Promise<number> {
  return db.transaction().execute((trx) => loadDatasetIn(trx, data, actor));
}

/**
 * The same, inside the caller's transaction (an import writes its history entry in the same one).
 * `trx` is a Kysely transaction; typed as the database because the queries are the same.
 */
export async function loadDatasetIn(trx: AppDb, data: PlanDataset, actor = 'Dữ liệu có sẵn'): Promise<number> {
  const existing = await trx.selectFrom('plans').select('id').where('key', '=', data.plan.key).executeTakeFirst();
  if (existing) return existing.id;

  const localityId = await ensureLocality(trx, data.plan.placeName);
  // Agencies are shared by the plans of one province: reuse one with the same code there (or a
  // national one); an agency of another province with that code is not this plan's, so a new one is
  // made under a free code.
  const agencyIds = new Map<string, number>();
  for (const a of data.agencies) {
    const level = a.level ?? agencyLevelFor(a.name, a.kind);
    const locality = level === 'national' ? null : localityId;
    const found = await trx.selectFrom('agencies').select(['id', 'locality_id']).where('code', '=', a.code).executeTakeFirst();
    if (found && (found.locality_id === null || found.locality_id === locality)) {
      agencyIds.set(a.code, found.id);
      continue;
    }
    let code = a.code;
    for (let n = 2; await trx.selectFrom('agencies').select('id').where('code', '=', code).executeTakeFirst(); n++) code = `${a.code}-${n}`;
    const { id } = await trx
      .insertInto('agencies')
      .values({
        code,
        name: nfc(a.name),
        short_name: nfc(a.shortName),
        abbreviation: nfc(a.abbreviation),
        kind: a.kind,
        admin_unit_code: a.adminUnitCode ?? null,
        level,
        locality_id: locality,
        updated_by: actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    agencyIds.set(a.code, id);
  }
  const agencyId = (code: string): number => {
    const id = agencyIds.get(code);
    if (id === undefined) throw new Error(`Dữ liệu có sẵn nhắc tới cơ quan chưa khai báo: ${code}`);
    return id;
  };

  const p = data.plan;
  const { id: planId } = await trx
    .insertInto('plans')
    .values({
      key: p.key,
      number: p.number,
      symbol: nfc(p.symbol),
      issued_date: p.issuedDate,
      issued_date_text: nfc(p.issuedDateText),
      issuer: nfc(p.issuer),
      title: nfc(p.title),
      year: p.year,
      parent_programme: nfc(p.parentProgramme),
      place_name: nfc(p.placeName),
      standing_agency_id: agencyId(p.standingAgency),
      signer_authority: nfc(p.signer.authority),
      signer_position: nfc(p.signer.position),
      signer_name: nfc(p.signer.name),
      recipients: nfc(p.recipients.join('\n')),
      locality_id: localityId,
      year_from: p.year,
      year_to: p.year,
      updated_by: actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  for (const [i, a] of data.agencies.entries()) {
    await trx
      .insertInto('plan_agencies')
      .values({ plan_id: planId, agency_id: agencyId(a.code), reports: fromBool(a.reports), sort_order: i })
      .execute();
  }

  const groupIds = new Map<string, number>();
  for (const [i, g] of data.taskGroups.entries()) {
    const { id } = await trx
      .insertInto('task_groups')
      .values({ plan_id: planId, code: g.code, title: nfc(g.title), sort_order: i })
      .returning('id')
      .executeTakeFirstOrThrow();
    groupIds.set(g.code, id);
  }

  for (const [i, t] of data.tasks.entries()) {
    const groupId = groupIds.get(t.group);
    if (groupId === undefined) throw new Error(`Nhiệm vụ ${t.code} thuộc nhóm chưa khai báo: ${t.group}`);
    const { id: taskId } = await trx
      .insertInto('tasks')
      .values({
        plan_id: planId,
        group_id: groupId,
        code: t.code,
        sort_order: i,
        content: nfc(t.content),
        deadline_kind: t.deadlineKind,
        deadline: t.deadline ?? null,
        period_type: t.periodType ?? null,
        deadline_text: t.deadlineText ? nfc(t.deadlineText) : null,
        expected_output: t.expectedOutput ? nfc(t.expectedOutput) : null,
        note: t.note ? nfc(t.note) : null,
        shared_responsibility: t.sharedResponsibility ? nfc(t.sharedResponsibility) : null,
        updated_by: actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const roles = [
      ...t.lead.map((code) => ({ code, role: 'lead' })),
      ...t.support.filter((code) => !t.lead.includes(code)).map((code) => ({ code, role: 'support' })),
    ];
    for (const [j, r] of roles.entries()) {
      await trx
        .insertInto('task_agencies')
        .values({ task_id: taskId, agency_id: agencyId(r.code), role: r.role, sort_order: j })
        .execute();
    }
  }

  for (const [i, t] of data.targets.entries()) {
    const { id: targetId } = await trx
      .insertInto('targets')
      .values({
        plan_id: planId,
        code: t.code,
        sort_order: i,
        group_title: nfc(t.group),
        wording: nfc(t.wording),
        kind: t.kind,
        comparator: t.comparator ?? null,
        value: t.value ?? null,
        unit: t.unit ? nfc(t.unit) : null,
        denominator: t.denominator ?? null,
        denominator_text: t.denominatorText ? nfc(t.denominatorText) : null,
        statistic_code: t.statistic ?? null,
        denominator_statistic_code: t.denominatorStatistic ?? null,
        note: t.note ? nfc(t.note) : null,
        updated_by: actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const code of new Set(t.agencies)) {
      await trx.insertInto('target_agencies').values({ target_id: targetId, agency_id: agencyId(code) }).execute();
    }
    // The agencies responsible for a measured target are asked its statistics.
    const asked = t.kind === 'qualitative' ? [] : [t.statistic, t.kind === 'percent' ? t.denominatorStatistic : undefined];
    for (const statisticCode of asked) {
      if (!statisticCode) continue;
      for (const code of new Set(t.agencies)) {
        await trx
          .insertInto('statistic_requests')
          .values({ plan_id: planId, agency_id: agencyId(code), statistic_code: statisticCode })
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    }
  }

  for (const [i, d] of data.reportingDuties.entries()) {
    // An upward duty goes to bodies named in words, not to an agency of the plan.
    const recipientId = d.upward ? null : agencyId(d.recipient);
    await insertDuty(trx, planId, d, recipientId, i, [...new Set(d.obliged)].map(agencyId));
  }
  await loadPlanText(trx, planId, data, actor);
  return planId;
}

/**
 * The plan's text blocks and the task-to-duty links of a dataset, for a plan already holding its tasks,
 * targets and groups (found by code). Each part is written only when the plan has none of it yet, so
 * it also fills a plan loaded by an earlier release. Blocks or links naming a code the plan no longer
 * has keep their text and lose the link.
 */
export async function loadPlanText(trx: AppDb, planId: number, data: PlanDataset, actor = 'Dữ liệu có sẵn'): Promise<void> {
  const byCode = async (table: 'tasks' | 'targets' | 'task_groups') =>
    new Map(
      (await trx.selectFrom(table).select(['id', 'code']).where('plan_id', '=', planId).execute()).map((r) => [r.code, r.id]),
    );
  const [tasks, targets, groups] = await Promise.all([byCode('tasks'), byCode('targets'), byCode('task_groups')]);

  const hasBlocks = await trx.selectFrom('plan_text_blocks').select('id').where('plan_id', '=', planId).executeTakeFirst();
  if (!hasBlocks && data.planText?.length) {
    for (const [i, b] of data.planText.entries()) {
      await trx
        .insertInto('plan_text_blocks')
        .values({
          plan_id: planId,
          sort_order: i,
          kind: b.kind,
          level: b.level,
          numbering: nfc(b.numbering),
          text: nfc(b.text),
          bold: fromBool(b.bold ?? false),
          italics: fromBool(b.italics ?? false),
          task_id: b.task ? (tasks.get(b.task) ?? null) : null,
          target_id: b.target ? (targets.get(b.target) ?? null) : null,
          task_group_id: b.group ? (groups.get(b.group) ?? null) : null,
          updated_by: actor,
        })
        .execute();
    }
  }

  const taskIds = [...tasks.values()];
  const hasLinks =
    taskIds.length > 0 &&
    (await trx.selectFrom('task_duty_links').select('task_id').where('task_id', 'in', taskIds).executeTakeFirst());
  if (!hasLinks && data.taskLinks?.length) {
    for (const [i, l] of data.taskLinks.entries()) {
      const task = tasks.get(l.task);
      const duty = tasks.get(l.duty);
      if (task === undefined || duty === undefined) continue;
      await trx
        .insertInto('task_duty_links')
        .values({ task_id: task, duty_task_id: duty, role: l.role, sort_order: i })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    for (const t of data.tasks) {
      const id = tasks.get(t.code);
      if (!t.sharedResponsibility || id === undefined) continue;
      await trx
        .updateTable('tasks')
        .set({ shared_responsibility: nfc(t.sharedResponsibility) })
        .where('id', '=', id)
        .where('shared_responsibility', 'is', null)
        .execute();
    }
  }
}

/**
 * The dataset's upward duties (the secretariat's own report: the 2022 plan's VI.2) for a plan loaded
 * by a release that did not know them. Written only while the plan has no upward duty and never had
 * one the clerk deleted or turned into a members' duty, so the clerk's choice stands at later starts.
 */
export async function loadUpwardDuties(trx: AppDb, planId: number, data: PlanDataset, actor = 'Dữ liệu có sẵn'): Promise<void> {
  const wanted = data.reportingDuties.filter((d) => d.upward);
  if (wanted.length === 0) return;
  const duties = await trx.selectFrom('reporting_duties').select(['id', 'upward', 'sort_order']).where('plan_id', '=', planId).execute();
  if (duties.some((d) => d.upward === 1)) return;
  const deleted = await trx
    .selectFrom('audit_log')
    .select('id')
    .where('entity', '=', 'reporting_duty')
    .where('action', '=', 'delete')
    .where('new_value', 'like', `{"id":%,"plan_id":${planId},%`)
    .where('new_value', 'like', '%"upward":1%')
    .executeTakeFirst();
  const changed =
    duties.length > 0 &&
    (await trx
      .selectFrom('audit_log')
      .select('id')
      .where('entity', '=', 'reporting_duty')
      .where('field', '=', 'upward')
      .where('entity_id', 'in', duties.map((d) => d.id))
      .executeTakeFirst());
  if (deleted || changed) return;
  let sortOrder = Math.max(-1, ...duties.map((d) => d.sort_order)) + 1;
  for (const d of wanted) {
    const obliged = await trx.selectFrom('agencies').select(['id', 'code']).where('code', 'in', d.obliged).execute();
    const member = await trx
      .selectFrom('plan_agencies')
      .select('agency_id')
      .where('plan_id', '=', planId)
      .where('agency_id', 'in', obliged.length ? obliged.map((a) => a.id) : [-1])
      .execute();
    const ids = member.map((m) => m.agency_id);
    if (ids.length === 0) continue;
    const dutyId = await insertDuty(trx, planId, d, null, sortOrder++, ids);
    await trx
      .insertInto('audit_log')
      .values({ actor, entity: 'reporting_duty', entity_id: dutyId, action: 'create', field: null, old_value: null, new_value: `${nfc(d.title)}, hạn ${nfc(d.dueText)} (theo kế hoạch có sẵn)`, plan_id: planId })
      .execute();
  }
}

/** One reporting duty of the dataset and the agencies obliged by it; returns the duty's id. */
async function insertDuty(
  trx: AppDb,
  planId: number,
  d: PlanDataset['reportingDuties'][number],
  recipientAgencyId: number | null,
  sortOrder: number,
  obligedIds: number[],
): Promise<number> {
  const { id: dutyId } = await trx
    .insertInto('reporting_duties')
    .values({
      plan_id: planId,
      period_type: d.periodType,
      title: nfc(d.title),
      due_month: d.dueMonth,
      due_day: d.dueDay,
      due_text: nfc(d.dueText),
      recipient_agency_id: recipientAgencyId,
      upward: d.upward ? 1 : 0,
      recipient_text: nfc(d.recipientText ?? ''),
      sort_order: sortOrder,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const agencyId of obligedIds) await trx.insertInto('reporting_duty_agencies').values({ duty_id: dutyId, agency_id: agencyId }).execute();
  return dutyId;
}

/** For a database from an earlier release: the built-in plan (found by its key) gets its text, links and upward duty. */
export async function fillBuiltinPlanText(db: AppDb, data: PlanDataset): Promise<void> {
  const plan = await db.selectFrom('plans').select('id').where('key', '=', data.plan.key).executeTakeFirst();
  if (!plan) return;
  await db.transaction().execute(async (trx) => {
    await loadPlanText(trx, plan.id, data);
    await loadUpwardDuties(trx, plan.id, data);
  });
}
