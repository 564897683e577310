// "Nhiệm vụ": the secretariat's working board. Every task of the plan with who leads, who supports,
// the deadline and the status; filters, sorting, search without diacritics; the assignment matrix;
// the task detail drawer; bulk actions on the selected tasks.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { usePlan } from '../app/plan-context';
import { useApi } from '../hooks/useApi';
import { useHashParams } from '../hooks/useHashParams';
import { useRemembered } from '../hooks/useRemembered';
import { ErrorAlert, Loading } from '../components/status';
import { ScreenTitle } from '../components/ScreenTitle';
import { printRoute } from '../print/print-routes';
import { TaskFilterBar } from '../components/tasks/TaskFilterBar';
import { TaskTable } from '../components/tasks/TaskTable';
import { AssignmentMatrix } from '../components/tasks/AssignmentMatrix';
import { TaskDrawer } from '../components/tasks/TaskDrawer';
import { BulkActionBar } from '../components/tasks/BulkActionBar';
import { NewTaskModal } from '../components/tasks/NewTaskModal';
import { AssignmentImportModal } from '../components/tasks/AssignmentImportModal';
import {
  TASK_SORTS,
  TASK_SORT_LABELS,
  TaskSearchIndex,
  countByStatus,
  filterTasks,
  sortTasks,
  type RoleFilter,
  type StatusFilter,
  type TaskFilter,
  type TaskSort,
} from '../../../shared/domain/task-filter';
import { ROLE_FILTERS, describeTaskFilter } from '../../../shared/domain/task-filter';
import { ExcelButton } from '../components/ExcelButton';
import { call } from '../api/client';
import { warmWhileIdle } from '../api/prefetch';
import { notifySuccess } from '../components/notify';
import { bulkResultText, undoResultText } from '../../../shared/domain/bulk-wording';
import { TASK_STATUSES } from '../../../shared/domain/task-status';
import type { TaskGroupRow, TaskRow } from '../../../shared/api/models';
import type { ExcelFile } from '../../../shared/api/excel-contract';

const NO_TASKS: TaskRow[] = [];
const NO_GROUPS: TaskGroupRow[] = [];

// What does not depend on the search is rendered again only when its own props change: a keystroke
// re-renders the filter bar and the rows, not the screen's buttons, drawer and closed modals.
const MemoTaskDrawer = memo(TaskDrawer);
const MemoAssignmentImportModal = memo(AssignmentImportModal);
const MemoNewTaskModal = memo(NewTaskModal);

interface ActionsProps {
  view: 'list' | 'matrix';
  planId: number;
  /** Nothing shown: nothing to export. */
  empty: boolean;
  onView: (view: string) => void;
  onCreate: () => void;
  onImport: () => void;
  /** The .xlsx of what is shown when the button is pressed. */
  exportFile: () => Promise<ExcelFile>;
}

const TasksActions = memo(function TasksActions({ view, planId, empty, onView, onCreate, onImport, exportFile }: ActionsProps) {
  return (
    <Group className="no-print">
      <SegmentedControl
        aria-label="Cách xem"
        value={view}
        onChange={onView}
        data={[
          { value: 'list', label: 'Danh sách' },
          { value: 'matrix', label: 'Ma trận phân công' },
        ]}
      />
      <Button variant="light" onClick={onCreate}>
        Thêm nhiệm vụ
      </Button>
      <Button variant="default" onClick={onImport}>
        Nhập bảng phân công từ Excel…
      </Button>
      <Button component="a" variant="default" href={printRoute(view === 'matrix' ? 'assignment' : 'tasks', { 'ke-hoach': planId })}>
        In
      </Button>
      <ExcelButton disabled={empty} request={exportFile} />
    </Group>
  );
});

/** Filters given in the address, e.g. "#/nhiem-vu?co-quan=2&tinh-trang=open_overdue". */
function filterFromParams(params: URLSearchParams): TaskFilter {
  const num = (key: string) => {
    const v = Number(params.get(key));
    return Number.isInteger(v) && v > 0 ? v : null;
  };
  const role = params.get('vai-tro');
  const statuses = (params.get('tinh-trang') ?? '')
    .split(',')
    .filter((s): s is StatusFilter => (TASK_STATUSES as readonly string[]).includes(s) || s === 'due_soon');
  return {
    agencyId: num('co-quan'),
    role: ROLE_FILTERS.includes(role as RoleFilter) ? (role as RoleFilter) : 'either',
    groupId: num('nhom'),
    statuses,
    query: params.get('tim') ?? '',
  };
}

const FILTER_PARAMS = ['co-quan', 'vai-tro', 'nhom', 'tinh-trang', 'tim'];
const isFilter = (v: unknown): v is TaskFilter => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSort = (v: unknown): v is TaskSort => (TASK_SORTS as readonly unknown[]).includes(v);

export function TasksScreen() {
  const { planId } = usePlan();
  const tasks = useApi('tasks.list', { planId });
  const agencies = useApi('agencies.list', { planId });
  const [params, setParams] = useHashParams();
  const view = params.get('xem') === 'ma-tran' ? 'matrix' : 'list';
  // A link that names filters (from Tổng quan, Cơ quan) opens with them; otherwise the screen is as the
  // clerk left it in this plan.
  const linked = FILTER_PARAMS.some((k) => params.has(k));
  const [filter, setFilter] = useRemembered<TaskFilter>(
    `nhiem-vu:${planId}:loc`,
    () => filterFromParams(params),
    (v): v is TaskFilter => !linked && isFilter(v),
  );
  const [sort, setSort] = useRemembered<TaskSort>(`nhiem-vu:${planId}:sap-xep`, 'plan', isSort);
  // "#/nhiem-vu?mo=ID" opens that task's page (from "Việc tuần này").
  const [openTaskId, setOpenTaskId] = useState<number | null>(() => Number(params.get('mo')) || null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  // The last bulk change's result, with "Hoàn tác" while it can be undone.
  const [bulkDone, setBulkDone] = useState<{ text: string; undoable: boolean } | null>(null);
  const [bulkError, setBulkError] = useState<string | null>(null);

  // Another plan: its agencies and groups are others; its filters are the ones left in that plan.
  const [shownPlan, setShownPlan] = useState(planId);
  useEffect(() => {
    if (shownPlan !== planId) {
      setShownPlan(planId);
      setSelected(new Set());
      setOpenTaskId(null);
    }
  }, [planId, shownPlan]);

  const all = tasks.data;
  // The index of this very list: the one prefetched and warmed while idle (api/prefetch.ts), or built
  // here a slice at a time while the clerk reads the list, not on the first keystroke.
  const index = useMemo(() => TaskSearchIndex.of(all ?? NO_TASKS), [all]);
  useEffect(() => warmWhileIdle(index), [index]);
  const groupList = useApi('taskGroups.list', { planId });
  const groups: TaskGroupRow[] = groupList.data ?? NO_GROUPS;
  // The list answers each key in the key's own render: a deferred list (useDeferredValue) let the box
  // answer sooner but, on a loaded machine, left the list behind the typing for seconds (bench:ui).
  const withoutStatus = useMemo(() => filterTasks(all ?? [], { ...filter, statuses: [] }, index), [all, filter, index]);
  const counts = useMemo(() => countByStatus(withoutStatus), [withoutStatus]);
  const visible = useMemo(() => {
    const filtered = filterTasks(withoutStatus, { statuses: filter.statuses }, index);
    return sortTasks(filtered, sort);
  }, [withoutStatus, filter.statuses, sort, index]);

  // The export asks for what is shown when pressed (read from the latest render).
  const latest = useRef({ visible, filter, view, agencies: agencies.data, groups });
  latest.current = { visible, filter, view, agencies: agencies.data, groups };
  const exportFile = useCallback((): Promise<ExcelFile> => {
    const l = latest.current;
    return call('excel.export', {
      kind: l.view === 'matrix' ? 'matrix' : 'tasks',
      planId,
      taskIds: l.visible.map((t) => t.id),
      filterText: describeTaskFilter(l.filter, {
        agency: (id) => l.agencies?.find((a) => a.id === id)?.shortName,
        group: (id) => l.groups.find((g) => g.id === id)?.code,
      }),
    });
  }, [planId]);
  const onView = useCallback((v: string) => setParams({ xem: v === 'matrix' ? 'ma-tran' : null }), [setParams]);
  const startCreating = useCallback(() => setCreating(true), []);
  const stopCreating = useCallback(() => setCreating(false), []);
  const startImporting = useCallback(() => setImporting(true), []);
  const stopImporting = useCallback(() => setImporting(false), []);
  const closeTask = useCallback(() => setOpenTaskId(null), []);
  const created = useCallback((id: number) => {
    setCreating(false);
    setOpenTaskId(id);
  }, []);
  const imported = useCallback((r: { added: number; skipped: number; groupsCreated: number; agenciesCreated: number }) => {
    setImporting(false);
    notifySuccess(
      `Đã thêm ${r.added} nhiệm vụ từ bảng phân công${r.skipped ? ` (${r.skipped} dòng đã có, không thêm)` : ''}${r.groupsCreated ? `, ${r.groupsCreated} nhóm mới` : ''}${r.agenciesCreated ? `, ${r.agenciesCreated} cơ quan mới` : ''}.`,
    );
  }, []);

  // The same element while the sort and view stay: the filter bar's memoised parts keep it.
  const sortSelect = useMemo(
    () =>
      view === 'list' && (
        <Select
          label="Sắp xếp"
          allowDeselect={false}
          data={TASK_SORTS.map((s) => ({ value: s, label: TASK_SORT_LABELS[s] }))}
          value={sort}
          onChange={(v) => v && setSort(v as TaskSort)}
          w={240}
        />
      ),
    [view, sort, setSort],
  );

  if (tasks.error) return <ErrorAlert message={tasks.error} />;
  if (agencies.error) return <ErrorAlert message={agencies.error} />;
  if (!all || !agencies.data) return <Loading />;

  // Nothing ticked (as while typing a search): no pass over the plan's thousands of tasks for the bar.
  const selectedTasks = selected.size > 0 ? all.filter((t) => selected.has(t.id)) : NO_TASKS;
  // Ticked tasks the filter now hides are still changed by a bulk action: the bar counts them in view.
  const visibleIds = selected.size > 0 ? new Set(visible.map((t) => t.id)) : null;
  const hiddenSelected = visibleIds ? selectedTasks.filter((t) => !visibleIds.has(t.id)) : NO_TASKS;

  const undo = async () => {
    setBulkDone(null);
    try {
      notifySuccess(undoResultText(await call('tasks.undoBulk', { planId })));
    } catch (err) {
      setBulkError((err as Error).message);
    }
  };

  return (
    <Stack gap="sm">
      <ScreenTitle title="Nhiệm vụ" subtitle={`${visible.length} / ${all.length} nhiệm vụ`}>
        <TasksActions
          view={view}
          planId={planId}
          empty={visible.length === 0}
          onView={onView}
          onCreate={startCreating}
          onImport={startImporting}
          exportFile={exportFile}
        />
      </ScreenTitle>
      <TaskFilterBar filter={filter} onChange={setFilter} agencies={agencies.data} groups={groups} counts={counts}>
        {sortSelect}
      </TaskFilterBar>
      {/* In the flow above the list: the bar never covers a row. */}
      {view === 'list' && selected.size > 0 && (
        <BulkActionBar
          planId={planId}
          tasks={selectedTasks}
          hidden={hiddenSelected.length}
          agencies={agencies.data}
          onClear={() => setSelected(new Set())}
          onClearHidden={() => setSelected(new Set([...selected].filter((id) => visibleIds?.has(id))))}
          onDone={(r) => {
            setBulkError(null);
            setBulkDone({ text: bulkResultText(r), undoable: r.undoable });
          }}
        />
      )}
      {bulkDone && (
        <Alert color="green" role="status" withCloseButton closeButtonLabel="Đóng" onClose={() => setBulkDone(null)}>
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{bulkDone.text}</Text>
            {bulkDone.undoable && (
              <Button size="xs" variant="white" color="dark" onClick={() => void undo()}>
                Hoàn tác
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {bulkError && <ErrorAlert message={bulkError} />}
      {view === 'list' ? (
        <TaskTable
          tasks={visible}
          grouped={sort === 'plan'}
          selected={selected}
          onSelectedChange={setSelected}
          onOpen={setOpenTaskId}
          query={filter.query ?? ''}
        />
      ) : (
        <AssignmentMatrix tasks={visible} agencies={agencies.data} onOpen={setOpenTaskId} agencyId={filter.agencyId ?? null} />
      )}
      {visible.length === 0 && <Text c="dimmed">Không có nhiệm vụ nào khớp với điều kiện lọc.</Text>}
      <MemoTaskDrawer taskId={openTaskId} planId={planId} agencies={agencies.data} groups={groups} onClose={closeTask} />
      <MemoAssignmentImportModal opened={importing} planId={planId} onClose={stopImporting} onImported={imported} />
      <MemoNewTaskModal
        opened={creating}
        planId={planId}
        tasks={all}
        agencies={agencies.data}
        groups={groups}
        onClose={stopCreating}
        onCreated={created}
      />
    </Stack>
  );
}
