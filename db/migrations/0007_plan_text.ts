// The plan's own text (issue 10): every paragraph of the plan as written, in order, as ordered blocks;
// a block that is a task or a target (or a task group's heading) points to it, so that the task's
// wording shows in the plan text and the plan text follows an edit of the task. And the links from a
// task of section III (the whole committee's work) to the duties of section V that carry it out.
// Only adds: two tables and one nullable column.
// Frozen in time: takes Kysely<any> and never imports app types.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

  // One row per paragraph of the plan, in order. kind: 'heading' (a numbered section title),
  // 'paragraph', 'bullet' ("- …"), 'sub_bullet' ("+ …"), 'group_heading' ("* Về …"); level 0 for a
  // Mục (I., II.), 1 for a Khoản (1., 2.), 2 for a Điểm (a), b)). numbering as printed ("I.", "1.",
  // "a)", "-", "+", "*", or ''); text as printed, without its numbering. task_id / target_id /
  // task_group_id point to what the block is; its text then shows the task's or target's wording.
  await db.schema
    .createTable('plan_text_blocks')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('numbering', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('bold', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('italics', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('task_id', 'integer', (c) => c.references('tasks.id').onDelete('set null'))
    .addColumn('target_id', 'integer', (c) => c.references('targets.id').onDelete('set null'))
    .addColumn('task_group_id', 'integer', (c) => c.references('task_groups.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('plan_text_blocks_plan').on('plan_text_blocks').columns(['plan_id', 'sort_order']).execute();

  // A task carried out by a duty of another section: III.1.c.3 by V.2.1 (Công an tỉnh). role 'lead':
  // the duty's lead agencies lead the task; 'support': they support it. A link, not a copy.
  await db.schema
    .createTable('task_duty_links')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('duty_task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('task_duty_links_pk', ['task_id', 'duty_task_id'])
    .execute();
  await db.schema.createIndex('task_duty_links_duty').on('task_duty_links').column('duty_task_id').execute();

  // Who answers for a task that no duty carries, in the plan's words ("Chung: thành viên BCĐ 138, UBND cấp huyện").
  await db.schema.alterTable('tasks').addColumn('shared_responsibility', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('task_duty_links').execute();
  await db.schema.dropTable('plan_text_blocks').execute();
}
