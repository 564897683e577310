// The completion and progress forms of a task (renderer/src/components/tasks/dated-entry-form.ts):
// a fresh entry, the date's rule, and the requests sent.
import { describe, expect, it } from 'vitest';
import {
  COMPLETION_DATE_MISSING,
  completionRequest,
  datedEntryDateError,
  datedEntryValues,
  progressRequest,
} from '../../../renderer/src/components/tasks/dated-entry-form';

describe('a fresh entry', () => {
  it('starts on the day given, reported by the task\'s first lead agency (none when it has none)', () => {
    expect(datedEntryValues('2022-07-01', 7)).toEqual({ date: '2022-07-01', text: '', reportedBy: '7' });
    expect(datedEntryValues(null, undefined)).toEqual({ date: null, text: '', reportedBy: null });
  });
});

describe('the date\'s rule', () => {
  it('empty: each form\'s own wording; typed as no day: what was wrong with the text; a day: nothing', () => {
    expect(datedEntryDateError(datedEntryValues(null, 7), null, COMPLETION_DATE_MISSING)).toBe('Chưa nhập ngày hoàn thành.');
    expect(datedEntryDateError(datedEntryValues(null, 7), null, 'Chưa nhập ngày.')).toBe('Chưa nhập ngày.');
    expect(datedEntryDateError(datedEntryValues(null, 7), 'Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).', COMPLETION_DATE_MISSING)).toBe(
      'Không có ngày 31/02/2022 (tháng 2 năm 2022 có 28 ngày).',
    );
    expect(datedEntryDateError(datedEntryValues('2022-07-01', 7), null, COMPLETION_DATE_MISSING)).toBeNull();
  });
});

describe('the requests', () => {
  it('completion: a blank result is sent as none, the agency as a number or none', () => {
    expect(completionRequest(5, { date: '2022-07-01', text: '   ', reportedBy: '7' })).toEqual({
      taskId: 5,
      completionDate: '2022-07-01',
      text: null,
      reportedByAgencyId: 7,
    });
    expect(completionRequest(5, { date: '2022-06-30', text: ' Đã xong. ', reportedBy: null })).toEqual({
      taskId: 5,
      completionDate: '2022-06-30',
      text: 'Đã xong.',
      reportedByAgencyId: null,
    });
  });

  it('progress: the text as typed (a blank one is refused by the API under the field)', () => {
    expect(progressRequest(5, { date: '2022-06-15', text: 'Đã tổ chức 3 cuộc họp', reportedBy: '12' })).toEqual({
      taskId: 5,
      date: '2022-06-15',
      text: 'Đã tổ chức 3 cuộc họp',
      reportedByAgencyId: 12,
    });
  });
});
