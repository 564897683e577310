// The statistics catalogue of prostitution-prevention reports (domain.md §8, codes proposed there):
// what an agency's report may give as figures, with the unit and whether it is a flow (counted in
// the period's data window) or a stock (as of the cut-off date). Plain data; loaded into the
// `statistics` table when the data folder is opened (db/queries/statistics.ts), never removed.
import type { StatisticDef } from '../../shared/domain/statistics';

const A = 'A. Tình hình';
const B = 'B. Chỉ đạo, tuyên truyền';
const C = 'C. Kiểm tra cơ sở kinh doanh dịch vụ';
const D = 'D. Đấu tranh, xử lý';
const E = 'E. Hỗ trợ người bán dâm';
const F = 'F. Tập huấn, nâng cao năng lực';
const G = 'G. Kinh phí';

type Entry = Omit<StatisticDef, 'partOf'> & { partOf?: string };

const ENTRIES: Entry[] = [
  { code: 'A01', group: A, kind: 'stock', unit: 'người', label: 'Số người bán dâm ước tính' },
  { code: 'A02', group: A, kind: 'stock', unit: 'người', label: 'Số người bán dâm được thống kê (qua xử lý vi phạm, hỗ trợ xã hội, y tế)' },
  { code: 'A03', group: A, kind: 'stock', unit: 'cơ sở', label: 'Số cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm' },
  { code: 'A04', group: A, kind: 'stock', unit: 'người', label: 'Số nhân viên làm việc tại các cơ sở kinh doanh dịch vụ trên' },
  { code: 'A05', group: A, kind: 'stock', unit: 'điểm', label: 'Số tụ điểm, địa bàn phức tạp về mại dâm' },
  { code: 'A06', group: A, kind: 'stock', unit: 'xã', label: 'Số xã, phường, thị trấn không có tệ nạn mại dâm' },

  { code: 'B01', group: B, kind: 'flow', unit: 'văn bản', label: 'Số văn bản chỉ đạo, hướng dẫn ban hành' },
  { code: 'B02', group: B, kind: 'flow', unit: 'buổi', label: 'Số buổi, hội nghị tuyên truyền trực tiếp (kể cả lồng ghép họp dân)' },
  { code: 'B03', group: B, kind: 'flow', unit: 'lượt người', label: 'Số lượt người tham dự tuyên truyền' },
  { code: 'B04', group: B, kind: 'flow', unit: 'tin, bài', label: 'Số tin, bài, phóng sự trên báo, đài, cổng thông tin điện tử, mạng xã hội' },
  { code: 'B05', group: B, kind: 'flow', unit: 'bản', label: 'Số tài liệu, tờ rơi, pano, áp phích, băng rôn' },
  { code: 'B06', group: B, kind: 'flow', unit: 'xã', label: 'Số xã, phường, thị trấn tổ chức ít nhất một hình thức tuyên truyền' },
  { code: 'B07', group: B, kind: 'flow', unit: 'người', label: 'Số người lao động tại cơ sở kinh doanh dịch vụ được tuyên truyền' },
  { code: 'B08', group: B, kind: 'flow', unit: 'người', label: 'Số người lao động trong khu công nghiệp, khu kinh tế được tuyên truyền' },
  { code: 'B09', group: B, kind: 'flow', unit: 'người', label: 'Số học sinh, sinh viên được tuyên truyền' },
  { code: 'B10', group: B, kind: 'flow', unit: 'cơ sở', label: 'Số cơ sở kinh doanh dịch vụ ký cam kết không để xảy ra tệ nạn' },
  { code: 'B11', group: B, kind: 'stock', unit: 'huyện', label: 'Số huyện, thị xã, thành phố xây dựng kế hoạch và tổ chức thực hiện các hoạt động phòng, chống mại dâm' },
  { code: 'B12', group: B, kind: 'stock', unit: 'xã', label: 'Số xã, phường, thị trấn xây dựng kế hoạch và tổ chức thực hiện các hoạt động phòng, chống mại dâm' },
  { code: 'B13', group: B, kind: 'stock', unit: 'xã', label: 'Số xã, phường, thị trấn triển khai phòng, chống mại dâm cấp xã' },

  { code: 'C01', group: C, kind: 'flow', unit: 'cuộc', label: 'Số cuộc kiểm tra (liên ngành, chuyên ngành)' },
  { code: 'C02', group: C, kind: 'flow', unit: 'lượt cơ sở', label: 'Số lượt cơ sở kinh doanh dịch vụ được kiểm tra' },
  { code: 'C03', group: C, kind: 'flow', unit: 'cơ sở', label: 'Số cơ sở được kiểm tra (không tính trùng)' },
  { code: 'C04', group: C, kind: 'flow', unit: 'cơ sở', label: 'Số cơ sở vi phạm' },
  { code: 'C05', group: C, kind: 'flow', unit: 'quyết định', label: 'Số quyết định xử phạt vi phạm hành chính' },
  { code: 'C06', group: C, kind: 'flow', unit: 'đồng', label: 'Số tiền xử phạt' },
  { code: 'C07', group: C, kind: 'flow', unit: 'cơ sở', label: 'Số cơ sở bị đình chỉ hoạt động, tước, thu hồi giấy phép' },
  { code: 'C08', group: C, kind: 'flow', unit: 'vụ', label: 'Số trường hợp chuyển cơ quan công an xử lý' },
  { code: 'C09', group: C, kind: 'flow', unit: 'cơ sở', label: 'Số cơ sở được nhắc nhở, hướng dẫn khắc phục' },
  { code: 'C10', group: C, kind: 'stock', unit: 'cơ sở', label: 'Số cơ sở có biểu hiện phức tạp về mại dâm' },
  { code: 'C11', group: C, kind: 'stock', unit: 'cơ sở', label: 'Số cơ sở có biểu hiện phức tạp về mại dâm đã được kiểm tra ít nhất một lần' },

  { code: 'D01', group: D, kind: 'flow', unit: 'vụ', label: 'Số vụ phát hiện liên quan đến mại dâm' },
  { code: 'D02', group: D, kind: 'flow', unit: 'đối tượng', label: 'Số đối tượng liên quan đến mại dâm' },
  { code: 'D03', group: D, kind: 'flow', unit: 'vụ', label: 'Số vụ xử lý hành chính' },
  { code: 'D04', group: D, kind: 'flow', unit: 'vụ', label: 'Số vụ khởi tố' },
  { code: 'D05', group: D, kind: 'flow', unit: 'vụ', label: 'Số vụ truy tố' },
  { code: 'D06', group: D, kind: 'flow', unit: 'vụ', label: 'Số vụ xét xử' },
  { code: 'D07', group: D, kind: 'flow', unit: 'người', label: 'Số người bán dâm bàn giao chính quyền địa phương quản lý' },
  { code: 'D08', group: D, kind: 'flow', unit: 'tin', label: 'Số tin báo, tố giác, khiếu nại về mại dâm đã tiếp nhận' },
  { code: 'D08.1', group: D, kind: 'flow', unit: 'tin', partOf: 'D08', label: 'Trong đó: số tin báo, tố giác, khiếu nại đã xác minh, phân loại, xử lý kịp thời' },
  { code: 'D09', group: D, kind: 'flow', unit: 'đường dây', label: 'Số đường dây, ổ nhóm mại dâm bị triệt phá' },

  { code: 'E01', group: E, kind: 'flow', unit: 'lượt người', label: 'Số lượt người bán dâm được tiếp cận, tư vấn' },
  { code: 'E02', group: E, kind: 'flow', unit: 'lượt người', label: 'Số lượt người bán dâm được hỗ trợ y tế, dự phòng HIV' },
  { code: 'E03', group: E, kind: 'flow', unit: 'lượt người', label: 'Số lượt người bán dâm được tư vấn, trợ giúp pháp lý' },
  { code: 'E04', group: E, kind: 'flow', unit: 'lượt người', label: 'Số lượt người bán dâm được hỗ trợ giáo dục' },
  { code: 'E05', group: E, kind: 'flow', unit: 'lượt người', label: 'Số lượt người bán dâm được học nghề' },
  { code: 'E06', group: E, kind: 'flow', unit: 'lượt người', label: 'Số lượt người bán dâm được tạo việc làm' },
  { code: 'E07', group: E, kind: 'flow', unit: 'lượt người', label: 'Số lượt người bán dâm được vay vốn' },
  { code: 'E08', group: E, kind: 'flow', unit: 'lượt người', label: 'Số lượt người bán dâm được hỗ trợ tâm lý, phòng chống bạo lực trên cơ sở giới' },
  { code: 'E09', group: E, kind: 'flow', unit: 'cuộc', label: 'Số cuộc gọi đường dây nóng tư vấn, hỗ trợ' },
  { code: 'E10', group: E, kind: 'stock', unit: 'nhóm', label: 'Số câu lạc bộ, nhóm đồng đẳng, nhóm tự lực' },
  { code: 'E11', group: E, kind: 'stock', unit: 'người', label: 'Số người bán dâm có nhu cầu, đủ điều kiện được hỗ trợ' },
  { code: 'E12', group: E, kind: 'flow', unit: 'người', label: 'Số người bán dâm có nhu cầu được tiếp cận dịch vụ hỗ trợ' },

  { code: 'F01', group: F, kind: 'flow', unit: 'lớp', label: 'Số lớp tập huấn, bồi dưỡng' },
  { code: 'F02', group: F, kind: 'flow', unit: 'lượt người', label: 'Số lượt cán bộ, công chức, tình nguyện viên được tập huấn' },
  { code: 'F03', group: F, kind: 'stock', unit: 'người', label: 'Số cán bộ làm công tác phòng, chống mại dâm các cấp' },
  { code: 'F04', group: F, kind: 'flow', unit: 'người', label: 'Số cán bộ làm công tác phòng, chống mại dâm đã được tập huấn' },
  { code: 'F05', group: F, kind: 'stock', unit: 'đội', label: 'Số Đội công tác xã hội tình nguyện cấp xã' },
  { code: 'F06', group: F, kind: 'stock', unit: 'đội', label: 'Số Đội kiểm tra liên ngành 178 đã kiện toàn' },
  { code: 'F07', group: F, kind: 'stock', unit: 'người', label: 'Số người làm công tác phòng, chống tệ nạn xã hội các cấp' },
  { code: 'F08', group: F, kind: 'stock', unit: 'người', label: 'Số người làm công tác phòng, chống tệ nạn xã hội các cấp đã được đào tạo, bồi dưỡng, tập huấn' },

  { code: 'G01', group: G, kind: 'flow', unit: 'đồng', label: 'Kinh phí được giao' },
  { code: 'G02', group: G, kind: 'flow', unit: 'đồng', label: 'Kinh phí đã thực hiện' },
];

export const STATISTICS_CATALOGUE: StatisticDef[] = ENTRIES.map((e) => ({ ...e, partOf: e.partOf ?? null }));
