// How a plan's wording is read: deadlines, target values, agencies by name and abbreviation, leads
// and supporters; and a plan written for another province with an agency the app does not know.
import { describe, expect, it } from 'vitest';
import { readDeadline, readTarget } from '../../../shared/plan-import/deadlines';
import { AgencyMatcher } from '../../../shared/plan-import/agencies';
import { blocksFromText } from '../../../shared/plan-import/blocks';
import { importPlan, readUpwardDuty } from '../../../shared/plan-import/to-dataset';
import { asYear } from '../../../shared/plan-import/review-rules';
import { quangTri2022 as builtin } from '../../../db/builtin/quang-tri-2022';

describe('deadlines', () => {
  it.each([
    ['Thường xuyên kiểm tra các cơ sở.', { kind: 'ongoing', text: 'Thường xuyên' }],
    ['Gửi báo cáo trước ngày 15/6.', { kind: 'date', date: '2026-06-15', text: 'trước ngày 15/6' }],
    ['Hoàn thành trong quý II/2026.', { kind: 'date', date: '2026-06-30', text: 'trong quý II/2026' }],
    ['Tổ chức hội nghị trong tháng 6/2026.', { kind: 'date', date: '2026-06-30', text: 'trong tháng 6/2026' }],
    ['Mỗi xã tổ chức trong năm 2026 ít nhất một lần.', { kind: 'date', date: '2026-12-31', text: 'trong năm 2026' }],
    ['Trình UBND tỉnh chậm nhất 30/9/2026.', { kind: 'date', date: '2026-09-30', text: 'chậm nhất 30/9/2026' }],
    ['Thực hiện chế độ báo cáo định kỳ 6 tháng, hàng năm.', { kind: 'period', periodType: 'six_month', text: 'báo cáo định kỳ 6 tháng' }],
    ['Theo Nghị định số 144/2021/NĐ-CP ngày 31/12/2021 của Chính phủ.', { kind: 'ongoing' }],
    ['Tổ chức các hoạt động truyền thông.', { kind: 'ongoing' }],
    // Issue 10: the programme's period is not the task's deadline (V.1.5 of the 2022 plan: "xây dựng báo
    // cáo tổng kết Kế hoạch phòng, chống mại dâm giai đoạn 2022 - 2025" is not due on 31/12/2025).
    [
      'Chủ trì tham mưu đánh giá, xây dựng báo cáo tổng kết Kế hoạch phòng, chống mại dâm giai đoạn 2022 - 2025.',
      { kind: 'ongoing', text: 'giai đoạn 2022 - 2025' },
    ],
    ['Tổng kết Chương trình giai đoạn 2021–2025, hoàn thành trước ngày 30/11/2026.', { kind: 'date', date: '2026-11-30', text: 'trước ngày 30/11/2026' }],
  ])('%s', (text, expected) => {
    expect(readDeadline(text, 2026)).toEqual(expected);
  });
});

describe('target values', () => {
  it.each([
    ['100% xã, phường, thị trấn tổ chức tuyên truyền.', { kind: 'percent', comparator: 'exactly', value: 100, unit: '%' }],
    ['Ít nhất 60% người bán dâm có nhu cầu được hỗ trợ.', { kind: 'percent', comparator: 'at_least', value: 60, unit: '%' }],
    ['Trên 80% cơ sở được kiểm tra.', { kind: 'percent', comparator: 'at_least', value: 80, unit: '%' }],
    ['Tiếp cận, tư vấn cho 50 lượt người bán dâm.', { kind: 'count', comparator: 'exactly', value: 50, unit: 'lượt người' }],
    ['Kiểm tra ít nhất một lần các cơ sở.', { kind: 'qualitative' }],
  ])('%s', (text, expected) => {
    expect(readTarget(text)).toEqual(expected);
  });
});

describe('agencies by name and common abbreviations', () => {
  const m = new AgencyMatcher(builtin.agencies, 'Quảng Trị');
  it.each([
    ['Sở LĐ-TB&XH', ['SLDTBXH']],
    ['Sở Lao động-Thương binh và Xã hội', ['SLDTBXH']],
    ['BĐBP tỉnh', ['BDBP']],
    ['Đoàn TNCS Hồ Chí Minh tỉnh', ['TD']],
    ['Ủy ban Mặt trận Tổ quốc tỉnh', ['MTTQ']],
    ['phòng Lao động - Thương binh và Xã hội cấp huyện', []],
  ])('%s', (text, codes) => {
    expect(m.codesIn(text)).toEqual(codes);
  });
  it('"UBND các huyện, thị xã, thành phố" are the ten district People\'s Committees', () => {
    expect(m.codesIn('UBND các huyện, thị xã, thành phố')).toHaveLength(10);
  });
  it('supporters are the agencies listed right after "phối hợp với", up to the first words that are not one', () => {
    expect(m.partners('Phối hợp với Sở Tư pháp, Công an tỉnh và các cơ quan liên quan tuyên truyền tại Sở Y tế.')).toEqual(['STP', 'CAT']);
    expect(m.partners('Thực hiện tốt công tác phối hợp liên ngành với Sở Y tế.')).toEqual([]);
  });
  it('"X chủ trì, phối hợp với Y": X leads', () => {
    expect(m.leadsByWording('Sở Y tế chủ trì, phối hợp với Công an tỉnh tổ chức kiểm tra.')).toEqual(['SYT']);
  });
});

const OTHER_PROVINCE = `UBND TỈNH HÀ TĨNH
Số: 45/KH-UBND
Hà Tĩnh, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống mại dâm năm 2026
Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh; UBND tỉnh ban hành Kế hoạch như sau:
I. MỤC TIÊU, CHỈ TIÊU
- Ít nhất 70% người bán dâm được tiếp cận dịch vụ.
II. TỔ CHỨC THỰC HIỆN
1. Trung tâm Công tác xã hội tỉnh
- Tổ chức tư vấn cho người bán dâm, hoàn thành trong quý II/2026.
2. Sở Y tế
- Phối hợp với Trung tâm Công tác xã hội tỉnh khám sức khỏe trước ngày 30/9/2026.
III. CÁC NỘI DUNG KHÁC
Một đoạn văn lạc chỗ không thuộc mục nào.
IV. CHẾ ĐỘ BÁO CÁO
Các sở, ban, ngành báo cáo 6 tháng (trước ngày 20/6) gửi Sở Y tế.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A`;

describe('a plan from another province', () => {
  const r = importPlan(blocksFromText(OTHER_PROVINCE), { known: builtin.agencies });
  it('reads the header, proposes the unknown agency as new and gives it the lead of its section', () => {
    expect(r.dataset.plan).toMatchObject({ number: '45', symbol: 'KH-UBND', issuedDate: '2026-03-10', placeName: 'Hà Tĩnh', year: 2026 });
    expect(r.dataset.plan.signer).toEqual({ authority: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' });
    const proposed = r.agencies.filter((a) => a.isNew);
    expect(proposed.map((a) => a.name)).toEqual(['Trung tâm Công tác xã hội tỉnh']);
    const [t1, t2] = r.dataset.tasks;
    expect(t1).toMatchObject({ code: 'II.1.1', lead: [proposed[0]!.code], deadlineKind: 'date', deadline: '2026-06-30' });
    expect(t2).toMatchObject({ code: 'II.2.1', lead: ['SYT'], support: [proposed[0]!.code], deadline: '2026-09-30' });
    expect(r.dataset.targets).toMatchObject([{ code: 'I.1', comparator: 'at_least', value: 70 }]);
    expect(r.dataset.reportingDuties).toMatchObject([{ periodType: 'six_month', dueDay: 20, dueMonth: 6, recipient: 'SYT' }]);
  });
  it('lists the paragraph that fits nowhere instead of dropping it', () => {
    expect(r.unplaced.map((i) => r.blocks[i]!.text)).toEqual(['Một đoạn văn lạc chỗ không thuộc mục nào.']);
    expect(r.warnings).toContain('1 đoạn văn chưa xếp được vào phần nào của kế hoạch: hãy xem danh sách "Chưa xếp".');
  });
  it('taken as the 2027 plan: dates move a year, the title follows', () => {
    const next = asYear(r.dataset, 2027);
    expect(next.plan.title).toBe('Phòng, chống mại dâm năm 2027');
    expect(next.tasks.map((t) => t.deadline)).toEqual(['2027-06-30', '2027-09-30']);
  });
});

describe('the standing agency’s own report upward (CHẾ ĐỘ BÁO CÁO)', () => {
  const m = new AgencyMatcher(builtin.agencies, 'Quảng Trị');
  const codesIn = (w: string) => m.codesIn(w);
  it('VI.2 of the 2022 plan: the Sở reports to the two bodies, as worded, "định kỳ, theo quy định"', () => {
    expect(
      readUpwardDuty(
        'Giao Sở Lao động - Thương binh và Xã hội đôn đốc, kiểm tra việc thực hiện Kế hoạch này, định kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm theo quy định.',
        codesIn,
      ),
    ).toEqual({
      subject: ['SLDTBXH'],
      recipients: 'Ủy ban nhân dân tỉnh; Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm',
      dueText: 'định kỳ, theo quy định',
    });
  });
  it('another wording: "báo cáo UBND tỉnh, Bộ Lao động - Thương binh và Xã hội"', () => {
    expect(readUpwardDuty('Sở Lao động - Thương binh và Xã hội tổng hợp, báo cáo UBND tỉnh, Bộ Lao động - Thương binh và Xã hội.', codesIn)).toEqual({
      subject: ['SLDTBXH'],
      recipients: 'UBND tỉnh; Bộ Lao động - Thương binh và Xã hội',
      dueText: 'theo quy định',
    });
  });
  it('the members’ reports to the Sở (VI.1) and a sentence without a subject agency are not an upward report', () => {
    expect(
      readUpwardDuty(
        'Các thành viên Ban Chỉ đạo 138 tỉnh chấp hành nghiêm chế độ thông tin, báo cáo định kỳ 6 tháng (trước ngày 15/6) gửi Sở Lao động - Thương binh và Xã hội.',
        codesIn,
      ),
    ).toBeNull();
    expect(readUpwardDuty('Định kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định.', codesIn)).toBeNull();
  });
});
