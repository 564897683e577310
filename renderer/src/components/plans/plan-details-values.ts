// The "Thông tin kế hoạch" form's values: read from the stored plan, and turned back into what
// plans.update takes (one line per căn cứ, heading line or recipient; "KT. TRƯỞNG BAN" typed in two
// inputs, the authority and whom it signs for).
import type { PlanDetail } from '../../../../shared/api/models';
import type { MethodInput } from '../../../../shared/api/contract';

export interface PlanDetailsValues {
  title: string;
  province: string;
  issuer: string;
  parentBodyLine: string;
  issuingBodyLines: string;
  symbol: string;
  placeName: string;
  parentProgramme: string;
  legalBases: string;
  yearFrom: number | string;
  yearTo: number | string;
  standingAgencyId: string | null;
  authority: string;
  authorityOf: string;
  signerPosition: string;
  signerName: string;
  recipients: string;
}

const PREFIX = /^(TM|KT|Q|TL|TUQ)\.\s*(.*)$/u;

export function detailsValuesOf(p: PlanDetail): PlanDetailsValues {
  const m = PREFIX.exec(p.signerAuthority.trim());
  return {
    title: p.title,
    province: p.locality?.name ?? '',
    issuer: p.issuer,
    parentBodyLine: p.parentBodyLine,
    issuingBodyLines: p.issuingBodyLines.join('\n'),
    symbol: p.symbol,
    placeName: p.placeName,
    parentProgramme: p.parentProgramme,
    legalBases: p.legalBases.join('\n'),
    yearFrom: p.yearFrom ?? p.year,
    yearTo: p.yearTo ?? p.year,
    standingAgencyId: p.standingAgency ? String(p.standingAgency.id) : null,
    authority: m ? `${m[1]}.` : '',
    authorityOf: m ? m[2]! : p.signerAuthority,
    signerPosition: p.signerPosition,
    signerName: p.signerName,
    recipients: p.recipients.join('\n'),
  };
}

const splitLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const yearOrNull = (v: number | string) => (v === '' ? null : Number(v));

export function planUpdateOf(planId: number, v: PlanDetailsValues): MethodInput<'plans.update'> {
  return {
    planId,
    title: v.title,
    province: v.province,
    issuer: v.issuer,
    parentBodyLine: v.parentBodyLine,
    issuingBodyLines: splitLines(v.issuingBodyLines),
    symbol: v.symbol,
    placeName: v.placeName,
    parentProgramme: v.parentProgramme,
    legalBases: splitLines(v.legalBases),
    yearFrom: yearOrNull(v.yearFrom),
    yearTo: yearOrNull(v.yearTo),
    standingAgencyId: v.standingAgencyId ? Number(v.standingAgencyId) : null,
    signerAuthority: `${v.authority} ${v.authorityOf}`.trim(),
    signerPosition: v.signerPosition,
    signerName: v.signerName,
    recipients: splitLines(v.recipients),
  };
}
