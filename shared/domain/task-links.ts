// A task carried out by duties of another section (III → V in the 2022 plan): its lead and supporting
// agencies are read from those duties ("theo mục V"), never copied onto the task, so an agency's work is
// counted once. A 'lead' link gives the duty's leads as the task's leads and the duty's supporters as
// supporters; a 'support' link gives all the duty's agencies as supporters. An agency that leads is
// not also listed as supporting. Pure.
import type { AgencyRef } from '../api/models';
import type { TaskRole } from './types';

export interface DutyLink {
  role: TaskRole;
  lead: AgencyRef[];
  support: AgencyRef[];
}

export function linkedAgencies(links: DutyLink[]): { lead: AgencyRef[]; support: AgencyRef[] } {
  const lead = new Map<number, AgencyRef>();
  const support = new Map<number, AgencyRef>();
  for (const l of links) {
    if (l.role === 'lead') for (const a of l.lead) if (!lead.has(a.id)) lead.set(a.id, a);
  }
  for (const l of links) {
    const others = l.role === 'lead' ? l.support : [...l.lead, ...l.support];
    for (const a of others) if (!lead.has(a.id) && !support.has(a.id)) support.set(a.id, a);
  }
  return { lead: [...lead.values()], support: [...support.values()] };
}

/** "Sở Y tế; Công an tỉnh (theo mục V)": the names, and where they come from. */
export function linkedNames(agencies: AgencyRef[], sections: string[]): string {
  if (agencies.length === 0) return '';
  const from = sections.length ? ` (theo mục ${sections.join(', ')})` : '';
  return `${agencies.map((a) => a.shortName).join('; ')}${from}`;
}

/** The sections a task's links come from: "V" for V.2.1 and V.13.3. */
export function linkSections(codes: string[]): string[] {
  return [...new Set(codes.map((c) => c.split('.')[0]!).filter(Boolean))];
}
