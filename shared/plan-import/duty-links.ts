// Proposed "theo mục V" links for an imported plan: a task of the general tasks section (III in the
// 2022 plan, no agency of its own) is carried out by the duties of the agencies' section (V) whose
// wording shares its content. Each proposal is reviewed by the clerk before it is saved. Pure.
//
// The score of a task and a duty is the sum, over the two-word phrases ("kiểm tra", "liên ngành",
// "truy tố") both contain, of how rare the phrase is among all the tasks and duties compared
// (log(n / number containing it)): phrases every item has ("mại dâm", "phòng chống") count for
// almost nothing, a phrase only the two share counts most. Words are compared folded (no diacritics,
// lower case) within a sentence part: a phrase never spans a full stop, a semicolon or a colon, but
// does span a comma, so that the same list ("rà soát, kiểm tra", "tuần tra, kiểm soát") counts as such.
//
// A task's best duty is proposed as its 'lead' link (its agencies lead the task "theo mục V") when it
// scores at least LINK_THRESHOLD, or at least MUTUAL_THRESHOLD when the task is also that duty's best
// general task (each is the other's closest: the duty says what the task says more than any other task
// does). After a lead, the next duty scoring at least LINK_THRESHOLD is proposed as a 'support' link
// (at most MAX_SUPPORT of them).
//
// The thresholds come from the 2022 plan: three of its 25 general tasks (III.1.e.1 training, III.2.a.4
// state management, III.2.c.1 international cooperation) are given by the plan to every member, no
// duty of section V carries them. Their best duties score 17.8, 22.6 and 21.6: LINK_THRESHOLD, 23, is
// the first whole score above them. Of the three, only III.1.e.1 is its best duty's best task (V.12.1,
// 17.8): MUTUAL_THRESHOLD, 18, is the first whole score above that. MAX_SUPPORT is 1: with three, the
// further supports proposed were wrong more often than right (III.2.a.3 > V.1.3, III.2.a.6 > V.1.4).
//
// Measured on the 2022 file against the built-in reading (db/builtin/quang-tri-2022-links.ts, 75 links
// for 22 carried tasks): 18 proposals, 16 of them the built-in reading's (precision 89%), for 14 of
// the 22 carried tasks, each of the 14 with at least one right link. Before (phrases cut at commas,
// threshold 22 alone, three supports): 19 proposals, 16 right (84%), for 11 tasks. Each proposal is
// checked in tests/unit/plan-import/duty-links.test.ts.
import { stripDiacritics } from '../text/vietnamese';

export const LINK_THRESHOLD = 23;
export const MUTUAL_THRESHOLD = 18;
export const MAX_SUPPORT = 1;

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
  for (const clause of text.normalize('NFC').split(/[.;:()“”"!?…\n]+|\s[-–]\s|^\s*[-+]\s/u)) {
    // Each word as written (a comma after it kept, for the quote) and folded.
    const raw = clause.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const folded = raw.map((w) => stripDiacritics(w.replace(/[^\p{L}\p{N}/]+/gu, '')).toLowerCase());
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
  return best.join(' ').replace(/[^\p{L}\p{N}]+$/u, '');
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
 * for each task its best duty as 'lead' when it scores at least LINK_THRESHOLD, or at least
 * MUTUAL_THRESHOLD with the task that duty's best; then the next duties scoring at least LINK_THRESHOLD
 * as 'support', at most MAX_SUPPORT.
 */
export function proposeDutyLinks(general: Item[], duties: Item[]): ProposedLink[] {
  if (general.length === 0 || duties.length === 0) return [];
  const scores = scoreDuties(general, duties);
  // Each duty's best general task (the first in the plan's order on a tie).
  const bestTask = new Map<string, { task: string; score: number }>();
  for (const s of scores) {
    const b = bestTask.get(s.duty);
    if (!b || s.score > b.score) bestTask.set(s.duty, { task: s.task, score: s.score });
  }
  const out: ProposedLink[] = [];
  for (const t of general) {
    const [best, ...rest] = scores.filter((s) => s.task === t.code);
    if (!best) continue;
    const mutual = bestTask.get(best.duty)?.task === t.code;
    if (best.score < LINK_THRESHOLD && !(mutual && best.score >= MUTUAL_THRESHOLD)) continue;
    out.push({ ...best, role: 'lead' });
    for (const s of rest.filter((x) => x.score >= LINK_THRESHOLD).slice(0, MAX_SUPPORT)) out.push({ ...s, role: 'support' });
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
