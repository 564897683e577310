import { describe, expect, it } from 'vitest';
import { taskRow } from '../helpers/task-row';
import {
  TaskSearchIndex,
  countByStatus,
  describeDaysLeft,
  filterTasks,
  hasRole,
  sortTasks,
} from '../../shared/domain/task-filter';

const police = { id: 2, shortName: 'Công an tỉnh', kind: 'police' as const };
const health = { id: 3, shortName: 'Sở Y tế', kind: 'provincial_department' as const };
const huongHoa = { id: 21, shortName: 'UBND huyện Hướng Hóa', kind: 'district_pc' as const };

const task = taskRow;

const a = task({ code: 'V.2.3', content: 'Chỉ đạo phòng chuyên môn thực hiện chế độ báo cáo', lead: [police], status: 'open_overdue', deadlineKind: 'period', effectiveDeadline: '2022-06-15', daysLeft: -16 });
const b = task({ code: 'V.3.1', content: 'Khám sức khỏe định kỳ', lead: [health], support: [police], status: 'open_on_time', deadlineKind: 'date', deadline: '2022-07-05', effectiveDeadline: '2022-07-05', daysLeft: 4, dueSoon: true, group: { id: 2, code: 'V.3', title: 'Sở Y tế' } });
const c = task({ code: 'V.13.6', content: 'Tổ chức tuyên truyền an toàn', lead: [huongHoa], status: 'done_on_time', deadlineKind: 'date', deadline: '2022-12-31', effectiveDeadline: '2022-12-31', completionDate: '2022-06-30' });
const d = task({ code: 'III.1.a.10', content: 'Ưu tiên đấu tranh', status: 'ongoing' });
const all = [a, b, c, d];

describe('filters of the task board', () => {
  it('by agency and role: leads, supports or either', () => {
    expect(filterTasks(all, { agencyId: police.id, role: 'lead' }).map((t) => t.code)).toEqual(['V.2.3']);
    expect(filterTasks(all, { agencyId: police.id, role: 'support' }).map((t) => t.code)).toEqual(['V.3.1']);
    expect(filterTasks(all, { agencyId: police.id, role: 'either' }).map((t) => t.code)).toEqual(['V.2.3', 'V.3.1']);
    expect(hasRole(c, police.id)).toBe(false);
  });
  it('by status bucket, with due soon as its own choice; one agency\'s overdue tasks', () => {
    expect(filterTasks(all, { statuses: ['open_overdue'] }).map((t) => t.code)).toEqual(['V.2.3']);
    expect(filterTasks(all, { statuses: ['due_soon'] }).map((t) => t.code)).toEqual(['V.3.1']);
    expect(filterTasks(all, { statuses: ['open_overdue', 'done_on_time'] })).toHaveLength(2);
    expect(filterTasks(all, { agencyId: health.id, statuses: ['open_overdue'] })).toHaveLength(0);
  });
  it('by group', () => {
    expect(filterTasks(all, { groupId: 2 }).map((t) => t.code)).toEqual(['V.3.1']);
  });
  it('by deadline range, inclusive, on the deadline the status is judged against; no deadline = out', () => {
    expect(filterTasks(all, { deadlineFrom: '2022-06-15', deadlineTo: '2022-07-05' }).map((t) => t.code)).toEqual(['V.2.3', 'V.3.1']);
    expect(filterTasks(all, { deadlineFrom: '2022-06-16' }).map((t) => t.code)).toEqual(['V.3.1', 'V.13.6']);
    expect(filterTasks(all, { deadlineTo: '2022-06-14' })).toHaveLength(0);
  });
  it('search ignores case and diacritics, and looks at agencies too', () => {
    expect(filterTasks(all, { query: 'cong an' }).map((t) => t.code)).toEqual(['V.2.3', 'V.3.1']);
    expect(filterTasks(all, { query: 'HUONG HOA' }).map((t) => t.code)).toEqual(['V.13.6']);
    expect(filterTasks(all, { query: 'tuyen truyen' }).map((t) => t.code)).toEqual(['V.13.6']);
    expect(filterTasks(all, { query: 'đấu tranh' }).map((t) => t.code)).toEqual(['III.1.a.10']);
    expect(filterTasks(all, { query: '   ' })).toHaveLength(4);
  });
  it('search words must begin a word: "an" is not found inside "toàn" or "khoan"', () => {
    const index = new TaskSearchIndex([c]);
    expect(index.matches(c.id, 'an toan')).toBe(true);
    expect(index.matches(c.id, 'oan')).toBe(false);
    // Codes match anywhere in the code.
    expect(index.matches(c.id, '13.6')).toBe(true);
  });
  it('the folded text is made once per task object (warmed before the first keystroke), not again per search', () => {
    const changing = task({ id: 77, code: 'V.9.9', content: 'Kiểm tra cơ sở lưu trú' });
    const warmed = new TaskSearchIndex([changing]);
    warmed.warm();
    // The object changes after the index read it (the query cache never does this; here it shows which
    // text is searched): the text folded first is kept, by this index and by any other over the object.
    changing.content = 'Tuyên truyền pháp luật';
    expect(warmed.matches(77, 'kiem tra')).toBe(true);
    expect(warmed.matches(77, 'tuyen truyen')).toBe(false);
    expect(new TaskSearchIndex([changing]).matches(77, 'kiem tra')).toBe(true);
    // A task that changed comes as a new object: folded afresh.
    const fresh = new TaskSearchIndex([{ ...changing }]);
    expect(fresh.matches(77, 'tuyen truyen')).toBe(true);
    expect(fresh.matches(77, 'kiem tra')).toBe(false);
  });
  it('a list fetched again folds only its new objects: the unchanged tasks keep their folded text', () => {
    const before = Array.from({ length: 100 }, (_, i) => task({ id: i + 1, code: `I.${i + 1}`, content: `Kiểm tra cơ sở số ${i + 1}` }));
    TaskSearchIndex.of(before).warm();
    // Fetched again: task 5's deadline moved (a new object), the others are the same objects.
    const after = before.map((t) => (t.id === 5 ? { ...t, content: 'Tuyên truyền lưu động' } : t));
    // Probe: task 6's object is changed in place; an index that folded it again would see the new words.
    after[5]!.content = 'Hội nghị sơ kết';
    const index = TaskSearchIndex.of(after);
    expect(filterTasks(after, { query: 'tuyen truyen' }, index).map((t) => t.id)).toEqual([5]);
    expect(filterTasks(after, { query: 'hoi nghi' }, index)).toHaveLength(0);
    expect(filterTasks(after, { query: 'kiem tra' }, index)).toHaveLength(99);
  });
  it('folded a slice at a time while idle: stops when told, goes on where it stopped, finds what a whole build finds', () => {
    // 200 tasks: every third about "tuyên truyền", the others about inspections.
    const tasks = Array.from({ length: 200 }, (_, i) =>
      task({ id: i + 1, code: `I.${i + 1}`, content: i % 3 === 0 ? `Tuyên truyền pháp luật lần ${i + 1}` : `Kiểm tra cơ sở số ${i + 1}` }),
    );
    const sliced = new TaskSearchIndex(tasks);
    // Asked after every 64 tasks: told to stop at once, it has folded 64 and is not done.
    let asked = 0;
    expect(sliced.warmUntil(() => (asked++, true))).toBe(false);
    expect(asked).toBe(1);
    // Two more slices of 64: asked at 128 (go on) and at 192 (stop), not done.
    asked = 0;
    expect(sliced.warmUntil(() => ++asked >= 2)).toBe(false);
    expect(asked).toBe(2);
    // The last 8, without being asked again.
    asked = 0;
    expect(sliced.warmUntil(() => (asked++, true))).toBe(true);
    expect(asked).toBe(0);
    // The tasks folded in slices: 67 about tuyên truyền (ids 1, 4, …, 199), in the list's order.
    const found = filterTasks(tasks, { query: 'tuyen truyen' }, sliced).map((t) => t.id);
    expect(found).toHaveLength(67);
    expect(found).toEqual(filterTasks(tasks, { query: 'tuyen truyen' }).map((t) => t.id));
    expect(found.at(-1)).toBe(199);
    // Stopped half way, a search folds the rest itself and misses nothing.
    const half = new TaskSearchIndex(tasks);
    half.warmUntil(() => true);
    expect(filterTasks(tasks, { query: 'kiem tra' }, half)).toHaveLength(133);
  });
  it('one index per list: the index warmed for a list is the one the screen gets for that same list', () => {
    const list = [task({ id: 5, code: 'I.5', content: 'Kiểm tra' })];
    expect(TaskSearchIndex.of(list)).toBe(TaskSearchIndex.of(list));
    expect(TaskSearchIndex.of([...list])).not.toBe(TaskSearchIndex.of(list));
  });
  it('typing on narrows the last answer; going back and typing other letters finds what a fresh search finds', () => {
    const tasks = [
      task({ id: 1, code: 'I.1', content: 'Công an tỉnh kiểm tra' }),
      task({ id: 2, code: 'I.2', content: 'Công tác an toàn' }),
      task({ id: 3, code: 'I.3', content: 'Cộng đồng an cư' }),
      task({ id: 4, code: 'I.4', content: 'Tổ chức hội nghị' }),
    ];
    const index = new TaskSearchIndex(tasks);
    const codes = (query: string) => filterTasks(tasks, { query }, index).map((t) => t.code);
    // Each keystroke of "cong an", then back to "cong a" and on to "cong ac" (no task), then "co" again.
    expect(codes('c')).toEqual(['I.1', 'I.2', 'I.3', 'I.4']);
    expect(codes('cong')).toEqual(['I.1', 'I.2', 'I.3']);
    expect(codes('cong a')).toEqual(['I.1', 'I.2', 'I.3']);
    expect(codes('cong an')).toEqual(['I.1', 'I.2', 'I.3']);
    expect(codes('cong an t')).toEqual(['I.1', 'I.2']);
    expect(codes('cong an ti')).toEqual(['I.1']);
    expect(codes('cong a')).toEqual(['I.1', 'I.2', 'I.3']);
    expect(codes('cong ac')).toEqual([]);
    expect(codes('co')).toEqual(['I.1', 'I.2', 'I.3']);
    expect(codes('to chuc')).toEqual(['I.4']);
    // The same answers as a new index that never saw the earlier queries.
    for (const q of ['cong an t', 'co', 'to chuc', 'an']) {
      expect(codes(q)).toEqual(filterTasks(tasks, { query: q }).map((t) => t.code));
    }
  });
});

describe('sorting the task board', () => {
  it('plan order is the given order', () => {
    expect(sortTasks(all, 'plan').map((t) => t.code)).toEqual(['V.2.3', 'V.3.1', 'V.13.6', 'III.1.a.10']);
  });
  it('urgency: overdue, due soon, open, ongoing, done', () => {
    expect(sortTasks(all, 'status').map((t) => t.code)).toEqual(['V.2.3', 'V.3.1', 'III.1.a.10', 'V.13.6']);
  });
  it('deadline: nearest first, tasks without deadline last', () => {
    expect(sortTasks(all, 'deadline').map((t) => t.code)).toEqual(['V.2.3', 'V.3.1', 'V.13.6', 'III.1.a.10']);
  });
  it('codes in numeric order, content in Vietnamese alphabetical order', () => {
    const codes = [task({ code: 'III.1.a.10' }), task({ code: 'III.1.a.2' }), task({ code: 'III.1.a.1' })];
    expect(sortTasks(codes, 'code').map((t) => t.code)).toEqual(['III.1.a.1', 'III.1.a.2', 'III.1.a.10']);
    const words = [task({ content: 'Đào tạo' }), task({ content: 'Dự báo' }), task({ content: 'Ăn uống' }), task({ content: 'Báo cáo' })];
    expect(sortTasks(words, 'content').map((t) => t.content)).toEqual(['Ăn uống', 'Báo cáo', 'Dự báo', 'Đào tạo']);
  });
  it('by lead agency, tasks without a lead last', () => {
    expect(sortTasks(all, 'lead').map((t) => t.code)).toEqual(['V.2.3', 'V.3.1', 'V.13.6', 'III.1.a.10']);
  });
});

describe('counts and wording', () => {
  it('counts per bucket and due soon', () => {
    expect(countByStatus(all)).toEqual({ done_on_time: 1, done_late: 0, open_on_time: 1, open_overdue: 1, ongoing: 1, due_soon: 1 });
  });
  it('days left in words', () => {
    expect(describeDaysLeft(a)).toBe('Quá hạn 16 ngày');
    expect(describeDaysLeft(b)).toBe('Còn 4 ngày');
    expect(describeDaysLeft({ status: 'open_on_time', daysLeft: 0 })).toBe('Đến hạn hôm nay');
    expect(describeDaysLeft(c)).toBeNull();
  });
});
