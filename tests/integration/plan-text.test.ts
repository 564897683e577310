// The exported plan is the plan as signed (issue 10): every paragraph of the 2022 plan's text, in order,
// with the same words and numbering (its typos kept), Nơi nhận and the signature, then the assignment
// table as the appendix. The plan's text is data: an edit of a task's wording shows in the plan.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../helpers/temp-app';
import { readDocx, type DocxReader } from '../helpers/docx/reader';
import { compareParagraphs, markdownParagraphs, normaliseSpace } from '../helpers/plan-text-compare';
import { filterTasks } from '../../shared/domain/task-filter';

const PLAN_MD = path.resolve(__dirname, '../fixtures/ke-hoach-pcmd-quang-tri-2022.md');
/** The header block the Markdown copy of the plan does not carry (it starts at "Số:"). */
const HEADER_LINES = ['UBND TỈNH QUẢNG TRỊ', 'BAN CHỈ ĐẠO 138', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

let app: TempApp;
beforeEach(async () => {
  app = await openTempApp({ today: '2022-07-01' });
});
afterEach(async () => {
  await app.cleanup();
});

async function exportPlan(): Promise<DocxReader> {
  const file = await app.call('documents.export', { kind: 'plan', planId: 1 });
  return readDocx(Buffer.from(file.contentBase64, 'base64'));
}

/** The paragraphs of a section of the document, in order (table cells included), whitespace normalised. */
function sectionParagraphs(r: DocxReader, section: number): string[] {
  return r
    .paragraphs()
    .filter((p) => p.section === section)
    .map((p) => normaliseSpace(p.text))
    .filter(Boolean);
}

describe('the exported Kế hoạch of 2022', () => {
  it('has every paragraph of the signed plan, in order, with the same words and numbering, and nothing else', async () => {
    const r = await exportPlan();
    const expected = markdownParagraphs(fs.readFileSync(PLAN_MD, 'utf8'));
    const actual = sectionParagraphs(r, 0).filter((t) => !HEADER_LINES.includes(t));
    const differences = compareParagraphs(expected, actual).map(
      (d) => `${d.kind === 'missing' ? 'thiếu' : 'thừa'}: "${d.text}" (sau "${d.after.slice(0, 60)}")`,
    );
    expect(differences).toEqual([]);
    // What the comparison rests on: the whole text, from "Số:" to the signer's name.
    expect(expected.length).toBeGreaterThan(130);
    expect(actual[0]).toBe('Số: /KH-BCĐ138');
    expect(actual.at(-1)).toBe('Hoàng Nam');
    // The original's typos are kept.
    expect(actual).toContain('- Tăng cường công tác phối hợp của Tổ công tác liên ngành phòng, chống mại dâm tình.');
    expect(actual.some((t) => t.includes('khi đề phát sinh mại dâm trên địa bàn quản lý'))).toBe(true);
    expect(actual).toContain('- Lưu: VT, NCM, KGVXT.');
    // Nơi nhận as printed: "NC<sub>M</sub>, KGVX<sub>T</sub>", the letters set as subscripts.
    const archive = r.paragraphs().find((p) => p.text === '- Lưu: VT, NCM, KGVXT.')!;
    const subscripts = [...String(archive.el).matchAll(/<w:r>(?:(?!<\/w:r>).)*<w:vertAlign w:val="subscript"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(subscripts).toEqual(['M', 'T']);
  });

  it('carries the structure of the plan: I.1, III.1 with its a)–e), V by agency, VI, and the table as Phụ lục after the signature', async () => {
    const r = await exportPlan();
    const body = sectionParagraphs(r, 0);
    const at = (t: string) => body.indexOf(t);
    expect(at('1. Mục đích')).toBeGreaterThan(at('I. MỤC ĐÍCH, YÊU CẦU'));
    expect(at('1. Nhiệm vụ trọng tâm')).toBeGreaterThan(at('III. NHIỆM VỤ, GIẢI PHÁP'));
    expect(body.filter((t) => /^[a-e]\) /.test(t))).toHaveLength(8);
    expect(at('IV. KINH PHÍ TRIỂN KHAI THỰC HIỆN')).toBeGreaterThan(at('2. Giải pháp thực hiện'));
    expect(at('2. Công an tỉnh')).toBeGreaterThan(at('V. TỔ CHỨC THỰC HIỆN'));
    expect(at('VI. CHẾ ĐỘ BÁO CÁO')).toBeGreaterThan(at('13. Ủy ban nhân dân huyện, thị xã, thành phố'));
    // Titles are bold and kept with what follows; a)… are italic.
    const heading = r.paragraphs().find((p) => p.text === 'I. MỤC ĐÍCH, YÊU CẦU')!;
    expect(heading.runs.every((run) => run.bold)).toBe(true);
    expect(heading.keepNext).toBe(true);
    expect(r.paragraphs().find((p) => p.text.startsWith('a) Nâng cao hiệu quả'))!.runs[0]!.italics).toBe(true);
    // The closing sentence ends the body, once, with "./.".
    expect(body.filter((t) => t.endsWith('./.'))).toEqual([
      'Ban chỉ đạo 138 tỉnh yêu cầu các Sở, ban ngành, đoàn thể cấp tỉnh và UBND các huyện, thị xã, thành phố triển khai thực hiện Kế hoạch./.',
    ]);
    const appendix = sectionParagraphs(r, 1);
    expect(appendix.slice(0, 2)).toEqual(['Phụ lục', 'BẢNG PHÂN CÔNG NHIỆM VỤ']);
  });

  it('prints a task as its wording stands: editing the task edits the plan text', async () => {
    const tasks = await app.call('tasks.list', { planId: 1 });
    const task = tasks.find((t) => t.code === 'III.1.b.1')!;
    const content = 'Tổ chức điều tra, khảo sát, rà soát, đánh giá, dự báo về tình hình hoạt động mại dâm trên địa bàn tỉnh.';
    await app.call('tasks.update', { taskId: task.id, content });
    const body = sectionParagraphs(await exportPlan(), 0);
    expect(body).toContain(`- ${content}`);
    expect(body).not.toContain(`- ${task.content}`);
  });

  it('is part of the plan: a copy to 2023 carries the text, pointing to its own tasks', async () => {
    const created = await app.call('plans.copy', { sourcePlanId: 1, year: 2023, title: 'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2023' });
    const copied = await app.call('tasks.list', { planId: created.id });
    const task = copied.find((t) => t.code === 'V.2.1')!;
    await app.call('tasks.update', { taskId: task.id, content: `${task.content.slice(0, -1)} năm 2023.` });
    const file = await app.call('documents.export', { kind: 'plan', planId: created.id });
    const r = readDocx(Buffer.from(file.contentBase64, 'base64'));
    const body = sectionParagraphs(r, 0);
    expect(body).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(body).toContain('VI. CHẾ ĐỘ BÁO CÁO');
    expect(body).toContain(`- ${task.content.slice(0, -1)} năm 2023.`);
    // The 2022 plan is untouched.
    const original = sectionParagraphs(await exportPlan(), 0);
    expect(original).toContain(`- ${task.content}`);
  });

  it('section III: each task led "theo mục V" by the duties linked to it; the board filter follows the links', async () => {
    const tasks = await app.call('tasks.list', { planId: 1 });
    const byCode = (code: string) => tasks.find((t) => t.code === code)!;
    const c3 = byCode('III.1.c.3');
    expect(c3.lead).toEqual([]);
    expect(c3.linkedLead!.map((a) => a.shortName)).toEqual(['Công an tỉnh']);
    expect(c3.carriedBy!.map((d) => d.code)).toEqual(['V.2.1', 'V.2.2', 'V.9.2', 'V.1.3', 'V.13.3']);
    expect(byCode('III.2.c.1').sharedResponsibility).toBe('Chung: thành viên BCĐ 138, UBND cấp huyện');
    const police = c3.linkedLead![0]!.id;
    const found = filterTasks(tasks, { agencyId: police }).map((t) => t.code);
    for (const code of ['III.1.c.3', 'III.1.c.4', 'III.1.c.5', 'V.2.1', 'V.2.2', 'V.2.3', 'V.2.4', 'V.2.5']) expect(found).toContain(code);
    expect(filterTasks(tasks, { agencyId: police, role: 'lead' }).map((t) => t.code)).toEqual(
      ['III.1.c.3', 'III.1.c.4', 'V.2.1', 'V.2.2', 'V.2.3', 'V.2.4', 'V.2.5'],
    );
    // A link, not a copy: the V duty keeps its agencies, the III task stores none.
    expect(byCode('V.2.1').lead.map((a) => a.shortName)).toEqual(['Công an tỉnh']);
  });

  it('the assignment table names who answers for every row, with the plan’s codes', async () => {
    const file = await app.call('documents.export', { kind: 'assignment', planId: 1 });
    const r = readDocx(Buffer.from(file.contentBase64, 'base64'));
    const table = r.tables().find((t) => t.rows[0]?.tblHeader)!;
    const rows = table.rows.slice(1).map((row) => row.cells.map((c) => normaliseSpace(c.text)));
    const taskRows = rows.filter((cells) => cells.length === 6);
    expect(taskRows).toHaveLength(63);
    expect(taskRows.filter((cells) => !cells[2])).toEqual([]);
    expect(rows[0]).toEqual(['III.1.a', 'Nâng cao hiệu quả công tác truyền thông, tuyên truyền, phổ biến, giáo dục về phòng, chống mại dâm']);
    const c3 = taskRows.find((cells) => cells[0] === 'III.1.c.3')!;
    expect(c3[2]).toBe('Công an tỉnh (theo mục V)');
    expect(c3[3]).toBe('Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Sở Lao động - Thương binh và Xã hội; UBND các huyện, thị xã, thành phố (theo mục V)');
    expect(taskRows.find((cells) => cells[0] === 'III.2.c.1')![2]).toBe('Chung: thành viên BCĐ 138, UBND cấp huyện');
    expect(taskRows.find((cells) => cells[0] === 'V.13.1')![2]).toBe('UBND các huyện, thị xã, thành phố');
    expect(rows.some((cells) => cells[0] === 'V.2')).toBe(true);
  });

  it('is edited in the app: a paragraph’s wording is saved with its history; a task’s paragraph is edited on the task', async () => {
    await app.call('settings.update', { clerkName: 'Nguyễn Thị Lan' });
    const blocks = await app.call('planText.list', { planId: 1 });
    expect(blocks).toHaveLength(126);
    const kinhPhi = blocks.find((b) => b.text.startsWith('Kinh phí triển khai thực hiện Kế hoạch'))!;
    const text = `${kinhPhi.text.slice(0, -1)}, kể cả nguồn xã hội hóa.`;
    const saved = await app.call('planText.update', { planId: 1, blocks: [{ id: kinhPhi.id, numbering: '', text }] });
    expect(saved.find((b) => b.id === kinhPhi.id)!.text).toBe(text);
    expect(sectionParagraphs(await exportPlan(), 0)).toContain(text);
    const history = app.core.database.sqlite
      .prepare("SELECT actor, field, old_value, new_value FROM audit_log WHERE entity = 'plan_text' AND entity_id = ?")
      .all(kinhPhi.id) as { actor: string; field: string; old_value: string; new_value: string }[];
    expect(history).toEqual([{ actor: 'Nguyễn Thị Lan', field: 'text', old_value: kinhPhi.text, new_value: text }]);

    // The paragraph of task III.1.a.1 is the task's wording: refused here, nothing written.
    const taskBlock = blocks.find((b) => b.taskCode === 'III.1.a.1')!;
    const refused = await app.raw('planText.update', {
      planId: 1,
      blocks: [{ id: kinhPhi.id, numbering: '', text: 'Không lưu.' }, { id: taskBlock.id, numbering: '-', text: 'Sửa ở đây.' }],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'blocks.1.text' } });
    expect((await app.call('planText.list', { planId: 1 })).find((b) => b.id === kinhPhi.id)!.text).toBe(text);
    // An empty paragraph is refused at its field.
    expect(await app.raw('planText.update', { planId: 1, blocks: [{ id: kinhPhi.id, numbering: '', text: ' ' }] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'blocks.0.text' },
    });
  });

  it('the assignment table is attached to the plan by its number and date once they are set', async () => {
    app.core.database.sqlite.prepare("UPDATE plans SET number = '35', issued_date = '2022-03-05' WHERE id = 1").run();
    for (const kind of ['assignment', 'plan'] as const) {
      const file = await app.call('documents.export', { kind, planId: 1 });
      const r = readDocx(Buffer.from(file.contentBase64, 'base64'));
      expect(normaliseSpace(r.findParagraph(/^\(Kèm theo Kế hoạch/).text), kind).toBe(
        '(Kèm theo Kế hoạch số 35/KH-BCĐ138 ngày 05 tháng 3 năm 2022 của Ban Chỉ đạo 138 tỉnh)',
      );
    }
    // The plan itself carries its number and date in its header.
    const file = await app.call('documents.export', { kind: 'plan', planId: 1 });
    const r = readDocx(Buffer.from(file.contentBase64, 'base64'));
    expect(normaliseSpace(r.findParagraph(/^Số:/).text)).toBe('Số: 35/KH-BCĐ138');
    expect(normaliseSpace(r.findParagraph(/^Quảng Trị, ngày/).text)).toBe('Quảng Trị, ngày 05 tháng 3 năm 2022');
  });
});
