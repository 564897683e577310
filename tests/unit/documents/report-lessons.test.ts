// III.4's lesson on deadlines (issue 12), written for each case as an official writes it: one task due
// is named, never "0/1" or "1/1"; all on time, some, none; no task due, no lesson on deadlines.
import { describe, expect, it } from 'vitest';
import { deadlineLesson, type DueTask } from '../../../shared/documents/defaults';

const ASSIGNED = '- Phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn của từng nhiệm vụ, thường xuyên theo dõi, đôn đốc';
const FOLLOW_UP = '- Việc theo dõi, đôn đốc thực hiện nhiệm vụ theo thời hạn được giao cần thường xuyên, chặt chẽ hơn';
const t = (code: string, done: DueTask['done']): DueTask => ({ code, done });

describe('III.4, the lesson on deadlines', () => {
  it('says nothing when no task fell due in the period', () => {
    expect(deadlineLesson([])).toBeNull();
  });

  it('names the one task due: done on time, done late, or not done', () => {
    expect(deadlineLesson([t('V.2.1', 'on_time')])).toBe(`${ASSIGNED} đã giúp nhiệm vụ đến hạn trong kỳ (V.2.1) được hoàn thành đúng hạn.`);
    expect(deadlineLesson([t('V.2.1', 'late')])).toBe(`${FOLLOW_UP}: nhiệm vụ đến hạn trong kỳ (V.2.1) hoàn thành chậm so với thời hạn.`);
    expect(deadlineLesson([t('V.2.1', 'open')])).toBe(`${FOLLOW_UP}: nhiệm vụ đến hạn trong kỳ (V.2.1) chưa hoàn thành.`);
    for (const done of ['on_time', 'late', 'open'] as const) expect(deadlineLesson([t('V.2.1', done)])).not.toMatch(/\d\/1\b/);
  });

  it('when all were done on time, says the assignment and follow-up got them done', () => {
    expect(deadlineLesson([t('V.2.1', 'on_time'), t('V.3.1', 'on_time'), t('V.4.2', 'on_time')])).toBe(
      `${ASSIGNED} đã giúp cả 3 nhiệm vụ đến hạn trong kỳ được hoàn thành đúng hạn.`,
    );
  });

  it('when some were, counts them and names the others by how they stand (up to three)', () => {
    expect(deadlineLesson([t('V.2.1', 'on_time'), t('V.3.1', 'on_time'), t('V.4.2', 'late'), t('V.5.1', 'open')])).toBe(
      `${ASSIGNED} là điều kiện để hoàn thành nhiệm vụ đúng hạn: trong kỳ, 2/4 nhiệm vụ đến hạn đã hoàn thành đúng hạn, 1 nhiệm vụ hoàn thành chậm (V.4.2), 1 nhiệm vụ chưa hoàn thành (V.5.1).`,
    );
    // Four not done: counted, not listed.
    const many = [t('A', 'on_time'), t('B', 'open'), t('C', 'open'), t('D', 'open'), t('E', 'open')];
    expect(deadlineLesson(many)).toBe(`${ASSIGNED} là điều kiện để hoàn thành nhiệm vụ đúng hạn: trong kỳ, 1/5 nhiệm vụ đến hạn đã hoàn thành đúng hạn, 4 nhiệm vụ chưa hoàn thành.`);
  });

  it('when none was, says the follow-up must be closer, naming them when they are alike', () => {
    expect(deadlineLesson([t('V.2.1', 'open'), t('V.3.1', 'open')])).toBe(`${FOLLOW_UP}: cả 2 nhiệm vụ đến hạn trong kỳ (V.2.1, V.3.1) đều chưa hoàn thành.`);
    expect(deadlineLesson([t('V.2.1', 'late'), t('V.3.1', 'late')])).toBe(`${FOLLOW_UP}: cả 2 nhiệm vụ đến hạn trong kỳ (V.2.1, V.3.1) đều hoàn thành chậm so với thời hạn.`);
    expect(deadlineLesson([t('V.2.1', 'late'), t('V.3.1', 'open'), t('V.4.1', 'open')])).toBe(
      `${FOLLOW_UP}: cả 3 nhiệm vụ đến hạn trong kỳ đều chưa hoàn thành đúng hạn (1 nhiệm vụ hoàn thành chậm, 2 nhiệm vụ chưa hoàn thành).`,
    );
  });
});
