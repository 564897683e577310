// Each link between a task and an agency (lead or support) carries its task's plan, so that an
// agency's task counts in one plan (the agency page, the plan's agency list) are read from one index
// of the links alone. Before, SQLite walked the agency's links in every plan and looked up each task
// to check its plan, so the agency page grew with every year of history (issue 14).
// Only adds: a nullable column (SQLite cannot add a NOT NULL column without a default), filled from
// the tasks, an index and triggers; no value of an existing column changes.
//
// The triggers keep the column true for every writer, those of today (task edits, plan copy, plan
// import, the built-in loader) and any later one: a link written without its plan, or with another
// plan than its task's, gets its task's plan in the same statement; a task moved to another plan
// moves its links. Writers therefore do not set it: one rule in one place, and a writer that forgets
// it cannot make a count wrong.
// Frozen in time: takes Kysely<any> and never imports app types.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE task_agencies ADD COLUMN plan_id INTEGER REFERENCES plans(id) ON DELETE CASCADE`.execute(db);
  await sql`UPDATE task_agencies SET plan_id = (SELECT plan_id FROM tasks WHERE tasks.id = task_agencies.task_id)`.execute(db);
  // An agency's lead and support counts in a plan, read from the index alone (covering).
  await db.schema.createIndex('task_agencies_plan_agency').on('task_agencies').columns(['plan_id', 'agency_id', 'role']).execute();

  // A new link, or a link moved to another task or given another plan than its task's: its task's plan.
  // (A NULL plan_id IS NOT the task's plan, which is never NULL.) SQLite has no trigger on both events.
  const takeTaskPlan = (name: string, event: string) => sql`
    CREATE TRIGGER ${sql.raw(name)} AFTER ${sql.raw(event)} ON task_agencies
    WHEN NEW.plan_id IS NOT (SELECT plan_id FROM tasks WHERE id = NEW.task_id)
    BEGIN
      UPDATE task_agencies SET plan_id = (SELECT plan_id FROM tasks WHERE id = NEW.task_id)
      WHERE task_id = NEW.task_id AND agency_id = NEW.agency_id;
    END`;
  await takeTaskPlan('task_agencies_plan_on_insert', 'INSERT').execute(db);
  await takeTaskPlan('task_agencies_plan_on_update', 'UPDATE OF task_id, plan_id').execute(db);
  // A task moved to another plan takes its links with it.
  await sql`
    CREATE TRIGGER tasks_plan_to_task_agencies AFTER UPDATE OF plan_id ON tasks
    WHEN NEW.plan_id IS NOT OLD.plan_id
    BEGIN
      UPDATE task_agencies SET plan_id = NEW.plan_id WHERE task_id = NEW.id;
    END`.execute(db);
}
