// Section III of the 2022 plan is the whole committee's work (I.2: "cụ thể hóa các nhiệm vụ và giải
// pháp"; VI.1: "Các thành viên Ban Chỉ đạo 138 tỉnh; UBND các huyện, thị xã, thành phố căn cứ chức
// năng, nhiệm vụ tổ chức thực hiện có hiệu quả Kế hoạch này"), divided among the agencies by section V.
// Each III task is linked to the V duties that carry it out: a link, not a copy, so an agency's work is
// counted once. Reading rule, the same everywhere: a 'lead' link gives the duty's lead agencies as the
// task's leads (and the duty's supporting agencies as supporters); a 'support' link gives all the
// duty's agencies as supporters. Each link quotes the words of the duty it rests on.
import type { DatasetTaskLink } from './dataset';

const lead = (task: string, duty: string, quote: string): DatasetTaskLink => ({ task, duty, role: 'lead', quote });
const support = (task: string, duty: string, quote: string): DatasetTaskLink => ({ task, duty, role: 'support', quote });

/** The three III tasks no V duty carries: the plan gives them to every member and district. */
export const SHARED_RESPONSIBILITY = 'Chung: thành viên BCĐ 138, UBND cấp huyện';

export const quangTri2022Links: DatasetTaskLink[] = [
  // III.1.a Truyền thông
  lead('III.1.a.1', 'V.1.2', 'Tổ chức các hoạt động truyền thông về phòng, chống mại dâm trên địa bàn toàn tỉnh'),
  lead('III.1.a.1', 'V.4.1', 'tuyên truyền các chủ trương, chính sách của Đảng và Nhà nước trong công tác phòng, chống mại dâm'),
  support('III.1.a.1', 'V.10.1', 'tăng cường công tác phổ biến về thông tin chính sách, pháp luật về phòng, chống mại dâm'),
  lead('III.1.a.2', 'V.4.1', 'xây dựng mới các chuyên trang, chuyên mục; tăng thời lượng phát sóng'),
  support('III.1.a.2', 'V.10.1', 'nâng cao chất lượng tin, bài, chuyên đề, nội dung về phòng, chống mại dâm'),
  support('III.1.a.2', 'V.9.3', 'Tăng cường các hoạt động tuyên truyền, giáo dục pháp luật về phòng, chống mại dâm'),
  support('III.1.a.2', 'V.13.6', 'tăng cường công tác tuyên truyền, giáo dục phòng ngừa mại dâm'),
  lead('III.1.a.3', 'V.1.2', 'Tổ chức các hoạt động truyền thông về phòng, chống mại dâm trên địa bàn toàn tỉnh'),
  support('III.1.a.3', 'V.7.1', 'tổ chức các hoạt động giáo dục lồng ghép nội dung kiến thức về phòng, chống mại dâm vào chương trình học'),
  support('III.1.a.3', 'V.12.2', 'tuyên truyền, giáo dục phòng, chống mại dâm cho công chức, viên chức, người lao động tại các doanh nghiệp'),
  support('III.1.a.3', 'V.12.4', 'tuyên truyền, giáo dục về phòng, chống mại dâm trong thanh niên, sinh viên, học sinh'),
  support('III.1.a.3', 'V.10.1', 'truyền thông về nếp sống văn minh, hành vi tình dục lành mạnh, an toàn'),
  // III.1.b Phòng ngừa
  lead('III.1.b.1', 'V.1.3', 'thực hiện công tác rà soát, kiểm tra phòng, chống mại dâm'),
  support('III.1.b.1', 'V.2.2', 'tiến hành rà soát, xác định các điểm mại dâm'),
  support('III.1.b.1', 'V.13.6', 'Nắm chắc số người bán dâm trên địa bàn'),
  lead('III.1.b.2', 'V.13.1', 'lồng ghép nhiệm vụ phòng, chống mại dâm vào các chương trình an sinh xã hội của địa phương'),
  support('III.1.b.2', 'V.2.1', 'gắn Chương trình phòng, chống mại dâm với chương trình phòng, chống tội phạm'),
  support('III.1.b.2', 'V.9.1', 'lồng ghép công tác phòng, chống mại dâm với hoạt động phòng, chống tội phạm ma túy và mua bán người'),
  // III.1.c Thanh tra, kiểm tra, truy tố, xét xử
  lead('III.1.c.1', 'V.1.3', 'Tổ chức triển khai công tác kiểm tra liên ngành phòng, chống mại dâm'),
  support('III.1.c.1', 'V.2.4', 'thực hiện tốt công tác phối hợp liên ngành phòng, chống mại dâm'),
  support('III.1.c.1', 'V.3.3', 'Thực hiện tốt công tác phối hợp liên ngành phòng, chống mại dâm'),
  support('III.1.c.1', 'V.5.4', 'Thực hiện tốt công tác phối hợp liên ngành phòng, chống mại dâm'),
  lead('III.1.c.2', 'V.1.3', 'tăng cường chỉ đạo, hướng dẫn Đội kiểm tra liên ngành phòng, chống mại dâm huyện, thị xã, thành phố'),
  lead('III.1.c.2', 'V.13.3', 'Kiện toàn Tổ công tác liên ngành và Đội kiểm tra liên ngành phòng, chống mại dâm của huyện, thị xã, thành phố'),
  support('III.1.c.2', 'V.5.3', 'tham gia Đội kiểm tra liên ngành 178 tỉnh'),
  lead('III.1.c.3', 'V.2.1', 'Tổ chức điều tra, triệt phá các ổ nhóm, đường dây và tụ điểm mại dâm'),
  lead('III.1.c.3', 'V.2.2', 'tiến hành rà soát, xác định các điểm mại dâm'),
  support('III.1.c.3', 'V.9.2', 'đấu tranh ngăn chặn có hiệu quả các hoạt động mại dâm ở khu vực biên giới'),
  support('III.1.c.3', 'V.1.3', 'thực hiện công tác rà soát, kiểm tra phòng, chống mại dâm, tại các cơ sở kinh doanh dịch vụ'),
  support('III.1.c.3', 'V.13.3', 'về việc không để hoạt động mại dâm xảy ra ở cơ sở mình'),
  lead('III.1.c.4', 'V.2.1', 'Tổ chức điều tra, triệt phá các ổ nhóm, đường dây và tụ điểm mại dâm'),
  lead('III.1.c.4', 'V.2.4', 'tập trung quản lý chặt chẽ về an ninh, trật tự tại các cơ sở kinh doanh dịch vụ'),
  support('III.1.c.4', 'V.9.2', 'tăng cường công tác tuần tra, kiểm soát, quản lý khu vực biên giới'),
  support('III.1.c.4', 'V.1.3', 'thực hiện công tác rà soát, kiểm tra phòng, chống mại dâm, tại các cơ sở kinh doanh dịch vụ'),
  support('III.1.c.4', 'V.13.3', 'về việc không để hoạt động mại dâm xảy ra ở cơ sở mình'),
  lead('III.1.c.5', 'V.11.1', 'phối hợp chặt chẽ với cơ quan Công an sớm đưa ra truy tố, xét xử nghiêm minh'),
  // III.1.d Can thiệp giảm tác hại
  lead('III.1.d.1', 'V.3.2', 'tạo điều kiện thuận lợi cho người bán dâm tiếp cận, sử dụng các dịch vụ can thiệp dự phòng'),
  lead('III.1.d.1', 'V.12.3', 'các địa chỉ tư vấn pháp lý, sức khỏe sinh sản, các dịch vụ vay vốn, hỗ trợ việc làm để người bán dâm được tiếp cận'),
  support('III.1.d.1', 'V.13.6', 'có các giải pháp hỗ trợ tiếp cận các dịch vụ xã hội và tái hòa nhập cộng đồng'),
  // III.1.e Đào tạo, tập huấn (III.1.e.1: chung)
  lead('III.1.e.2', 'V.1.3', 'tăng cường chỉ đạo, hướng dẫn Đội kiểm tra liên ngành phòng, chống mại dâm huyện, thị xã, thành phố'),
  support('III.1.e.2', 'V.13.3', 'Kiện toàn Tổ công tác liên ngành và Đội kiểm tra liên ngành phòng, chống mại dâm của huyện, thị xã, thành phố'),
  // III.2.a Quản lý Nhà nước (III.2.a.4: chung)
  lead('III.2.a.1', 'V.6.2', 'nghiên cứu, tham mưu với UBND tỉnh đề xuất, kiến nghị với cấp trên xem xét bổ sung, sửa đổi một số quy định của pháp luật'),
  support('III.2.a.1', 'V.5.1', 'nâng cao chất lượng quản lý Nhà nước trong việc thẩm định, cấp phép hoạt động kinh doanh karaoke'),
  support('III.2.a.1', 'V.3.2', 'tham mưu, trình cấp có thẩm quyền ban hành cơ chế, chính sách'),
  lead('III.2.a.2', 'V.1.1', 'Chủ trì hướng dẫn, đôn đốc, kiểm tra việc triển khai thực hiện Kế hoạch'),
  support('III.2.a.2', 'V.3.2', 'ban hành cơ chế, chính sách tạo điều kiện thuận lợi cho người bán dâm'),
  lead('III.2.a.3', 'V.1.1', 'Chủ trì hướng dẫn, đôn đốc, kiểm tra việc triển khai thực hiện Kế hoạch'),
  lead('III.2.a.3', 'V.13.1', 'gắn với thực hiện các nhiệm vụ kinh tế - xã hội của địa phương'),
  lead('III.2.a.5', 'V.1.1', 'Chủ trì hướng dẫn, đôn đốc, kiểm tra việc triển khai thực hiện Kế hoạch'),
  support('III.2.a.5', 'V.2.3', 'thực hiện chế độ báo cáo nhanh, báo cáo định kỳ 6 tháng, hàng năm'),
  support('III.2.a.5', 'V.13.3', 'Kiện toàn Tổ công tác liên ngành'),
  lead('III.2.a.6', 'V.1.3', 'Tổ chức triển khai công tác kiểm tra liên ngành phòng, chống mại dâm'),
  lead('III.2.a.6', 'V.13.2', 'phối hợp với các ban, ngành chức năng kiểm tra sau khi đi vào hoạt động'),
  lead('III.2.a.6', 'V.13.3', 'Kiện toàn Tổ công tác liên ngành và Đội kiểm tra liên ngành phòng, chống mại dâm'),
  support('III.2.a.6', 'V.2.4', 'quản lý về an ninh trật tự đối với các cơ sở kinh doanh có điều kiện về an ninh trật tự'),
  support('III.2.a.6', 'V.5.1', 'tăng cường công tác hậu kiểm tra sau cấp phép'),
  support('III.2.a.6', 'V.3.3', 'kiểm tra điều kiện về y tế đối với những cơ sở kinh doanh dịch vụ massage, xông hơi'),
  lead('III.2.a.7', 'V.1.3', 'thực hiện công tác rà soát, kiểm tra phòng, chống mại dâm'),
  support('III.2.a.7', 'V.2.2', 'tiến hành rà soát, xác định các điểm mại dâm'),
  support('III.2.a.7', 'V.13.6', 'Nắm chắc số người bán dâm trên địa bàn'),
  // III.2.b Huy động nguồn lực
  lead('III.2.b.1', 'V.12.3', 'gặp gỡ, tư vấn, giúp đỡ người bán dâm tại cộng đồng'),
  support('III.2.b.1', 'V.12.1', 'Tổ chức các hoạt động tuyên truyền, giáo dục ... cho các tổ chức thành viên, trong gia đình và cộng đồng'),
  support('III.2.b.1', 'V.12.2', 'tổ chức hoạt động tuyên truyền, giáo dục phòng, chống mại dâm'),
  support('III.2.b.1', 'V.12.4', 'tham gia các hoạt động phòng chống mại dâm trên địa bàn tỉnh'),
  lead('III.2.b.2', 'V.12.3', 'vận động chị em tham gia sinh hoạt ở các Câu lạc bộ do Hội Phụ nữ tổ chức'),
  lead('III.2.b.2', 'V.13.4', 'đưa nội dung tuyên truyền phòng, chống mại dâm vào ... các Câu lạc bộ của các hội, đoàn thể ở địa phương'),
  support('III.2.b.2', 'V.12.1', 'kết hợp phong trào xây dựng xã, phường lành mạnh không có tệ nạn xã hội'),
  support('III.2.b.2', 'V.12.2', 'chỉ đạo công đoàn cơ sở tổ chức hoạt động tuyên truyền'),
  support('III.2.b.2', 'V.12.4', 'Xây dựng các mô hình phòng, chống mại dâm phù hợp ở các cấp đoàn cơ sở'),
  lead('III.2.b.3', 'V.13.1', 'lồng ghép nhiệm vụ phòng, chống mại dâm vào các chương trình an sinh xã hội của địa phương như giảm nghèo'),
  support('III.2.b.3', 'V.5.2', 'Phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”'),
  support('III.2.b.3', 'V.9.1', 'lồng ghép công tác phòng, chống mại dâm với hoạt động phòng, chống tội phạm ma túy và mua bán người'),
  lead('III.2.b.4', 'V.12.3', 'Giám sát các chị em trong quá trình học nghề, giải quyết việc làm'),
  lead('III.2.b.4', 'V.13.6', 'có các giải pháp hỗ trợ tiếp cận các dịch vụ xã hội và tái hòa nhập cộng đồng'),
  support('III.2.b.4', 'V.3.2', 'khám, điều trị HIV và các bệnh lây truyền qua đường tình dục'),
  // III.2.c Hợp tác quốc tế: chung
];
