// Indexes for what the board looks up by a column no index led with, so that opening a task, an
// agency's page, adding a progress note and counting what refers to an agency stay as quick after
// ten years of history as after one (issue 14). Only adds indexes; no table or value changes.
// Frozen in time: takes Kysely<any> and never imports app types.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // A task's progress notes, newest first (tasks.get); and the notes an agency reported (agency usage).
  await db.schema.createIndex('task_progress_task').on('task_progress').columns(['task_id', 'date']).execute();
  await db.schema.createIndex('task_progress_agency').on('task_progress').column('reported_by_agency_id').execute();
  // Agency usage counts (agencies.get, agencies.delete): targets, reporting duties and plans by agency.
  await db.schema.createIndex('target_agencies_agency').on('target_agencies').column('agency_id').execute();
  await db.schema.createIndex('reporting_duty_agencies_agency').on('reporting_duty_agencies').column('agency_id').execute();
  await db.schema.createIndex('plan_agencies_agency').on('plan_agencies').column('agency_id').execute();
  await db.schema.createIndex('reporting_duties_recipient').on('reporting_duties').column('recipient_agency_id').execute();
  await db.schema.createIndex('plans_standing_agency').on('plans').column('standing_agency_id').execute();
  // Urgings of a period (the register), and who was urged (an agency's history).
  await db.schema.createIndex('urgings_period').on('urgings').column('period_id').execute();
  await db.schema.createIndex('urging_agencies_agency').on('urging_agencies').column('agency_id').execute();
  // A plan's reporting duties (every task list judges per-period tasks against them) in order.
  await db.schema.createIndex('reporting_duties_plan').on('reporting_duties').columns(['plan_id', 'sort_order']).execute();
  // A plan's tasks in the plan's order (tasks.list) and per group.
  await db.schema.createIndex('tasks_plan_order').on('tasks').columns(['plan_id', 'sort_order']).execute();
  await db.schema.createIndex('tasks_group').on('tasks').column('group_id').execute();
}

