// Every difference between two plan datasets, field by field, for the review of an import and its
// tests. Lists of codes (leads, supporters, obliged agencies) compare as sets. Pure.
import type { PlanDataset } from '../domain/plan-dataset';

export interface Difference {
  /** "task", "group", "target", "duty", "plan", "agency". */
  area: 'task' | 'group' | 'target' | 'duty' | 'plan' | 'agency';
  /** Code of the task, group or target, period type of the duty ("… lên cấp trên" for an upward one), field of the plan, code of the agency. */
  key: string;
  /** Field that differs; "present" when one side lacks the item. */
  field: string;
  expected: unknown;
  actual: unknown;
}

const asSet = (v: unknown) => (Array.isArray(v) ? [...new Set(v as unknown[])].map(String).sort() : v);
const same = (a: unknown, b: unknown) => JSON.stringify(asSet(a ?? null)) === JSON.stringify(asSet(b ?? null));

function compareByKey<T extends object>(
  area: Difference['area'],
  expected: T[],
  actual: T[],
  keyOf: (x: T) => string,
  out: Difference[],
): void {
  const exp = new Map(expected.map((x) => [keyOf(x), x]));
  const act = new Map(actual.map((x) => [keyOf(x), x]));
  for (const [k, e] of exp) {
    const a = act.get(k);
    if (!a) {
      out.push({ area, key: k, field: 'present', expected: true, actual: false });
      continue;
    }
    const fields = new Set([...Object.keys(e), ...Object.keys(a)]);
    for (const f of fields) {
      const ev = (e as Record<string, unknown>)[f];
      const av = (a as Record<string, unknown>)[f];
      if (!same(ev, av)) out.push({ area, key: k, field: f, expected: ev, actual: av });
    }
  }
  for (const k of act.keys()) if (!exp.has(k)) out.push({ area, key: k, field: 'present', expected: false, actual: true });
}

/** Differences from `expected` to `actual`. */
export function compareDatasets(expected: PlanDataset, actual: PlanDataset): Difference[] {
  const out: Difference[] = [];
  const ep = expected.plan as unknown as Record<string, unknown>;
  const ap = actual.plan as unknown as Record<string, unknown>;
  for (const f of new Set([...Object.keys(ep), ...Object.keys(ap)])) {
    if (f === 'signer' || f === 'recipients') continue;
    if (!same(ep[f], ap[f])) out.push({ area: 'plan', key: f, field: f, expected: ep[f], actual: ap[f] });
  }
  for (const f of ['authority', 'position', 'name'] as const) {
    if (expected.plan.signer[f] !== actual.plan.signer[f])
      out.push({ area: 'plan', key: 'signer', field: f, expected: expected.plan.signer[f], actual: actual.plan.signer[f] });
  }
  const er = expected.plan.recipients;
  const ar = actual.plan.recipients;
  for (let i = 0; i < Math.max(er.length, ar.length); i++) {
    if (er[i] !== ar[i]) out.push({ area: 'plan', key: 'recipients', field: `recipients[${i}]`, expected: er[i], actual: ar[i] });
  }
  compareByKey('agency', expected.agencies, actual.agencies, (a) => a.code, out);
  compareByKey('group', expected.taskGroups, actual.taskGroups, (g) => g.code, out);
  compareByKey('task', expected.tasks, actual.tasks, (t) => t.code, out);
  compareByKey('target', expected.targets, actual.targets, (t) => t.code, out);
  compareByKey('duty', expected.reportingDuties, actual.reportingDuties, (d) => (d.upward ? `${d.periodType} lên cấp trên` : d.periodType), out);
  return out;
}

/** One line per difference, for a test's message. */
export function describeDifference(d: Difference): string {
  const show = (v: unknown) => (typeof v === 'string' && v.length > 120 ? `${JSON.stringify(v.slice(0, 120))}…` : JSON.stringify(v));
  return `${d.area} ${d.key} ${d.field}: có sẵn ${show(d.expected)} / nhập ${show(d.actual)}`;
}
