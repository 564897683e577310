// plans.importPreview and plans.importCreate through the real dispatch on a temporary data folder:
// the 2022 plan's Word file previewed (nothing saved), then created as the 2026 plan; bad files and
// bad reviewed plans refused with a Vietnamese message, the database unchanged.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { openTempApp, type TempApp } from '../../helpers/temp-app';
import type { PlanImportPreview } from '../../../shared/api/plan-import-contract';

const DOCX = readFileSync(fileURLToPath(new URL('../../fixtures/plan-import/ke-hoach-pcmd-quang-tri-2022.docx', import.meta.url)));
const MD = readFileSync(fileURLToPath(new URL('../../fixtures/ke-hoach-pcmd-quang-tri-2022.md', import.meta.url)), 'utf8');

let app: TempApp;
beforeEach(async () => {
  app = await openTempApp({ today: '2026-03-01' });
});
afterEach(async () => {
  await app.cleanup();
});

/** Row counts of every table a save would touch, to show that nothing was written. */
function counts(): Record<string, number> {
  const { sqlite } = app.core.database;
  const out: Record<string, number> = {};
  for (const t of ['plans', 'agencies', 'plan_agencies', 'task_groups', 'tasks', 'task_agencies', 'targets', 'reporting_duties', 'audit_log']) {
    out[t] = sqlite.prepare(`select count(*) from ${t}`).pluck().get() as number;
  }
  return out;
}

async function preview(): Promise<PlanImportPreview> {
  return app.call('plans.importPreview', { fileName: 'ke-hoach-pcmd-quang-tri-2022.docx', contentBase64: DOCX.toString('base64') });
}

async function refusal(input: unknown, method = 'plans.importPreview') {
  const before = counts();
  const r = await app.raw(method, input);
  expect(r.ok).toBe(false);
  expect(counts()).toEqual(before);
  return r.ok ? null : r.error;
}

describe('plans.importPreview', () => {
  it('reads the 2022 Word file into 63 tasks, 14 targets and the reporting duty, saving nothing', async () => {
    const before = counts();
    const p = await preview();
    expect(counts()).toEqual(before);
    expect(p.dataset.tasks).toHaveLength(63);
    expect(p.dataset.targets).toHaveLength(14);
    expect(p.dataset.reportingDuties.map((d) => d.periodType)).toEqual(['six_month', 'annual', 'ad_hoc', 'ad_hoc']);
    expect(p.unplaced).toEqual([]);
    expect(p.agencies.filter((a) => a.isNew)).toEqual([]);
    // Every task points back at the paragraphs it came from.
    const v53 = p.sources.tasks['V.5.3']!;
    expect(v53.map((i) => p.blocks[i]!.text).join(' ')).toContain('Quy chế phối hợp liên ngành phòng, chống mại dâm');
    expect(p.blocks[v53[0]!]!.role).toBe('task');
    expect(p.source).toContain('Tệp Word');
  });

  it('reads the pasted text of the plan the same way', async () => {
    const fromText = await app.call('plans.importPreview', { text: MD });
    const fromFile = await preview();
    expect(fromText.dataset.tasks.map((t) => [t.code, t.lead, t.support, t.deadlineKind])).toEqual(
      fromFile.dataset.tasks.map((t) => [t.code, t.lead, t.support, t.deadlineKind]),
    );
    expect(fromText.dataset.targets.map((t) => [t.code, t.value])).toEqual(fromFile.dataset.targets.map((t) => [t.code, t.value]));
  });
});

describe('plans.importCreate', () => {
  it('saves the reviewed plan as the 2026 plan in one step: tasks, leads, supporters, targets, duties', async () => {
    const p = await preview();
    const created = await app.call('plans.importCreate', { dataset: p.dataset, year: 2026 });
    expect(created.year).toBe(2026);
    expect(created.title).toBe('Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2026');
    const plans = await app.call('plans.list', {});
    const builtin = plans.find((x) => x.year === 2022)!;
    const mine = await app.call('tasks.list', { planId: created.id });
    const theirs = await app.call('tasks.list', { planId: builtin.id });
    const shape = (rows: typeof mine) =>
      rows.map((t) => ({
        code: t.code,
        group: t.group.code,
        lead: t.lead.map((a) => a.id).sort(),
        support: t.group.code.startsWith('V.') ? t.support.map((a) => a.id).sort() : [],
      }));
    // Same agencies (by id: the plan reuses the app's agencies, it does not duplicate them). V.5.1–V.5.3
    // and V.6.2 ("Phối hợp (với) X") are read with X leading in the built-in plan (issue 10), not here.
    const compared = (t: { code: string; group: string }) => t.group.startsWith('V.') && !['V.5.1', 'V.5.2', 'V.5.3', 'V.6.2'].includes(t.code);
    expect(shape(mine).filter(compared)).toEqual(shape(theirs).filter(compared));
    expect(mine).toHaveLength(63);
    expect(mine.find((t) => t.code === 'V.13.6')!.deadline).toBe('2026-12-31');
    const targets = await app.call('targets.list', { planId: created.id });
    // II.2.9 is measured as a 100% coverage in the built-in plan (issue 10); its sentence names no figure.
    const values = (rows: typeof targets) => rows.filter((t) => t.code !== 'II.2.9').map((t) => t.value);
    expect(values(targets)).toEqual(values(await app.call('targets.list', { planId: builtin.id })));
    const duties = await app.call('reporting.duties', { planId: created.id });
    expect(duties.map((d) => d.dueText)).toEqual(['trước ngày 15/6', 'trước ngày 15/12', 'đột xuất', 'định kỳ, theo quy định']);
    // VI.2, the Sở's own report upward: saved as the secretariat's duty, recipients in the plan's words.
    expect(duties.filter((d) => d.upward).map((d) => [d.recipientText, d.obliged.map((a) => a.shortName), d.recipient])).toEqual([
      ['Ủy ban nhân dân tỉnh; Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm', ['Sở Lao động - Thương binh và Xã hội'], null],
    ]);
    const { sqlite } = app.core.database;
    expect(sqlite.prepare('select count(*) from agencies').pluck().get()).toBe(31);
  });

  it('refuses a reviewed plan that names an agency it does not list, and the same plan twice', async () => {
    const p = await preview();
    const bad = structuredClone(p.dataset);
    bad.tasks[0]!.lead = ['KHONG-CO'];
    const e = await refusal({ dataset: bad, year: 2026 }, 'plans.importCreate');
    expect(e?.message).toContain('Nhiệm vụ III.1.a.1: cơ quan KHONG-CO không có trong danh sách');
    const e2 = await refusal({ dataset: p.dataset }, 'plans.importCreate');
    expect(e2?.message).toBe('Tên: đã có kế hoạch năm 2022 mang tên này.');
    const noValue = structuredClone(p.dataset);
    delete noValue.targets[0]!.value;
    const e3 = await refusal({ dataset: noValue, year: 2026 }, 'plans.importCreate');
    expect(e3?.message).toContain('Chỉ tiêu II.2.1: hãy nhập giá trị');
  });
});

describe('the "theo mục V" links proposed for section III', () => {
  it('the preview proposes them; those accepted are saved and the task shows its lead from section V; the others are not', async () => {
    const p = await preview();
    const c5 = p.links.find((l) => l.task === 'III.1.c.5')!;
    expect(c5).toMatchObject({ duty: 'V.11.1', role: 'lead' });
    // The clerk accepts III.1.c.5 > V.11.1 and leaves III.2.b.1 > V.12.3 unticked.
    expect(p.links.some((l) => l.task === 'III.2.b.1')).toBe(true);
    const created = await app.call('plans.importCreate', {
      dataset: { ...p.dataset, taskLinks: [{ task: c5.task, duty: c5.duty, role: c5.role, quote: c5.quote }] },
      year: 2026,
    });
    const tasks = await app.call('tasks.list', { planId: created.id });
    const task = (code: string) => tasks.find((t) => t.code === code)!;
    expect(task('III.1.c.5').lead).toEqual([]);
    expect(task('III.1.c.5').linkedLead!.map((a) => a.shortName)).toEqual(['Viện Kiểm sát nhân dân tỉnh', 'Tòa án nhân dân tỉnh']);
    expect(task('III.1.c.5').linkedSupport!.map((a) => a.shortName)).toEqual(['Công an tỉnh']);
    expect(task('III.2.b.1').linkedLead ?? []).toEqual([]);
    const { sqlite } = app.core.database;
    expect(sqlite.prepare('select count(*) from task_duty_links l join tasks t on t.id = l.task_id where t.plan_id = ?').pluck().get(created.id)).toBe(1);
  });

  it('links added by hand (any general task, any duty, no quote) are saved with the plan', async () => {
    const p = await preview();
    // What the review may offer: the 25 general tasks of III and the duties of V that have a lead.
    expect(p.linkable.tasks).toHaveLength(25);
    expect(p.linkable.tasks).toContain('III.1.b.1');
    expect(p.linkable.duties).toContain('V.1.3');
    expect(p.linkable.duties.every((d) => d.startsWith('V.'))).toBe(true);
    const created = await app.call('plans.importCreate', {
      dataset: {
        ...p.dataset,
        taskLinks: [
          { task: 'III.1.b.1', duty: 'V.1.3', role: 'lead' },
          { task: 'III.1.b.1', duty: 'V.2.2', role: 'support' },
        ],
      },
      year: 2026,
    });
    const b1 = (await app.call('tasks.list', { planId: created.id })).find((t) => t.code === 'III.1.b.1')!;
    expect(b1.lead).toEqual([]);
    expect(b1.linkedLead!.map((a) => a.shortName)).toEqual(['Sở Lao động - Thương binh và Xã hội']);
    expect(b1.linkedSupport!.map((a) => a.shortName)).toEqual(['Công an tỉnh']);
  });

  it('refuses a link to a task the plan does not have, and the same link twice, saving nothing', async () => {
    const p = await preview();
    const e = await refusal({ dataset: { ...p.dataset, taskLinks: [{ task: 'III.1.c.5', duty: 'V.99.1', role: 'lead' }] }, year: 2026 }, 'plans.importCreate');
    expect(e?.message).toBe('Liên kết "theo mục V" của nhiệm vụ III.1.c.5: nhiệm vụ V.99.1 không có trong kế hoạch.');
    const twice = [{ task: 'III.1.c.5', duty: 'V.11.1', role: 'lead' as const }, { task: 'III.1.c.5', duty: 'V.11.1', role: 'support' as const }];
    const e2 = await refusal({ dataset: { ...p.dataset, taskLinks: twice }, year: 2026 }, 'plans.importCreate');
    expect(e2?.message).toContain('liên kết với V.11.1 bị trùng');
  });
});

describe('a failed import leaves neither data nor history', () => {
  // The plan and its history entry are written in one transaction: a failure while writing either
  // leaves the database as it was, so the history never names a plan that is not there, nor the reverse.
  it.each([
    ['the history entry cannot be written', "CREATE TRIGGER fail_history BEFORE INSERT ON audit_log WHEN NEW.entity = 'plan' BEGIN SELECT RAISE(ABORT, 'disk said no'); END"],
    ['the plan text cannot be written (the last step of the plan)', "CREATE TRIGGER fail_text BEFORE INSERT ON plan_text_blocks BEGIN SELECT RAISE(ABORT, 'disk said no'); END"],
  ])('%s', async (_, trigger) => {
    const p = await preview();
    app.core.database.sqlite.exec(trigger);
    const before = { ...counts(), plan_text_blocks: app.core.database.sqlite.prepare('select count(*) from plan_text_blocks').pluck().get() };
    const r = await app.raw('plans.importCreate', { dataset: p.dataset, year: 2026 });
    expect(r.ok).toBe(false);
    expect({ ...counts(), plan_text_blocks: app.core.database.sqlite.prepare('select count(*) from plan_text_blocks').pluck().get() }).toEqual(before);
    expect((await app.call('plans.list', {})).map((x) => x.year)).toEqual([2022]);
  });
});

describe('bad input is refused with its message, nothing saved', () => {
  const file = (bytes: Buffer, fileName = 'ke-hoach.docx') => ({ fileName, contentBase64: bytes.toString('base64') });
  const ole = (extra = '') =>
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from(extra, 'utf16le')]);

  it('not a Word file', async () => {
    const e = await refusal(file(Buffer.from('%PDF-1.7 không phải Word'), 'ke-hoach.pdf'));
    expect(e?.message).toContain('không phải tệp Word .docx');
    expect(e?.message).toContain('ke-hoach.pdf');
  });
  it('an old .doc: save it as .docx in Word', async () => {
    const e = await refusal(file(ole('WordDocument'), 'ke-hoach.doc'));
    expect(e?.message).toContain('tệp Word cũ (.doc)');
    expect(e?.message).toContain('lưu thành .docx');
  });
  it('an encrypted .docx', async () => {
    const e = await refusal(file(ole('EncryptionInfo')));
    expect(e?.message).toContain('có mật khẩu');
  });
  it('a damaged .docx', async () => {
    const e = await refusal(file(Buffer.concat([DOCX.subarray(0, 4), Buffer.from('hỏng giữa chừng')])));
    expect(e?.message).toContain('bị hỏng');
  });
  it('an empty file', async () => {
    const e = await refusal(file(Buffer.alloc(0)));
    expect(e?.message).toContain('trống');
  });
  it('a file over 10 MB', async () => {
    const e = await refusal(file(Buffer.concat([DOCX.subarray(0, 4), Buffer.alloc(10 * 1024 * 1024 + 1)])));
    expect(e?.message).toContain('quá lớn');
    expect(e?.message).toContain('10 MB');
  });
  it('a Word file that is not a plan, and pasted text that is not one', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('Biên bản họp Ban Chỉ đạo'), new Paragraph('Nội dung cuộc họp.')] }] });
    const e = await refusal(file(Buffer.from(await Packer.toBuffer(doc))));
    expect(e?.message).toContain('không phải một kế hoạch');
    const e2 = await refusal({ text: 'Xin chào, đây là thư mời họp.' });
    expect(e2?.message).toContain('không phải một kế hoạch');
  });
  it('neither a file nor text', async () => {
    const e = await refusal({});
    expect(e?.message).toContain('hãy chọn tệp Word (.docx) hoặc dán nội dung');
  });
});
