// Proposed "theo mục V" links for an imported plan: a task of the general tasks section (III in the
// 2022 plan, no agency of its own) is carried out by the duties of the agencies' section (V) whose
// wording shares its content. Each proposal is reviewed by the clerk before it is saved. Pure.
//
// The score of a task and a duty is the sum, over the two-word phrases ("kiểm tra", "liên ngành",
// "truy tố") both contain, of how rare the phrase is among all the tasks and duties compared
// (log(n / number containing it)): phrases every item has ("mại dâm", "phòng chống") count for
// almost nothing, a phrase only the two share counts most. Words are compared folded (no diacritics,
// lower case) within a clause: a phrase never spans a comma or a full stop.
//
// A task's best duty, when it scores at least LINK_THRESHOLD, is proposed as a 'lead' link (its
// agencies lead the task "theo mục V"); the next ones scoring at least the threshold as 'support' links,
// at most MAX_SUPPORT of them. The threshold comes from the 2022 plan: three of its 25 general tasks
// (III.1.e.1 training, III.2.a.4 state management, III.2.c.1 international cooperation) are given by
// the plan to every member, no duty of section V carries them, and their best duties score 21.2, 18.7
// and 17.5; 22 is the first whole score above them. At 22, 11 of the plan's 22 carried tasks get a
// proposal (19 links, 16 of them links of the built-in plan's own reading), each one checked in
// tests/unit/plan-import/duty-links.test.ts.
import { stripDiacritics } from '../text/vietnamese';

export const LINK_THRESHOLD = 22;
export const MAX_SUPPORT = 3;

export interface ProposedLink {
  /** Code of the general task (III.…). */
  task: string;
  /** Code of the duty that carries it (V.…). */
  duty: string;
  role: 'lead' | 'support';
  /** Rounded to one decimal. */
  score: number;
  /** The run of words the two share that weighs most, as the duty words it ("kiểm tra liên ngành"). */
  quote: string;
}

interface Item {
  code: string;
  content: string;
}

interface Words {
  /** The duty's words as written, clause by clause, and their folded forms. */
  clauses: { raw: string[]; folded: string[] }[];
  phrases: Set<string>;
}

function wordsOf(text: string): Words {
  const clauses: Words['clauses'] = [];
  const phrases = new Set<string>();
  for (const clause of text.normalize('NFC').split(/[.,;:()“”"!?…\n]+|\s[-–]\s|^\s*[-+]\s/u)) {
    const raw = clause.split(/[^\p{L}\p{N}/]+/u).filter(Boolean);
    const folded = raw.map((w) => stripDiacritics(w).toLowerCase());
    clauses.push({ raw, folded });
    for (let i = 0; i + 1 < folded.length; i++) phrases.add(`${folded[i]} ${folded[i + 1]}`);
  }
  return { clauses, phrases };
}

/**
 * The run of the duty's words, within a clause, in which every two neighbours are a phrase the task has
 * too, that weighs most (the sum of its phrases' weights).
 */
function sharedQuote(duty: Words, task: Words, weight: (phrase: string) => number): string {
  let best: string[] = [];
  let bestWeight = 0;
  for (const c of duty.clauses) {
    let start = 0;
    let run = 0;
    for (let i = 0; i < c.folded.length; i++) {
      const phrase = i + 1 < c.folded.length ? `${c.folded[i]} ${c.folded[i + 1]}` : '';
      if (phrase && task.phrases.has(phrase)) {
        run += weight(phrase);
        continue;
      }
      if (i > start && run > bestWeight) {
        best = c.raw.slice(start, i + 1);
        bestWeight = run;
      }
      start = i + 1;
      run = 0;
    }
  }
  return best.join(' ');
}

/** Every general task scored against every duty, best first for each task, tasks in their order. */
export function scoreDuties(general: Item[], duties: Item[]): Omit<ProposedLink, 'role'>[] {
  const words = new Map<string, Words>();
  for (const x of [...general, ...duties]) words.set(x.code, wordsOf(x.content));
  const count = new Map<string, number>();
  for (const w of words.values()) for (const p of w.phrases) count.set(p, (count.get(p) ?? 0) + 1);
  const n = words.size;
  const weight = (p: string) => Math.log(n / count.get(p)!);
  return general.flatMap((t) => {
    const tw = words.get(t.code)!;
    return duties
      .map((d) => {
        const dw = words.get(d.code)!;
        let score = 0;
        for (const p of tw.phrases) if (dw.phrases.has(p)) score += weight(p);
        return { task: t.code, duty: d.code, score: Math.round(score * 10) / 10, quote: sharedQuote(dw, tw, weight) };
      })
      .sort((a, b) => b.score - a.score || a.duty.localeCompare(b.duty, 'en', { numeric: true }));
  });
}

/**
 * The proposed links of the general tasks (no lead of their own) to the duties (each with a lead):
 * for each task its best duty scoring at least LINK_THRESHOLD as 'lead', the next ones as 'support'.
 */
export function proposeDutyLinks(general: Item[], duties: Item[]): ProposedLink[] {
  if (general.length === 0 || duties.length === 0) return [];
  const out: ProposedLink[] = [];
  const kept = new Map<string, number>();
  for (const s of scoreDuties(general, duties)) {
    const k = kept.get(s.task) ?? 0;
    if (s.score < LINK_THRESHOLD || k > MAX_SUPPORT) continue;
    kept.set(s.task, k + 1);
    out.push({ ...s, role: k === 0 ? 'lead' : 'support' });
  }
  return out;
}

/**
 * The agencies a task gets from its accepted links, by code, by the rule of shared/domain/task-links.ts:
 * a 'lead' link gives the duty's leads as leads and its supporters as supporters, a 'support' link all
 * the duty's agencies as supporters; an agency that leads is not also listed as supporting.
 */
export function linkedCodes(
  links: { duty: string; role: 'lead' | 'support' }[],
  duties: Map<string, { lead: string[]; support: string[] }>,
): { lead: string[]; support: string[] } {
  const lead: string[] = [];
  const support: string[] = [];
  for (const l of links) if (l.role === 'lead') for (const c of duties.get(l.duty)?.lead ?? []) if (!lead.includes(c)) lead.push(c);
  for (const l of links) {
    const d = duties.get(l.duty);
    if (!d) continue;
    for (const c of l.role === 'lead' ? d.support : [...d.lead, ...d.support]) if (!lead.includes(c) && !support.includes(c)) support.push(c);
  }
  return { lead, support };
}
