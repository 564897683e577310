// "Nhập bảng phân công từ Excel…": an .xlsx assignment table added to an existing plan. The preview
// reads the workbook (nothing saved): rows to add, rows that repeat a task of the plan, new agencies
// and groups, every bad cell named. The import reads it again and, only when no cell is bad, adds
// the agencies, groups and tasks in one transaction, each in the history.
import type { HandlerContext, HandlerGroup } from './types';
import type { AssignmentPreview } from '../../../shared/api/assignments-contract';
import type { AssignmentReading } from '../../../shared/plan-import/assignment-sheet';
import { readAssignmentSheets } from '../../../shared/plan-import/assignment-sheet';
import { AppError } from '../../../shared/api/errors';
import { readGrid } from '../excel/xlsx';
import { getPlan } from '../../../db/queries/plans';
import { listTaskGroups } from '../../../db/queries/tasks';
import { provinceAgencies, planTaskContents } from '../../../db/plan-import/assignments';
import { addAgencyToPlan, insertAgency } from '../../../db/queries/agencies';
import { insertTask, insertTaskGroup, planAgencyFacts, replaceTaskAgencies } from '../../../db/queries/task-edits';
import { currentActor, recordEvent } from '../../../db/queries/audit';
import { checkTaskDraft, normaliseTaskDraft } from '../../../shared/domain/task-rules';
import { guessKind } from '../../../shared/plan-import/agencies';
import { agencyLevelFor } from '../../../shared/domain/plan-setup';

async function read(ctx: HandlerContext, planId: number, contentBase64: string) {
  const plan = await getPlan(ctx.db, planId);
  if (!plan) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
  const grid = await readGrid(Buffer.from(contentBase64, 'base64'));
  const [agencies, groups, tasks] = await Promise.all([
    provinceAgencies(ctx.db, planId, plan.locality?.id ?? null),
    listTaskGroups(ctx.db, planId),
    planTaskContents(ctx.db, planId),
  ]);
  const reading = readAssignmentSheets(grid, {
    known: agencies,
    placeName: plan.placeName || plan.locality?.name || '',
    year: plan.year,
    groups: groups.map((g) => ({ code: g.code, title: g.title })),
    tasks,
  });
  return { plan, agencies, reading };
}

function previewOf(reading: AssignmentReading, agencies: Awaited<ReturnType<typeof read>>['agencies']): AssignmentPreview {
  const used = new Set(reading.rows.filter((r) => !r.existing).flatMap((r) => [...r.lead, ...r.support]));
  const names: Record<string, string> = {};
  for (const a of agencies) if (used.has(a.code)) names[a.code] = a.shortName;
  for (const a of reading.newAgencies) names[a.code] = a.name;
  return {
    ...reading,
    joining: agencies.filter((a) => used.has(a.code) && !a.inPlan).map((a) => ({ code: a.code, name: a.shortName })),
    names,
  };
}

export const assignmentHandlers: HandlerGroup<'assignments.preview' | 'assignments.import'> = {
  'assignments.preview': async ({ planId, contentBase64 }, ctx) => {
    const { agencies, reading } = await read(ctx, planId, contentBase64);
    return previewOf(reading, agencies);
  },

  'assignments.import': async ({ planId, fileName, contentBase64 }, ctx) => {
    const { plan, agencies, reading } = await read(ctx, planId, contentBase64);
    if (reading.problems.length > 0) {
      const p = reading.problems[0]!;
      throw new AppError(
        'VALIDATION',
        `Chưa nhập gì: tệp có ${reading.problems.length} ô cần sửa, đầu tiên là ${[p.sheet && `trang “${p.sheet}”`, p.cell && `ô ${p.cell}`].filter(Boolean).join(', ')}: ${p.message}`,
        'contentBase64',
      );
    }
    const toAdd = reading.rows.filter((r) => !r.existing);
    if (toAdd.length === 0) throw new AppError('VALIDATION', 'Chưa nhập gì: mọi dòng của bảng phân công đều đã có trong kế hoạch.', 'contentBase64');
    const used = new Set(toAdd.flatMap((r) => [...r.lead, ...r.support]));
    return ctx.db.transaction().execute(async (trx) => {
      const actor = await currentActor(trx);
      const idOf = new Map(agencies.map((a) => [a.code, a.id]));
      for (const a of agencies) {
        if (!used.has(a.code) || a.inPlan) continue;
        await addAgencyToPlan(trx, planId, a.id, false);
        await recordEvent(trx, actor, 'agency', a.id, 'create', `Tham gia kế hoạch: ${a.shortName}`);
      }
      for (const n of reading.newAgencies) {
        if (!used.has(n.code)) continue;
        const kind = guessKind(n.name);
        const id = await insertAgency(
          trx,
          n.code,
          { name: n.name, shortName: n.name, abbreviation: n.code.replace(/^MOI-/, ''), kind, contactPerson: null, phone: null, email: null, level: agencyLevelFor(n.name, kind), localityId: plan.locality?.id ?? null },
          actor,
        );
        await addAgencyToPlan(trx, planId, id, false);
        await recordEvent(trx, actor, 'agency', id, 'create', n.name);
        idOf.set(n.code, id);
      }
      const groupIds = new Map((await listTaskGroups(trx, planId)).map((g) => [g.code, g.id]));
      for (const g of reading.newGroups) groupIds.set(g.code, (await insertTaskGroup(trx, planId, g.code, g.title)).id);
      const rules = { today: ctx.today(), planAgencies: await planAgencyFacts(trx, planId), groupIds: new Set(groupIds.values()) };
      for (const r of toAdd) {
        const draft = normaliseTaskDraft({
          groupId: groupIds.get(r.group)!,
          content: r.content,
          leadIds: r.lead.map((c) => idOf.get(c)!),
          supportIds: r.support.map((c) => idOf.get(c)!),
          deadlineKind: r.deadlineKind,
          deadline: r.deadline ?? null,
          periodType: r.periodType ?? null,
          deadlineText: r.deadlineText ?? null,
          expectedOutput: r.expectedOutput ?? null,
          completionDate: null,
          note: null,
        });
        const violation = checkTaskDraft(draft, rules);
        if (violation) throw new AppError('VALIDATION', `Trang “${r.sheet}”, dòng ${r.row}: ${violation.message}`, 'contentBase64');
        const id = await insertTask(trx, planId, r.code, draft, actor);
        await replaceTaskAgencies(trx, id, draft.leadIds, draft.supportIds);
        await recordEvent(trx, actor, 'task', id, 'create', `${r.code}: ${draft.content} (nhập từ bảng phân công${fileName ? ` “${fileName}”` : ''}, trang “${r.sheet}”, dòng ${r.row})`);
      }
      const created = reading.newAgencies.filter((n) => used.has(n.code)).length;
      return { added: toAdd.length, skipped: reading.rows.length - toAdd.length, groupsCreated: reading.newGroups.length, agenciesCreated: created };
    });
  },
};
