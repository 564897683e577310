// Generates a large plan (thousands of tasks, dozens of agencies) for benchmarks and load tests.
import type { PlanDataset } from '../../db/builtin/dataset';
import { quangTri2022 } from '../../db/builtin/quang-tri-2022';

export function syntheticPlan(taskCount: number, year = 2030): PlanDataset {
  const agencies = quangTri2022.agencies;
  const codes = agencies.map((a) => a.code);
  const groups = Array.from({ length: 20 }, (_, i) => ({ code: `G.${i + 1}`, title: `Nhóm nhiệm vụ số ${i + 1}` }));
  const tasks = Array.from({ length: taskCount }, (_, i) => {
    const group = groups[i % groups.length]!;
    const kind = i % 3 === 0 ? 'date' : i % 3 === 1 ? 'ongoing' : 'period';
    return {
      code: `${group.code}.${Math.floor(i / groups.length) + 1}`,
      group: group.code,
      content: `Tổ chức tuyên truyền, kiểm tra và báo cáo kết quả phòng, chống mại dâm đợt ${i + 1} trên địa bàn được giao.`,
      lead: [codes[i % codes.length]!],
      support: [codes[(i * 7 + 3) % codes.length]!, codes[(i * 11 + 5) % codes.length]!],
      deadlineKind: kind,
      ...(kind === 'date' ? { deadline: `${year}-${String((i % 12) + 1).padStart(2, '0')}-15` } : {}),
      ...(kind === 'period' ? { periodType: i % 2 ? 'six_month' : 'annual' } : {}),
    } as PlanDataset['tasks'][number];
  });
  return {
    ...quangTri2022,
    plan: { ...quangTri2022.plan, key: `SYNTHETIC-${year}-${taskCount}`, year, title: `Kế hoạch thử tải ${taskCount} nhiệm vụ` },
    taskGroups: groups,
    tasks,
  };
}
