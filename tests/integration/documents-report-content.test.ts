// The 6-month report and the urging letter as a secretariat gets them right after recording the
// reports, with nothing typed (issue 12): the plan cited with its number and date, the field named in
// the trích yếu, Kính gửi and Nơi nhận up to the Ministry, sections prefilled from the tasks, notes,
// reports and figures (and no empty heading), the targets judged, the exempt agency in Phụ lục II.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../helpers/temp-app';
import { readDocx, type DocxReader, type TableInfo } from '../helpers/docx/reader';
import { checkBody, checkFontsAndText, checkKinhGui, checkPageNumbers, checkPages, checkSignature } from '../unit/documents/nd30-checks';
import type { MethodInput } from '../../shared/api/contract';
import type { PeriodRegister, ReportingPeriodRow } from '../../shared/api/models';

let app: TempApp;
let h1: ReportingPeriodRow;
let year: ReportingPeriodRow;
let register: PeriodRegister;
const idOf = (shortName: string) => register.entries.find((e) => e.agency.shortName === shortName)!.agency.id;
const dataRows = (t: TableInfo) => t.rows.slice(1).map((row) => row.cells.map((c) => c.text));

async function exportDoc(input: MethodInput<'documents.export'>): Promise<DocxReader> {
  const file = await app.call('documents.export', input);
  const bytes = Buffer.from(file.contentBase64, 'base64');
  // ND30_KEEP_RENDERS=dir keeps the files, to render and look at them.
  if (process.env.ND30_KEEP_RENDERS) fs.writeFileSync(`${process.env.ND30_KEEP_RENDERS}/${file.fileName}`, bytes);
  return readDocx(bytes);
}

async function taskId(code: string): Promise<number> {
  const tasks = await app.call('tasks.list', { planId: 1 });
  return tasks.find((t) => t.code === code)!.id;
}

beforeEach(async () => {
  app = await openTempApp({ today: '2022-07-01' });
  await app.call('settings.update', { clerkName: 'Nguyễn Thị Lan' });
  // The plan as issued: Kế hoạch số 15/KH-BCĐ138 ngày 20/3/2022.
  app.core.database.sqlite.prepare("update plans set number = '15', issued_date = '2022-03-20' where id = 1").run();
  const periods = await app.call('reporting.periods', { planId: 1 });
  h1 = periods.find((p) => p.periodType === 'six_month')!;
  year = periods.find((p) => p.periodType === 'annual')!;
  register = await app.call('reporting.register', { periodId: h1.id });

  const { values } = await app.call('documents.settings', { planId: 1 });
  await app.call('documents.updateSettings', {
    planId: 1,
    values: { ...values, draftingUnit: 'PCTNXH', standing: { ...values.standing, signerName: 'Lê Thị Hương' } },
  });

  // Ten reports: four districts (communes reached), the press, the police, the women's union…
  const on = (name: string, arrivalDate: string, figures: { statisticCode: string; value: number }[]) =>
    app.call('reports.create', { periodId: h1.id, agencyId: idOf(name), arrivalDate, channel: 'paper', figures });
  await on('UBND thành phố Đông Hà', '2022-06-10', [{ statisticCode: 'B06', value: 12 }]);
  await on('UBND huyện Vĩnh Linh', '2022-06-12', [{ statisticCode: 'B06', value: 14 }]);
  await on('UBND huyện Hướng Hóa', '2022-06-14', [{ statisticCode: 'B06', value: 15 }]);
  await on('UBND huyện Gio Linh', '2022-06-20', [{ statisticCode: 'B06', value: 13 }]);
  await on('Sở Thông tin và Truyền thông', '2022-06-10', [{ statisticCode: 'B04', value: 30 }]);
  await on('Báo Quảng Trị', '2022-06-11', [{ statisticCode: 'B04', value: 20 }]);
  await on('Công an tỉnh', '2022-06-14', [{ statisticCode: 'C03', value: 12 }]);
  await on('Hội Liên hiệp Phụ nữ tỉnh', '2022-06-15', [{ statisticCode: 'E01', value: 32 }]);
  await on('Sở Y tế', '2022-06-15', []);
  await on('Sở Tư pháp', '2022-06-13', []);
  // Cồn Cỏ is exempted for the period.
  const conCo = register.entries.find((e) => e.agency.shortName === 'UBND huyện Cồn Cỏ')!;
  await app.call('reporting.setExemption', { expectedReportId: conCo.expectedReportId, exempt: true, reason: 'Huyện đảo, không có cơ sở kinh doanh dịch vụ' });
  // One task completed in the period, with what was done; a progress note on another.
  await app.call('tasks.complete', { taskId: await taskId('V.2.1'), completionDate: '2022-05-20', text: 'Đã ban hành kế hoạch triển khai trong lực lượng Công an' });
  await app.call('tasks.addProgress', { taskId: await taskId('V.3.1'), date: '2022-04-15', text: 'Tổ chức 3 lớp truyền thông phòng, chống HIV/AIDS cho nhân viên cơ sở lưu trú' });
  register = await app.call('reporting.register', { periodId: h1.id });
});
afterEach(async () => {
  await app.cleanup();
});

describe('the 6-month report exported with nothing typed', () => {
  it('opens as reports are written: the plan with its number and date, the field in the trích yếu', async () => {
    const r = await exportDoc({ kind: 'report', planId: 1, periodId: h1.id });
    checkPages(r, ['portrait', 'landscape', 'landscape', 'landscape']);
    checkPageNumbers(r);
    checkFontsAndText(r);
    expect(r.findParagraph(/^Kết quả công tác/).lines.join(' ')).toBe(
      'Kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2022 và phương hướng, nhiệm vụ 6 tháng cuối năm 2022',
    );
    const body = checkBody(r).map((p) => p.text);
    expect(body[0]).toBe(
      'Thực hiện Kế hoạch số 15/KH-BCĐ138 ngày 20/3/2022 của Ban Chỉ đạo 138 tỉnh về phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022, Sở Lao động - Thương binh và Xã hội báo cáo kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2022 như sau:',
    );
    // No bare italic căn cứ line.
    expect(r.findParagraphs(/^Kế hoạch số/)).toEqual([]);
    // Where the plan's VI.2 sends the Sở's report: "báo cáo Ủy ban nhân dân tỉnh, Ủy ban quốc gia …".
    checkKinhGui(r, ['Ủy ban nhân dân tỉnh Quảng Trị', 'Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm']);
    checkSignature(r, {
      positionLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      name: 'Lê Thị Hương',
      recipients: [
        '- Như trên;',
        '- Bộ LĐ-TB&XH (b/c);',
        '- Cục PCTNXH (Bộ LĐTB&XH);',
        '- Ban Chỉ đạo 138 tỉnh (b/c);',
        '- Các Sở, ban, ngành, đoàn thể cấp tỉnh (trong KH);',
        // The plan's own Nơi nhận reads "BCD 138" (a slip of the signed plan): spelled right here.
        '- Các thành viên BCĐ 138 tỉnh;',
        '- UBND các huyện, thị xã, thành phố;',
        '- Lưu: VT, PCTNXH.',
      ],
      columns: [4124, 5230],
    });
  });

  it('addresses Kính gửi where the plan’s upward duty sends the report, and without one to UBND tỉnh and the plan’s issuer', async () => {
    const duties = await app.call('reporting.duties', { planId: 1 });
    const vi2 = duties.find((d) => d.upward)!;
    expect(vi2.recipientText).toBe('Ủy ban nhân dân tỉnh; Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm');
    // The settings offered (the clerk's saved ones, here from before, win at export) follow the duty: the
    // clerk names the Ministry too.
    await app.call('duties.update', {
      dutyId: vi2.id,
      periodType: vi2.periodType,
      title: vi2.title,
      dueText: vi2.dueText,
      upward: true,
      recipientText: 'Ủy ban nhân dân tỉnh; Bộ Lao động - Thương binh và Xã hội; Ủy ban nhân dân tỉnh',
      obliged: [],
    });
    const offered = async () => (await app.call('documents.settings', { planId: 1 })).defaults.reportAddressees;
    expect(await offered()).toEqual(['Ủy ban nhân dân tỉnh Quảng Trị', 'Bộ Lao động - Thương binh và Xã hội']);
    // Taken as the settings, they are the exported report's Kính gửi.
    const { values } = await app.call('documents.settings', { planId: 1 });
    await app.call('documents.updateSettings', { planId: 1, values: { ...values, reportAddressees: await offered() } });
    checkKinhGui(await exportDoc({ kind: 'report', planId: 1, periodId: h1.id }), ['Ủy ban nhân dân tỉnh Quảng Trị', 'Bộ Lao động - Thương binh và Xã hội']);
    // No upward duty: the province and the plan's issuer, as before.
    await app.call('duties.delete', { dutyId: vi2.id });
    expect(await offered()).toEqual(['Ủy ban nhân dân tỉnh Quảng Trị', 'Ban Chỉ đạo 138 tỉnh Quảng Trị']);
  });

  it('the urging letter cites the plan as the report does: number, date 20/3/2022, the province named once', async () => {
    const missing = register.entries.filter((e) => e.status.state === 'missing').map((e) => e.agency.id);
    const r = await exportDoc({ kind: 'urging', planId: 1, periodId: h1.id, agencyIds: missing.slice(0, 1) });
    expect(checkBody(r)[0]!.text).toMatch(
      /^Thực hiện Kế hoạch số 15\/KH-BCĐ138 ngày 20\/3\/2022 của Ban Chỉ đạo 138 tỉnh về phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022, các cơ quan, đơn vị, địa phương có trách nhiệm báo cáo/,
    );
  });

  it('cites a plan not yet issued without a blank number', async () => {
    app.core.database.sqlite.prepare('update plans set number = null, issued_date = null where id = 1').run();
    const r = await exportDoc({ kind: 'report', planId: 1, periodId: h1.id });
    const body = checkBody(r).map((p) => p.text);
    expect(body[0]).toMatch(/^Thực hiện Kế hoạch của Ban Chỉ đạo 138 tỉnh về phòng, chống mại dâm/);
    expect(body.filter((t) => /Kế hoạch số/.test(t))).toEqual([]);
    const p = await app.call('documents.preview', { kind: 'report', planId: 1, periodId: h1.id });
    expect(p.warnings.some((w) => w.startsWith('Kế hoạch chưa có số, ngày ban hành'))).toBe(true);
  });

  it('prints no empty heading and prefills the sections from the tasks, notes, reports and figures', async () => {
    const r = await exportDoc({ kind: 'report', planId: 1, periodId: h1.id });
    const body = r.paragraphs().filter((p) => p.section === 0 && !p.inTable);
    const texts = body.map((p) => p.text);
    // Every heading has text (or the targets table) after it before the next heading of its level or above.
    const headingAt = body.map((p) => /^(Heading[123])$/.test(p.el.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val') ?? ''));
    headingAt.forEach((isHeading, i) => {
      if (isHeading) expect(i + 1 < body.length && (!headingAt[i + 1] || texts[i + 1]!.length > 0), `"${texts[i]}" has content`).toBe(true);
    });
    expect(texts).not.toContain('8. Hợp tác quốc tế');
    // I.1 says what the figures say: here, that nobody has reported cases yet.
    const i1 = texts.indexOf('1. Đặc điểm, diễn biến, phương thức, thủ đoạn; địa bàn trọng điểm');
    expect(texts[i1 + 1]).toBe('Đến nay (tính đến ngày 14/06/2022), chưa có cơ quan, đơn vị nào báo cáo số vụ, số đối tượng liên quan đến mại dâm phát hiện trong kỳ.');
    // III.3 and III.4 from the reports' compliance; V asks the province to enforce it.
    const after = (heading: string) => texts.slice(texts.indexOf(heading) + 1, texts.indexOf(heading) + 3);
    expect(after('3. Nguyên nhân')).toEqual([
      'Những tồn tại, hạn chế trên chủ yếu do:',
      '- Một số cơ quan, đơn vị chưa thực hiện nghiêm chế độ thông tin, báo cáo theo Kế hoạch (15 chưa gửi, 1 gửi chậm), nên số liệu tổng hợp chưa đầy đủ, chưa phản ánh hết kết quả thực hiện.',
    ]);
    expect(after('4. Bài học kinh nghiệm')[0]).toBe(
      '- Thực hiện nghiêm chế độ báo cáo định kỳ là cơ sở để tổng hợp, đánh giá kết quả và kịp thời đề xuất giải pháp: trong kỳ, 9/25 cơ quan, đơn vị đến hạn đã gửi báo cáo đúng hạn, 1 gửi chậm (UBND huyện Gio Linh), 15 chưa gửi.',
    );
    expect(after('V. ĐỀ XUẤT, KIẾN NGHỊ')[0]).toBe(
      '- Đề nghị Ủy ban nhân dân tỉnh Quảng Trị chỉ đạo các cơ quan, đơn vị, địa phương thực hiện nghiêm chế độ thông tin, báo cáo định kỳ theo Kế hoạch, gửi báo cáo đúng thời hạn để tổng hợp.',
    );
    // 25 must report (26 less Cồn Cỏ, exempt); Gio Linh's report came on 20/6, after 15/6, so the count
    // is as the register stands now, not "tính đến ngày 14/06/2022" (the window's last day).
    expect(texts).toContain(
      `Đến nay, 10/25 cơ quan, đơn vị đã gửi báo cáo (9 đúng hạn, 1 gửi chậm); 15 cơ quan, đơn vị chưa gửi (chi tiết tại Phụ lục II).`,
    );
    // The figures in the section of their field.
    const i2 = texts.findIndex((t) => /^\d+\. Công tác thông tin, tuyên truyền, giáo dục$/.test(t));
    expect(i2).toBeGreaterThan(0);
    expect(texts[i2 + 1]).toBe(
      'Theo báo cáo của các cơ quan, đơn vị, trong kỳ: số tin, bài, phóng sự trên báo, đài, cổng thông tin điện tử, mạng xã hội: 50 tin, bài; số xã, phường, thị trấn tổ chức ít nhất một hình thức tuyên truyền: 54 xã.',
    );
    // The task completed in the period and the progress note, under their groups.
    expect(texts.some((t) => /^- .*\(Công an tỉnh chủ trì\): đã ban hành kế hoạch triển khai trong lực lượng Công an; đã hoàn thành ngày 20\/05\/2022\.$/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('(Sở Y tế chủ trì): tổ chức 3 lớp truyền thông phòng, chống HIV/AIDS cho nhân viên cơ sở lưu trú'))).toBe(true);
    expect(texts.some((t) => /^\d+\. Kết quả thực hiện các nhiệm vụ của Kế hoạch$/.test(t))).toBe(true);
    // Đánh giá chung and phương hướng from the counts.
    // V.2.1, completed on 20/05, and V.2.3, Công an tỉnh's 6-monthly task done for H1 by its report of
    // 14/06, count in the period, as on the task board; only V.2.1 is done for good.
    expect(texts.some((t) => /^- .*\(Công an tỉnh chủ trì\): đã hoàn thành kỳ 6 tháng đầu năm 2022 ngày 14\/06\/2022\.$/.test(t))).toBe(true);
    // At mid-year the targets are the year's, still in progress: 32 of 50 contacts (64%) is past half the
    // year's value; 54 of 125 communes (43,2% of the 100% target) is not. None is "not met" yet.
    expect(texts.find((t) => t.startsWith('Trong kỳ, các cơ quan, đơn vị đã hoàn thành'))).toBe(
      'Trong kỳ, các cơ quan, đơn vị đã hoàn thành 2 nhiệm vụ (trong đó 1 nhiệm vụ định kỳ đã hoàn thành phần việc của kỳ này); lũy kế 1/63 nhiệm vụ của Kế hoạch đã hoàn thành. ' +
        'Các chỉ tiêu của Kế hoạch là chỉ tiêu năm, đang thực hiện; trong 2 chỉ tiêu đã có số liệu: 1 chỉ tiêu đạt từ 50% kế hoạch năm trở lên, 1 chỉ tiêu đạt dưới 50% kế hoạch năm, cần đẩy nhanh tiến độ trong 6 tháng cuối năm 2022.',
    );
    expect(texts).toContain('Còn 15 cơ quan, đơn vị chưa gửi báo cáo (chi tiết tại Phụ lục II).');
    expect(texts).toContain('Có 1 cơ quan, đơn vị gửi báo cáo chậm so với thời hạn: UBND huyện Gio Linh.');
    expect(texts.some((t) => t.startsWith('Sở Lao động - Thương binh và Xã hội tiếp tục hướng dẫn, đôn đốc'))).toBe(true);
  });

  it('judges the targets: partial data named, qualitative targets with their figures, II.2.4a and b told apart', async () => {
    const r = await exportDoc({ kind: 'report', planId: 1, periodId: h1.id });
    const targets = r.tables().find((t) => t.section === 0 && t.rows[0]!.cells[1]?.text === 'Chỉ tiêu')!;
    expect(targets.rows[0]!.cells.map((c) => c.text)).toEqual(['STT', 'Chỉ tiêu', 'Kế hoạch', 'Kết quả', 'Tỷ lệ đạt', 'Đánh giá']);
    const rows = dataRows(targets);
    const communes = rows.find((c) => c[1]!.startsWith('100% xã, phường, thị trấn trên địa bàn tỉnh tổ chức'))!;
    // 54 communes from 4 of the 9 districts that must report (Cồn Cỏ exempt): mid-year, still in progress.
    expect(communes[3]).toBe('43,2% (54/125)\n(số liệu của 4/9 đơn vị)');
    expect(communes[5]).toBe('Đang thực hiện');
    const press = rows.find((c) => c[1]!.startsWith('Thông tin về công tác phòng, chống mại dâm'))!;
    expect(press.slice(2, 4)).toEqual(['Định tính', '50 tin, bài\n(số liệu của 2/3 đơn vị)']);
    expect(press[5]).toBe('Đang thực hiện');
    const contacts = rows.find((c) => c[1] === 'Tiếp cận, tư vấn cho 50 lượt người bán dâm.')!;
    expect(contacts.slice(2)).toEqual(['50 lượt người', '32 lượt người\n(số liệu của 5/10 đơn vị)', '64%', 'Đang thực hiện']);
    const shared = rows.filter((c) => c[1]!.includes('(10 huyện, thị xã, thành phố)') || c[1]!.includes('(125 xã, phường, thị trấn)'));
    expect(new Set(shared.map((c) => c[1])).size).toBe(shared.length);
    expect(new Set(rows.map((c) => c[1])).size).toBe(rows.length);
  });

  it('at year end judges Đạt / Chưa đạt', async () => {
    await app.call('reports.create', { periodId: year.id, agencyId: idOf('Hội Liên hiệp Phụ nữ tỉnh'), arrivalDate: '2022-06-30', channel: 'paper', figures: [{ statisticCode: 'E01', value: 55 }] });
    await app.call('reports.create', { periodId: year.id, agencyId: idOf('UBND huyện Vĩnh Linh'), arrivalDate: '2022-06-30', channel: 'paper', figures: [{ statisticCode: 'B06', value: 14 }] });
    const r = await exportDoc({ kind: 'report', planId: 1, periodId: year.id });
    const rows = dataRows(r.tables().find((t) => t.section === 0 && t.rows[0]!.cells[1]?.text === 'Chỉ tiêu')!);
    expect(rows.find((c) => c[1] === 'Tiếp cận, tư vấn cho 50 lượt người bán dâm.')![5]).toBe('Đạt');
    expect(rows.some((c) => c[5] === 'Chưa đạt' || c[5] === 'Chưa có số liệu')).toBe(true);
    expect(rows.some((c) => c[5] === 'Đang thực hiện')).toBe(false);
    // III.1 counts the two: 55 of 50 contacts is met, 14 of 125 communes is not.
    expect(r.paragraphs().some((p) => p.text.endsWith('Trong 2 chỉ tiêu đã có số liệu: 1 chỉ tiêu đạt kế hoạch, 1 chỉ tiêu chưa đạt.'))).toBe(true);
    // V asks for the target not met (14 of 125 communes reached the propaganda target), by its wording.
    expect(rows.filter((c) => c[5] === 'Chưa đạt').map((c) => c[1])).toEqual([
      '100% xã, phường, thị trấn trên địa bàn tỉnh tổ chức được ít nhất là một hình thức tuyên truyền về phòng ngừa mại dâm và được duy trì thường xuyên.',
    ]);
    expect(r.paragraphs().map((p) => p.text)).toContain(
      '- Đề nghị Ủy ban nhân dân tỉnh Quảng Trị quan tâm chỉ đạo các cơ quan, đơn vị tập trung thực hiện các chỉ tiêu chưa đạt: "100% xã, phường, thị trấn trên địa bàn tỉnh tổ chức được ít nhất là một hình thức tuyên truyền về phòng ngừa mại dâm và được duy trì thường xuyên".',
    );
  });

  it('exported before its due day, the annual report counts the agencies not yet due apart and blames none of them', async () => {
    // Today is 01/07/2022; the annual report is due 15/12. Before any agency has sent it, none is
    // counted as "0/26 … (0 đúng hạn)": the sentence says none has, all 26 not yet due (no figure: "Phụ lục").
    const none = (await exportDoc({ kind: 'report', planId: 1, periodId: year.id })).paragraphs().map((p) => p.text);
    expect(none).toContain('Đến nay, chưa có cơ quan, đơn vị nào gửi báo cáo; 26 cơ quan, đơn vị chưa đến hạn gửi (chi tiết tại Phụ lục).');
    // Two of its 26 agencies have sent it; the other 24 are not late, so neither III.2, III.3 nor V
    // speaks of reports not sent.
    await app.call('reports.create', { periodId: year.id, agencyId: idOf('Hội Liên hiệp Phụ nữ tỉnh'), arrivalDate: '2022-06-30', channel: 'paper', figures: [{ statisticCode: 'E01', value: 55 }] });
    await app.call('reports.create', { periodId: year.id, agencyId: idOf('UBND huyện Vĩnh Linh'), arrivalDate: '2022-06-30', channel: 'paper', figures: [{ statisticCode: 'B06', value: 14 }] });
    const texts = (await exportDoc({ kind: 'report', planId: 1, periodId: year.id })).paragraphs().map((p) => p.text);
    expect(texts).toContain('Đến nay, 2/26 cơ quan, đơn vị đã gửi báo cáo (2 đúng hạn); 24 cơ quan, đơn vị chưa đến hạn gửi (chi tiết tại Phụ lục II).');
    // The year's figures run to 14/12/2022, a day still to come: I.1 counts them to today, 01/07/2022.
    expect(year.windowTo).toBe('2022-12-14');
    expect(texts).toContain('Đến nay (tính đến ngày 01/07/2022), chưa có cơ quan, đơn vị nào báo cáo số vụ, số đối tượng liên quan đến mại dâm phát hiện trong kỳ.');
    expect(texts.filter((t) => t.includes('14/12/2022'))).toEqual([]);
    expect(texts.filter((t) => /chưa gửi báo cáo|chế độ thông tin, báo cáo/.test(t))).toEqual([]);
    // III.4 drew a lesson from "2/26 … đúng hạn" with 24 not yet due: the period's reports are not yet
    // due, the two sent came early, so there is no lesson on reporting and no count of them.
    expect(texts.filter((t) => /^- Thực hiện nghiêm chế độ báo cáo định kỳ|cơ quan, đơn vị đến hạn|\d+\/26 cơ quan, đơn vị gửi/.test(t))).toEqual([]);
  });

  it('III.4 counts only the agencies whose report is due: some, all on time, one agency', async () => {
    // Today is 01/07/2022; the 6-month report was due 15/06. The clerk exempts agencies until only a few
    // must report: Công an tỉnh and Sở Y tế sent on time, Gio Linh on 20/06 (late), Cam Lộ nothing.
    const lesson = async () => {
      const texts = (await exportDoc({ kind: 'report', planId: 1, periodId: h1.id })).paragraphs().map((p) => p.text);
      // III.4 is numbered 3 when III.3 has nothing to say.
      const at = texts.findIndex((t) => /^\d\. Bài học kinh nghiệm$/.test(t));
      return texts.slice(at + 1).filter((t, i, all) => t.startsWith('- ') && all.slice(0, i).every((x) => x.startsWith('- '))).filter((t) => t.includes('báo cáo định kỳ'));
    };
    const exemptAllBut = async (keep: string[]) => {
      for (const e of (await app.call('reporting.register', { periodId: h1.id })).entries) {
        if (!e.exempt && !keep.includes(e.agency.shortName)) await app.call('reporting.setExemption', { expectedReportId: e.expectedReportId, exempt: true, reason: 'Không phát sinh' });
      }
    };
    const STRICT = '- Thực hiện nghiêm chế độ báo cáo định kỳ là cơ sở để tổng hợp, đánh giá kết quả và kịp thời đề xuất giải pháp';
    await exemptAllBut(['Công an tỉnh', 'Sở Y tế', 'UBND huyện Gio Linh', 'UBND huyện Cam Lộ']);
    expect(await lesson()).toEqual([`${STRICT}: trong kỳ, 2/4 cơ quan, đơn vị đến hạn đã gửi báo cáo đúng hạn, 1 gửi chậm (UBND huyện Gio Linh), 1 chưa gửi (UBND huyện Cam Lộ).`]);
    await exemptAllBut(['Công an tỉnh', 'Sở Y tế']);
    // Section II counts the same two: the exempted agencies' reports are not "đã gửi" of 2.
    expect((await exportDoc({ kind: 'report', planId: 1, periodId: h1.id })).paragraphs().map((p) => p.text)).toContain(
      'Đến nay, 2/2 cơ quan, đơn vị đã gửi báo cáo (2 đúng hạn) (chi tiết tại Phụ lục II).',
    );
    expect(await lesson()).toEqual([`${STRICT}: cả 2 cơ quan, đơn vị đến hạn đều gửi báo cáo đúng hạn.`]);
    await exemptAllBut(['Công an tỉnh']);
    expect(await lesson()).toEqual([`${STRICT}: Công an tỉnh đã gửi báo cáo đúng hạn.`]);
  });

  it('lists the exempt agency with its reason in Phụ lục II', async () => {
    const r = await exportDoc({ kind: 'report', planId: 1, periodId: h1.id });
    const compliance = dataRows(r.tables().find((t) => t.section === 2 && t.rows[0]!.tblHeader)!);
    expect(compliance).toContainEqual(['IV', 'Được miễn báo cáo kỳ này (1 cơ quan, đơn vị)']);
    expect(compliance).toContainEqual(['1', 'UBND huyện Cồn Cỏ', 'Được miễn: huyện đảo, không có cơ sở kinh doanh dịch vụ']);
  });
});

describe('III.4, the lesson on deadlines, in the exported report', () => {
  it('names the one task due in the period instead of counting "1/1", and says the follow-up must be closer when it is not done', async () => {
    // V.2.1 falls due on 31/05/2022, inside the 6-month window; it was completed on 20/05.
    app.core.database.sqlite.prepare("update tasks set deadline_kind = 'date', deadline = '2022-05-31', deadline_text = null where plan_id = 1 and code = 'V.2.1'").run();
    const lessons = async () => {
      const texts = (await exportDoc({ kind: 'report', planId: 1, periodId: h1.id })).paragraphs().map((p) => p.text);
      const at = texts.indexOf('4. Bài học kinh nghiệm');
      return texts.slice(at + 1).filter((t, i, all) => t.startsWith('- ') && all.slice(0, i).every((x) => x.startsWith('- ')));
    };
    expect((await lessons())[0]).toBe(
      '- Phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn của từng nhiệm vụ, thường xuyên theo dõi, đôn đốc đã giúp nhiệm vụ đến hạn trong kỳ (V.2.1) được hoàn thành đúng hạn.',
    );
    // Not completed: no "0/1", the task named as not done.
    app.core.database.sqlite.prepare("update tasks set completion_date = null where plan_id = 1 and code = 'V.2.1'").run();
    const open = await lessons();
    expect(open[0]).toBe('- Việc theo dõi, đôn đốc thực hiện nhiệm vụ theo thời hạn được giao cần thường xuyên, chặt chẽ hơn: nhiệm vụ đến hạn trong kỳ (V.2.1) chưa hoàn thành.');
    expect(open.filter((t) => /\b[01]\/1 nhiệm vụ/.test(t))).toEqual([]);
  });
});

describe('Phụ lục I, statistics', () => {
  it('counts a prosecution reported by both the Công an and the Viện kiểm sát once, and shows contradicting totals before export', async () => {
    const on = (name: string, figures: { statisticCode: string; value: number }[]) =>
      app.call('reports.create', { periodId: h1.id, agencyId: idOf(name), arrivalDate: '2022-06-14', channel: 'paper', figures });
    await on('Viện Kiểm sát nhân dân tỉnh', [{ statisticCode: 'D05', value: 1 }]);
    await on('Sở Văn hóa, Thể thao và Du lịch', [{ statisticCode: 'C02', value: 132 }, { statisticCode: 'C03', value: 124 }]);
    // The Công an had reported C03 12 and now also reports the same prosecution, and cases.
    const police = (await app.call('reporting.register', { periodId: h1.id })).entries.find((e) => e.agency.shortName === 'Công an tỉnh')!;
    await app.call('reports.update', {
      reportId: police.report!.id,
      arrivalDate: '2022-06-14',
      channel: 'paper',
      figures: [{ statisticCode: 'C03', value: 12 }, { statisticCode: 'D04', value: 2 }, { statisticCode: 'D05', value: 1 }],
    });
    const r = await exportDoc({ kind: 'report', planId: 1, periodId: h1.id });
    const stats = dataRows(r.tables().find((t) => t.section === 1 && t.rows[0]!.tblHeader)!);
    expect(stats.find((c) => c[1] === 'Số vụ truy tố')!.slice(2, 4)).toEqual(['vụ', '1']);
    expect(stats.find((c) => c[1] === 'Số vụ khởi tố')!.slice(2, 6)).toEqual(['vụ', '2', '2', '—']);
    // 12 + 124 = 136 establishments inspected against 132 inspections.
    const preview = () => app.call('documents.preview', { kind: 'report', planId: 1, periodId: h1.id });
    const p = await preview();
    expect(p.figureChecks).toEqual([{ rule: 'C03>C02', text: 'số cơ sở được kiểm tra lớn hơn số lượt cơ sở được kiểm tra (136 so với 132)', accepted: null }]);
    expect(p.problem).toBeNull();

    // The clerk accepts it: who and when are recorded, in the history too, and the preview says so.
    expect(await app.call('documents.acceptFigureCheck', { planId: 1, periodId: h1.id, rule: 'C03>C02' })).toEqual([
      { rule: 'C03>C02', text: 'số cơ sở được kiểm tra lớn hơn số lượt cơ sở được kiểm tra (136 so với 132)', accepted: { by: 'Nguyễn Thị Lan', on: '2022-07-01' } },
    ]);
    expect((await preview()).figureChecks[0]!.accepted).toEqual({ by: 'Nguyễn Thị Lan', on: '2022-07-01' });
    const history = app.core.database.sqlite
      .prepare("select actor, action, new_value from audit_log where entity = 'figure_check_acceptances' and entity_id = ?")
      .all(h1.id);
    expect(history).toEqual([
      { actor: 'Nguyễn Thị Lan', action: 'create', new_value: 'Chấp nhận số liệu chưa khớp: số cơ sở được kiểm tra lớn hơn số lượt cơ sở được kiểm tra (136 so với 132)' },
    ]);
    // Accepting it again records nothing more.
    await app.call('documents.acceptFigureCheck', { planId: 1, periodId: h1.id, rule: 'C03>C02' });
    expect(app.core.database.sqlite.prepare('select count(*) as n from figure_check_acceptances').get()).toEqual({ n: 1 });

    // Other totals are another contradiction: shown again, not accepted.
    const vhttdl = (await app.call('reporting.register', { periodId: h1.id })).entries.find((e) => e.agency.shortName === 'Sở Văn hóa, Thể thao và Du lịch')!;
    await app.call('reports.update', { reportId: vhttdl.report!.id, arrivalDate: '2022-06-14', channel: 'paper', figures: [{ statisticCode: 'C02', value: 130 }, { statisticCode: 'C03', value: 124 }] });
    expect((await preview()).figureChecks).toEqual([{ rule: 'C03>C02', text: 'số cơ sở được kiểm tra lớn hơn số lượt cơ sở được kiểm tra (136 so với 130)', accepted: null }]);
    // A contradiction no longer in the figures cannot be accepted; nothing is stored.
    await app.call('reports.update', { reportId: vhttdl.report!.id, arrivalDate: '2022-06-14', channel: 'paper', figures: [{ statisticCode: 'C02', value: 140 }, { statisticCode: 'C03', value: 124 }] });
    expect((await preview()).figureChecks).toEqual([]);
    expect(await app.raw('documents.acceptFigureCheck', { planId: 1, periodId: h1.id, rule: 'C03>C02' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'rule' } });
    expect(app.core.database.sqlite.prepare('select count(*) as n from figure_check_acceptances').get()).toEqual({ n: 1 });
  });
});

describe('the Chỉ tiêu screen and the report count the same way', () => {
  it('a target on prosecutions reported by both the Công an and the Viện kiểm sát shows 1 on the screen and in the report, and follows the clerk’s source', async () => {
    const target = await app.call('targets.create', {
      planId: 1,
      code: 'X.1',
      wording: 'Truy tố ít nhất 2 vụ án về mại dâm.',
      kind: 'count',
      comparator: 'at_least',
      value: 2,
      denominator: null,
      statistic: 'D05',
    });
    const on = (name: string, value: number) =>
      app.call('reports.create', { periodId: h1.id, agencyId: idOf(name), arrivalDate: '2022-06-14', channel: 'paper', figures: [{ statisticCode: 'D05', value }] });
    await on('Viện Kiểm sát nhân dân tỉnh', 1);
    await on('Tòa án nhân dân tỉnh', 3);
    const police = register.entries.find((e) => e.agency.shortName === 'Công an tỉnh')!;
    await app.call('reports.update', { reportId: police.report!.id, arrivalDate: '2022-06-14', channel: 'paper', figures: [{ statisticCode: 'D05', value: 1 }] });

    const screen = async () => {
      const row = (await app.call('targets.progress', { planId: 1 })).find((p) => p.targetId === target.id)!;
      const period = row.periods.find((p) => p.periodId === h1.id)!;
      return {
        achieved: period.progress.achieved,
        toDate: row.toDate.progress.achieved,
        from: period.contributions.map((c) => c.agency.shortName),
        leftOut: period.leftOut.map((f) => [f.agency.shortName, f.value, f.source.shortName]),
      };
    };
    const inReport = async () => {
      const r = await exportDoc({ kind: 'report', planId: 1, periodId: h1.id });
      return dataRows(r.tables().find((t) => t.section === 0 && t.rows[0]!.cells[1]?.text === 'Chỉ tiêu')!).find((c) => c[1] === 'Truy tố ít nhất 2 vụ án về mại dâm.')![3];
    };
    // The Viện kiểm sát is the source of prosecutions: 1, not 1 + 3 + 1.
    // The screen names the two figures left out and the source counted instead.
    expect(await screen()).toEqual({
      achieved: 1,
      toDate: 1,
      from: ['Viện Kiểm sát nhân dân tỉnh'],
      leftOut: [
        ['Công an tỉnh', 1, 'Viện Kiểm sát nhân dân tỉnh'],
        ['Tòa án nhân dân tỉnh', 3, 'Viện Kiểm sát nhân dân tỉnh'],
      ],
    });
    expect(await inReport()).toBe('1');
    // The clerk adds every agency's figures: both the screen and the report say 5.
    await app.call('documents.setStatisticSource', { planId: 1, statisticCode: 'D05', agencyId: null });
    expect(await screen()).toMatchObject({ achieved: 5, leftOut: [] });
    expect(await inReport()).toBe('5');
  });
});

describe('the source of each statistic, in Cài đặt', () => {
  it('lists the built-in sources, takes the clerk’s choice with its history, and the report follows it', async () => {
    const rows = await app.call('documents.statisticSources', { planId: 1 });
    expect(rows.find((r) => r.code === 'D05')).toMatchObject({ label: 'Số vụ truy tố', agency: { shortName: 'Viện Kiểm sát nhân dân tỉnh' }, builtIn: true });
    expect(rows.find((r) => r.code === 'D04')!.agency!.shortName).toBe('Công an tỉnh');
    expect(rows.find((r) => r.code === 'B06')).toMatchObject({ agency: null, builtIn: true });

    const on = (name: string, figures: { statisticCode: string; value: number }[]) =>
      app.call('reports.create', { periodId: h1.id, agencyId: idOf(name), arrivalDate: '2022-06-14', channel: 'paper', figures });
    await on('Viện Kiểm sát nhân dân tỉnh', [{ statisticCode: 'D05', value: 1 }]);
    await on('Tòa án nhân dân tỉnh', [{ statisticCode: 'D05', value: 3 }]);
    const prosecutions = async () => {
      const r = await exportDoc({ kind: 'report', planId: 1, periodId: h1.id });
      return dataRows(r.tables().find((t) => t.section === 1 && t.rows[0]!.tblHeader)!).find((c) => c[1] === 'Số vụ truy tố')![3];
    };
    expect(await prosecutions()).toBe('1');

    // The clerk adds every agency's figures for D05, then goes back to the built-in rule.
    const after = await app.call('documents.setStatisticSource', { planId: 1, statisticCode: 'D05', agencyId: null });
    expect(after.find((r) => r.code === 'D05')).toMatchObject({ agency: null, builtIn: false });
    expect(await prosecutions()).toBe('4');
    const audit = app.core.database.sqlite
      .prepare("select actor, field, old_value, new_value from audit_log where entity = 'statistic_sources'")
      .all();
    expect(audit).toContainEqual({
      actor: 'Nguyễn Thị Lan',
      field: 'D05',
      old_value: 'Viện Kiểm sát nhân dân tỉnh (mặc định)',
      new_value: 'Cộng số liệu của các cơ quan, đơn vị',
    });
    await app.call('documents.setStatisticSource', { planId: 1, statisticCode: 'D05', agencyId: null, builtIn: true });
    expect(await prosecutions()).toBe('1');

    // An agency outside the plan, or an unknown statistic, is refused at its field, and nothing changes.
    expect(await app.raw('documents.setStatisticSource', { planId: 1, statisticCode: 'D05', agencyId: 99999 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'agencyId' },
    });
    expect(await app.raw('documents.setStatisticSource', { planId: 1, statisticCode: 'X99', agencyId: null })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'statisticCode' },
    });
    expect((await app.call('documents.statisticSources', { planId: 1 })).find((r) => r.code === 'D05')!.builtIn).toBe(true);
  });
});

describe('the 2023 report, after the 2022 plan with its figures', () => {
  it('has "Cùng kỳ năm trước" and "Tăng/giảm (%)" from the same period of 2022', async () => {
    await app.cleanup();
    app = await openTempApp({ today: '2023-07-01' });
    const periods2022 = await app.call('reporting.periods', { planId: 1 });
    const h2022 = periods2022.find((p) => p.periodType === 'six_month')!;
    register = await app.call('reporting.register', { periodId: h2022.id });
    await app.call('reports.create', { periodId: h2022.id, agencyId: idOf('UBND huyện Vĩnh Linh'), arrivalDate: '2022-06-10', channel: 'paper', figures: [{ statisticCode: 'B06', value: 20 }] });
    await app.call('reports.create', { periodId: h2022.id, agencyId: idOf('Công an tỉnh'), arrivalDate: '2022-06-10', channel: 'paper', figures: [{ statisticCode: 'D01', value: 4 }, { statisticCode: 'D02', value: 9 }] });
    const preview = await app.call('plans.copyPreview', { sourcePlanId: 1, year: 2023 });
    const plan2023 = await app.call('plans.copy', { sourcePlanId: 1, year: 2023, title: preview.title });
    const h2023 = (await app.call('reporting.periods', { planId: plan2023.id })).find((p) => p.periodType === 'six_month')!;
    register = await app.call('reporting.register', { periodId: h2023.id });
    await app.call('reports.create', { periodId: h2023.id, agencyId: idOf('UBND huyện Vĩnh Linh'), arrivalDate: '2023-06-10', channel: 'paper', figures: [{ statisticCode: 'B06', value: 25 }] });
    await app.call('reports.create', { periodId: h2023.id, agencyId: idOf('Công an tỉnh'), arrivalDate: '2023-06-10', channel: 'paper', figures: [{ statisticCode: 'D01', value: 3 }, { statisticCode: 'D02', value: 9 }] });
    const { values } = await app.call('documents.settings', { planId: plan2023.id });
    await app.call('documents.updateSettings', { planId: plan2023.id, values: { ...values, standing: { ...values.standing, signerName: 'Lê Thị Hương' } } });
    const r = await exportDoc({ kind: 'report', planId: plan2023.id, periodId: h2023.id });
    const table = r.tables().find((t) => t.section === 1 && t.rows[0]!.tblHeader)!;
    expect(table.rows[0]!.cells.map((c) => c.text).slice(-2)).toEqual(['Cùng kỳ năm trước', 'Tăng/giảm (%)']);
    const communes = dataRows(table).find((c) => c[1]!.startsWith('Số xã, phường, thị trấn tổ chức'))!;
    expect(communes.slice(3)).toEqual(['25', '—', '25', '20', '+25']);
    // I.1 compares the cases found with the same period of 2022: 3 against 4 is 25% fewer.
    expect(r.paragraphs().map((p) => p.text)).toContain(
      `Theo số liệu của các cơ quan chức năng (tính đến ngày ${h2023.windowTo!.split('-').reverse().join('/')}), trong kỳ: số vụ phát hiện liên quan đến mại dâm: 3 vụ, giảm 25% so với cùng kỳ năm trước (4 vụ); số đối tượng liên quan đến mại dâm: 9 đối tượng, bằng cùng kỳ năm trước.`,
    );
  });
});

describe('Phụ lục III, the main statistics by district', () => {
  it('has one row per district that must report, "—" where it gave no figure, and their sum named as such', async () => {
    const r = await exportDoc({ kind: 'report', planId: 1, periodId: h1.id });
    expect(r.paragraphs().filter((p) => p.section === 3).map((p) => p.text)).toContain('Phụ lục III');
    const table = r.tables().find((t) => t.section === 3 && t.rows[0]!.tblHeader)!;
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['STT', 'Địa bàn', 'Số xã, phường, thị trấn tổ chức ít nhất một hình thức tuyên truyền (xã)']);
    const rows = dataRows(table);
    // Nine districts (Cồn Cỏ is exempt) and the total.
    expect(rows).toHaveLength(10);
    expect(rows).toContainEqual(['1', 'UBND thành phố Đông Hà', '12']);
    expect(rows.find((c) => c[1] === 'UBND huyện Hải Lăng')![2]).toBe('—');
    // No figure was left out: no note under Phụ lục I.
    expect(r.paragraphs().filter((p) => p.section === 1 && p.text.startsWith('Ghi chú'))).toEqual([]);
    // The sum of the districts' own figures, named so; it equals the province's total (Phụ lục I: 54
    // communes, all from districts), so no second row and no note.
    expect(rows.at(-1)).toEqual(['', 'Cộng các huyện, thị xã, thành phố', '54']);
    expect(r.paragraphs().filter((p) => p.section === 3 && p.text.startsWith('Ghi chú'))).toEqual([]);
    // No district gave a case or hotspot figure: I.1 says the hotspots cannot be told from the data.
    expect(r.paragraphs().map((p) => p.text)).toContain(
      'Chưa có số liệu theo từng huyện, thị xã, thành phố về số vụ việc, tụ điểm, cơ sở có biểu hiện phức tạp về mại dâm để xác định địa bàn trọng điểm.',
    );
  });

  it('I.1 names the districts where cases and establishments showing signs of prostitution were reported; the Công an’s total stays the province’s figure', async () => {
    const reportOf = (name: string) => register.entries.find((e) => e.agency.shortName === name)!.report!.id;
    const update = (name: string, figures: [string, number][]) =>
      app.call('reports.update', {
        reportId: reportOf(name),
        arrivalDate: '2022-06-14',
        channel: 'paper',
        figures: figures.map(([statisticCode, value]) => ({ statisticCode, value })),
      });
    await update('UBND thành phố Đông Hà', [['B06', 12], ['C10', 5], ['D01', 2]]);
    await update('UBND huyện Vĩnh Linh', [['B06', 14], ['C10', 3]]);
    await update('Công an tỉnh', [['C03', 12], ['D01', 4]]);
    const r = await exportDoc({ kind: 'report', planId: 1, periodId: h1.id });
    const texts = r.paragraphs().map((p) => p.text);
    const i1 = texts.indexOf('1. Đặc điểm, diễn biến, phương thức, thủ đoạn; địa bàn trọng điểm');
    expect(texts.slice(i1 + 1, i1 + 3)).toEqual([
      // The province's cases are the Công an's 4 (the source of D01), not 4 + 2.
      'Theo số liệu của các cơ quan chức năng (tính đến ngày 14/06/2022), trong kỳ: số vụ phát hiện liên quan đến mại dâm: 4 vụ.',
      // 4 of the 9 districts that must report (Cồn Cỏ is exempt) sent theirs; Đông Hà alone gave cases.
      'Địa bàn trọng điểm, theo báo cáo của UBND cấp huyện (4/9 huyện, thị xã, thành phố đã gửi báo cáo): số vụ phát hiện: thành phố Đông Hà 2 vụ (1/9 địa bàn có số liệu); số cơ sở có biểu hiện phức tạp về mại dâm: thành phố Đông Hà 5 cơ sở, huyện Vĩnh Linh 3 cơ sở (2/9 địa bàn có số liệu).',
    ]);
    // Phụ lục I: the total is the Công an's 4; Đông Hà's 2 cases are shown in the "UBND cấp huyện" column,
    // bracketed (reported, not added), never "—" (which reads "no district reported").
    expect(dataRows(r.tables().find((t) => t.section === 1 && t.rows[0]!.tblHeader)!).find((c) => c[1] === 'Số vụ phát hiện liên quan đến mại dâm')!.slice(2)).toEqual([
      'vụ',
      '4',
      '4',
      '(2)',
    ]);
    // Under Phụ lục I, a note says what the brackets mean and whose cases were not added to the Công an's.
    expect(r.paragraphs().filter((p) => p.section === 1 && !p.inTable && p.text.startsWith('Ghi chú')).map((p) => p.text)).toEqual([
      'Ghi chú: Số trong ngoặc đơn ở cột "UBND cấp huyện" là số liệu UBND cấp huyện đã báo cáo, không cộng vào cột "Tổng số". ' +
        'Để không tính trùng, số vụ phát hiện liên quan đến mại dâm tính theo số liệu của Công an tỉnh, không cộng số liệu của UBND thành phố Đông Hà (2 vụ).',
    ]);
    // Phụ lục III shows each district's own figures, D01 included.
    const table = r.tables().find((t) => t.section === 3 && t.rows[0]!.tblHeader)!;
    expect(table.rows[0]!.cells.map((c) => c.text).slice(2)).toEqual([
      'Số xã, phường, thị trấn tổ chức ít nhất một hình thức tuyên truyền (xã)',
      'Số cơ sở có biểu hiện phức tạp về mại dâm (cơ sở)',
      'Số vụ phát hiện liên quan đến mại dâm (vụ)',
    ]);
    const rows = dataRows(table);
    expect(rows.find((c) => c[1] === 'UBND thành phố Đông Hà')!.slice(2)).toEqual(['12', '5', '2']);
    // The districts add up to 2 cases; the province's total is the Công an's 4 (Phụ lục I): both are
    // printed, each named, with a note saying why they differ.
    expect(rows.slice(-2)).toEqual([
      ['', 'Cộng các huyện, thị xã, thành phố', '54', '8', '2'],
      ['', 'Toàn tỉnh (Phụ lục I)', '54', '8', '4'],
    ]);
    // The same numbers as Phụ lục I: its district column (54 communes; Đông Hà's "(2)" cases) is this sum,
    // its total (4 cases) this province row.
    const appendixI = dataRows(r.tables().find((t) => t.section === 1 && t.rows[0]!.tblHeader)!);
    const inAppendixI = (label: string) => appendixI.find((c) => c[1] === label)!;
    expect(inAppendixI('Số vụ phát hiện liên quan đến mại dâm').slice(3, 6)).toEqual(['4', '4', '(2)']);
    expect(inAppendixI('Số xã, phường, thị trấn tổ chức ít nhất một hình thức tuyên truyền').slice(3, 6)).toEqual(['54', '—', '54']);
    const notes = r.paragraphs().filter((p) => p.section === 3 && !p.inTable && p.text.startsWith('Ghi chú'));
    expect(notes.map((p) => p.text)).toEqual([
      'Ghi chú: Dòng "Cộng các huyện, thị xã, thành phố" cộng số liệu trong báo cáo của UBND các huyện, thị xã, thành phố; dòng "Toàn tỉnh" là số liệu tại Phụ lục I, lấy theo cơ quan, đơn vị được giao theo dõi từng chỉ số (kể cả số liệu do các sở, ngành báo cáo), nên hai dòng có thể khác nhau.',
    ]);
  });
});
