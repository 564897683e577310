// III.4's lesson on deadlines (issue 12), written for each case as an official writes it: one task due
// is named, never "0/1" or "1/1"; all on time, some, none; no task due, no lesson on deadlines.
import { describe, expect, it } from 'vitest';
import { deadlineLesson, reportingLesson, type DueReport, type DueTask } from '../../../shared/documents/defaults';

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

// III.4's lesson on reporting, worded as the lesson on deadlines: the agencies whose report is not yet
// due are left out of the count (an annual report exported on 01/07 read "2/26 … đúng hạn" with 24 of
// them not yet due).
const STRICT = '- Thực hiện nghiêm chế độ báo cáo định kỳ là cơ sở để tổng hợp, đánh giá kết quả và kịp thời đề xuất giải pháp';
const STRICTER = '- Chế độ thông tin, báo cáo định kỳ cần được các cơ quan, đơn vị thực hiện nghiêm hơn để bảo đảm số liệu tổng hợp, đánh giá kết quả';
const a = (agency: string, sent: DueReport['sent']): DueReport => ({ agency, sent });

describe('III.4, the lesson on reporting', () => {
  it('says nothing when no report was due, or when the period’s reports are not yet due and those sent came early', () => {
    expect(reportingLesson([])).toBeNull();
    expect(reportingLesson([], 26)).toBeNull();
    expect(reportingLesson([a('Hội Liên hiệp Phụ nữ tỉnh', 'on_time'), a('UBND huyện Vĩnh Linh', 'on_time')], 24)).toBeNull();
  });

  it('names the one agency due: sent on time, sent late, or not sent', () => {
    expect(reportingLesson([a('Công an tỉnh', 'on_time')])).toBe(`${STRICT}: Công an tỉnh đã gửi báo cáo đúng hạn.`);
    expect(reportingLesson([a('Công an tỉnh', 'late')])).toBe(`${STRICTER}: Công an tỉnh gửi báo cáo chậm so với thời hạn.`);
    expect(reportingLesson([a('Công an tỉnh', 'missing')])).toBe(`${STRICTER}: Công an tỉnh chưa gửi báo cáo.`);
    for (const sent of ['on_time', 'late', 'missing'] as const) expect(reportingLesson([a('Công an tỉnh', sent)])).not.toMatch(/\d\/1\b/);
  });

  it('when all due sent on time, says so without a fraction', () => {
    expect(reportingLesson([a('Công an tỉnh', 'on_time'), a('Sở Y tế', 'on_time'), a('UBND huyện Gio Linh', 'on_time')])).toBe(
      `${STRICT}: cả 3 cơ quan, đơn vị đến hạn đều gửi báo cáo đúng hạn.`,
    );
  });

  it('when some did, counts the due ones only and names the others (up to three)', () => {
    const due = [a('Công an tỉnh', 'on_time'), a('Sở Y tế', 'on_time'), a('UBND huyện Gio Linh', 'late'), a('UBND huyện Cam Lộ', 'missing')];
    expect(reportingLesson(due)).toBe(
      `${STRICT}: trong kỳ, 2/4 cơ quan, đơn vị đến hạn đã gửi báo cáo đúng hạn, 1 gửi chậm (UBND huyện Gio Linh), 1 chưa gửi (UBND huyện Cam Lộ).`,
    );
    // The 20 agencies whose due day is still ahead are not in the total.
    expect(reportingLesson(due, 20)).toBe(reportingLesson(due));
    const many = [a('A', 'on_time'), a('B', 'missing'), a('C', 'missing'), a('D', 'missing'), a('E', 'missing')];
    expect(reportingLesson(many)).toBe(`${STRICT}: trong kỳ, 1/5 cơ quan, đơn vị đến hạn đã gửi báo cáo đúng hạn, 4 chưa gửi.`);
  });

  it('when none did, says the regime must be kept more strictly', () => {
    expect(reportingLesson([a('Sở Y tế', 'missing'), a('Công an tỉnh', 'missing')])).toBe(`${STRICTER}: cả 2 cơ quan, đơn vị đến hạn (Sở Y tế, Công an tỉnh) đều chưa gửi báo cáo.`);
    expect(reportingLesson([a('Sở Y tế', 'late'), a('Công an tỉnh', 'late')])).toBe(
      `${STRICTER}: cả 2 cơ quan, đơn vị đến hạn (Sở Y tế, Công an tỉnh) đều gửi báo cáo chậm so với thời hạn.`,
    );
    expect(reportingLesson([a('Sở Y tế', 'late'), a('Công an tỉnh', 'missing'), a('Sở Tư pháp', 'missing')], 5)).toBe(
      `${STRICTER}: cả 3 cơ quan, đơn vị đến hạn đều chưa gửi báo cáo đúng hạn (1 gửi chậm, 2 chưa gửi).`,
    );
  });
});
