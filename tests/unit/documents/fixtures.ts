// Realistic inputs for the document builders: Quảng Trị 2022, the Sở LĐ-TB&XH as standing body of the
// provincial Steering Committee 138. Names are real; numbers and the signers' names are invented.
import { defaultReportSections } from '../../../shared/documents';
import type {
  BodySection,
  ConsolidatedReportInput,
  DocumentSettings,
  PlanDocumentInput,
  TaskAssignmentTableInput,
  TaskTableEntry,
  UrgingLetterInput,
} from '../../../shared/documents';

export const soSettings: DocumentSettings = {
  parentAgencyLine: 'UBND TỈNH QUẢNG TRỊ',
  issuingBody: ['SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'],
  issuerName: 'Sở Lao động - Thương binh và Xã hội',
  placeName: 'Quảng Trị',
  signer: { authority: 'KT.', authorityOf: 'GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Hương' },
  recipients: ['UBND tỉnh (b/c)', 'Thường trực BCĐ 138 tỉnh (Công an tỉnh) (b/c)', 'Giám đốc, các PGĐ Sở'],
  archiveLine: 'Lưu: VT, PCTNXH.',
};

export const bcdSettings: DocumentSettings = {
  parentAgencyLine: 'UBND TỈNH QUẢNG TRỊ',
  issuingBody: 'BAN CHỈ ĐẠO 138',
  issuerName: 'Ban Chỉ đạo 138 tỉnh',
  placeName: 'Quảng Trị',
  signer: {
    authority: '',
    authorityOf: '',
    position: 'TRƯỞNG BAN',
    otherPosition: 'PHÓ CHỦ TỊCH UBND TỈNH',
    name: 'Hoàng Nam',
  },
  recipients: [
    'Bộ LĐ-TB&XH (b/c)',
    'TT Tỉnh ủy, TT HĐND tỉnh (b/c)',
    'Cục PCTNXH (Bộ LĐTB&XH)',
    'UBMTTQ Việt Nam tỉnh',
    'Các Sở, ban, ngành, đoàn thể cấp tỉnh (trong KH)',
    'Các thành viên BCĐ 138 tỉnh',
    'UBND các huyện, thị xã, thành phố',
    'CVP, PVP',
  ],
  archiveLine: 'Lưu: VT, NC, KGVX.',
};

export const PROVINCIAL_AGENCIES = [
  'Công an tỉnh',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Tư pháp',
  'Sở Thông tin và Truyền thông',
  'Sở Tài chính',
  'Sở Kế hoạch và Đầu tư',
  'Sở Nội vụ',
  'Sở Công Thương',
  'Cục Quản lý thị trường tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
  'Cục Hải quan tỉnh',
  'Viện Kiểm sát nhân dân tỉnh',
  'Tòa án nhân dân tỉnh',
  'Ban Quản lý Khu kinh tế tỉnh',
  'Ủy ban MTTQ Việt Nam tỉnh',
  'Hội Liên hiệp Phụ nữ tỉnh',
  'Tỉnh đoàn Quảng Trị',
  'Liên đoàn Lao động tỉnh',
  'Hội Nông dân tỉnh',
  'Hội Cựu chiến binh tỉnh',
  'Đài Phát thanh - Truyền hình Quảng Trị',
  'Báo Quảng Trị',
  'Sở Xây dựng',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Giao thông vận tải',
  'Sở Tài nguyên và Môi trường',
  'Sở Khoa học và Công nghệ',
];

export const DISTRICTS = [
  'UBND thành phố Đông Hà',
  'UBND thị xã Quảng Trị',
  'UBND huyện Vĩnh Linh',
  'UBND huyện Hướng Hóa',
  'UBND huyện Gio Linh',
  'UBND huyện Đakrông',
  'UBND huyện Cam Lộ',
  'UBND huyện Triệu Phong',
  'UBND huyện Hải Lăng',
  'UBND huyện Cồn Cỏ',
];

/** 40 reporting agencies: 30 provincial, 10 districts. */
export const AGENCIES_40 = [...PROVINCIAL_AGENCIES, ...DISTRICTS];

export const urgingInput: UrgingLetterInput = {
  number: { number: 1050, symbol: 'SLĐTBXH-PCTNXH' },
  date: { day: 20, month: 6, year: 2022 },
  periodLabel: '6 tháng đầu năm 2022',
  planTitle: 'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022',
  planRef: 'Kế hoạch số 05/KH-BCĐ138 ngày 05/3/2022 của Ban Chỉ đạo 138 tỉnh',
  dueText: 'trước ngày 15/6/2022',
  agencies: ['Công an tỉnh', 'Sở Y tế', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'UBND huyện Hướng Hóa', 'UBND huyện Đakrông'],
  requestRef: 'Công văn số 812/SLĐTBXH-PCTNXH ngày 25/5/2022',
  newDeadline: '30/6/2022',
};

export const TASK_ROWS: TaskTableEntry[] = [
  { stt: 'I', group: 'Công tác lãnh đạo, chỉ đạo' },
  {
    stt: '1',
    code: 'V.1.1',
    content: 'Tham mưu Ban Chỉ đạo 138 tỉnh ban hành Kế hoạch phòng, chống mại dâm năm 2022; hướng dẫn, đôn đốc các sở, ngành, địa phương triển khai thực hiện.',
    lead: 'Sở Lao động - Thương binh và Xã hội',
    support: 'Công an tỉnh; các sở, ngành liên quan',
    deadline: 'Quý I/2022',
    expectedOutput: 'Kế hoạch',
  },
  {
    stt: '2',
    code: 'V.13.1',
    content: 'Xây dựng và triển khai kế hoạch phòng, chống mại dâm của địa phương gắn với thực hiện các nhiệm vụ kinh tế - xã hội.',
    lead: 'UBND các huyện, thị xã, thành phố',
    support: 'Phòng Lao động - Thương binh và Xã hội cấp huyện',
    deadline: 'Trong năm 2022',
    expectedOutput: 'Kế hoạch',
  },
  { stt: 'II', group: 'Công tác tuyên truyền, giáo dục' },
  {
    stt: '3',
    code: 'III.1.a.1',
    content: 'Xây dựng và thực hiện các hoạt động truyền thông về chủ trương, chính sách của Đảng, Nhà nước đối với công tác phòng, chống mại dâm; giảm kỳ thị, phân biệt đối xử của cộng đồng đối với người bán dâm.',
    lead: 'Sở Thông tin và Truyền thông',
    support: 'Đài Phát thanh - Truyền hình Quảng Trị; Báo Quảng Trị',
    deadline: 'Thường xuyên',
    expectedOutput: 'Tin, bài, phóng sự',
  },
  {
    stt: '4',
    code: 'III.1.a.2',
    content: 'Tổ chức ít nhất một hình thức tuyên truyền về phòng, chống mại dâm tại 100% xã, phường, thị trấn.',
    lead: 'UBND các huyện, thị xã, thành phố',
    support: 'Sở Văn hóa, Thể thao và Du lịch; Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn Quảng Trị',
    deadline: 'Trước ngày 14/12/2022',
    expectedOutput: 'Báo cáo kết quả',
  },
  {
    stt: '5',
    code: 'V.7.1',
    content: 'Lồng ghép nội dung kiến thức về phòng, chống mại dâm vào chương trình học chính khóa, ngoại khóa, hoạt động ngoài giờ lên lớp.',
    lead: 'Sở Giáo dục và Đào tạo',
    support: 'Tỉnh đoàn Quảng Trị',
    deadline: 'Năm học 2022 - 2023',
    expectedOutput: 'Báo cáo kết quả',
  },
  { stt: 'III', group: 'Công tác kiểm tra, xử lý vi phạm' },
  {
    stt: '6',
    code: 'III.1.c.1',
    content: 'Tổ chức kiểm tra liên ngành các cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm trên địa bàn thành phố Đông Hà, thị trấn Lao Bảo, thị trấn Cửa Tùng, thị trấn Cửa Việt.',
    lead: 'Sở Lao động - Thương binh và Xã hội (Đội kiểm tra liên ngành 178)',
    support: 'Công an tỉnh; Sở Văn hóa, Thể thao và Du lịch; Sở Y tế',
    deadline: 'Thường xuyên',
    expectedOutput: 'Biên bản kiểm tra; báo cáo',
  },
  {
    stt: '7',
    code: 'V.2.1',
    content: 'Tăng cường công tác điều tra, khám phá, triệt phá các đường dây, ổ nhóm tổ chức, môi giới, chứa mại dâm; xử lý nghiêm các hành vi vi phạm.',
    lead: 'Công an tỉnh',
    support: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh',
    deadline: 'Thường xuyên',
    expectedOutput: 'Báo cáo kết quả',
  },
  {
    stt: '8',
    code: 'V.9.1',
    content: 'Triển khai các biện pháp phòng ngừa, đấu tranh ngăn chặn hoạt động mại dâm, mua bán người qua biên giới ở khu vực cửa khẩu Lao Bảo, La Lay.',
    lead: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
    support: 'Công an tỉnh; UBND huyện Hướng Hóa; UBND huyện Đakrông',
    deadline: 'Thường xuyên',
    expectedOutput: 'Báo cáo kết quả',
  },
  { stt: 'IV', group: 'Hỗ trợ người bán dâm, nâng cao năng lực' },
  {
    stt: '9',
    code: 'III.1.d.1',
    content: 'Tiếp cận, tư vấn cho 50 lượt người bán dâm; hỗ trợ người bán dâm có nhu cầu tiếp cận các dịch vụ hỗ trợ xã hội, tư vấn tâm lý, pháp lý, sức khỏe, dạy nghề, tạo việc làm.',
    lead: 'Sở Lao động - Thương binh và Xã hội',
    support: 'Sở Y tế; Hội Liên hiệp Phụ nữ tỉnh; UBND các huyện, thị xã, thành phố',
    deadline: 'Trong năm 2022',
    expectedOutput: 'Báo cáo kết quả',
  },
  {
    stt: '10',
    code: 'III.1.e.1',
    content: 'Tổ chức tập huấn nâng cao năng lực chuyên môn, nghiệp vụ cho 100% người làm công tác phòng, chống tệ nạn xã hội các cấp.',
    lead: 'Sở Lao động - Thương binh và Xã hội',
    support: 'Công an tỉnh; Sở Văn hóa, Thể thao và Du lịch',
    deadline: 'Quý III/2022',
    expectedOutput: 'Lớp tập huấn',
  },
];

export const taskTableInput: TaskAssignmentTableInput = {
  title: 'Thực hiện Kế hoạch phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022',
  rows: TASK_ROWS,
  filterNote: '(Tất cả cơ quan chủ trì)',
  number: { number: 5, symbol: 'KH-BCĐ138' },
  date: { day: 5, month: 3, year: 2022 },
};

export const PLAN_SECTIONS: BodySection[] = [
  {
    heading: 'I. Mục đích, yêu cầu',
    paragraphs: [],
    subsections: [
      {
        heading: '1. Mục đích',
        paragraphs: [
          'Tăng cường các hoạt động phòng, chống mại dâm, giảm các hành vi vi phạm pháp luật liên quan đến mại dâm góp phần đảm bảo an ninh trật tự, an toàn xã hội; hạn chế các ảnh hưởng do tệ nạn mại dâm gây ra đối với sự phát triển kinh tế - xã hội; bảo đảm quyền bình đẳng trong việc tiếp cận, sử dụng các dịch vụ xã hội của người bán dâm tạo cơ hội cho họ thay đổi cuộc sống, hòa nhập cộng đồng.',
        ],
      },
      {
        heading: '2. Yêu cầu',
        paragraphs: [
          'Các sở, ban, ngành, tổ chức đoàn thể chính trị - xã hội và Ủy ban nhân dân các huyện, thị xã, thành phố thực hiện nghiêm chỉ đạo của Trung ương và UBND tỉnh trong công tác phòng, chống mại dâm; căn cứ chỉ tiêu, nhiệm vụ và nội dung Kế hoạch, cụ thể hóa các nhiệm vụ và giải pháp tổ chức triển khai thực hiện đến cấp cơ sở.',
        ],
      },
    ],
  },
  {
    heading: 'II. Mục tiêu, chỉ tiêu',
    paragraphs: [
      '- 100% xã, phường, thị trấn trên địa bàn tỉnh tổ chức được ít nhất là một hình thức tuyên truyền về phòng ngừa mại dâm và được duy trì thường xuyên.',
      '- Triệt xóa 100% các điểm phức tạp về hoạt động mại dâm và duy trì để không tái hoạt động trở lại tại các điểm phức tạp về hoạt động mại dâm đã triệt xóa.',
      '- Tiếp cận, tư vấn cho 50 lượt người bán dâm; ít nhất 60% người bán dâm có nhu cầu, đủ điều kiện được tiếp cận và sử dụng các dịch vụ hỗ trợ xã hội.',
      '- Đào tạo, bồi dưỡng, tập huấn nâng cao năng lực chuyên môn, nghiệp vụ cho 100% người làm công tác phòng, chống tệ nạn xã hội các cấp.',
    ],
  },
  {
    heading: 'III. Nhiệm vụ, giải pháp',
    paragraphs: [],
    subsections: [
      {
        heading: '1. Nhiệm vụ trọng tâm',
        paragraphs: [],
        subsections: [
          {
            heading: 'a) Nâng cao hiệu quả công tác truyền thông, tuyên truyền, phổ biến, giáo dục về phòng, chống mại dâm',
            paragraphs: [
              '- Xây dựng và thực hiện các hoạt động truyền thông về chủ trương, chính sách của Đảng, Nhà nước đối với công tác phòng, chống mại dâm; giảm kỳ thị, phân biệt đối xử của cộng đồng đối với người bán dâm.',
              '- Tăng cường tuyên truyền phòng ngừa, vận dụng các hình thức văn hóa, văn nghệ truyền thống, xây dựng các chuyên trang, chuyên mục, các tiểu phẩm, ký sự, bài viết về tình hình mại dâm.',
            ],
          },
          {
            heading: 'b) Tăng cường công tác thanh tra, kiểm tra, kịp thời phát hiện, xử lý các vi phạm pháp luật về phòng, chống mại dâm',
            paragraphs: [
              '- Tổ chức kiểm tra các cơ sở kinh doanh dịch vụ dễ phát sinh mại dâm; các cơ sở có biểu hiện phức tạp về mại dâm phải kiểm tra ít nhất một lần.',
            ],
          },
        ],
      },
    ],
  },
  {
    heading: 'IV. Tổ chức thực hiện',
    paragraphs: [
      'Các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các huyện, thị xã, thành phố thực hiện nhiệm vụ được phân công tại Phụ lục kèm theo Kế hoạch này.',
      'Các thành viên Ban Chỉ đạo 138 tỉnh; UBND các huyện, thị xã, thành phố chấp hành nghiêm chế độ thông tin, báo cáo định kỳ 6 tháng (trước ngày 15/6), năm (trước ngày 15/12) và báo cáo đột xuất kết quả thực hiện công tác phòng, chống mại dâm gửi Sở Lao động - Thương binh và Xã hội (Cơ quan Thường trực về phòng, chống mại dâm tỉnh) để tổng hợp theo quy định.',
      'Ban Chỉ đạo 138 tỉnh yêu cầu các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các huyện, thị xã, thành phố triển khai thực hiện Kế hoạch.',
    ],
  },
];

export const planInput: PlanDocumentInput = {
  number: { number: null, symbol: 'KH-BCĐ138' },
  date: { day: null, month: 3, year: 2022 },
  title: 'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022',
  basis:
    'Thực hiện Kế hoạch số 22/KH-UBND ngày 11/02/2022 của UBND tỉnh về thực hiện Chương trình phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị giai đoạn 2022 - 2025; Ban Chỉ đạo 138 tỉnh Quảng Trị ban hành Kế hoạch phòng, chống mại dâm năm 2022 trên địa bàn tỉnh Quảng Trị (sau đây gọi tắt là Kế hoạch) với các nội dung như sau:',
  sections: PLAN_SECTIONS,
  taskTable: TASK_ROWS,
};

const FILLER =
  'Các cơ quan, đơn vị, địa phương đã chủ động triển khai các nhiệm vụ được giao tại Kế hoạch; phối hợp chặt chẽ với cơ quan thường trực trong việc kiểm tra các cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm, tuyên truyền phòng ngừa tại cộng đồng và hỗ trợ người bán dâm hòa nhập cộng đồng.';

/** The default outline with a paragraph of text under every heading, as a clerk would fill it in. */
export function filledReportSections(): BodySection[] {
  const fill = (s: BodySection): BodySection => ({
    ...s,
    paragraphs: s.paragraphs.length || s.subsections?.length ? s.paragraphs : [FILLER],
    ...(s.subsections ? { subsections: s.subsections.map(fill) } : {}),
  });
  return defaultReportSections('six_month', 2022).map(fill);
}

export function reportInput(agencies: string[] = AGENCIES_40): ConsolidatedReportInput {
  const late = agencies.slice(-10, -4);
  const missing = agencies.slice(-4);
  return {
    number: { number: 120, symbol: 'BC-SLĐTBXH' },
    date: { day: 24, month: 6, year: 2022 },
    periodLabel: '6 tháng đầu năm 2022',
    year: 2022,
    kind: 'six_month',
    topic: 'công tác phòng, chống mại dâm',
    legalBasis: [
      'Căn cứ Quyết định số 1629/QĐ-TTg ngày 28/9/2021 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống mại dâm giai đoạn 2021 - 2025',
      'Căn cứ Kế hoạch số 22/KH-UBND ngày 11/02/2022 của UBND tỉnh về thực hiện Chương trình phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị giai đoạn 2022 - 2025',
      'Căn cứ Kế hoạch số 05/KH-BCĐ138 ngày 05/3/2022 của Ban Chỉ đạo 138 tỉnh về phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022',
    ],
    opening:
      'Trên cơ sở báo cáo của các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các huyện, thị xã, thành phố, Sở Lao động - Thương binh và Xã hội báo cáo kết quả công tác phòng, chống mại dâm 6 tháng đầu năm 2022 như sau:',
    sections: filledReportSections(),
    targets: [
      { wording: '100% xã, phường, thị trấn tổ chức ít nhất một hình thức tuyên truyền', target: '100%', achieved: '118/125 xã', percent: '94,4%' },
      { wording: 'Tiếp cận, tư vấn cho 50 lượt người bán dâm', target: '50 lượt người', achieved: '32 lượt người', percent: '64,0%' },
      { wording: 'Ít nhất 60% người bán dâm có nhu cầu được tiếp cận dịch vụ hỗ trợ', target: '60%', achieved: '21/30 người', percent: '70,0%' },
      { wording: '100% cán bộ làm công tác phòng, chống mại dâm được tập huấn', target: '100%', achieved: '87/95 người', percent: '91,6%' },
    ],
    statisticsAppendix: {
      labelHeader: 'Chỉ tiêu thống kê',
      columns: ['Đơn vị tính', 'Kỳ báo cáo', 'Cùng kỳ năm trước', 'Tăng/giảm (%)'],
      unitNote: '(Số liệu tính từ ngày 15/12/2021 đến ngày 14/6/2022)',
      rows: [
        { label: 'Số cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm', values: ['cơ sở', '412', '398', '3,5'] },
        { label: 'Số cuộc kiểm tra liên ngành', values: ['cuộc', '24', '19', '26,3'] },
        { label: 'Số cơ sở được kiểm tra', values: ['cơ sở', '86', '71', '21,1'] },
        { label: 'Số cơ sở vi phạm bị xử lý', values: ['cơ sở', '9', '12', '-25,0'] },
        { label: 'Số tiền xử phạt vi phạm hành chính', values: ['triệu đồng', '145', '180', '-19,4'] },
        { label: 'Số lượt người bán dâm được tiếp cận, tư vấn', values: ['lượt người', '32', '27', '18,5'] },
        { label: 'Số xã, phường, thị trấn tổ chức tuyên truyền', values: ['xã', '118', '109', '8,3'] },
      ],
    },
    complianceAppendix: {
      onTime: agencies.slice(0, -10),
      late: late.map((name, i) => ({ name, days: i + 2 })),
      missing,
    },
  };
}
