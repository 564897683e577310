// Working-board figures for `npm run bench`: what the task board does on each keystroke (filters,
// search and sorting run in the page over the plan's list), a task's detail and edit, a bulk action
// and copying the plan to the next year.
import { performance } from 'node:perf_hooks';
import type { TaskRow } from '../../shared/api/models';
import { TaskSearchIndex, filterTasks, sortTasks } from '../../shared/domain/task-filter';

type Call = (method: string, input: unknown) => Promise<{ ok: boolean; data?: unknown; error?: unknown }>;
type Time = (label: string, runs: number, fn: () => Promise<unknown>) => Promise<void>;

async function data<T>(call: Call, method: string, input: unknown): Promise<T> {
  const r = await call(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

export async function benchBoard(n: number, planId: number, year: number, call: Call, time: Time): Promise<void> {
  const tasks = await data<TaskRow[]>(call, 'tasks.list', { planId });
  let start = performance.now();
  const index = new TaskSearchIndex(tasks);
  index.matches(tasks[0]!.id, 'x');
  console.log(`Chỉ mục tìm kiếm, ${n} nhiệm vụ (lập ở lần gõ tìm đầu tiên): ${(performance.now() - start).toFixed(1)} ms`);
  const agencyId = tasks[0]!.lead[0]!.id;
  await time(`Lọc cơ quan + quá hạn + tìm "tuyen truyen" + sắp xếp, ${n}`, 50, async () =>
    sortTasks(filterTasks(tasks, { agencyId, role: 'either', statuses: ['open_overdue', 'due_soon'], query: 'tuyen truyen' }, index), 'status'),
  );
  await time(`Tìm "kiem tra bao cao" trên cả ${n} nhiệm vụ, thứ tự kế hoạch`, 50, async () =>
    filterTasks(tasks, { query: 'kiem tra bao cao' }, index),
  );
  const one = tasks[Math.floor(n / 2)]!;
  await time(`Chi tiết một nhiệm vụ (kế hoạch ${n})`, 20, () => data(call, 'tasks.get', { taskId: one.id }));
  let flip = false;
  await time(`Sửa một nhiệm vụ, kèm lịch sử (kế hoạch ${n})`, 20, () => {
    flip = !flip;
    return data(call, 'tasks.update', { taskId: one.id, note: flip ? 'Ghi chú thử' : null });
  });
  const some = tasks.slice(0, 500).map((t) => t.id);
  let day = 0;
  await time(`Thao tác hàng loạt: ngày hoàn thành cho 500 nhiệm vụ`, 3, () =>
    data(call, 'tasks.bulk', { planId, taskIds: some, action: { kind: 'setCompletion', completionDate: `2020-01-${String(++day).padStart(2, '0')}` } }),
  );
  await time(`Xem trước lập kế hoạch năm sau (${n} nhiệm vụ)`, 5, () => data(call, 'plans.copyPreview', { sourcePlanId: planId, year: year + 1 }));
  start = performance.now();
  await data(call, 'plans.copy', { sourcePlanId: planId, year: year + 1, title: `Bản chép năm ${year + 1} của kế hoạch ${n} nhiệm vụ` });
  console.log(`Lập kế hoạch năm sau từ kế hoạch ${n} nhiệm vụ: ${(performance.now() - start).toFixed(0)} ms`);
}
