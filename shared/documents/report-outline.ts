// The default outline of a consolidated 6-month or annual report (spec/domain.md §7), which the clerk
// edits before printing. Headings only, except where the builder adds content (the targets table).
import type { BodySection, ReportKind } from './types';

/** "6 tháng cuối năm 2022" after a 6-month report, "năm 2023" after an annual one. */
export function nextPeriodLabel(kind: ReportKind, year: number): string {
  return kind === 'six_month' ? `6 tháng cuối năm ${year}` : `năm ${year + 1}`;
}

const h = (heading: string, paragraphs: string[] = [], extra: Partial<BodySection> = {}): BodySection => ({
  heading,
  paragraphs,
  ...extra,
});

export function defaultReportSections(kind: ReportKind, year: number): BodySection[] {
  return [
    h('I. TÌNH HÌNH TỆ NẠN MẠI DÂM TRÊN ĐỊA BÀN', [], {
      subsections: [
        h('1. Đặc điểm, diễn biến, phương thức, thủ đoạn; địa bàn trọng điểm'),
        h('2. Người bán dâm, cơ sở kinh doanh dịch vụ dễ bị lợi dụng, tụ điểm'),
      ],
    }),
    h('II. KẾT QUẢ THỰC HIỆN', [], {
      subsections: [
        h('1. Công tác lãnh đạo, chỉ đạo; ban hành văn bản; kiện toàn Ban Chỉ đạo, Đội kiểm tra liên ngành 178'),
        h('2. Công tác thông tin, tuyên truyền, giáo dục'),
        h('3. Công tác phòng ngừa, lồng ghép với các chương trình kinh tế - xã hội, giảm nghèo, việc làm, an sinh xã hội'),
        h('4. Công tác kiểm tra, xử lý vi phạm tại cơ sở kinh doanh dịch vụ'),
        h('5. Công tác đấu tranh, triệt phá; điều tra, truy tố, xét xử'),
        h(
          '6. Công tác hỗ trợ xã hội, giảm hại, phòng, chống bạo lực trên cơ sở giới, mua bán người, hòa nhập cộng đồng cho người bán dâm',
        ),
        h('7. Công tác tập huấn, nâng cao năng lực cán bộ, tình nguyện viên'),
        h('8. Hợp tác quốc tế'),
        h('9. Kinh phí thực hiện'),
        h('10. Đánh giá mức độ đạt các chỉ tiêu kế hoạch', ['Kết quả thực hiện các chỉ tiêu của Kế hoạch như sau:'], {
          targetsTable: true,
        }),
      ],
    }),
    h('III. ĐÁNH GIÁ CHUNG', [], {
      subsections: [
        h('1. Kết quả đạt được'),
        h('2. Tồn tại, hạn chế'),
        h('3. Nguyên nhân'),
        h('4. Bài học kinh nghiệm'),
      ],
    }),
    h(`IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM ${nextPeriodLabel(kind, year).toLocaleUpperCase('vi')}`),
    h('V. ĐỀ XUẤT, KIẾN NGHỊ'),
  ];
}
