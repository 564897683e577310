// The agency forms (renderer/src/components/agencies/agency-form.ts): creating or editing an agency,
// and taking an existing one into the plan.
import { describe, expect, it } from 'vitest';
import type { AgencyRow } from '../../../shared/api/models';
import { agencyFields, initialAgencyValues, joinRequest, shownAgencyLevel, validateAgency, validateJoin } from '../../../renderer/src/components/agencies/agency-form';

const police: AgencyRow = {
  id: 3,
  code: 'CAT',
  name: 'Công an tỉnh Quảng Trị',
  shortName: 'Công an tỉnh',
  abbreviation: 'CAT',
  kind: 'police',
  adminUnitCode: null,
  active: true,
  contactPerson: null,
  phone: '0233 3852 111',
  email: null,
  level: 'province',
  locality: 'Quảng Trị',
  reports: false,
  leadCount: 5,
  supportCount: 9,
};

describe('creating or editing an agency', () => {
  it('a new agency has no kind yet and owes the reports; the kind is named when missing', () => {
    const v = initialAgencyValues(null);
    expect(v).toMatchObject({ kind: null, level: null, reports: true });
    expect(validateAgency(v)).toEqual({ kind: 'Chưa chọn loại cơ quan.' });
    expect(validateAgency({ ...v, kind: 'provincial_department' })).toEqual({});
  });

  it('an edited agency opens with its values, what it lacks as empty text', () => {
    expect(initialAgencyValues(police)).toEqual({
      name: 'Công an tỉnh Quảng Trị',
      shortName: 'Công an tỉnh',
      abbreviation: 'CAT',
      kind: 'police',
      level: 'province',
      contactPerson: '',
      phone: '0233 3852 111',
      email: '',
      reports: false,
    });
  });

  it('the level shown follows the kind until one is chosen: huyện for a district People\'s Committee', () => {
    const v = initialAgencyValues(null);
    expect(shownAgencyLevel(v)).toBe('province');
    expect(shownAgencyLevel({ ...v, kind: 'district_pc' })).toBe('district');
    expect(shownAgencyLevel({ ...v, kind: 'district_pc', level: 'national' })).toBe('national');
  });

  it('sends the full name as the short name when that is empty, the e-mail trimmed, and the kind\'s level', () => {
    const v = { ...initialAgencyValues(null), name: 'UBND huyện Cam Lộ', shortName: '  ', abbreviation: 'CL', kind: 'district_pc' as const, email: ' ubnd@camlo.gov.vn ' };
    expect(agencyFields(v)).toEqual({
      name: 'UBND huyện Cam Lộ',
      shortName: 'UBND huyện Cam Lộ',
      abbreviation: 'CL',
      kind: 'district_pc',
      level: 'district',
      contactPerson: '',
      phone: '',
      email: 'ubnd@camlo.gov.vn',
      reports: true,
    });
  });
});

describe('taking an existing agency into the plan', () => {
  it('one must be chosen', () => {
    expect(validateJoin({ agencyId: null, reports: true })).toEqual({ agencyId: 'Chưa chọn cơ quan nào.' });
    expect(validateJoin({ agencyId: '41', reports: true })).toEqual({});
  });

  it('sends the agency as a number, and whether it owes the reports', () => {
    expect(joinRequest(4, { agencyId: '41', reports: false })).toEqual({ planId: 4, agencyId: 41, reports: false });
  });
});
