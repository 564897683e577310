// The four official documents exported through the real handlers from the 2022 plan's database, opened
// as Word files: each holds the plan's own data (tasks and their lead agencies, the agencies still
// missing, figures and targets, who reported on time), laid out by the Decree 30 checklist. Also the
// document settings and texts (defaults from the plan, refusals that save nothing) and the export log.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../helpers/temp-app';
import { readDocx, type DocxReader, type TableInfo } from '../helpers/docx/reader';
import { assertRenderTools, pageSizes, readLayout, renderPdfs } from '../helpers/docx/pdf';
import {
  checkBody,
  checkFontsAndText,
  checkKinhGui,
  checkPageNumbers,
  checkPages,
  checkSignature,
} from '../unit/documents/nd30-checks';
import type { MethodInput } from '../../shared/api/contract';
import type { DocumentSettingsValues, ExportedDocument } from '../../shared/api/documents-models';
import type { PeriodRegister, ReportingPeriodRow, TaskRow } from '../../shared/api/models';

let app: TempApp;
let h1: ReportingPeriodRow;
let year: ReportingPeriodRow;
let register: PeriodRegister;
const idOf = (shortName: string) => register.entries.find((e) => e.agency.shortName === shortName)!.agency.id;

const DISTRICTS_ON_TIME: [string, number][] = [
  ['UBND thành phố Đông Hà', 12],
  ['UBND thị xã Quảng Trị', 10],
  ['UBND huyện Vĩnh Linh', 14],
  ['UBND huyện Hướng Hóa', 15],
  ['UBND huyện Gio Linh', 13],
  ['UBND huyện Đakrông', 11],
  ['UBND huyện Cam Lộ', 12],
  ['UBND huyện Triệu Phong', 13],
];
const DISTRICTS_LATE: [string, number][] = [
  ['UBND huyện Hải Lăng', 8],
  ['UBND huyện Cồn Cỏ', 7],
];

async function signAsDepartment(): Promise<DocumentSettingsValues> {
  const { values } = await app.call('documents.settings', { planId: 1 });
  const next: DocumentSettingsValues = {
    ...values,
    standing: { ...values.standing, signerName: 'Lê Thị Hương', archiveLine: 'Lưu: VT, PCTNXH.' },
    letterSymbol: 'SLĐTBXH-PCTNXH',
  };
  await app.call('documents.updateSettings', { planId: 1, values: next });
  return next;
}

/** 13 of the 26 agencies report for the first half of 2022: 10 districts with communes reached, 3 provincial ones. */
async function registerReports(): Promise<void> {
  for (const [name, communes] of DISTRICTS_ON_TIME) {
    await app.call('reports.create', { periodId: h1.id, agencyId: idOf(name), arrivalDate: '2022-06-10', channel: 'e_office', figures: [{ statisticCode: 'B06', value: communes }] });
  }
  for (const [name, communes] of DISTRICTS_LATE) {
    await app.call('reports.create', { periodId: h1.id, agencyId: idOf(name), arrivalDate: '2022-06-20', channel: 'paper', figures: [{ statisticCode: 'B06', value: communes }] });
  }
  await app.call('reports.create', { periodId: h1.id, agencyId: idOf('Công an tỉnh'), arrivalDate: '2022-06-14', channel: 'paper', figures: [{ statisticCode: 'C03', value: 12 }] });
  await app.call('reports.create', { periodId: h1.id, agencyId: idOf('Sở Y tế'), arrivalDate: '2022-06-15', channel: 'email', figures: [{ statisticCode: 'E01', value: 22 }] });
  await app.call('reports.create', { periodId: h1.id, agencyId: idOf('Hội Liên hiệp Phụ nữ tỉnh'), arrivalDate: '2022-06-20', channel: 'paper', figures: [{ statisticCode: 'E01', value: 10 }] });
  register = await app.call('reporting.register', { periodId: h1.id });
}

async function exportDoc(input: MethodInput<'documents.export'>): Promise<{ file: ExportedDocument; r: DocxReader }> {
  const file = await app.call('documents.export', input);
  return { file, r: readDocx(Buffer.from(file.contentBase64, 'base64')) };
}

/** The data rows of a table (after the repeated header row), as cell texts. */
const dataRows = (t: TableInfo) => t.rows.slice(1).map((row) => row.cells.map((c) => c.text));
/** Task rows (six cells, numbered with the task's code); group rows span the table in two cells. */
const taskRows = (t: TableInfo) => dataRows(t).filter((cells) => cells.length === 6);
const headerTable = (r: DocxReader) => r.tables().find((t) => t.rows[0]?.tblHeader)!;

function countRows(): Record<string, number> {
  const { sqlite } = app.core.database;
  const tables = ['document_settings', 'document_issuers', 'report_texts', 'plan_texts', 'document_exports', 'audit_log'];
  return Object.fromEntries(tables.map((t) => [t, (sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]));
}

beforeEach(async () => {
  app = await openTempApp({ today: '2022-07-01' });
  await app.call('settings.update', { clerkName: 'Nguyễn Thị Lan' });
  const periods = await app.call('reporting.periods', { planId: 1 });
  h1 = periods.find((p) => p.periodType === 'six_month')!;
  year = periods.find((p) => p.periodType === 'annual')!;
  register = await app.call('reporting.register', { periodId: h1.id });
});
afterEach(async () => {
  await app.cleanup();
});

describe('document settings of the 2022 plan', () => {
  it('derive from the plan: the Department signs reports and letters, the Steering Committee 138 the plan', async () => {
    const view = await app.call('documents.settings', { planId: 1 });
    expect(view.saved).toBe(false);
    expect(view.values.standing).toMatchObject({
      parentAgencyLine: 'UBND TỈNH QUẢNG TRỊ',
      issuingBody: ['SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
      issuerName: 'Sở Lao động - Thương binh và Xã hội',
      placeName: 'Quảng Trị',
      signerAuthority: 'KT.',
      signerAuthorityOf: 'GIÁM ĐỐC',
      signerPosition: 'PHÓ GIÁM ĐỐC',
      signerName: '',
    });
    expect(view.values.planIssuer).toMatchObject({
      parentAgencyLine: 'UBND TỈNH QUẢNG TRỊ',
      issuingBody: ['BAN CHỈ ĐẠO 138'],
      signerAuthority: '',
      signerPosition: 'TRƯỞNG BAN',
      signerOtherPosition: 'PHÓ CHỦ TỊCH UBND TỈNH',
      signerName: 'Hoàng Nam',
      archiveLine: 'Lưu: VT, NC<sub>M</sub>, KGVX<sub>T</sub>.',
    });
    expect(view.values).toMatchObject({ reportSymbol: 'BC-SLĐTBXH', planSymbol: 'KH-BCĐ138' });
    // The plan's Nơi nhận without its Lưu line, which became the archive line.
    expect(view.values.planRecipients[0]).toBe('Bộ LĐ-TB&XH (b/c)');
    expect(view.values.planRecipients.some((l) => l.startsWith('Lưu'))).toBe(false);
  });

  it('are stored per plan with the clerk’s name in the audit trail, and can go back to the defaults', async () => {
    await signAsDepartment();
    const view = await app.call('documents.settings', { planId: 1 });
    expect(view).toMatchObject({ saved: true, updatedBy: 'Nguyễn Thị Lan' });
    expect(view.values.standing.signerName).toBe('Lê Thị Hương');
    const audit = app.core.database.sqlite
      .prepare("select actor, field, old_value, new_value from audit_log where entity = 'document_settings' order by id")
      .all();
    expect(audit).toContainEqual({ actor: 'Nguyễn Thị Lan', field: 'standing.signerName', old_value: '', new_value: 'Lê Thị Hương' });
    expect(audit).toContainEqual({ actor: 'Nguyễn Thị Lan', field: 'letterSymbol', old_value: 'SLĐTBXH', new_value: 'SLĐTBXH-PCTNXH' });
    const reset = await app.call('documents.resetSettings', { planId: 1 });
    expect(reset.saved).toBe(false);
    expect(reset.values.standing.signerName).toBe('');
  });

  it.each([
    ['a report symbol with a space', (v: DocumentSettingsValues) => ({ ...v, reportSymbol: 'BC SLĐTBXH' }), 'values.reportSymbol', /Ký hiệu báo cáo: chỉ gồm chữ in hoa/],
    ['a plan symbol without KH-', (v: DocumentSettingsValues) => ({ ...v, planSymbol: 'BCĐ138' }), 'values.planSymbol', /phải bắt đầu bằng "KH-"/],
    ['no signer name', (v: DocumentSettingsValues) => ({ ...v, standing: { ...v.standing, signerName: '  ' } }), 'values.standing.signerName', /Họ tên người ký: chưa được nhập/],
    ['KT. without whom', (v: DocumentSettingsValues) => ({ ...v, planIssuer: { ...v.planIssuer, signerAuthority: 'KT.' as const, signerAuthorityOf: '' } }), 'values.planIssuer.signerAuthorityOf', /ghi chức danh sau "KT\."/],
    ['an archive line without Lưu', (v: DocumentSettingsValues) => ({ ...v, standing: { ...v.standing, archiveLine: 'VT, PCTNXH' } }), 'values.standing.archiveLine', /phải bắt đầu bằng "Lưu:"/],
  ])('refuse %s at its field, saving nothing', async (_what, change, field, message) => {
    const good = await signAsDepartment();
    const before = countRows();
    const result = await app.raw('documents.updateSettings', { planId: 1, values: change(good) });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } });
    expect(!result.ok && result.error.message).toMatch(message);
    expect(countRows()).toEqual(before);
    expect((await app.call('documents.settings', { planId: 1 })).values).toEqual(good);
  });
});

describe('Bảng phân công nhiệm vụ', () => {
  let tasks: TaskRow[];
  beforeEach(async () => {
    tasks = await app.call('tasks.list', { planId: 1 });
  });

  it('for the whole plan holds the 63 tasks in the plan’s order, each with its lead and supporting agencies', async () => {
    const { file, r } = await exportDoc({ kind: 'assignment', planId: 1 });
    expect(file.fileName).toBe('Bang-phan-cong-nhiem-vu-2022.docx');
    const rows = taskRows(headerTable(r));
    expect(rows).toHaveLength(63);
    // Numbered with the plan's own codes, not renumbered.
    expect(rows.map((c) => c[0])).toEqual(tasks.map((t) => t.code));
    expect(rows.map((c) => c[1])).toEqual(tasks.map((t) => t.content));
    // A task's own agencies, or those of the duties of V that carry it, or the whole committee.
    const own = (list: TaskRow['lead']) => (list.length === 10 && list.every((a) => a.kind === 'district_pc') ? 'UBND các huyện, thị xã, thành phố' : list.map((a) => a.shortName).join('; '));
    for (const [i, t] of tasks.entries()) {
      if (t.lead.length > 0) expect(rows[i]![2], t.code).toBe(own(t.lead));
      else if (t.sharedResponsibility) expect(rows[i]![2], t.code).toBe(t.sharedResponsibility);
      else expect(rows[i]![2], t.code).toMatch(/\(theo mục V\)$/);
      if (t.lead.length > 0) expect(rows[i]![3], t.code).toBe(own(t.support));
    }
    // A few rows as a reader checks them.
    const police = rows.filter((c) => c[2] === 'Công an tỉnh');
    expect(police.length).toBe(tasks.filter((t) => t.lead.some((a) => a.shortName === 'Công an tỉnh') && t.lead.length === 1).length);
    expect(police.length).toBeGreaterThan(0);
    // One group row per task group, with the plan's code.
    const groups = dataRows(headerTable(r)).filter((c) => c.length === 2);
    expect(groups.map((c) => c[0]).slice(0, 3)).toEqual(['III.1.a', 'III.1.b', 'III.1.c']);
    expect(groups.map((c) => c[0])).toContain('V.2');
    expect(groups).toHaveLength(new Set(tasks.map((t) => t.group.id)).size);
  });

  it('is printed on landscape A4 with the header row repeated, titled and attached to the plan', async () => {
    const { r } = await exportDoc({ kind: 'assignment', planId: 1 });
    checkPages(r, ['landscape']);
    checkFontsAndText(r);
    const table = headerTable(r);
    expect(table.rows[0]!.tblHeader).toBe(true);
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Sản phẩm']);
    expect(r.findParagraph('BẢNG PHÂN CÔNG NHIỆM VỤ').jc).toBe('center');
    expect(r.findParagraph(/^Thực hiện Kế hoạch phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị/).text).toContain('năm 2022');
    expect(r.findParagraph(/^\(Kèm theo Kế hoạch số +\/KH-BCĐ138 /).text).toMatch(/của Ban Chỉ đạo 138 tỉnh\)$/);
    // The header block names the plan's issuer.
    expect(r.tables()[0]!.rows[0]!.cells[0]!.paragraphs.map((p) => p.text).filter(Boolean)).toEqual(['UBND TỈNH QUẢNG TRỊ', 'BAN CHỈ ĐẠO 138']);
  });

  it('filtered by one agency holds only the tasks it leads or supports, and says so', async () => {
    const police = idOf('Công an tỉnh');
    const { file, r } = await exportDoc({ kind: 'assignment', planId: 1, agencyId: police });
    expect(file.fileName).toBe('Bang-phan-cong-nhiem-vu-2022-Cong-an-tinh.docx');
    const rows = taskRows(headerTable(r));
    // Led or supported by the police, on the task or through the duties of V that carry it.
    const expected = tasks.filter((t) => [...t.lead, ...t.support, ...(t.linkedLead ?? []), ...(t.linkedSupport ?? [])].some((a) => a.id === police));
    expect(expected.map((t) => t.code)).toEqual(expect.arrayContaining(['III.1.c.3', 'III.1.c.4', 'III.1.c.5', 'V.2.1', 'V.2.5']));
    expect(rows.map((c) => c[1])).toEqual(expected.map((t) => t.content));
    expect(rows.every((c) => c[2]!.includes('Công an tỉnh') || c[3]!.includes('Công an tỉnh'))).toBe(true);
    expect(r.findParagraph('(Nhiệm vụ Công an tỉnh chủ trì hoặc phối hợp)').runs.every((run) => run.italics)).toBe(true);
  });

  it('filtered by one group, or to the overdue tasks only, holds just those', async () => {
    const group = tasks[0]!.group;
    const byGroup = await exportDoc({ kind: 'assignment', planId: 1, groupId: group.id });
    expect(taskRows(headerTable(byGroup.r)).map((c) => c[1])).toEqual(tasks.filter((t) => t.group.id === group.id).map((t) => t.content));
    const overdue = tasks.filter((t) => t.status === 'open_overdue');
    expect(overdue.length).toBeGreaterThan(0);
    const late = await exportDoc({ kind: 'assignment', planId: 1, overdueOnly: true });
    expect(late.file.fileName).toBe('Bang-phan-cong-nhiem-vu-2022-qua-han.docx');
    expect(taskRows(headerTable(late.r)).map((c) => c[1])).toEqual(overdue.map((t) => t.content));
    expect(late.r.findParagraph(/^\(Nhiệm vụ chưa hoàn thành, quá hạn tính đến ngày 01\/07\/2022\)$/)).toBeDefined();
  });

  it('refuses a filter that leaves no task, with a message for the clerk', async () => {
    // A group whose tasks are all ongoing has no overdue task.
    const ongoingGroup = tasks.find((t) => tasks.filter((x) => x.group.id === t.group.id).every((x) => x.status === 'ongoing'))!.group;
    const result = await app.raw('documents.export', { kind: 'assignment', planId: 1, groupId: ongoingGroup.id, overdueOnly: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Không có nhiệm vụ nào theo điều kiện lọc đã chọn.' } });
  });

  it('gives the print view the same rows as the Word file', async () => {
    const data = await app.call('documents.assignmentTable', { planId: 1 });
    const { r } = await exportDoc({ kind: 'assignment', planId: 1 });
    expect(data.taskCount).toBe(63);
    const printed = data.rows.map((row) => ('group' in row ? [row.stt ?? '', row.group] : [row.stt, row.content, row.lead, row.support, row.deadline, row.expectedOutput]));
    expect(printed).toEqual(dataRows(headerTable(r)));
  });
});

describe('Công văn đôn đốc', () => {
  beforeEach(async () => {
    await signAsDepartment();
    await registerReports();
  });

  it('is addressed to exactly the agencies selected as missing, and names the period and deadlines', async () => {
    const missing = register.entries.filter((e) => e.status.state === 'missing');
    expect(missing).toHaveLength(13);
    const chosen = missing.slice(0, 6).map((e) => e.agency);
    const { file, r } = await exportDoc({ kind: 'urging', planId: 1, periodId: h1.id, agencyIds: chosen.map((a) => a.id), newDeadline: '2022-07-15' });
    expect(file.fileName).toBe('CV-don-doc-6thang-2022.docx');
    checkKinhGui(r, chosen.map((a) => a.shortName));
    const body = checkBody(r).map((p) => p.text);
    // The plan has no number yet: cited without a blank "số /KH-BCĐ138", the province named once.
    expect(body[0]).toMatch(/^Thực hiện Kế hoạch của Ban Chỉ đạo 138 tỉnh về phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022, các cơ quan, đơn vị/);
    expect(body[0]).toContain('báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2022 gửi về Sở Lao động - Thương binh và Xã hội trước ngày 15/6/2022');
    expect(body.join(' ')).toContain('trước ngày 15/7/2022');
    expect(r.findParagraph(/^V\/v đôn đốc gửi báo cáo/).lines.join(' ')).toBe('V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2022');
    checkSignature(r, {
      positionLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      name: 'Lê Thị Hương',
      recipients: ['- Như trên;', '- UBND tỉnh (b/c);', '- Ban Chỉ đạo 138 tỉnh (b/c);', '- Giám đốc, các Phó Giám đốc Sở;', '- Lưu: VT, PCTNXH.'],
      columns: [4124, 5230],
    });
    checkPages(r, ['portrait']);
    checkPageNumbers(r);
    checkFontsAndText(r);
  });

  it('leaves number and day blank for the văn thư by default, and prints them when given', async () => {
    const ids = [idOf('Sở Tư pháp')];
    const draft = await exportDoc({ kind: 'urging', planId: 1, periodId: h1.id, agencyIds: ids });
    expect(draft.r.findParagraph(/^Số:/).text).toBe('Số:         /SLĐTBXH-PCTNXH');
    expect(draft.r.findParagraph(/^Quảng Trị, ngày/).text).toBe('Quảng Trị, ngày        tháng 7 năm 2022');
    const signed = await exportDoc({ kind: 'urging', planId: 1, periodId: h1.id, agencyIds: ids, number: 1050, issuedOn: '2022-07-05' });
    expect(signed.r.findParagraph(/^Số:/).text).toBe('Số: 1050/SLĐTBXH-PCTNXH');
    expect(signed.r.findParagraph(/^Quảng Trị, ngày/).text).toBe('Quảng Trị, ngày 05 tháng 7 năm 2022');
    // One agency: "Kính gửi: Sở Tư pháp." on one line.
    checkKinhGui(draft.r, ['Sở Tư pháp']);
  });

  it('carries the drafting unit set in Cài đặt › Văn bản in its symbol and its Lưu line, and speaks to one agency by name', async () => {
    const { values } = await app.call('documents.settings', { planId: 1 });
    await app.call('documents.updateSettings', {
      planId: 1,
      values: { ...values, letterSymbol: 'SLĐTBXH', draftingUnit: 'PCTNXH', standing: { ...values.standing, archiveLine: 'Lưu: VT.' } },
    });
    const { r } = await exportDoc({ kind: 'urging', planId: 1, periodId: h1.id, agencyIds: [idOf('Sở Tư pháp')], number: 5 });
    expect(r.findParagraph(/^Số:/).text).toBe('Số: 05/SLĐTBXH-PCTNXH');
    expect(r.findParagraph(/^- Lưu:/).text).toBe('- Lưu: VT, PCTNXH.');
    const body = checkBody(r).map((p) => p.text);
    expect(body[1]).toMatch(/chưa nhận được báo cáo 6 tháng đầu năm 2022 của Sở Tư pháp\.$/);
    expect(body.join(' ')).not.toContain('nêu trên');
    // A drafting unit that is not an abbreviation is refused at its field, and nothing is stored.
    const bad = await app.raw('documents.updateSettings', { planId: 1, values: { ...values, draftingUnit: 'Phòng PCTNXH' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'values.draftingUnit' } });
    expect((await app.call('documents.settings', { planId: 1 })).values.draftingUnit).toBe('PCTNXH');
  });

  it('to the 13 agencies still missing refers to the list attached after the signature', async () => {
    const missing = register.entries.filter((e) => e.status.state === 'missing').map((e) => e.agency);
    const { r } = await exportDoc({ kind: 'urging', planId: 1, periodId: h1.id, agencyIds: missing.map((a) => a.id) });
    expect(r.findParagraph(/^Kính gửi:/).text).toBe('Kính gửi: Các cơ quan, đơn vị có tên tại danh sách kèm theo.');
    expect(r.findParagraphs(/^\d+\. /).map((p) => p.text)).toEqual(missing.map((a, i) => `${i + 1}. ${a.shortName}.`));
  });

  it('refuses an agency that has already reported, naming it', async () => {
    const result = await app.raw('documents.export', { kind: 'urging', planId: 1, periodId: h1.id, agencyIds: [idOf('Sở Tư pháp'), idOf('Công an tỉnh')] });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'agencyIds', message: 'Công an tỉnh đã gửi báo cáo kỳ này, không cần đôn đốc.' } });
  });
});

describe('Báo cáo kết quả thực hiện Kế hoạch', () => {
  beforeEach(async () => {
    await signAsDepartment();
    await registerReports();
  });

  it('for the first half of 2022: targets from the figures, Phụ lục I statistics, Phụ lục II who reported', async () => {
    const { file, r } = await exportDoc({ kind: 'report', planId: 1, periodId: h1.id });
    expect(file.fileName).toBe('BC-6thang-2022.docx');
    // Phụ lục I statistics, II who reported, III the districts' figures.
    checkPages(r, ['portrait', 'landscape', 'landscape', 'landscape']);
    checkPageNumbers(r);
    checkFontsAndText(r);
    expect(r.findParagraph('BÁO CÁO').jc).toBe('center');
    expect(r.findParagraph(/^Kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2022/).lines.join(' ')).toBe(
      'Kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2022 và phương hướng, nhiệm vụ 6 tháng cuối năm 2022',
    );
    // Section I says that no case has been reported yet; the outline keeps its numbers.
    expect(r.findParagraph('I. TÌNH HÌNH TỆ NẠN MẠI DÂM TRÊN ĐỊA BÀN')).toBeDefined();
    expect(r.findParagraph(/^Đến nay \(tính đến ngày .*\), chưa có cơ quan, đơn vị nào báo cáo số vụ/)).toBeDefined();
    expect(r.findParagraph('II. KẾT QUẢ THỰC HIỆN')).toBeDefined();
    expect(r.findParagraph('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2022')).toBeDefined();
    // The text ends once, with "./.", on the closing sentence.
    expect(r.findParagraphs(/\.\/\.$/).map((p) => p.text)).toEqual([
      'Trên đây là báo cáo kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2022 của Sở Lao động - Thương binh và Xã hội./.',
    ]);
    // The plan it reports on, in the opening sentence (the plan has no number yet: cited without one).
    expect(r.findParagraph(/^Thực hiện Kế hoạch của Ban Chỉ đạo 138 tỉnh về phòng, chống mại dâm/).runs.some((x) => x.italics)).toBe(false);

    // The targets table, in the body: 14 targets, results from the registered figures.
    const targets = r.tables().find((t) => t.section === 0 && t.rows[0]!.cells[1]?.text === 'Chỉ tiêu')!;
    expect(targets.rows[0]!.cells.map((c) => c.text)).toEqual(['STT', 'Chỉ tiêu', 'Kế hoạch', 'Kết quả', 'Tỷ lệ đạt', 'Đánh giá']);
    const rows = dataRows(targets);
    expect(rows).toHaveLength(14);
    const communes = rows.find((c) => c[1]!.startsWith('100% xã, phường, thị trấn trên địa bàn tỉnh tổ chức'))!;
    expect(communes.slice(2)).toEqual(['100%', '92% (115/125)', '92%', 'Đang thực hiện']);
    const contacts = rows.find((c) => c[1] === 'Tiếp cận, tư vấn cho 50 lượt người bán dâm.')!;
    expect(contacts[2]).toBe('50 lượt người');
    expect(contacts[3]).toMatch(/^32 lượt người/);
    expect(contacts.slice(4)).toEqual(['64%', 'Đang thực hiện']);

    // Phụ lục I: the statistics the reports gave, total split between provincial agencies and districts.
    const stats = r.tables().find((t) => t.section === 1 && t.rows[0]!.tblHeader)!;
    expect(stats.rows[0]!.cells.map((c) => c.text)).toEqual(['STT', 'Chỉ số', 'Đơn vị tính', 'Tổng số', 'Các sở, ban, ngành', 'UBND cấp huyện']);
    expect(dataRows(stats)).toEqual([
      ['1', 'Số xã, phường, thị trấn tổ chức ít nhất một hình thức tuyên truyền', 'xã', '115', '—', '115'],
      ['2', 'Số cơ sở được kiểm tra (không tính trùng)', 'cơ sở', '12', '12', '—'],
      ['3', 'Số lượt người bán dâm được tiếp cận, tư vấn', 'lượt người', '32', '32', '—'],
    ]);
    expect(r.paragraphs().filter((p) => p.section === 1).map((p) => p.text)).toContain('Phụ lục I');

    // Phụ lục II: on time, late (with days), not sent.
    const compliance = dataRows(r.tables().find((t) => t.section === 2 && t.rows[0]!.tblHeader)!);
    expect(compliance[0]).toEqual(['I', 'Gửi báo cáo đúng hạn (10 cơ quan, đơn vị)']);
    expect(compliance).toContainEqual(['1', 'Công an tỉnh', 'Đúng hạn']);
    const lateAt = compliance.findIndex((c) => c[0] === 'II');
    expect(compliance[lateAt]).toEqual(['II', 'Gửi báo cáo chậm (3 cơ quan, đơn vị)']);
    expect(compliance.slice(lateAt + 1, lateAt + 4).map((c) => c.slice(1))).toEqual([
      ['Hội Liên hiệp Phụ nữ tỉnh', 'Chậm 5 ngày'],
      ['UBND huyện Hải Lăng', 'Chậm 5 ngày'],
      ['UBND huyện Cồn Cỏ', 'Chậm 5 ngày'],
    ]);
    const missingAt = compliance.findIndex((c) => c[0] === 'III');
    expect(compliance[missingAt]).toEqual(['III', 'Chưa gửi báo cáo (13 cơ quan, đơn vị)']);
    expect(compliance.slice(missingAt + 1).map((c) => c[1])).toEqual(
      register.entries.filter((e) => e.status.state === 'missing').map((e) => e.agency.shortName),
    );

    // Kính gửi, the signature and Nơi nhận of the report: documents-report-content.test.ts.
  });

  it('carries the clerk’s texts, kept per period, in NFC, and the annual period keeps its own outline', async () => {
    const view = await app.call('documents.texts', { planId: 1, kind: 'report', periodId: h1.id });
    expect(view.saved).toBe(false);
    const sections = structuredClone(view.texts.sections);
    const decomposed = 'Trong 6 tháng đầu năm, tình hình tệ nạn mại dâm trên địa bàn tỉnh cơ bản được kiềm chế.'.normalize('NFD');
    sections[0]!.paragraphs = [decomposed];
    await app.call('documents.saveTexts', { planId: 1, kind: 'report', periodId: h1.id, legalBasis: view.texts.legalBasis, opening: view.texts.opening, sections });

    const again = await app.call('documents.texts', { planId: 1, kind: 'report', periodId: h1.id });
    expect(again).toMatchObject({ saved: true, updatedBy: 'Nguyễn Thị Lan' });
    expect(again.texts.sections[0]!.paragraphs).toEqual([decomposed.normalize('NFC')]);
    const { r } = await exportDoc({ kind: 'report', planId: 1, periodId: h1.id });
    expect(r.findParagraph(decomposed.normalize('NFC')).jc).toBe('both');
    checkFontsAndText(r);

    const annual = await app.call('documents.texts', { planId: 1, kind: 'report', periodId: year.id });
    expect(annual.saved).toBe(false);
    expect(annual.texts.sections[3]!.heading).toBe('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM NĂM 2023');
    const yearly = await exportDoc({ kind: 'report', planId: 1, periodId: year.id });
    expect(yearly.file.fileName).toBe('BC-nam-2022.docx');
    // No figures yet for the year: the statistics appendix is left out, the compliance one stays.
    checkPages(yearly.r, ['portrait', 'landscape']);
    expect(yearly.r.findParagraph(/^Kết quả công tác phòng, chống mại dâm năm 2022/).lines.join(' ')).toBe(
      'Kết quả công tác phòng, chống mại dâm năm 2022 và phương hướng, nhiệm vụ năm 2023',
    );

    const reset = await app.call('documents.resetTexts', { planId: 1, kind: 'report', periodId: h1.id });
    expect(reset.saved).toBe(false);
    expect(reset.texts.sections[0]!.paragraphs).toEqual([]);
  });

  it('is refused for an ad-hoc period, at the period field', async () => {
    const adHoc = await app.call('reporting.createAdHoc', { planId: 1, title: 'Báo cáo nhanh vụ việc tháng 6', dueDate: '2022-06-30', agencyIds: [idOf('Công an tỉnh')] });
    const result = await app.raw('documents.export', { kind: 'report', planId: 1, periodId: adHoc.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'periodId' } });
  });
});

describe('Kế hoạch', () => {
  it('is the plan’s own text with the Steering Committee’s header and signer, and the 63 tasks appended', async () => {
    const { file, r } = await exportDoc({ kind: 'plan', planId: 1 });
    expect(file.fileName).toBe('KH-PCMD-2022.docx');
    checkPages(r, ['portrait', 'landscape']);
    checkPageNumbers(r);
    checkFontsAndText(r);
    expect(r.findParagraph('KẾ HOẠCH').jc).toBe('center');
    expect(r.findParagraph(/^Phòng, chống mại dâm trên địa bàn/).lines.join(' ')).toBe('Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022');
    expect(r.findParagraph(/^Số:/).text).toBe('Số:         /KH-BCĐ138');
    // The date as the signed plan carries it: day and month left for the văn thư.
    expect(r.findParagraph(/^Quảng Trị, ngày/).text.replace(/\s+/g, ' ')).toBe('Quảng Trị, ngày tháng năm 2022');
    expect(r.findParagraph(/^Thực hiện Kế hoạch số 22\/KH-UBND ngày 11\/02\/2022/).text).toContain('Ban chỉ đạo 138 tỉnh Quảng Trị ban hành Kế hoạch');
    expect(r.findParagraph(/^\+ Tiếp cận, tư vấn cho 50 lượt người bán dâm\.$/)).toBeDefined();
    expect(r.findParagraph('III. NHIỆM VỤ, GIẢI PHÁP')).toBeDefined();
    expect(r.findParagraphs(/\.\/\.$/).map((p) => p.text)).toEqual([
      'Ban chỉ đạo 138 tỉnh yêu cầu các Sở, ban ngành, đoàn thể cấp tỉnh và UBND các huyện, thị xã, thành phố triển khai thực hiện Kế hoạch./.',
    ]);
    // One bullet of the plan that is two targets (districts, communes) is printed once.
    expect(r.findParagraphs(/^- 100% huyện, thị xã, thành phố và 100% xã, phường, thị trấn xây dựng kế hoạch/)).toHaveLength(1);
    expect(r.findParagraph(/^1\. Các thành viên Ban Chỉ đạo 138 tỉnh; UBND các huyện, thị xã, thành phố/).text).toContain('định kỳ 6 tháng (trước ngày 15/6), năm (trước ngày 15/12)');
    checkSignature(r, {
      positionLines: ['TRƯỞNG BAN'],
      otherPosition: 'PHÓ CHỦ TỊCH UBND TỈNH',
      name: 'Hoàng Nam',
      recipients: [
        '- Bộ LĐ-TB&XH (b/c);',
        '- TT Tỉnh ủy, TT HĐND tỉnh (b/c);',
        '- Cục PCTNXH (Bộ LĐTB&XH);',
        '- UBMTTQ Việt Nam tỉnh;',
        '- Ban VHXX, HĐND tỉnh;',
        '- Các Sở, ban, ngành, đoàn thể cấp tỉnh (trong KH);',
        '- Các thành viên BCD 138 tỉnh;',
        '- UBND các huyện, thị xã, thành phố;',
        '- CVP, PVP;',
        '- Lưu: VT, NCM, KGVXT.',
      ],
      columns: [3684, 5670],
    });
    const appendix = r.tables().find((t) => t.section === 1 && t.rows[0]!.tblHeader)!;
    expect(taskRows(appendix)).toHaveLength(63);
    expect(r.paragraphs().filter((p) => p.section === 1).map((p) => p.text)).toContain('Phụ lục');
  });
});

describe('exporting, previewing and the log', () => {
  it('a document with a setting missing is previewed with the problem at its field, and not exported', async () => {
    const preview = await app.call('documents.preview', { kind: 'urging', planId: 1, periodId: h1.id, agencyIds: [idOf('Sở Tư pháp')] });
    expect(preview.problem).toEqual({ message: 'Thiếu họ tên người ký. Hãy điền ở Cài đặt › Văn bản.', field: 'standing.signerName' });
    expect(preview.addressees).toEqual(['Sở Tư pháp']);
    const result = await app.raw('documents.export', { kind: 'urging', planId: 1, periodId: h1.id, agencyIds: [idOf('Sở Tư pháp')] });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'standing.signerName' } });
  });

  it('the summary says what will be in the report before it is saved', async () => {
    await signAsDepartment();
    await registerReports();
    const p = await app.call('documents.preview', { kind: 'report', planId: 1, periodId: h1.id });
    expect(p).toMatchObject({
      title: 'Báo cáo kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2022 và phương hướng, nhiệm vụ 6 tháng cuối năm 2022',
      fileName: 'BC-6thang-2022.docx',
      numberLine: 'Số:         /BC-SLĐTBXH',
      dateLine: 'Quảng Trị, ngày        tháng 7 năm 2022',
      signer: 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Lê Thị Hương',
      problem: null,
    });
    expect(p.facts).toContainEqual({ label: 'Báo cáo đã nhận', value: '13/26 cơ quan, đơn vị' });
    expect(p.facts).toContainEqual({ label: 'Phụ lục tình hình gửi báo cáo', value: 'Đúng hạn 10, chậm 3, chưa gửi 13' });
    expect(p.warnings).toContain('13 cơ quan, đơn vị chưa gửi báo cáo kỳ này.');
  });

  it('records what was saved, with the app’s date and the period, latest first', async () => {
    await app.call('documents.recordExport', { planId: 1, kind: 'assignment', title: 'Bảng phân công nhiệm vụ', fileName: 'Bang-phan-cong-nhiem-vu-2022.docx' });
    await app.call('documents.recordExport', { planId: 1, kind: 'report', periodId: h1.id, title: 'Báo cáo kết quả 6 tháng', fileName: 'BC-6thang-2022.docx', savedTo: 'C:\\VanBan\\BC-6thang-2022.docx' });
    const log = await app.call('documents.exports', { planId: 1 });
    expect(log.map((e) => [e.kind, e.periodLabel, e.fileName, e.exportedOn, e.exportedBy, e.savedTo])).toEqual([
      ['report', '6 tháng đầu năm 2022', 'BC-6thang-2022.docx', '2022-07-01', 'Nguyễn Thị Lan', 'C:\\VanBan\\BC-6thang-2022.docx'],
      ['assignment', null, 'Bang-phan-cong-nhiem-vu-2022.docx', '2022-07-01', 'Nguyễn Thị Lan', null],
    ]);
    const bad = await app.raw('documents.recordExport', { planId: 1, kind: 'letter', title: 'x', fileName: 'x.docx' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'kind' } });
  });
});

// LibreOffice renders what was exported: the assignment table's header row on every page, landscape
// appendices, and the report's figures where a reader looks for them.
describe('rendered', () => {
  let dir: string;
  const pdf: Record<string, string> = {};
  beforeAll(async () => {
    assertRenderTools();
    app = await openTempApp({ today: '2022-07-01' });
    const periods = await app.call('reporting.periods', { planId: 1 });
    h1 = periods.find((p) => p.periodType === 'six_month')!;
    register = await app.call('reporting.register', { periodId: h1.id });
    await signAsDepartment();
    await registerReports();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'documents-export-'));
    const missing = register.entries.filter((e) => e.status.state === 'missing').map((e) => e.agency.id);
    const requests: MethodInput<'documents.export'>[] = [
      { kind: 'assignment', planId: 1 },
      { kind: 'report', planId: 1, periodId: h1.id },
      { kind: 'urging', planId: 1, periodId: h1.id, agencyIds: missing },
      { kind: 'plan', planId: 1 },
    ];
    const files: string[] = [];
    for (const req of requests) {
      const f = await app.call('documents.export', req);
      const file = path.join(dir, f.fileName);
      fs.writeFileSync(file, Buffer.from(f.contentBase64, 'base64'));
      files.push(file);
    }
    renderPdfs(files, dir).forEach((p, i) => (pdf[requests[i]!.kind] = p));
    await app.cleanup();
  }, 300_000);
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the assignment table: A4 landscape on every page, the header row again on page 2, 63 tasks', () => {
    const sizes = pageSizes(pdf.assignment!);
    expect(sizes.length).toBeGreaterThan(2);
    for (const s of sizes) expect([Math.round(s.width), Math.round(s.height)]).toEqual([842, 595]);
    const pages = readLayout(pdf.assignment!);
    for (const page of pages.slice(1, 3)) {
      // The header row opens the table on the page: its words on one baseline, above every task.
      const stt = page.words.find((w) => w.text === 'STT')!;
      expect(stt, `page ${page.index} has the header row`).toBeDefined();
      const row = page.words.filter((w) => Math.abs(w.yMin - stt.yMin) < 2).sort((a, b) => a.xMin - b.xMin);
      expect(row.map((w) => w.text).join(' ')).toBe('STT Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời hạn Sản phẩm');
      const taskNumbers = page.words.filter((w) => /^(III|V)\.\d/.test(w.text) && w.xMin < stt.xMax + 20 && w.yMin > stt.yMax);
      expect(taskNumbers.length).toBeGreaterThan(0);
    }
    // The last task, V.13.6, ends the table (its row may begin on the page before).
    expect(pages.map((p) => p.text).join('\n')).toMatch(/V\.13\.6/);
    expect(pages.at(-1)!.text.replace(/\s+/g, ' ')).toMatch(/tái hòa nhập cộng đồng\./);
  });

  // Issue 10: rows may break across pages, so no page but the last stays more than 15% blank.
  it('the assignment table and the plan’s appendix: no page but the last more than 15% blank', () => {
    for (const kind of ['assignment', 'plan'] as const) {
      const pages = readLayout(pdf[kind]!).filter((p) => p.width > p.height);
      expect(pages.length, kind).toBeGreaterThan(2);
      const margin = (20 / 25.4) * 72;
      const blank = pages.slice(0, -1).map((p) => {
        const bottom = Math.max(...p.words.map((w) => w.yMax));
        return Math.round(((p.height - margin - bottom) / (p.height - 2 * margin)) * 100);
      });
      expect(blank.filter((b) => b > 15), `${kind}: ${blank.join(', ')}`).toEqual([]);
    }
  });

  it('the report and the plan: portrait body, landscape appendices; the letter on one portrait page', () => {
    const report = pageSizes(pdf.report!).map((s) => (s.width > s.height ? 'L' : 'P'));
    expect(report[0]).toBe('P');
    expect(report.at(-1)).toBe('L');
    const plan = pageSizes(pdf.plan!).map((s) => (s.width > s.height ? 'L' : 'P'));
    expect(plan[0]).toBe('P');
    expect(plan.at(-1)).toBe('L');
    const letter = readLayout(pdf.urging!);
    expect(letter[0]!.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(letter.flatMap((p) => p.lines).some((l) => l.text === 'Lê Thị Hương')).toBe(true);
  });
});
