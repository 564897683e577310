// From a plan's outline to the dataset the app loads (db/builtin/dataset.ts): plan details, agencies
// (matched to the known ones or proposed as new), task groups and tasks with leads, supporters and
// deadlines, targets with their values, reporting duties; with the source paragraphs of each item and
// the paragraphs that fit nowhere. Pure.
import type {
  DatasetAgency,
  DatasetReportingDuty,
  DatasetTarget,
  DatasetTask,
  DatasetTaskGroup,
  DatasetTextBlock,
  PlanDataset,
} from '../domain/plan-dataset';
import type { PeriodType } from '../domain/types';
import type { SourceBlock } from './blocks';
import { AgencyMatcher, foldForMatch, guessKind, looksLikeAgency, proposeCode, unique, type KnownAgency } from './agencies';
import { readDeadline, readDeadlineCell, readSecondTarget, readTarget, splitTargets } from './deadlines';
import { readAssignmentTable } from './tables';
import { proposeDutyLinks, type ProposedLink } from './duty-links';
import { buildOutline, descendants, type Outline, type PlanNode, type SectionNode } from './structure';
import { toIsoDate } from '../dates/iso-date';

/** What each source paragraph was read as, for the review screen. */
export type BlockRole =
  | 'header'
  | 'motto'
  | 'title'
  | 'basis'
  | 'heading'
  | 'text'
  | 'objective'
  | 'target-group'
  | 'target'
  | 'task-group'
  | 'task'
  | 'funding'
  | 'reporting'
  | 'closing'
  | 'recipients'
  | 'signer';

export interface ImportedBlock {
  index: number;
  text: string;
  role: BlockRole | null;
  /** Code of the task, target or group it became, where it became one. */
  ref?: string;
}

export interface ImportedAgency {
  code: string;
  name: string;
  /** True for an agency the app does not know yet: it is created with the plan. */
  isNew: boolean;
  /** Paragraphs that name it. */
  blocks: number[];
}

export interface PlanImport {
  dataset: PlanDataset;
  blocks: ImportedBlock[];
  agencies: ImportedAgency[];
  /** Source paragraphs of each task, group and target, by code. */
  sources: { tasks: Record<string, number[]>; groups: Record<string, number[]>; targets: Record<string, number[]>; duties: number[] };
  /** Things the clerk should look at: tasks without a lead, parts not found. */
  warnings: string[];
  /** Paragraphs that fit nowhere (listed, never dropped). */
  unplaced: number[];
  /**
   * Proposed "theo mục V" links of the general tasks (no lead of their own) to the duties that carry
   * them (shared/plan-import/duty-links.ts); none is in the dataset until the clerk accepts it.
   */
  links: ProposedLink[];
  /**
   * What the clerk may link by hand in the review: the general tasks (a tasks section, no lead of their
   * own) and the duties that may carry them (the duties section, with a lead), by code.
   */
  linkable: { tasks: string[]; duties: string[] };
}

export interface ImportOptions {
  /** The agencies the app knows (all localities). */
  known: KnownAgency[];
}

const PERIOD_TITLES: Record<PeriodType, string> = {
  month: 'Báo cáo tháng',
  quarter: 'Báo cáo quý',
  six_month: 'Báo cáo 6 tháng',
  nine_month: 'Báo cáo 9 tháng',
  annual: 'Báo cáo năm',
  ad_hoc: 'Báo cáo đột xuất',
};

const stripEnd = (s: string) => s.replace(/[\s.:;]+$/u, '').trim();

/** The title the app gives the standing agency's own report upward. */
export const UPWARD_TITLE = 'Báo cáo định kỳ của cơ quan thường trực';

/**
 * "Giao Sở X … tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Ủy ban quốc gia … theo quy định": the agencies
 * named before "báo cáo" (the subject), the bodies reported to as worded (one a "; "-separated item,
 * split before each "Ủy ban", "UBND", "Bộ", "Ban", "Cục", "Văn phòng", "Chính phủ", "Thủ tướng"), and
 * how often, as worded ("định kỳ, theo quy định"). Null when the paragraph reports to no such body.
 */
export function readUpwardDuty(text: string, codesIn: (words: string) => string[]): { subject: string[]; recipients: string; dueText: string } | null {
  const t = text.normalize('NFC');
  const bodies = '(?:Ủy ban|Uỷ ban|UBND|Bộ|Ban|Cục|Văn phòng|Chính phủ|Thủ tướng)';
  const m = new RegExp(`^(.*?)(?<!\\p{L})báo cáo\\s+(?:về\\s+|lên\\s+|gửi\\s+)?(${bodies}[^.]*)`, 'iu').exec(t);
  if (!m) return null;
  const subject = codesIn(m[1]!);
  if (subject.length === 0) return null;
  const tail = m[2]!.replace(/\s+(?:theo quy định|để [^,;]*|kết quả [^,;]*)\s*\.?$/iu, '');
  const recipients = stripEnd(tail)
    .split(new RegExp(`,\\s+(?=${bodies}(?!\\p{L}))`, 'u'))
    .map((x) => x.trim())
    .filter(Boolean)
    .join('; ');
  const when = [/định kỳ/iu.test(t) ? 'định kỳ' : null, /theo quy định/iu.test(t) ? 'theo quy định' : null].filter(Boolean).join(', ');
  return { subject, recipients, dueText: when || 'theo quy định' };
}

function sentenceCase(s: string): string {
  const lower = s.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

function titleCaseName(s: string): string {
  return s
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

export function importPlan(blocks: SourceBlock[], options: ImportOptions): PlanImport {
  // An appendix ("Phụ lục", e.g. the "Bảng phân công nhiệm vụ") after the body is read on its own.
  const firstHeading = blocks.findIndex((b) => /^[IVX]+\.\s/.test(b.text));
  const appendixAt = blocks.findIndex(
    (b, i) => i > firstHeading && firstHeading >= 0 && !b.table && /^phu luc( |$)/.test(foldForMatch(b.text).trim()),
  );
  const body = appendixAt < 0 ? blocks : blocks.slice(0, appendixAt);
  const appendix = appendixAt < 0 ? [] : blocks.slice(appendixAt);
  const outline = buildOutline(body);
  const roles = new Map<number, { role: BlockRole; ref?: string }>();
  const mark = (ids: number[], role: BlockRole, ref?: string) => {
    for (const id of ids) if (!roles.has(id)) roles.set(id, { role, ref });
  };
  const warnings: string[] = [];

  // ---------- Header ----------
  const dateLine = outline.header.dateLine ?? '';
  const dm = /^(.+?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/iu.exec(dateLine);
  const placeName = dm ? dm[1]!.trim() : '';
  const titleYear = [...outline.title.text.matchAll(/(?<!\d)(20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  const year = titleYear.length === 1 ? titleYear[0]! : dm ? Number(dm[4]) : new Date().getFullYear();
  const issuedDate =
    dm && dm[2] && dm[3] ? toIsoDate({ year: Number(dm[4]), month: Number(dm[3]), day: Number(dm[2]) }) : null;
  const issuedDateText = dm
    ? `${placeName}, ngày ${dm[2] ?? ' '} tháng ${dm[3] ?? ' '} năm ${dm[4]}`
    : dateLine;
  const numberMatch = /^Số\s*:\s*(\d*)\s*\/\s*(.+)$/iu.exec(outline.header.numberLine ?? '');
  const matcher = new AgencyMatcher(options.known, placeName);

  const issuerLine = outline.header.issuerLines[outline.header.issuerLines.length - 1] ?? '';
  const parentLine = outline.header.issuerLines[outline.header.issuerLines.length - 2] ?? '';
  const issuerCodes = issuerLine ? matcher.codesIn(issuerLine) : [];
  const issuerAgency = issuerCodes.length === 1 ? options.known.find((a) => a.code === issuerCodes[0]) : undefined;
  const province = /TỈNH\s+(.+)$/u.exec(parentLine)?.[1];
  const issuer = issuerAgency
    ? issuerAgency.name
    : issuerLine
      ? `${sentenceCase(issuerLine)}${province ? ` tỉnh ${titleCaseName(province)}` : ''}`
      : '';
  mark(outline.header.blocks, 'header');
  mark(outline.header.mottoBlocks, 'motto');
  mark(outline.title.blocks, 'title');
  for (const b of outline.basis) mark(b.blocks, 'basis');
  const basisText = outline.basis.map((b) => b.text).join(' ');
  const parentProgramme = stripEnd(
    (/^(?:thực hiện|căn cứ)\s+(.+?)(?:;|$)/isu.exec(outline.basis[0]?.text ?? '')?.[1] ?? '').trim(),
  );

  // ---------- Agencies named anywhere ----------
  const namedIn = new Map<string, Set<number>>();
  const note = (codes: string[], blockIds: number[]) => {
    for (const c of codes) {
      const set = namedIn.get(c) ?? new Set<number>();
      blockIds.forEach((b) => set.add(b));
      namedIn.set(c, set);
    }
  };
  for (const b of blocks) note(matcher.codesIn(b.text), [b.index]);
  const proposed: DatasetAgency[] = [];
  const taken = new Set(options.known.map((a) => a.code));
  const propose = (name: string, blockIds: number[]): string => {
    const clean = stripEnd(name);
    const existing = proposed.find((p) => foldForMatch(p.name) === foldForMatch(clean));
    if (existing) {
      note([existing.code], blockIds);
      return existing.code;
    }
    const code = proposeCode(clean, taken);
    proposed.push({ code, name: clean, shortName: clean, abbreviation: code.replace(/^MOI-/, ''), kind: guessKind(clean), reports: false });
    note([code], blockIds);
    return code;
  };

  // ---------- Sections ----------
  const taskGroups: DatasetTaskGroup[] = [];
  const tasks: DatasetTask[] = [];
  const targets: DatasetTarget[] = [];
  const sources: PlanImport['sources'] = { tasks: {}, groups: {}, targets: {}, duties: [] };
  const dutySectionLeads: string[] = [];
  // The node each task, group and target was read from, for the plan's text.
  const taskOfNode = new Map<PlanNode, string>();
  const groupOfNode = new Map<PlanNode, string>();
  const targetsOfNode = new Map<PlanNode, string[]>();

  const taskFrom = (node: PlanNode, code: string, group: string, leadsFromHeading: string[], inDuties: boolean) => {
    const content = [node.text, ...node.children.flatMap((c) => [c, ...descendants(c)]).map((c) => `${c.label === '+' ? '+ ' : c.label === '-' ? '- ' : ''}${c.text}`)].join('\n');
    const blockIds = [node, ...descendants(node)].flatMap((n) => n.blocks);
    let lead = inDuties ? matcher.opening(node.text) : [];
    if (inDuties && lead.length === 0) {
      const colon = node.text.indexOf(':');
      const head = colon > 0 && colon < 80 ? node.text.slice(0, colon) : '';
      if (head && looksLikeAgency(head)) lead = [propose(head, blockIds)];
    }
    if (lead.length === 0) lead = inDuties ? leadsFromHeading : matcher.leadsByWording(content);
    const support = matcher.partners(content).filter((c) => !lead.includes(c));
    for (const m of content.matchAll(/phối hợp (?:chặt chẽ )?với\s+([^,;.]+)/giu)) {
      const phrase = m[1]!.trim();
      // An agency already proposed (e.g. from a heading of the duties section) named again here.
      const again = proposed.find((p) => foldForMatch(phrase).startsWith(foldForMatch(p.name).trimEnd()));
      if (again) {
        if (!lead.includes(again.code) && !support.includes(again.code)) support.push(again.code);
        continue;
      }
      if (looksLikeAgency(phrase) && matcher.codesIn(phrase).length === 0 && phrase.split(' ').length <= 10) {
        const code = propose(phrase, blockIds);
        if (!lead.includes(code) && !support.includes(code)) support.push(code);
      }
    }
    const d = readDeadline(content, year);
    const task: DatasetTask = {
      code,
      group,
      content,
      lead: unique(lead),
      support: unique(support),
      deadlineKind: d.kind,
      ...(d.date ? { deadline: d.date } : {}),
      ...(d.periodType ? { periodType: d.periodType } : {}),
      ...(d.text && d.kind !== 'ongoing' ? { deadlineText: d.text } : {}),
    };
    if (inDuties && task.lead.length === 0) warnings.push(`Nhiệm vụ ${code}: chưa nhận ra cơ quan chủ trì.`);
    tasks.push(task);
    taskOfNode.set(node, code);
    sources.tasks[code] = blockIds;
    mark(blockIds, 'task', code);
  };
  const isTaskNode = (n: PlanNode) => n.kind === 'bullet' || n.kind === 'paragraph' || n.kind === 'subbullet';

  const addGroup = (code: string, title: string, node: PlanNode) => {
    taskGroups.push({ code, title: stripEnd(title) });
    groupOfNode.set(node, code);
    sources.groups[code] = node.blocks;
    mark(node.blocks, 'task-group', code);
  };

  for (const section of outline.sections) {
    mark(section.blocks, 'heading');
    const R = section.label;
    if (section.role === 'tasks') {
      const tasksOf = (container: PlanNode, groupCode: string) => {
        let k = 0;
        for (const c of container.children) if (isTaskNode(c)) taskFrom(c, `${groupCode}.${++k}`, groupCode, [], false);
      };
      if (section.children.some(isTaskNode)) {
        addGroup(R, section.text, section);
        tasksOf(section, R);
      }
      for (const sub of section.children.filter((c) => c.kind === 'subsection')) {
        const subCode = `${R}.${sub.label}`;
        mark(sub.blocks, 'heading');
        if (sub.children.some(isTaskNode)) {
          addGroup(subCode, sub.text, sub);
          tasksOf(sub, subCode);
        }
        for (const item of sub.children.filter((c) => c.kind === 'item' || c.kind === 'group')) {
          const code = `${subCode}.${item.label === '*' ? sub.children.indexOf(item) + 1 : item.label}`;
          addGroup(code, item.text, item);
          tasksOf(item, code);
        }
      }
    } else if (section.role === 'duties') {
      for (const sub of section.children) {
        if (sub.kind !== 'subsection') {
          mark([sub, ...descendants(sub)].flatMap((n) => n.blocks), 'text');
          continue;
        }
        const code = `${R}.${sub.label}`;
        const headingName = stripEnd(sub.text).replace(/^đề nghị\s+/iu, '');
        let heads = matcher.codesIn(headingName);
        const taskNodes = sub.children.filter(isTaskNode);
        if (heads.length === 0 && looksLikeAgency(headingName) && !taskNodes.every((t) => matcher.opening(t.text).length > 0)) {
          heads = [propose(headingName, sub.blocks)];
        }
        dutySectionLeads.push(...heads);
        addGroup(code, stripEnd(sub.text), sub);
        let k = 0;
        for (const t of taskNodes) taskFrom(t, `${code}.${++k}`, code, heads, true);
        for (const t of sub.children.filter((c) => !isTaskNode(c))) {
          // "a)" items under an agency: each one a task too.
          taskFrom(t, `${code}.${++k}`, code, heads, true);
        }
        sources.duties.push(...sub.blocks);
      }
      for (const t of tasks.filter((x) => x.group.startsWith(`${R}.`))) dutySectionLeads.push(...t.lead);
    } else if (section.role === 'targets') {
      const subs = section.children.filter((c) => c.kind === 'subsection');
      const targetSub =
        subs.find((s) => foldForMatch(s.text).includes(' chi tieu ')) ?? (subs.length === 0 ? section : undefined);
      for (const sub of subs) {
        mark(sub.blocks, 'heading');
        if (sub !== targetSub) mark(descendants(sub).flatMap((n) => n.blocks), 'objective');
      }
      if (!targetSub) {
        warnings.push(`Mục ${R}: chưa nhận ra phần chỉ tiêu.`);
        continue;
      }
      const base = targetSub === section ? R : `${R}.${targetSub.label}`;
      let k = 0;
      const addTarget = (node: PlanNode, group: string) => {
        const code = `${base}.${++k}`;
        const wording = node.text;
        const parts = splitTargets(wording);
        const values = parts === 2 ? [readTarget(wording), readSecondTarget(wording)] : [readTarget(wording)];
        values.forEach((v, idx) => {
          const c = parts === 2 ? `${code}${'ab'[idx]}` : code;
          targets.push({ code: c, group, wording, ...v, agencies: [] });
          targetsOfNode.set(node, [...(targetsOfNode.get(node) ?? []), c]);
          sources.targets[c] = node.blocks;
          mark(node.blocks, 'target', c);
        });
      };
      const walk = (container: PlanNode, group: string) => {
        for (const c of container.children) {
          if (c.kind === 'group' || c.kind === 'item') {
            mark(c.blocks, 'target-group');
            walk(c, stripEnd(c.text));
          } else if (isTaskNode(c)) {
            addTarget(c, group);
            for (const d of descendants(c)) if (isTaskNode(d)) addTarget(d, group);
          }
        }
      };
      walk(targetSub, targetSub === section ? '' : '');
    } else if (section.role === 'funding') {
      mark(descendants(section).flatMap((n) => n.blocks), 'funding');
    } else if (section.role === 'purpose') {
      for (const d of descendants(section)) mark(d.blocks, d.kind === 'subsection' ? 'heading' : 'text');
    }
  }

  // ---------- Appendix: the assignment table gives the tasks directly ----------
  const table = readAssignmentTable(appendix);
  if (table) {
    for (const b of appendix) if (!table.rows.some((r) => r.blocks.includes(b.index))) mark([b.index], 'heading');
    mark(table.headerBlocks, 'heading');
    const tableGroups: DatasetTaskGroup[] = [];
    const tableTasks: DatasetTask[] = [];
    let group: DatasetTaskGroup | null = null;
    let k = 0;
    // A row numbered with a code of the plan's body ("III.1.a", "V.13.6", as the app's own table and
    // the 2022 plan's numbering) keeps that code; other numbering ("I", "1") is the table's own and
    // is kept apart from the body's sections ("PL.I").
    const bodyCode = (label: string) => /^[IVX]+(\.[0-9a-zđ]+)+$/.test(label) && outline.sections.some((s) => label.startsWith(`${s.label}.`));
    const codesTaken = new Set<string>();
    for (const row of table.rows) {
      if (row.kind === 'group' || !group) {
        const label = row.kind === 'group' ? row.label : '';
        const code = label && bodyCode(label) && !codesTaken.has(label) ? label : `PL.${label || tableGroups.length + 1}`;
        codesTaken.add(code);
        group = { code, title: stripEnd(row.kind === 'group' ? row.title : 'Bảng phân công nhiệm vụ') };
        tableGroups.push(group);
        sources.groups[code] = row.blocks;
        mark(row.blocks, 'task-group', code);
        k = 0;
        if (row.kind === 'group') continue;
      }
      ++k;
      const own = row.label.startsWith(`${group.code}.`) && /^\d+$/.test(row.label.slice(group.code.length + 1)) && !codesTaken.has(row.label);
      const code = own ? row.label : `${group.code}.${k}`;
      codesTaken.add(code);
      const agenciesIn = (cell: string) => {
        const found = matcher.codesIn(cell);
        for (const part of cell.split(/[;\n]/)) {
          const name = part.trim();
          if (name && matcher.codesIn(name).length === 0 && looksLikeAgency(name)) found.push(propose(name, row.blocks));
        }
        return unique(found);
      };
      const lead = agenciesIn(row.lead);
      const d = readDeadlineCell(row.deadline, year);
      tableTasks.push({
        code,
        group: group.code,
        content: row.content,
        lead,
        support: agenciesIn(row.support).filter((c) => !lead.includes(c)),
        deadlineKind: d.kind,
        ...(d.date ? { deadline: d.date } : {}),
        ...(d.periodType ? { periodType: d.periodType } : {}),
        ...(row.deadline && d.kind !== 'ongoing' ? { deadlineText: row.deadline } : {}),
        ...(row.output ? { expectedOutput: row.output } : {}),
      });
      sources.tasks[code] = row.blocks;
      mark(row.blocks, 'task', code);
    }
    if (tableTasks.length > 0) {
      // The table is the plan's own list of tasks: it replaces what the body describes.
      for (const t of tasks) delete sources.tasks[t.code];
      for (const g of taskGroups) delete sources.groups[g.code];
      tasks.splice(0, tasks.length, ...tableTasks);
      // The body's paragraphs then stay in the plan's text as text, not as the table's tasks.
      taskOfNode.clear();
      groupOfNode.clear();
      taskGroups.splice(0, taskGroups.length, ...tableGroups);
      for (const t of tableTasks) dutySectionLeads.push(...t.lead);
    }
  }

  // ---------- Reporting ----------
  const reportingSection = outline.sections.find((s) => s.role === 'reporting');
  const reportingDuties: DatasetReportingDuty[] = [];
  const members = unique(dutySectionLeads);
  let recipient: string | undefined;
  {
    // The duty is read from the CHẾ ĐỘ BÁO CÁO section, or, where the plan has none, from the paragraph
    // of the body that sets the periods ("báo cáo 6 tháng (trước ngày 15/6)").
    const paras: PlanNode[] = reportingSection
      ? [reportingSection, ...descendants(reportingSection)].filter((n) => n !== reportingSection || n.children.length === 0)
      : outline.sections.flatMap((sec) => descendants(sec));
    if (reportingSection) mark(paras.flatMap((p) => p.blocks), 'reporting');
    const dutyPara = paras.find((p) => /báo cáo/i.test(p.text) && /(6 tháng|sáu tháng|quý|hàng tháng|năm)\s*\(|trước ngày\s*\d/i.test(p.text));
    if (dutyPara) {
      const text = dutyPara.text;
      const folded = foldForMatch(text);
      const gui = folded.indexOf(' gui ');
      const ms = matcher.mentions(folded);
      const rec = gui >= 0 ? ms.find((m) => m.start >= gui) : undefined;
      recipient = rec?.codes[0];
      const subjectEnd = gui >= 0 ? gui : folded.length;
      // "Các thành viên Ban Chỉ đạo 138 tỉnh" names the members, not the Ban Chỉ đạo itself.
      const membersOf = ms.filter((m) => m.end <= subjectEnd && folded.slice(0, m.start).endsWith(' thanh vien ')).flatMap((m) => m.codes);
      let obliged = ms
        .filter((m) => m.end <= subjectEnd && !folded.slice(0, m.start).endsWith(' thanh vien '))
        .flatMap((m) => m.codes);
      if (/ thanh vien (?:ban chi dao|bcd)| cac so ban nganh| cac co quan thanh vien| duoc phan cong /.test(folded.slice(0, subjectEnd))) {
        obliged = [...members, ...obliged.filter((c) => !issuerCodes.includes(c))];
      }
      // The committee whose members report is not one of them (a task of the assignment table given to
      // "thành viên BCĐ 138" names the committee as its lead).
      obliged = unique(obliged.filter((c) => c !== recipient && !issuerCodes.includes(c) && !membersOf.includes(c)));
      const seen = new Set<PeriodType>();
      const re = /(6 tháng|sáu tháng|9 tháng|hàng quý|quý|hàng tháng|tháng|hàng năm|năm)\s*\(([^)]*)\)|(6 tháng|sáu tháng|quý|năm)[^.;()]{0,20}?((?:trước|chậm nhất(?: vào)?) ngày\s*\d{1,2}\/\d{1,2})/giu;
      for (const m of text.matchAll(re)) {
        const word = (m[1] ?? m[3] ?? '').toLowerCase();
        const due = (m[2] ?? m[4] ?? '').trim();
        const periodType: PeriodType = /6|sáu/.test(word) ? 'six_month' : /9/.test(word) ? 'nine_month' : /quý/.test(word) ? 'quarter' : /tháng/.test(word) ? 'month' : 'annual';
        if (seen.has(periodType)) continue;
        seen.add(periodType);
        const dd = /(\d{1,2})\/(\d{1,2})/.exec(due);
        reportingDuties.push({
          periodType,
          title: PERIOD_TITLES[periodType],
          dueMonth: dd ? Number(dd[2]) : null,
          dueDay: dd ? Number(dd[1]) : null,
          dueText: due,
          recipient: recipient ?? '',
          obliged,
        });
      }
      if (/đột xuất/i.test(text)) {
        reportingDuties.push({ periodType: 'ad_hoc', title: PERIOD_TITLES.ad_hoc, dueMonth: null, dueDay: null, dueText: 'đột xuất', recipient: recipient ?? '', obliged });
      }
      roles.delete(dutyPara.blocks[0]!);
      mark(dutyPara.blocks, 'reporting', 'duty');
    }
  }
  if (reportingDuties.length === 0) warnings.push('Chưa nhận ra chế độ báo cáo (kỳ báo cáo, hạn gửi, nơi nhận).');
  const standing = recipient ?? issuerCodes[0] ?? members[0] ?? '';
  if (!recipient && reportingDuties.length) warnings.push('Chưa nhận ra nơi nhận báo cáo: hãy chọn cơ quan thường trực.');
  for (const d of reportingDuties) if (!d.recipient) d.recipient = standing;
  // The standing agency's own report upward (the 2022 plan's VI.2: "Giao Sở … định kỳ tổng hợp, báo
  // cáo Ủy ban nhân dân tỉnh, Ủy ban quốc gia … theo quy định"): in the reporting section, a paragraph
  // whose subject is the standing agency and which reports to bodies above it, named in words.
  if (reportingSection && recipient) {
    for (const para of [reportingSection, ...descendants(reportingSection)]) {
      if (para.blocks.some((b) => roles.get(b)?.ref === 'duty') || (para === reportingSection && para.children.length > 0)) continue;
      const upward = readUpwardDuty(para.text, (words) => matcher.codesIn(words));
      if (!upward || !upward.subject.includes(recipient)) continue;
      reportingDuties.push({
        periodType: 'ad_hoc',
        title: UPWARD_TITLE,
        dueMonth: null,
        dueDay: null,
        dueText: upward.dueText,
        recipient: '',
        obliged: [recipient],
        upward: true,
        recipientText: upward.recipients,
      });
      mark(para.blocks, 'reporting', 'duty');
      break;
    }
  }

  // ---------- Closing, Nơi nhận, signer ----------
  for (const c of outline.closing) mark(c.blocks, 'closing');
  mark(outline.recipients.blocks, 'recipients');
  mark(outline.signer.blocks, 'signer');
  const sl = outline.signer.lines;
  const signer = {
    authority: sl.length >= 2 ? sl[0]! : '',
    position: sl.length >= 3 ? sl.slice(1, -1).join(' ') : '',
    name: sl.length ? sl[sl.length - 1]! : '',
  };

  // ---------- Agencies of the plan ----------
  const used = new Set<string>([
    ...tasks.flatMap((t) => [...t.lead, ...t.support]),
    ...reportingDuties.flatMap((d) => [d.recipient, ...d.obliged]),
    ...namedIn.keys(),
    ...(standing ? [standing] : []),
  ]);
  // Members that report to the standing agency (its own report upward does not make it one).
  const obligedAll = new Set(reportingDuties.filter((d) => !d.upward).flatMap((d) => d.obliged));
  const agencies: DatasetAgency[] = [
    ...options.known
      .filter((a) => used.has(a.code))
      .map((a) => ({
        code: a.code,
        name: a.name,
        shortName: a.shortName,
        abbreviation: a.abbreviation,
        kind: a.kind,
        ...(a.adminUnitCode ? { adminUnitCode: a.adminUnitCode } : {}),
        reports: obligedAll.has(a.code),
      })),
    ...proposed.map((p) => ({ ...p, reports: obligedAll.has(p.code) })),
  ];

  if (tasks.length === 0) warnings.push('Không tìm thấy nhiệm vụ nào (mục "NHIỆM VỤ, GIẢI PHÁP" hoặc "TỔ CHỨC THỰC HIỆN").');
  if (!outline.title.text) warnings.push('Chưa nhận ra tên kế hoạch (dòng sau "KẾ HOẠCH").');
  if (!outline.header.numberLine) warnings.push('Chưa nhận ra số, ký hiệu của kế hoạch ("Số: …/KH-…").');

  const dataset: PlanDataset = {
    plan: {
      key: 'KH-NHAP',
      number: numberMatch && numberMatch[1] ? numberMatch[1] : null,
      symbol: numberMatch ? numberMatch[2]!.trim() : '',
      issuedDate,
      issuedDateText,
      issuer,
      title: outline.title.text,
      year,
      parentProgramme: parentProgramme || basisText.slice(0, 500),
      placeName,
      standingAgency: standing,
      signer,
      recipients: outline.recipients.lines,
    },
    agencies,
    taskGroups,
    tasks,
    targets,
    reportingDuties,
    planText: planTextOf(outline, blocks, { taskOfNode, groupOfNode, targetsOfNode, tasks }),
  };

  const importedBlocks: ImportedBlock[] = blocks.map((b) => ({ index: b.index, text: b.text, role: roles.get(b.index)?.role ?? null, ...(roles.get(b.index)?.ref ? { ref: roles.get(b.index)!.ref } : {}) }));
  const unplaced = importedBlocks.filter((b) => b.role === null).map((b) => b.index);
  if (unplaced.length) warnings.push(`${unplaced.length} đoạn văn chưa xếp được vào phần nào của kế hoạch: hãy xem danh sách "Chưa xếp".`);
  const agencyList: ImportedAgency[] = agencies.map((a) => ({
    code: a.code,
    name: a.name,
    isNew: proposed.some((p) => p.code === a.code),
    blocks: [...(namedIn.get(a.code) ?? [])].sort((x, y) => x - y),
  }));
  const dutyCodes = new Set(outline.sections.filter((x) => x.role === 'duties').map((x) => `${x.label}.`));
  const taskCodes = new Set(outline.sections.filter((x) => x.role === 'tasks').map((x) => `${x.label}.`));
  const inSection = (codes: Set<string>, t: DatasetTask) => [...codes].some((c) => t.code.startsWith(c) || `${t.code}.` === c);
  const general = tasks.filter((t) => inSection(taskCodes, t) && t.lead.length === 0);
  const duties = tasks.filter((t) => inSection(dutyCodes, t) && t.lead.length > 0);
  const links = proposeDutyLinks(general, duties);
  const linkable = { tasks: general.map((t) => t.code), duties: duties.map((t) => t.code) };
  return { dataset, blocks: importedBlocks, agencies: agencyList, sources, warnings, unplaced, links, linkable };
}

/**
 * The plan's own text (docs/ARCHITECTURE.md, "The plan's text"): one block per paragraph from the
 * opening sentence to the closing one, with its numbering as printed; a paragraph that became a task
 * or a target names it (a task's block stands for the task's whole wording, its "-"/"+" lines
 * included), a heading that became a task group names the group. A bullet read as two targets keeps
 * its sentence as text, as in the built-in plan.
 */
function planTextOf(
  outline: Outline,
  source: SourceBlock[],
  read: {
    taskOfNode: Map<PlanNode, string>;
    groupOfNode: Map<PlanNode, string>;
    targetsOfNode: Map<PlanNode, string[]>;
    tasks: DatasetTask[];
  },
): DatasetTextBlock[] {
  const out: DatasetTextBlock[] = [];
  const look = (n: PlanNode) => source[n.blocks[0]!];
  const paragraph = (text: string) => out.push({ kind: 'paragraph', level: 3, numbering: '', text });
  for (const b of outline.basis) paragraph(b.text);
  const emit = (n: PlanNode) => {
    const src = look(n);
    const bold = src?.bold ?? false;
    const italics = src?.italic ?? false;
    const style = { ...(bold ? { bold } : {}), ...(italics ? { italics } : {}) };
    const group = read.groupOfNode.get(n);
    const taskCode = read.taskOfNode.get(n);
    const targetCodes = read.targetsOfNode.get(n);
    let block: DatasetTextBlock;
    switch (n.kind) {
      case 'section':
        block = { kind: 'heading', level: 0, numbering: `${n.label}.`, text: n.text, bold: true, ...(italics ? { italics } : {}) };
        break;
      case 'subsection':
        block = { kind: bold ? 'heading' : 'paragraph', level: 1, numbering: `${n.label}.`, text: n.text, ...style };
        break;
      case 'item':
        block = { kind: 'heading', level: 2, numbering: `${n.label})`, text: n.text, ...style };
        break;
      case 'group':
        block = { kind: 'group_heading', level: 3, numbering: '*', text: n.text, ...style };
        break;
      case 'bullet':
        block = { kind: 'bullet', level: 3, numbering: '-', text: n.text, ...style };
        break;
      case 'subbullet':
        block = { kind: 'sub_bullet', level: 4, numbering: '+', text: n.text, ...style };
        break;
      default:
        block = { kind: 'paragraph', level: 3, numbering: '', text: n.text, ...style };
    }
    if (group && block.kind === 'heading') block.group = group;
    if (taskCode) {
      const task = read.tasks.find((t) => t.code === taskCode);
      out.push({ ...block, text: task?.content ?? n.text, task: taskCode });
      return;
    }
    if (targetCodes?.length === 1) block.target = targetCodes[0]!;
    out.push(block);
    for (const c of n.children) emit(c);
  };
  for (const s of outline.sections) emit(s);
  for (const c of outline.closing) paragraph(c.text);
  return out;
}

/** The outline alone, for tests and the review tree. */
export function outlineOf(blocks: SourceBlock[]): Outline {
  return buildOutline(blocks);
}

export type { SectionNode };
