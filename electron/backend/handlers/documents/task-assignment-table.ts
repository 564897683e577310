// The task assignment table: the standalone document (kind 'assignment'), the plan's appendix and the
// print view's data (documents.assignmentTable).
import type { HandlerContext, HandlerGroup } from '../types';
import type { AssignmentTableData } from '../../../../shared/api/documents-models';
import type { PlanDetail } from '../../../../shared/api/models';
import { AppError } from '../../../../shared/api/errors';
import { taskAssignmentTable } from '../../../../shared/documents';
import { planCitation } from '../../../../shared/documents/defaults';
import { lowerFirst } from '../../../../shared/documents/text';
import { planParent } from '../../../../shared/documents/plan-parts';
import {
  asciiSlug,
  assignmentRows,
  type AssignmentFilter,
  builderSettings,
  FILE_NAMES,
  filterNote,
  selectTasks,
} from '../../../../shared/documents/content';
import { listTaskGroups } from '../../../../db/queries/tasks';
import { listPlanAgencies } from '../../../../db/queries/agencies';
import { listTasksWithStatus } from '../tasks';
import { count, type DocumentJob, type Prepared } from './prepared';
import { requirePlanDetail } from './plan-and-period';
import { settingsView } from './settings';

export async function assignmentData(ctx: HandlerContext, plan: PlanDetail, f: AssignmentFilter) {
  const [groups, tasks, agencies] = await Promise.all([
    listTaskGroups(ctx.db, plan.id),
    listTasksWithStatus(ctx, plan.id),
    listPlanAgencies(ctx.db, plan.id),
  ]);
  const agency = f.agencyId ? agencies.find((a) => a.id === f.agencyId) : undefined;
  if (f.agencyId && !agency) throw new AppError('VALIDATION', 'Cơ quan được chọn không tham gia kế hoạch này.', 'agencyId');
  const group = f.groupId ? groups.find((g) => g.id === f.groupId) : undefined;
  if (f.groupId && !group) throw new AppError('VALIDATION', 'Nhóm nhiệm vụ được chọn không thuộc kế hoạch này.', 'groupId');
  const chosen = selectTasks(tasks, f);
  const suffix = [
    ...(agency ? [asciiSlug(agency.shortName)] : []),
    ...(group ? [`nhom-${asciiSlug(group.code)}`] : []),
    ...(f.overdueOnly ? ['qua-han'] : []),
  ];
  return {
    title: `Thực hiện Kế hoạch ${lowerFirst(plan.title)}`,
    filterNote: filterNote(f, { ...(agency ? { agency: agency.shortName } : {}), ...(group ? { group: group.title } : {}) }, ctx.today()),
    rows: assignmentRows(groups, chosen, agencies.filter((x) => x.kind === 'district_pc').length),
    taskCount: chosen.length,
    groupCount: new Set(chosen.map((t) => t.group.id)).size,
    fileSuffix: suffix,
    allTasks: tasks.length,
    tasks,
  };
}

export async function prepareAssignment(job: DocumentJob<'assignment'>): Promise<Prepared> {
  const { ctx, req, plan, s, warnings } = job;
  const f: AssignmentFilter = { agencyId: req.agencyId ?? null, groupId: req.groupId ?? null, overdueOnly: req.overdueOnly ?? false };
  const a = await assignmentData(ctx, plan, f);
  if (a.taskCount === 0) throw new AppError('VALIDATION', 'Không có nhiệm vụ nào theo điều kiện lọc đã chọn.', f.overdueOnly ? 'overdueOnly' : 'agencyId');
  const settings = builderSettings(s.planIssuer, s.planRecipients);
  const input = {
    title: a.title,
    rows: a.rows,
    ...(a.filterNote ? { filterNote: a.filterNote } : {}),
    parent: planParent(plan, s.planSymbol),
  };
  return {
    kind: 'assignment',
    title: `Bảng phân công nhiệm vụ ${a.title.charAt(0).toLocaleLowerCase('vi')}${a.title.slice(1)}${a.filterNote ? ` ${a.filterNote}` : ''}`,
    fileName: FILE_NAMES.assignment(plan.year, a.fileSuffix),
    periodId: null,
    periodLabel: null,
    settings,
    profileKey: 'planIssuer',
    symbolKey: 'planSymbol',
    number: null,
    date: null,
    addressees: [],
    withNhuTren: false,
    signed: false,
    facts: [
      { label: 'Nhiệm vụ', value: `${a.taskCount} nhiệm vụ${a.taskCount < a.allTasks ? ` (trong ${a.allTasks} nhiệm vụ của kế hoạch)` : ''}` },
      { label: 'Nhóm nhiệm vụ', value: count(a.groupCount, 'nhóm') },
      { label: 'Lọc', value: a.filterNote ? a.filterNote.replace(/^\(|\)$/g, '') : 'Toàn bộ kế hoạch' },
      { label: 'Khổ giấy', value: 'A4 ngang, dòng tiêu đề cột lặp lại ở mỗi trang' },
    ],
    warnings: warnings.filter((w) => !w.startsWith('Đang dùng')),
    figureChecks: [],
    build: () => taskAssignmentTable(settings, input),
  };
}

export const assignmentHandlers: HandlerGroup<'documents.assignmentTable'> = {
  'documents.assignmentTable': async ({ planId, agencyId, groupId, overdueOnly }, ctx): Promise<AssignmentTableData> => {
    const plan = await requirePlanDetail(ctx, planId);
    const s = (await settingsView(ctx, plan)).values;
    const a = await assignmentData(ctx, plan, { agencyId: agencyId ?? null, groupId: groupId ?? null, overdueOnly: overdueOnly ?? false });
    return {
      planId,
      title: a.title,
      filterNote: a.filterNote,
      rows: a.rows,
      taskCount: a.taskCount,
      parentRef: `(Kèm theo ${planCitation(plan, s.planSymbol)})`,
    };
  },
};
