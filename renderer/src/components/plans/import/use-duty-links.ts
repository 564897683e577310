// The "theo mục V" links of the import review. The dataset's taskLinks hold exactly what the clerk
// accepted: the proposals ticked (in the proposals' order), then the links added by hand (in the order
// added). A link added by hand names a duty of the plan (the duties section, with a lead) and a role;
// it carries no quote, the clerk having read the two texts.
import { useMemo } from 'react';
import type { PlanImportPreview } from '../../../../../shared/api/plan-import-contract';
import type { PlanDataset } from '../../../../../shared/domain/plan-dataset';
import { linkedCodes, type ProposedLink } from '../../../../../shared/plan-import/duty-links';

type Link = NonNullable<PlanDataset['taskLinks']>[number];
const key = (l: { task: string; duty: string }) => `${l.task}>${l.duty}`;

export interface DutyLinks {
  /** Whether the plan has general tasks and duties at all (the column is shown then). */
  shown: boolean;
  /** The general tasks the clerk may link (no lead of their own). */
  linkable: Set<string>;
  proposedOf: (task: string) => ProposedLink[];
  isAccepted: (l: { task: string; duty: string }) => boolean;
  setAccepted: (changed: ProposedLink[], on: boolean) => void;
  /** Links added by hand to a task. */
  manualOf: (task: string) => Link[];
  addLink: (task: string, duty: string, role: 'lead' | 'support') => void;
  removeLink: (task: string, duty: string) => void;
  /** The agencies the accepted links give the task. */
  linkedOf: (task: string) => { lead: string[]; support: string[] };
  /** The duties a task may still be linked to by hand: neither linked already nor proposed for it. */
  dutyChoices: (task: string) => { value: string; label: string }[];
  acceptedProposals: number;
}

export function useDutyLinks(
  preview: PlanImportPreview,
  ds: PlanDataset,
  setDs: (ds: PlanDataset) => void,
  agencyName: (code: string) => string,
): DutyLinks {
  const taskByCode = useMemo(() => new Map(ds.tasks.map((t) => [t.code, t])), [ds.tasks]);
  const proposalKeys = useMemo(() => new Set(preview.links.map(key)), [preview.links]);
  const accepted = ds.taskLinks ?? [];
  const acceptedKeys = new Set(accepted.map(key));
  const manual = accepted.filter((l) => !proposalKeys.has(key(l)));
  const write = (on: Set<string>, hand: Link[]) =>
    setDs({
      ...ds,
      taskLinks: [
        ...preview.links.filter((l) => on.has(key(l))).map((l) => ({ task: l.task, duty: l.duty, role: l.role, quote: l.quote })),
        ...hand,
      ],
    });
  const ticked = () => new Set([...acceptedKeys].filter((k) => proposalKeys.has(k)));
  const duties = preview.linkable.duties;
  return {
    shown: preview.linkable.tasks.length > 0 && duties.length > 0,
    linkable: new Set(preview.linkable.tasks),
    proposedOf: (task) => preview.links.filter((l) => l.task === task),
    isAccepted: (l) => acceptedKeys.has(key(l)),
    setAccepted: (changed, on) => {
      const next = ticked();
      for (const l of changed) if (on) next.add(key(l));
      else next.delete(key(l));
      write(next, manual);
    },
    manualOf: (task) => manual.filter((l) => l.task === task),
    addLink: (task, duty, role) => {
      if (acceptedKeys.has(key({ task, duty }))) return;
      write(ticked(), [...manual, { task, duty, role }]);
    },
    removeLink: (task, duty) => {
      const next = ticked();
      next.delete(key({ task, duty }));
      write(next, manual.filter((l) => key(l) !== key({ task, duty })));
    },
    linkedOf: (task) => linkedCodes(accepted.filter((l) => l.task === task), taskByCode),
    dutyChoices: (task) =>
      duties
        .filter((d) => !acceptedKeys.has(key({ task, duty: d })) && !proposalKeys.has(key({ task, duty: d })))
        .map((d) => {
          const t = taskByCode.get(d);
          const who = (t?.lead ?? []).map(agencyName).join('; ');
          const what = (t?.content ?? '').slice(0, 90);
          return { value: d, label: `${d} (${who}): ${what}${(t?.content.length ?? 0) > 90 ? '…' : ''}` };
        }),
    acceptedProposals: preview.links.filter((l) => acceptedKeys.has(key(l))).length,
  };
}
