// The clerk's corrections in the import review, applied to the dataset: a task's fields, a target's, a
// new agency's name, a new agency merged into a known one, the standing agency. The plan's agencies
// follow the roles chosen: an agency chosen in the review joins the plan.
import type { PlanImportPreview } from '../../../../../shared/api/plan-import-contract';
import type { PlanDataset } from '../../../../../shared/domain/plan-dataset';

export function useReviewEdits(preview: PlanImportPreview, ds: PlanDataset, setDs: (ds: PlanDataset) => void) {
  const withAgencies = (next: PlanDataset): PlanDataset => {
    const used = new Set([
      ...next.tasks.flatMap((t) => [...t.lead, ...t.support]),
      ...next.reportingDuties.flatMap((d) => [...(d.upward ? [] : [d.recipient]), ...d.obliged]),
      next.plan.standingAgency,
    ]);
    const have = new Set(next.agencies.map((a) => a.code));
    const added = preview.choices
      .filter((c) => used.has(c.code) && !have.has(c.code) && !c.isNew)
      .map((c) => ({ code: c.code, name: c.name, shortName: c.shortName, abbreviation: c.code, kind: 'other' as const, reports: false }));
    return added.length ? { ...next, agencies: [...next.agencies, ...added] } : next;
  };
  return {
    setTask: (i: number, patch: Partial<PlanDataset['tasks'][number]>) =>
      setDs(withAgencies({ ...ds, tasks: ds.tasks.map((t, j) => (j === i ? { ...t, ...patch } : t)) })),
    setTarget: (i: number, patch: Partial<PlanDataset['targets'][number]>) =>
      setDs({ ...ds, targets: ds.targets.map((t, j) => (j === i ? { ...t, ...patch } : t)) }),
    setAgencyName: (code: string, name: string) =>
      setDs({ ...ds, agencies: ds.agencies.map((a) => (a.code === code ? { ...a, name, shortName: name } : a)) }),
    setStanding: (code: string) => setDs(withAgencies({ ...ds, plan: { ...ds.plan, standingAgency: code } })),
    /** A proposed new agency is in fact a known one: every role moves to the known agency. */
    mergeAgency: (from: string, to: string) => {
      const swap = (codes: string[]) => [...new Set(codes.map((c) => (c === from ? to : c)))];
      setDs(
        withAgencies({
          ...ds,
          agencies: ds.agencies.filter((a) => a.code !== from),
          tasks: ds.tasks.map((t) => ({ ...t, lead: swap(t.lead), support: swap(t.support) })),
          reportingDuties: ds.reportingDuties.map((d) => ({ ...d, recipient: d.recipient === from ? to : d.recipient, obliged: swap(d.obliged) })),
          plan: { ...ds.plan, standingAgency: ds.plan.standingAgency === from ? to : ds.plan.standingAgency },
        }),
      );
    },
  };
}
