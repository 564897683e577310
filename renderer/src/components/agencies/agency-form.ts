// The agency forms (@mantine/form): creating or editing an agency (its values, what the form says
// before sending, agencies.create / agencies.update), and taking an existing agency into the plan
// (agencies.addToPlan). The names, abbreviation and e-mail are checked by the API, whose refusal
// shows under the input it names.
import type { FormErrors } from '@mantine/form';
import type { MethodInput } from '../../../../shared/api/contract';
import type { AgencyRow } from '../../../../shared/api/models';
import type { AgencyKind } from '../../../../shared/domain/types';
import { defaultAgencyLevel, type AgencyLevel } from '../../../../shared/domain/plan-setup';

export interface AgencyFormValues {
  name: string;
  shortName: string;
  abbreviation: string;
  kind: AgencyKind | null;
  /** null: from the kind (huyện for a district People's Committee, else tỉnh). */
  level: AgencyLevel | null;
  contactPerson: string;
  phone: string;
  email: string;
  reports: boolean;
}

/** The agency's values, or a new one's: no kind chosen yet, and it owes the plan's reports. */
export function initialAgencyValues(agency: AgencyRow | null): AgencyFormValues {
  if (!agency) return { name: '', shortName: '', abbreviation: '', kind: null, level: null, contactPerson: '', phone: '', email: '', reports: true };
  return {
    name: agency.name,
    shortName: agency.shortName,
    abbreviation: agency.abbreviation,
    kind: agency.kind,
    level: agency.level,
    contactPerson: agency.contactPerson ?? '',
    phone: agency.phone ?? '',
    email: agency.email ?? '',
    reports: agency.reports,
  };
}

/** The level the form shows: the one chosen, else the kind's default (tỉnh before a kind is chosen). */
export function shownAgencyLevel(v: AgencyFormValues): AgencyLevel {
  return v.level ?? (v.kind ? defaultAgencyLevel(v.kind) : 'province');
}

/** Before sending: the kind must be chosen (the rest is the API's to check). */
export function validateAgency(v: AgencyFormValues): FormErrors {
  return v.kind ? {} : { kind: 'Chưa chọn loại cơ quan.' };
}

/** The agency's fields as agencies.create and agencies.update take them: an empty short name is the full name. */
export function agencyFields(v: AgencyFormValues & { kind: AgencyKind }) {
  return {
    name: v.name,
    shortName: v.shortName.trim() || v.name,
    abbreviation: v.abbreviation,
    kind: v.kind,
    level: v.level ?? defaultAgencyLevel(v.kind),
    contactPerson: v.contactPerson,
    phone: v.phone,
    email: v.email.trim(),
    reports: v.reports,
  } satisfies Omit<MethodInput<'agencies.create'>, 'planId'>;
}

export interface JoinValues {
  agencyId: string | null;
  reports: boolean;
}

/** Taking an existing agency into the plan: one must be chosen. */
export function validateJoin(v: JoinValues): FormErrors {
  return v.agencyId ? {} : { agencyId: 'Chưa chọn cơ quan nào.' };
}

export function joinRequest(planId: number, v: JoinValues & { agencyId: string }): MethodInput<'agencies.addToPlan'> {
  return { planId, agencyId: Number(v.agencyId), reports: v.reports };
}
