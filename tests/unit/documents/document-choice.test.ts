// The "Văn bản" screen's choice turned into the request for a preview or an export
// (renderer/src/components/documents/document-form.ts): what is sent for each document, and no request
// while the number is not one, a typed date is no day, or a letter has no agency to go to.
import { describe, expect, it } from 'vitest';
import { documentRequest, numberProblem, type DocumentFormValues } from '../../../renderer/src/components/documents/document-form';

const chosen: DocumentFormValues = {
  kind: 'report',
  reportPeriodId: '3',
  urgingPeriodId: '1',
  agencyIds: [4, 9],
  newDeadline: null,
  recordUrging: true,
  agencyId: null,
  groupId: null,
  overdueOnly: false,
  number: '',
  issuedOn: null,
  openAfter: false,
};

describe('documentRequest', () => {
  it('sends the report of the chosen period, with the number and date only when given', () => {
    expect(documentRequest(chosen, {}, 7)).toEqual({ kind: 'report', planId: 7, periodId: 3 });
    expect(documentRequest({ ...chosen, number: ' 125 ', issuedOn: '2022-07-05' }, {}, 7)).toEqual({
      kind: 'report',
      planId: 7,
      periodId: 3,
      number: 125,
      issuedOn: '2022-07-05',
    });
    expect(documentRequest({ ...chosen, reportPeriodId: null }, {}, 7)).toBeNull();
  });

  it('makes no request while the number is not a positive whole number', () => {
    for (const number of ['12a', '0', '-3', '1.5']) expect(documentRequest({ ...chosen, number }, {}, 7)).toBeNull();
    expect(numberProblem('12a')).toBe('Số văn bản là số nguyên dương, ví dụ 125.');
    expect(numberProblem('')).toBeNull();
    expect(numberProblem(' 125 ')).toBeNull();
  });

  it('makes no request while the signing date typed is no day', () => {
    const typed = { issuedOn: 'Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).' };
    expect(documentRequest(chosen, typed, 7)).toBeNull();
    expect(documentRequest({ ...chosen, kind: 'plan' }, typed, 7)).toBeNull();
  });

  it('sends the letter to the agencies ticked, with the new deadline; none ticked or a bad deadline: no request', () => {
    const urging = { ...chosen, kind: 'urging' as const, newDeadline: '2022-07-15' };
    expect(documentRequest(urging, {}, 7)).toEqual({ kind: 'urging', planId: 7, periodId: 1, agencyIds: [4, 9], newDeadline: '2022-07-15' });
    expect(documentRequest({ ...urging, agencyIds: [] }, {}, 7)).toBeNull();
    expect(documentRequest(urging, { newDeadline: 'Không có ngày 32/07/2022.' }, 7)).toBeNull();
    // The deadline belongs to the letter: a bad one does not hold back the report.
    expect(documentRequest(chosen, { newDeadline: 'Không có ngày 32/07/2022.' }, 7)).toEqual({ kind: 'report', planId: 7, periodId: 3 });
  });

  it('sends the assignment table filtered as chosen, without a number or date', () => {
    const assignment = { ...chosen, kind: 'assignment' as const, number: '125', issuedOn: '2022-07-05' };
    expect(documentRequest(assignment, {}, 7)).toEqual({ kind: 'assignment', planId: 7 });
    expect(documentRequest({ ...assignment, agencyId: '12', groupId: '5', overdueOnly: true }, {}, 7)).toEqual({
      kind: 'assignment',
      planId: 7,
      agencyId: 12,
      groupId: 5,
      overdueOnly: true,
    });
  });
});
