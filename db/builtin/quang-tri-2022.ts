// Built-in dataset: Kế hoạch phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022
// (Ban Chỉ đạo 138 tỉnh Quảng Trị, "Số: /KH-BCĐ138"). Entered from the plan text; codes follow its
// section numbering. Task and target wording is the plan's own, typos included.
import type { PlanDataset } from './dataset';
import { quangTri2022Text } from './quang-tri-2022-text';
import { SHARED_RESPONSIBILITY, quangTri2022Links } from './quang-tri-2022-links';

/** The 10 district-level People's Committees (section V.13 and VI). */
const DISTRICT_PCS: string[] = [
  'UBND-DONGHA',
  'UBND-TXQUANGTRI',
  'UBND-VINHLINH',
  'UBND-HUONGHOA',
  'UBND-GIOLINH',
  'UBND-DAKRONG',
  'UBND-CAMLO',
  'UBND-TRIEUPHONG',
  'UBND-HAILANG',
  'UBND-CONCO',
];

/** The district People's Committees that have communes: huyện đảo Cồn Cỏ has none (no commune target). */
const DISTRICTS_WITH_COMMUNES: string[] = DISTRICT_PCS.filter((c) => c !== 'UBND-CONCO');

/** Agencies obliged by section VI: members of BCĐ 138 with duties in section V, and the 10 districts. */
const REPORTING_AGENCIES: string[] = [
  'CAT',
  'SYT',
  'STTTT',
  'SVHTTDL',
  'STP',
  'SGDDT',
  'STC',
  'BDBP',
  'BQT',
  'DPTTH',
  'VKSND',
  'TAND',
  'MTTQ',
  'LDLD',
  'HLHPN',
  'TD',
  ...DISTRICT_PCS,
];

export const quangTri2022: PlanDataset = {
  // ---------- Heading, opening paragraph, signature and "Nơi nhận" ----------
  plan: {
    key: 'KH-PCMD-QT-2022',
    number: null,
    symbol: 'KH-BCĐ138',
    issuedDate: null,
    issuedDateText: 'Quảng Trị, ngày   tháng   năm 2022',
    issuer: 'Ban Chỉ đạo 138 tỉnh Quảng Trị',
    title: 'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022',
    year: 2022,
    parentProgramme:
      'Kế hoạch số 22/KH-UBND ngày 11/02/2022 của UBND tỉnh về thực hiện Chương trình phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị giai đoạn 2022 – 2025',
    placeName: 'Quảng Trị',
    standingAgency: 'SLDTBXH',
    signer: { authority: 'TRƯỞNG BAN', position: 'PHÓ CHỦ TỊCH UBND TỈNH', name: 'Hoàng Nam' },
    recipients: [
      'Bộ LĐ-TB&XH (b/c);',
      'TT Tỉnh ủy, TT HĐND tỉnh (b/c);',
      'Cục PCTNXH (Bộ LĐTB&XH);',
      'UBMTTQ Việt Nam tỉnh;',
      'Ban VHXX, HĐND tỉnh;',
      'Các Sở, ban, ngành, đoàn thể cấp tỉnh (trong KH);',
      'Các thành viên BCD 138 tỉnh;',
      'UBND các huyện, thị xã, thành phố;',
      'CVP, PVP;',
      // As printed: the drafting units' initials with a subscript letter.
      'Lưu: VT, NC<sub>M</sub>, KGVX<sub>T</sub>.',
    ],
  },

  agencies: [
    // ---------- Standing agency (V.1; receives the reports of section VI) ----------
    {
      code: 'SLDTBXH',
      name: 'Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị',
      shortName: 'Sở Lao động - Thương binh và Xã hội',
      abbreviation: 'SLĐTBXH',
      kind: 'provincial_department',
      reports: false,
    },

    // ---------- Provincial agencies given duties in section V (V.2 - V.12) ----------
    {
      code: 'CAT',
      name: 'Công an tỉnh Quảng Trị',
      shortName: 'Công an tỉnh',
      abbreviation: 'CAT',
      kind: 'police',
      reports: true,
    },
    {
      code: 'SYT',
      name: 'Sở Y tế tỉnh Quảng Trị',
      shortName: 'Sở Y tế',
      abbreviation: 'SYT',
      kind: 'provincial_department',
      reports: true,
    },
    {
      code: 'STTTT',
      name: 'Sở Thông tin và Truyền thông tỉnh Quảng Trị',
      shortName: 'Sở Thông tin và Truyền thông',
      abbreviation: 'STTTT',
      kind: 'provincial_department',
      reports: true,
    },
    {
      code: 'SVHTTDL',
      name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị',
      shortName: 'Sở Văn hóa, Thể thao và Du lịch',
      abbreviation: 'SVHTTDL',
      kind: 'provincial_department',
      reports: true,
    },
    {
      code: 'STP',
      name: 'Sở Tư pháp tỉnh Quảng Trị',
      shortName: 'Sở Tư pháp',
      abbreviation: 'STP',
      kind: 'provincial_department',
      reports: true,
    },
    {
      code: 'SGDDT',
      name: 'Sở Giáo dục và Đào tạo tỉnh Quảng Trị',
      shortName: 'Sở Giáo dục và Đào tạo',
      abbreviation: 'SGDĐT',
      kind: 'provincial_department',
      reports: true,
    },
    {
      code: 'STC',
      name: 'Sở Tài chính tỉnh Quảng Trị',
      shortName: 'Sở Tài chính',
      abbreviation: 'STC',
      kind: 'provincial_department',
      reports: true,
    },
    {
      code: 'BDBP',
      name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị',
      shortName: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
      abbreviation: 'BĐBP',
      kind: 'military',
      reports: true,
    },
    {
      code: 'BQT',
      name: 'Báo Quảng Trị',
      shortName: 'Báo Quảng Trị',
      abbreviation: 'BQT',
      kind: 'press',
      reports: true,
    },
    {
      code: 'DPTTH',
      name: 'Đài Phát thanh - Truyền hình Quảng Trị',
      shortName: 'Đài Phát thanh - Truyền hình Quảng Trị',
      abbreviation: 'ĐPTTH',
      kind: 'press',
      reports: true,
    },
    {
      code: 'VKSND',
      name: 'Viện Kiểm sát nhân dân tỉnh Quảng Trị',
      shortName: 'Viện Kiểm sát nhân dân tỉnh',
      abbreviation: 'VKSND',
      kind: 'procuracy',
      reports: true,
    },
    {
      code: 'TAND',
      name: 'Tòa án nhân dân tỉnh Quảng Trị',
      shortName: 'Tòa án nhân dân tỉnh',
      abbreviation: 'TAND',
      kind: 'court',
      reports: true,
    },
    {
      code: 'MTTQ',
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị',
      shortName: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      abbreviation: 'MTTQ',
      kind: 'mass_organisation',
      reports: true,
    },
    {
      code: 'LDLD',
      name: 'Liên đoàn Lao động tỉnh Quảng Trị',
      shortName: 'Liên đoàn Lao động tỉnh',
      abbreviation: 'LĐLĐ',
      kind: 'mass_organisation',
      reports: true,
    },
    {
      code: 'HLHPN',
      name: 'Hội Liên hiệp Phụ nữ tỉnh Quảng Trị',
      shortName: 'Hội Liên hiệp Phụ nữ tỉnh',
      abbreviation: 'HLHPN',
      kind: 'mass_organisation',
      reports: true,
    },
    {
      code: 'TD',
      name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Quảng Trị',
      shortName: 'Tỉnh đoàn',
      abbreviation: 'TĐ',
      kind: 'mass_organisation',
      reports: true,
    },

    // ---------- District-level People's Committees (V.13; GSO codes, units as of 2022) ----------
    {
      code: 'UBND-DONGHA',
      name: 'Ủy ban nhân dân thành phố Đông Hà',
      shortName: 'UBND thành phố Đông Hà',
      abbreviation: 'UBND',
      kind: 'district_pc',
      adminUnitCode: '461',
      reports: true,
    },
    {
      code: 'UBND-TXQUANGTRI',
      name: 'Ủy ban nhân dân thị xã Quảng Trị',
      shortName: 'UBND thị xã Quảng Trị',
      abbreviation: 'UBND',
      kind: 'district_pc',
      adminUnitCode: '462',
      reports: true,
    },
    {
      code: 'UBND-VINHLINH',
      name: 'Ủy ban nhân dân huyện Vĩnh Linh',
      shortName: 'UBND huyện Vĩnh Linh',
      abbreviation: 'UBND',
      kind: 'district_pc',
      adminUnitCode: '464',
      reports: true,
    },
    {
      code: 'UBND-HUONGHOA',
      name: 'Ủy ban nhân dân huyện Hướng Hóa',
      shortName: 'UBND huyện Hướng Hóa',
      abbreviation: 'UBND',
      kind: 'district_pc',
      adminUnitCode: '465',
      reports: true,
    },
    {
      code: 'UBND-GIOLINH',
      name: 'Ủy ban nhân dân huyện Gio Linh',
      shortName: 'UBND huyện Gio Linh',
      abbreviation: 'UBND',
      kind: 'district_pc',
      adminUnitCode: '466',
      reports: true,
    },
    {  // GSO spells it "Đa Krông"; the district's own name is Đakrông
      code: 'UBND-DAKRONG',
      name: 'Ủy ban nhân dân huyện Đakrông',
      shortName: 'UBND huyện Đakrông',
      abbreviation: 'UBND',
      kind: 'district_pc',
      adminUnitCode: '467',
      reports: true,
    },
    {
      code: 'UBND-CAMLO',
      name: 'Ủy ban nhân dân huyện Cam Lộ',
      shortName: 'UBND huyện Cam Lộ',
      abbreviation: 'UBND',
      kind: 'district_pc',
      adminUnitCode: '468',
      reports: true,
    },
    {
      code: 'UBND-TRIEUPHONG',
      name: 'Ủy ban nhân dân huyện Triệu Phong',
      shortName: 'UBND huyện Triệu Phong',
      abbreviation: 'UBND',
      kind: 'district_pc',
      adminUnitCode: '469',
      reports: true,
    },
    {
      code: 'UBND-HAILANG',
      name: 'Ủy ban nhân dân huyện Hải Lăng',
      shortName: 'UBND huyện Hải Lăng',
      abbreviation: 'UBND',
      kind: 'district_pc',
      adminUnitCode: '470',
      reports: true,
    },
    {  // island district, no commune-level units
      code: 'UBND-CONCO',
      name: 'Ủy ban nhân dân huyện Cồn Cỏ',
      shortName: 'UBND huyện Cồn Cỏ',
      abbreviation: 'UBND',
      kind: 'district_pc',
      adminUnitCode: '471',
      reports: true,
    },

    // ---------- Bodies the plan is issued by or reports to (VI.2, V.1) ----------
    {
      code: 'UBND-TINH',
      name: 'Ủy ban nhân dân tỉnh Quảng Trị',
      shortName: 'UBND tỉnh',
      abbreviation: 'UBND',
      kind: 'provincial_pc',
      reports: false,
    },
    {
      code: 'BCD138',
      name: 'Ban Chỉ đạo 138 tỉnh Quảng Trị',
      shortName: 'Ban Chỉ đạo 138 tỉnh',
      abbreviation: 'BCĐ138',
      kind: 'other',
      reports: false,
    },
    {
      code: 'BLDTBXH',
      name: 'Bộ Lao động - Thương binh và Xã hội',
      shortName: 'Bộ Lao động - Thương binh và Xã hội',
      abbreviation: 'LĐTBXH',
      kind: 'other',
      reports: false,
    },
    {
      code: 'UBQG',
      // As VI.2 spells it.
      name: 'Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm',
      shortName: 'Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm',
      abbreviation: 'UBQG',
      kind: 'other',
      reports: false,
    },
  ],

  taskGroups: [
    // III.1 Nhiệm vụ trọng tâm
    { code: 'III.1.a', title: 'Nâng cao hiệu quả công tác truyền thông, tuyên truyền, phổ biến, giáo dục về phòng, chống mại dâm' },
    { code: 'III.1.b', title: 'Tiếp tục đẩy mạnh thực hiện các hoạt động phòng ngừa mại dâm thông qua lồng ghép các chương trình có liên quan tại địa bàn cơ sở' },
    { code: 'III.1.c', title: 'Tăng cường công tác thanh tra, kiểm tra, kịp thời phát hiện, xử lý các vi phạm pháp luật về phòng, chống mại dâm; điều tra, truy tố, xét xử nghiêm minh các tội phạm liên quan đến hoạt động mại dâm; triệt xóa các điểm phức tạp về hoạt động mại dâm' },
    { code: 'III.1.d', title: 'Xây dựng, triển khai các hoạt động can thiệp giảm tác hại, phòng ngừa lây nhiễm các bệnh xã hội và HIV/AIDS, phòng ngừa, giảm tình trạng bạo lực trên cơ sở giới trong phòng, chống mại dâm' },
    { code: 'III.1.e', title: 'Đào tạo, tập huấn, bồi dưỡng nâng cao năng lực, chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức, viên chức, chiến sĩ trong thực hiện nhiệm vụ phòng, chống mại dâm' },
    // III.2 Giải pháp thực hiện
    { code: 'III.2.a', title: 'Tăng cường công tác quản lý Nhà nước về phòng, chống mại dâm' },
    { code: 'III.2.b', title: 'Huy động nguồn lực, sự tham gia của các cơ quan, tổ chức, cá nhân và cộng đồng vào các hoạt động phòng, chống mại dâm, hỗ trợ giảm hại, hòa nhập cộng đồng cho người bán dâm' },
    { code: 'III.2.c', title: 'Hợp tác quốc tế' },
    // V. Tổ chức thực hiện: one group per agency heading
    { code: 'V.1', title: 'Sở Lao động - Thương binh và Xã hội' },
    { code: 'V.2', title: 'Công an tỉnh' },
    { code: 'V.3', title: 'Sở Y tế' },
    { code: 'V.4', title: 'Sở Thông tin và Truyền thông' },
    { code: 'V.5', title: 'Sở Văn hóa, Thể thao và Du lịch' },
    { code: 'V.6', title: 'Sở Tư pháp' },
    { code: 'V.7', title: 'Sở Giáo dục và Đào tạo' },
    { code: 'V.8', title: 'Sở Tài chính' },
    { code: 'V.9', title: 'Bộ Chỉ huy Bộ đội biên phòng tỉnh' },
    { code: 'V.10', title: 'Báo Quảng Trị, Đài Phát thanh - Truyền hình Quảng Trị' },
    { code: 'V.11', title: 'Viện Kiểm sát nhân dân và Tòa án nhân dân tỉnh' },
    { code: 'V.12', title: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội' },
    { code: 'V.13', title: 'Ủy ban nhân dân huyện, thị xã, thành phố' },
  ],

  tasks: [
    // ---------- III.1 Nhiệm vụ trọng tâm ----------

    // III.1.a Nâng cao hiệu quả công tác truyền thông, tuyên truyền, phổ biến, giáo dục về phòng, chống mại dâm
    {
      code: 'III.1.a.1',
      group: 'III.1.a',
      content:
        'Xây dựng và thực hiện các hoạt động truyền thông về chủ trương, chính sách của Đảng, Nhà nước đối với công tác phòng, chống mại dâm; giảm kỳ thị, phân biệt đối xử của cộng đồng đối với người bán dâm.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'III.1.a.2',
      group: 'III.1.a',
      content:
        'Tăng cường tuyên truyền phòng ngừa, vận dụng các hình thức văn hóa, văn nghệ truyền thống, xây dựng các chuyên trang, chuyên mục, các tiểu phẩm, ký sự, bài viết về tình hình mại dâm và đổi mới hình thức, tăng thời lượng truyền thông; áp dụng các phương tiện hiện đại nâng cao hiệu quả, chất lượng tuyên truyền. Nâng cao hiệu quả tuyên truyền tại các xã, phường, thị trấn khu vực giáp ranh, phức tạp về tệ nạn mại dâm, khu vực có nhiều nhóm di biến động, lao động ngoại tỉnh, người có nguy cơ cao, người tái vi phạm tệ nạn mại dâm.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'III.1.a.3',
      group: 'III.1.a',
      content:
        'Lồng ghép, thiết kế, phát triển các chương trình, tài liệu, công cụ truyền thông về phòng, chống mại dâm phù hợp với từng nhóm đối tượng, địa phương, cộng đồng, tập trung vào đối tượng là thanh thiếu niên, học sinh, sinh viên, người lao động trong các cơ sở kinh doanh, dịch vụ để phát sinh mại dâm, người lao động trong các khu công nghiệp về tác hại của tệ nạn mại dâm, pháp luật về phòng, chống mại dâm, nếp sống văn minh, hành vi tình dục lành mạnh, an toàn.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },

    // III.1.b Tiếp tục đẩy mạnh thực hiện các hoạt động phòng ngừa mại dâm thông qua lồng ghép các chương trình có liên quan tại địa bàn cơ sở
    {
      code: 'III.1.b.1',
      group: 'III.1.b',
      content:
        'Tổ chức điều tra, khảo sát, rà soát, đánh giá, dự báo về tình hình hoạt động mại dâm.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'III.1.b.2',
      group: 'III.1.b',
      content:
        'Xây dựng và tổ chức triển khai các kế hoạch lồng ghép việc thực hiện các chương trình an sinh xã hội, chương trình phòng, chống ma túy, phòng, chống HIV/AIDS, phòng chống mua bán người tại địa phương với nhiệm vụ phòng, chống mại dâm.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },

    // III.1.c Tăng cường công tác thanh tra, kiểm tra, kịp thời phát hiện, xử lý các vi phạm pháp luật về phòng, chống mại dâm; điều tra, truy tố, xét xử nghiêm minh các tội phạm liên quan đến hoạt động mại dâm; triệt xóa các điểm phức tạp về hoạt động mại dâm
    {
      code: 'III.1.c.1',
      group: 'III.1.c',
      content:
        'Tăng cường công tác phối hợp của Tổ công tác liên ngành phòng, chống mại dâm tình.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
      note:
        'Văn bản giao cho Tổ công tác liên ngành phòng, chống mại dâm (tổ liên ngành, không phải một cơ quan) và không nêu cơ quan chủ trì.',
    },
    {
      code: 'III.1.c.2',
      group: 'III.1.c',
      content:
        'Xây dựng, kiện toàn và phát huy vai trò Đội Kiểm tra liên ngành phòng, chống tệ nạn mại dâm các cấp (sau đây gọi tắt là Đội Kiểm tra liên ngành 178), đảm bảo tinh gọn, hiệu lực, hiệu quả trong tổ chức và hoạt động.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
      note:
        'Văn bản nói về Đội Kiểm tra liên ngành 178 các cấp (đội liên ngành, không phải một cơ quan) và không nêu cơ quan chủ trì.',
    },
    {
      code: 'III.1.c.3',
      group: 'III.1.c',
      content:
        'Thường xuyên khảo sát, đánh giá thực trạng tình hình hoạt động mại dâm trên địa bàn tỉnh. Kiểm tra, ngăn chặn và xử lý kịp thời những dấu hiệu hoạt động mại dâm, không để lan rộng, ảnh hưởng đến an ninh, trật tự và an toàn xã hội; tổ chức triệt xóa các điểm phức tạp về hoạt động mại dâm, không để phát sinh điểm mới. Duy trì không để tái hoạt động trở lại tại các điểm phức tạp về hoạt động mại dâm đã triệt xóa trên địa bàn tỉnh.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'III.1.c.4',
      group: 'III.1.c',
      content:
        'Quản lý chặt chẽ những đối tượng nghi vấn, kịp thời phát hiện các đường dây, ổ nhóm hoạt động mại dâm; tăng cường công tác tuần tra kiểm soát tại các địa bàn, điểm phức tạp về an ninh trật tự, nhất là các địa bàn phức tạp về hoạt động mại dâm; tổ chức điều tra, khám phá các vụ án, triệt xóa các tổ chức phạm tội liên quan đến hoạt động mại dâm, nhằm giảm dần hoạt động mại dâm ở địa bàn công cộng và hoạt động mại dâm trong các cơ sở kinh doanh dịch vụ để phát sinh mại dâm.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'III.1.c.5',
      group: 'III.1.c',
      content:
        'Kịp thời truy tố, xét xử nghiêm minh các tội phạm liên quan đến mại dâm; tăng cường xét xử lưu động các vụ án liên quan đến hoạt động môi giới, chứa chấp, tổ chức hoạt động mại dâm để giáo dục, răn đe, phòng ngừa chung trong xã hội.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
      note:
        'Văn bản không nêu cơ quan chủ trì; việc truy tố, xét xử được giao cụ thể ở mục V.11 (Viện Kiểm sát nhân dân và Tòa án nhân dân tỉnh).',
    },

    // III.1.d Xây dựng, triển khai các hoạt động can thiệp giảm tác hại, phòng ngừa lây nhiễm các bệnh xã hội và HIV/AIDS, phòng ngừa, giảm tình trạng bạo lực trên cơ sở giới trong phòng, chống mại dâm
    {
      code: 'III.1.d.1',
      group: 'III.1.d',
      content:
        'Kết nối cơ sở cung cấp dịch vụ hỗ trợ giảm hại; phòng, chống bạo lực trên cơ sở giới, hòa nhập cộng đồng cho người bán dâm có sự tham gia của các cơ quan Nhà nước, các tổ chức xã hội, doanh nghiệp, chuyên gia, cá nhân trong và ngoài nước.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },

    // III.1.e Đào tạo, tập huấn, bồi dưỡng nâng cao năng lực, chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức, viên chức, chiến sĩ trong thực hiện nhiệm vụ phòng, chống mại dâm
    {
      code: 'III.1.e.1',
      group: 'III.1.e',
      content:
        'Xây dựng tài liệu tổ chức các khóa đào tạo, bồi dưỡng, tập huấn cho đội ngũ cán bộ, công chức, viên chức, chiến sĩ làm công tác phòng, chống tệ nạn xã hội các cấp, các ngành liên quan; mạng lưới báo cáo viên, tuyên truyền viên, tình nguyện viên, cộng tác viên các cấp về phòng, chống mại dâm.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
      sharedResponsibility: SHARED_RESPONSIBILITY,
    },
    {
      code: 'III.1.e.2',
      group: 'III.1.e',
      content:
        'Tổ chức tập huấn nâng cao năng lực cho các thành viên Đội Kiểm tra liên ngành 178 các cấp; tổ chức học tập, chia sẻ kinh nghiệm giữa các Đội Kiểm tra liên ngành 178 các cấp.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },

    // ---------- III.2 Giải pháp thực hiện ----------

    // III.2.a Tăng cường công tác quản lý Nhà nước về phòng, chống mại dâm
    {
      code: 'III.2.a.1',
      group: 'III.2.a',
      content:
        'Tiếp tục rà soát, hệ thống các văn bản quy phạm pháp luật trong lĩnh vực phòng, chống mại dâm, văn hóa, y tế, cấp giấy phép đăng ký kinh doanh đối với các cơ sở kinh doanh dịch vụ để phát sinh mại dâm... từ đó tập hợp kiến nghị, đề xuất đến các cơ quan có thẩm quyền sửa đổi, bổ sung, điều chỉnh, thay thế các quy định không còn phù hợp, ban hành mới những văn bản quy phạm pháp luật, chính sách về phòng, chống mại dâm.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'III.2.a.2',
      group: 'III.2.a',
      content:
        'Thực hiện nghiêm chỉ đạo của Trung ương và quy định của pháp luật trong công tác phòng, chống mại dâm, xây dựng và triển khai kịp thời các chính sách liên quan đến hoạt động mại dâm và hỗ trợ người bán dâm phù hợp với quy định của pháp luật và tình hình thực tế tại địa phương.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'III.2.a.3',
      group: 'III.2.a',
      content:
        'Tăng cường chỉ đạo từ cấp tỉnh đến cấp cơ sở, các đơn vị trong việc triển khai công tác phòng, chống mại dâm theo chức năng, nhiệm vụ được phân công; tập trung chỉ đạo thực hiện việc kiểm tra, rà soát tại các khu vực phức tạp về tình hình mại dâm, nhất là khu vực giáp ranh; Ủy ban nhân dân các cấp đưa công tác phòng, chống mại dâm là một trong các nhiệm vụ phát triển kinh tế - xã hội của địa phương.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
      note:
        'Chỉ vế cuối nêu “Ủy ban nhân dân các cấp”; vế chính (tăng cường chỉ đạo từ cấp tỉnh đến cấp cơ sở) không nêu cơ quan nên không ghi cơ quan chủ trì.',
    },
    {
      code: 'III.2.a.4',
      group: 'III.2.a',
      content:
        'Nâng cao hiệu lực, hiệu quả và trách nhiệm quản lý Nhà nước về công tác phòng, chống mại dâm trên địa bàn, xác định rõ vai trò, trách nhiệm cá nhân của người đứng đầu cấp ủy Đảng, chính quyền, thủ trưởng các cơ quan liên quan khi đề phát sinh mại dâm trên địa bàn quản lý; coi hiệu quả công tác phòng, chống mại dâm là một trong những chỉ tiêu thi đua, đánh giá hàng năm đối với tổ chức, cá nhân, tăng cường công tác giáo dục, phòng ngừa, ngăn chặn và xử lý kiên quyết những cán bộ, đảng viên có hành vi thiếu trách nhiệm bao che, dung túng, tham gia hoạt động mại dâm.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
      sharedResponsibility: SHARED_RESPONSIBILITY,
    },
    {
      code: 'III.2.a.5',
      group: 'III.2.a',
      content:
        'Nâng cao hiệu quả phối hợp của Tổ công tác liên ngành phòng, chống mại dâm giữa các Sở, ban, ngành, UBND các huyện, thị xã, thành phố trong hoạt động thanh tra, kiểm tra, giao ban, thông tin, báo cáo, thường xuyên trao đổi, kịp thời đề xuất biện pháp tháo gỡ khó khăn.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
      note:
        'Văn bản nói về Tổ công tác liên ngành giữa các Sở, ban, ngành và UBND các huyện, thị xã, thành phố; không nêu cơ quan chủ trì.',
    },
    {
      code: 'III.2.a.6',
      group: 'III.2.a',
      content:
        'Kiện toàn và phát huy vai trò của Đội kiểm tra liên ngành các cấp trong việc thanh tra, kiểm tra các cơ sở kinh doanh dịch vụ để phát sinh hoạt động mại dâm. Tăng cường công tác kiểm tra, quản lý chặt chẽ điều kiện thành lập và hoạt động kinh doanh, dịch vụ để phát sinh mại dâm theo quy định của pháp luật nhằm phòng ngừa, phát hiện và ngăn chặn việc lợi dụng các hoạt động này để tổ chức hoạt động mại dâm.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
      note:
        'Văn bản nói về Đội kiểm tra liên ngành các cấp (đội liên ngành, không phải một cơ quan) và không nêu cơ quan chủ trì.',
    },
    {
      code: 'III.2.a.7',
      group: 'III.2.a',
      content:
        'Tổ chức rà soát, thống kê, đánh giá thực trạng tình hình hoạt động mại dâm, tình hình tội phạm liên quan đến hoạt động mại dâm, các cơ sở kinh doanh, dịch vụ vi phạm pháp luật về phòng, chống mại dâm làm cơ sở xây dựng dữ liệu, thiết lập hệ thống thông tin quản lý về tình hình mại dâm trên địa bàn quản lý.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },

    // III.2.b Huy động nguồn lực, sự tham gia của các cơ quan, tổ chức, cá nhân và cộng đồng vào các hoạt động phòng, chống mại dâm, hỗ trợ giảm hại, hòa nhập cộng đồng cho người bán dâm
    {
      code: 'III.2.b.1',
      group: 'III.2.b',
      content:
        'Huy động các tổ chức, đoàn thể chính trị xã hội, đặc biệt là Hội Liên hiệp Phụ nữ tham gia tư vấn, vận động Nhân dân không định kiến, kỳ thị, giúp đỡ người bán dâm không tái vi phạm tệ nạn xã hội.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
      note:
        'Cơ quan chủ trì, phối hợp theo mục V: Hội Liên hiệp Phụ nữ tỉnh (V.12.3, nêu đích danh “đặc biệt là”), phối hợp các tổ chức của mục V.12.',
    },
    {
      code: 'III.2.b.2',
      group: 'III.2.b',
      content:
        'Đẩy mạnh xã hội hóa, huy động các tổ chức xã hội, tổ chức dựa vào cộng đồng, các câu lạc bộ, nhóm tự lực, nhóm đồng đẳng tham gia công tác hỗ trợ xã hội, hỗ trợ hòa nhập cộng đồng đối với người bán dâm.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'III.2.b.3',
      group: 'III.2.b',
      content:
        'Tổ chức thực hiện lồng ghép nhiệm vụ phòng, chống mại dâm với chương trình xây dựng nông thôn mới, chương trình giảm nghèo, các chương trình an sinh, trợ giúp xã hội, chương trình phòng, chống ma túy, chương trình phòng, chống HIV/AIDS, chương trình phòng, chống mua bán người.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'III.2.b.4',
      group: 'III.2.b',
      content:
        'Tăng cường hoạt động kết nối cung cấp dịch vụ hỗ trợ về y tế, tâm lý, pháp lý, dạy nghề và tạo việc làm cho người bán dâm trên địa bàn tỉnh giúp họ thay đổi nhận thức, hành vi, không tái vi phạm tệ nạn xã hội.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
    },

    // III.2.c Hợp tác quốc tế
    {
      code: 'III.2.c.1',
      group: 'III.2.c',
      content:
        'Chủ động, tích cực hội nhập, tăng cường hợp tác quốc tế trong lĩnh vực phòng, chống mại dâm, mua bán người vì mục đích mại dâm, mại dâm trẻ em, để tạo sự đồng thuận, ủng hộ và tranh thủ hỗ trợ kỹ thuật, tài chính của các chính phủ, tổ chức quốc tế; đẩy mạnh hợp tác kỹ thuật, đào tạo, trao đổi chuyên gia, nghiên cứu khoa học, chuyển giao công nghệ, hợp tác liên doanh liên kết trong nước và nước ngoài đối với công tác phòng, chống mại dâm.',
      lead: [],
      support: [],
      deadlineKind: 'ongoing',
      sharedResponsibility: SHARED_RESPONSIBILITY,
    },

    // ---------- V. Tổ chức thực hiện ----------

    // V.1 Sở Lao động - Thương binh và Xã hội
    {
      code: 'V.1.1',
      group: 'V.1',
      content:
        'Chủ trì hướng dẫn, đôn đốc, kiểm tra việc triển khai thực hiện Kế hoạch phòng, chống mại dâm năm 2022 của UBND tỉnh tại các sở, ban, ngành, đoàn thể và các huyện, thị xã, thành phố. Tổng hợp, báo cáo định kỳ, đột xuất với Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội theo quy định.',
      lead: ['SLDTBXH'],
      support: [],
      deadlineKind: 'ongoing',
      deadlineText: 'định kỳ, đột xuất theo quy định',
      expectedOutput: 'báo cáo định kỳ, đột xuất với UBND tỉnh và Bộ Lao động - Thương binh và Xã hội',
      note:
        'Báo cáo của Sở lên UBND tỉnh và Bộ (VI.2: “định kỳ tổng hợp, báo cáo … theo quy định”) không có hạn trong văn bản; hạn 15/6, 15/12 ở mục VI.1 là hạn các thành viên gửi Sở, không phải hạn của báo cáo này, nên không ghi hạn.',
    },
    {
      code: 'V.1.2',
      group: 'V.1',
      content:
        'Tổ chức các hoạt động truyền thông về phòng, chống mại dâm trên địa bàn toàn tỉnh.',
      lead: ['SLDTBXH'],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'V.1.3',
      group: 'V.1',
      content:
        'Tổ chức triển khai công tác kiểm tra liên ngành phòng, chống mại dâm, theo Kế hoạch đã được UBND tỉnh phê duyệt; tăng cường chỉ đạo, hướng dẫn Đội kiểm tra liên ngành phòng, chống mại dâm huyện, thị xã, thành phố, thực hiện công tác rà soát, kiểm tra phòng, chống mại dâm, tại các cơ sở kinh doanh dịch vụ trên địa bàn quản lý.',
      lead: ['SLDTBXH'],
      support: [],
      deadlineKind: 'ongoing',
      note:
        'Thời gian kiểm tra theo Kế hoạch kiểm tra liên ngành đã được UBND tỉnh phê duyệt, không nêu trong văn bản này; ghi là thường xuyên.',
    },
    {
      code: 'V.1.4',
      group: 'V.1',
      content:
        'Tăng cường công tác thanh tra, kiểm tra việc chấp hành các quy định của pháp luật lao động, về tình hình sử dụng lao động, ký kết hợp đồng lao động với người lao động tại các cơ sở kinh doanh dịch vụ.',
      lead: ['SLDTBXH'],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'V.1.5',
      group: 'V.1',
      content:
        'Chủ trì tham mưu đánh giá, xây dựng báo cáo tổng kết Kế hoạch phòng, chống mại dâm giai đoạn 2022 - 2025.',
      lead: ['SLDTBXH'],
      support: [],
      deadlineKind: 'ongoing',
      deadlineText: 'giai đoạn 2022 - 2025',
      expectedOutput: 'báo cáo tổng kết Kế hoạch phòng, chống mại dâm giai đoạn 2022 - 2025',
      note:
        'Văn bản chỉ nêu giai đoạn 2022 - 2025: báo cáo tổng kết giai đoạn không đến hạn trong kế hoạch năm 2022, không ghi hạn.',
    },

    // V.2 Công an tỉnh
    {
      code: 'V.2.1',
      group: 'V.2',
      content:
        'Tổ chức điều tra, triệt phá các ổ nhóm, đường dây và tụ điểm mại dâm; gắn Chương trình phòng, chống mại dâm với chương trình phòng, chống tội phạm; quản lý, hướng dẫn các cơ sở kinh doanh dịch vụ thực hiện các quy định về bảo đảm an ninh trật tự, an toàn xã hội.',
      lead: ['CAT'],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'V.2.2',
      group: 'V.2',
      content:
        'Chỉ đạo các phòng nghiệp vụ, Công an các huyện, thị xã, thành phố; Công an xã, phường, thị trấn tiến hành rà soát, xác định các điểm mại dâm. Tiến hành lập chuyên án đấu tranh, triệt phá không để hình thành ổ nhóm, tụ điểm hoạt động mại dâm, gây bức xúc dư luận trong nhân dân. Đẩy mạnh công tác quản lý nhà nước về an ninh trật tự và thực hiện tốt công tác quản lý địa bàn, nhân khẩu, hộ khẩu và kiểm tra tạm trú, tạm vắng; phát động nhân dân tố giác, đấu tranh mạnh mẽ với hoạt động mại dâm.',
      lead: ['CAT'],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'V.2.3',
      group: 'V.2',
      content:
        'Chỉ đạo phòng chuyên môn thực hiện chế độ báo cáo nhanh, báo cáo định kỳ 6 tháng, hàng năm về tình hình xử phạt vi phạm hành chính trong lĩnh vực phòng, chống mại dâm theo quy định tại Nghị định số 144/2021/NĐ-CP ngày 31/12/2021 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực an ninh trật tự, an toàn xã hội; phòng, chống tệ nạn xã hội; phòng cháy, chữa cháy; cứu nạn, cứu hộ; phòng chống bạo lực gia đình về Sở Lao động Thương binh và Xã hội để tổng hợp báo cáo UBND tỉnh và Bộ Lao động - thương binh và Xã hội.',
      lead: ['CAT'],
      support: [],
      deadlineKind: 'period',
      periodType: 'six_month',
      deadlineText: 'báo cáo nhanh, báo cáo định kỳ 6 tháng, hàng năm',
      expectedOutput: 'báo cáo tình hình xử phạt vi phạm hành chính trong lĩnh vực phòng, chống mại dâm',
      note:
        'Báo cáo định kỳ 6 tháng và hàng năm (kèm báo cáo nhanh); ghi kỳ 6 tháng là kỳ ngắn nhất. Sở Lao động - Thương binh và Xã hội là nơi nhận báo cáo, không phải cơ quan phối hợp.',
    },
    {
      code: 'V.2.4',
      group: 'V.2',
      content:
        'Chỉ đạo các phòng chức năng, Công an huyện, thị xã, thành phố, thực hiện tốt công tác phối hợp liên ngành phòng, chống mại dâm; quản lý về an ninh trật tự đối với các cơ sở kinh doanh có điều kiện về an ninh trật tự, tập trung quản lý chặt chẽ về an ninh, trật tự tại các cơ sở kinh doanh dịch vụ, như: khách sạn, nhà nghỉ, dịch vụ karaoke, vũ trường, cơ sở tắm quất, thư giãn, massage và các cơ sở kinh doanh văn hóa, du lịch; điều tra, xử lý triệt để những hành vi vi phạm pháp luật.',
      lead: ['CAT'],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'V.2.5',
      group: 'V.2',
      content:
        'Phối hợp với Sở Thông tin và Truyền thông ngăn chặn và xử lý các hoạt động mại dâm thông qua sử dụng công nghệ cao; phối hợp với Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh chỉ đạo điều tra, truy tố và xét xử các vụ án có liên quan đến hoạt động mại dâm.',
      lead: ['CAT'],
      support: ['STTTT', 'VKSND', 'TAND'],
      note:
        'Không đọc “phối hợp với” thành cơ quan được nêu chủ trì: ngăn chặn, xử lý hoạt động mại dâm và chỉ đạo điều tra là việc của Công an; việc truy tố, xét xử do Viện Kiểm sát, Tòa án chủ trì đã được giao ở mục V.11. Công an tỉnh chủ trì, các cơ quan được nêu phối hợp.',
      deadlineKind: 'ongoing',
    },

    // V.3 Sở Y tế
    {
      code: 'V.3.1',
      group: 'V.3',
      content:
        'Chỉ đạo các cơ sở y tế tại huyện, thị xã, thành phố phối hợp với phòng Lao động - Thương binh và Xã hội, thực hiện khám sức khỏe định kỳ theo quy định cho người lao động tại các cơ sở kinh doanh dịch vụ để bị lợi dụng để hoạt động mại dâm.',
      lead: ['SYT'],
      support: [],
      deadlineKind: 'ongoing',
      note:
        'Cơ sở y tế cấp huyện phối hợp với phòng Lao động - Thương binh và Xã hội cấp huyện (cơ quan chuyên môn của UBND cấp huyện), không phải một cơ quan trong danh sách; không ghi cơ quan phối hợp.',
    },
    {
      code: 'V.3.2',
      group: 'V.3',
      content:
        'Phối hợp với các sở, ngành tham mưu, trình cấp có thẩm quyền ban hành cơ chế, chính sách tạo điều kiện thuận lợi cho người bán dâm tiếp cận, sử dụng các dịch vụ can thiệp dự phòng; khám, điều trị HIV và các bệnh lây truyền qua đường tình dục; chương trình điều trị Methadone cho người bán dâm có sử dụng ma túy; chương trình bao cao su trong các cơ sở kinh doanh dịch vụ.',
      lead: ['SYT'],
      support: [],
      deadlineKind: 'ongoing',
      note:
        '“các sở, ngành” không được nêu tên cụ thể nên không ghi cơ quan phối hợp.',
    },
    {
      code: 'V.3.3',
      group: 'V.3',
      content:
        'Thực hiện tốt công tác phối hợp liên ngành phòng, chống mại dâm; chỉ đạo các phòng chuyên môn thực hiện công tác thanh tra, kiểm tra các cơ sở kinh doanh dịch vụ có điều kiện trong việc khám sức khỏe định kỳ cho người lao động, kiểm tra điều kiện về y tế đối với những cơ sở kinh doanh dịch vụ massage, xông hơi theo quy định của pháp luật.',
      lead: ['SYT'],
      support: [],
      deadlineKind: 'ongoing',
    },

    // V.4 Sở Thông tin và Truyền thông
    {
      code: 'V.4.1',
      group: 'V.4',
      content:
        'Chủ trì, hướng dẫn các cơ quan báo chí, thông tin đại chúng trên địa bàn tỉnh tuyên truyền sâu rộng mục đích, ý nghĩa, vai trò và tầm quan trọng của Kế hoạch và tuyên truyền các chủ trương, chính sách của Đảng và Nhà nước trong công tác phòng, chống mại dâm; xây dựng mới các chuyên trang, chuyên mục; tăng thời lượng phát sóng, đưa tin trên báo chí, các phương tiện thông tin đại chúng và hệ thống đài truyền thanh cơ sở tuyên truyền về công tác phòng, chống mại dâm lồng ghép với phòng, chống mua bán người và phòng, chống lây nhiễm HIV/AIDS. Đặc biệt, tuyên truyền đến các xã vùng sâu, vùng xa và các xã, phường, thị trấn khu vực giáp ranh, khu vực có nhiều trường chuyên nghiệp, khu trọ của học sinh, sinh viên, địa bàn có nhiều cơ sở kinh doanh dịch vụ nhạy cảm”.',
      lead: ['STTTT'],
      support: [],
      deadlineKind: 'ongoing',
    },

    // V.5 Sở Văn hóa, Thể thao và Du lịch
    {
      code: 'V.5.1',
      group: 'V.5',
      content:
        'Phối hợp UBND các huyện, thị xã, thành phố quản lý tốt các hoạt động dịch vụ văn hóa, nâng cao chất lượng quản lý Nhà nước trong việc thẩm định, cấp phép hoạt động kinh doanh karaoke; đồng thời, tăng cường công tác hậu kiểm tra sau cấp phép để kịp thời phát hiện, xử lý vi phạm; thực hiện tuyên truyền, giáo dục nâng cao nhận thức về phòng, chống mại dâm tại các đơn vị trực thuộc.',
      lead: [...DISTRICT_PCS],
      support: ['SVHTTDL'],
      note:
        '“Phối hợp UBND các huyện, thị xã, thành phố quản lý tốt các hoạt động dịch vụ văn hóa”: UBND cấp huyện chủ trì việc quản lý trên địa bàn, Sở Văn hóa, Thể thao và Du lịch phối hợp.',
      deadlineKind: 'ongoing',
    },
    {
      code: 'V.5.2',
      group: 'V.5',
      content:
        'Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh triển khai hiệu quả Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với Phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, xây dựng gia đình văn hóa, làng văn hóa, tổ dân phố văn hóa, khu dân cư văn hóa... gắn với hoạt động phòng, chống tệ nạn ma túy, mại dâm, phòng, chống HIV/AIDS, phòng, chống mua bán người.',
      lead: ['MTTQ'],
      support: ['SVHTTDL'],
      note:
        '“Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh triển khai … Phong trào”: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì phong trào, Sở Văn hóa, Thể thao và Du lịch phối hợp.',
      deadlineKind: 'ongoing',
    },
    {
      code: 'V.5.3',
      group: 'V.5',
      content:
        'Phối hợp với Sở Lao động-Thương binh và Xã hội, đơn vị liên quan thực hiện tốt các nhiệm vụ được phân công theo Quy chế phối hợp liên ngành phòng, chống mại dâm trên địa bàn tỉnh; tham gia Đội kiểm tra liên ngành 178 tỉnh trong công tác kiểm tra các cơ sở kinh doanh dịch vụ văn hóa.',
      lead: ['SLDTBXH'],
      support: ['SVHTTDL'],
      deadlineKind: 'ongoing',
      note:
        '“Phối hợp với Sở Lao động-Thương binh và Xã hội”: Sở Lao động - Thương binh và Xã hội chủ trì, Sở Văn hóa, Thể thao và Du lịch phối hợp; “đơn vị liên quan” không được nêu tên cụ thể nên không ghi.',
    },
    {
      code: 'V.5.4',
      group: 'V.5',
      content:
        'Thực hiện tốt công tác phối hợp liên ngành phòng, chống mại dâm; chỉ đạo các phòng chuyên môn thuộc Sở và Phòng Văn hóa Thông tin cấp huyện thực hiện công tác thanh tra, kiểm tra các cơ sở kinh doanh dịch vụ văn hóa, du lịch nhằm phòng ngừa, ngăn chặn và kịp thời phát hiện, xử lý các hành vi khiêu dâm, lưu hành văn hóa phẩm đồi trụy, lợi dụng du lịch để tổ chức hoạt động mại dâm.',
      lead: ['SVHTTDL'],
      support: [],
      deadlineKind: 'ongoing',
    },

    // V.6 Sở Tư pháp
    {
      code: 'V.6.1',
      group: 'V.6',
      content:
        'Tham mưu với Hội đồng phối hợp phổ biến, giáo dục pháp luật của tỉnh chỉ đạo các ngành thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật cấp tỉnh và Hội đồng phối hợp phổ biến, giáo dục pháp luật cấp huyện đẩy mạnh công tác tuyên truyền pháp luật về phòng, chống mại dâm.',
      lead: ['STP'],
      support: [],
      deadlineKind: 'ongoing',
      note:
        'Hội đồng phối hợp phổ biến, giáo dục pháp luật của tỉnh là nơi Sở Tư pháp tham mưu, không phải cơ quan phối hợp; không ghi.',
    },
    {
      code: 'V.6.2',
      group: 'V.6',
      content:
        'Phối hợp với Sở Lao động - Thương binh và Xã hội, các cơ quan liên quan nghiên cứu, tham mưu với UBND tỉnh đề xuất, kiến nghị với cấp trên xem xét bổ sung, sửa đổi một số quy định của pháp luật về phòng, chống mại dâm cho phù hợp với nhiệm vụ phòng, chống mại dâm.',
      lead: ['SLDTBXH'],
      support: ['STP'],
      deadlineKind: 'ongoing',
      note:
        '“Phối hợp với Sở Lao động - Thương binh và Xã hội”: Sở Lao động - Thương binh và Xã hội chủ trì, Sở Tư pháp phối hợp; “các cơ quan liên quan” không được nêu tên cụ thể nên không ghi.',
    },

    // V.7 Sở Giáo dục và Đào tạo
    {
      code: 'V.7.1',
      group: 'V.7',
      content:
        'Chỉ đạo các đơn vị, trường học tổ chức các hoạt động giáo dục lồng ghép nội dung kiến thức về phòng, chống mại dâm vào chương trình học chính khóa, ngoại khóa, hoạt động ngoài giờ lên lớp... Tuyên truyền cho cán bộ, giáo viên, nhân viên và học sinh thực hiện lối sống lành mạnh.',
      lead: ['SGDDT'],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'V.7.2',
      group: 'V.7',
      content:
        'Phối hợp với các tổ chức đoàn thể, cơ quan tại các huyện, thị xã, thành phố tổ chức các hoạt động tuyên truyền, giáo dục các biện pháp phòng ngừa để học sinh, sinh viên không tham gia mại dâm và tệ nạn xã hội khác.',
      lead: ['SGDDT'],
      support: [],
      deadlineKind: 'ongoing',
      note:
        '“các tổ chức đoàn thể, cơ quan tại các huyện, thị xã, thành phố” không được nêu tên cụ thể nên không ghi cơ quan phối hợp.',
    },

    // V.8 Sở Tài chính
    {
      code: 'V.8.1',
      group: 'V.8',
      content:
        'Căn cứ vào khả năng cân đối ngân sách địa phương trình cấp có thẩm quyền bố trí kinh phí thực hiện Kế hoạch phòng, chống mại dâm cho các cơ quan, đơn vị.',
      lead: ['STC'],
      support: [],
      deadlineKind: 'ongoing',
    },

    // V.9 Bộ Chỉ huy Bộ đội biên phòng tỉnh
    {
      code: 'V.9.1',
      group: 'V.9',
      content:
        'Chủ trì, phối hợp với các ngành, chính quyền địa phương trong công tác phòng, chống mại dâm, lồng ghép công tác phòng, chống mại dâm với hoạt động phòng, chống tội phạm ma túy và mua bán người trên địa bàn khu vực biên giới.',
      lead: ['BDBP'],
      support: [],
      deadlineKind: 'ongoing',
      note:
        '“các ngành, chính quyền địa phương” không được nêu tên cụ thể nên không ghi cơ quan phối hợp.',
    },
    {
      code: 'V.9.2',
      group: 'V.9',
      content:
        'Chỉ đạo các đơn vị, Đồn Biên phòng triển khai đồng bộ các biện pháp công tác Biên phòng, kịp thời phát hiện phòng ngừa, đấu tranh ngăn chặn có hiệu quả các hoạt động mại dâm ở khu vực biên giới; tăng cường công tác tuần tra, kiểm soát, quản lý khu vực biên giới, nhất là khu vực cửa khẩu, kịp thời phát hiện hoạt động mua bán người qua biên giới nhằm mục đích mại dâm.',
      lead: ['BDBP'],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'V.9.3',
      group: 'V.9',
      content:
        'Tăng cường các hoạt động tuyên truyền, giáo dục pháp luật về phòng, chống mại dâm và phòng, chống mua bán người cho nhân dân ở khu vực biên giới.',
      lead: ['BDBP'],
      support: [],
      deadlineKind: 'ongoing',
    },

    // V.10 Báo Quảng Trị, Đài Phát thanh - Truyền hình Quảng Trị
    {
      code: 'V.10.1',
      group: 'V.10',
      content:
        'Đẩy mạnh hoạt động truyền thông về nếp sống văn minh, hành vi tình dục lành mạnh, an toàn; nâng cao chất lượng tin, bài, chuyên đề, nội dung về phòng, chống mại dâm. Thường xuyên đăng tải thông tin về công tác phòng, chống mại dâm, định kỳ 1 tháng đăng từ 1 - 2 lần; tăng cường công tác phổ biến về thông tin chính sách, pháp luật về phòng, chống mại dâm, tạo sự đồng thuận của xã hội. Biểu dương các tập thể, cá nhân điển hình có đóng góp tích cực cho công tác phòng, chống mại dâm; lên án những tổ chức, cá nhân vi phạm pháp luật về phòng, chống mại dâm.',
      lead: ['BQT', 'DPTTH'],
      support: [],
      deadlineKind: 'ongoing',
      expectedOutput: 'đăng tin, bài về phòng, chống mại dâm 1 - 2 lần mỗi tháng',
      note:
        'Tiêu đề mục giao cho cả Báo Quảng Trị và Đài Phát thanh - Truyền hình Quảng Trị nên cả hai chủ trì. “định kỳ 1 tháng đăng từ 1 - 2 lần” là tần suất đăng tải, không phải kỳ báo cáo; ghi là thường xuyên.',
    },

    // V.11 Viện Kiểm sát nhân dân và Tòa án nhân dân tỉnh
    {
      code: 'V.11.1',
      group: 'V.11',
      content:
        'Thực hiện, chỉ đạo Viện kiểm sát nhân dân và Tòa án nhân dân huyện, thị xã, thành phố phối hợp chặt chẽ với cơ quan Công an sớm đưa ra truy tố, xét xử nghiêm minh các vụ án có liên quan đến hoạt động mại dâm; tổ chức xét xử lưu động đối với các vụ án liên quan đến hoạt động mại dâm nhằm răn đe, giáo dục, phòng ngừa chung.',
      lead: ['VKSND', 'TAND'],
      support: ['CAT'],
      deadlineKind: 'ongoing',
      note:
        'Tiêu đề mục giao cho cả Viện Kiểm sát nhân dân và Tòa án nhân dân tỉnh nên cả hai chủ trì. “phối hợp chặt chẽ với cơ quan Công an” được ghi là Công an tỉnh (Công an cấp huyện trực thuộc Công an tỉnh).',
    },

    // V.12 Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội
    {
      code: 'V.12.1',
      group: 'V.12',
      content:
        'Ủy ban Mặt trận Tổ quốc tỉnh: Chỉ đạo Ủy ban Mặt trận Tổ quốc các cấp thực hiện tốt cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa” kết hợp phong trào xây dựng xã, phường lành mạnh không có tệ nạn xã hội. Tổ chức các hoạt động tuyên truyền, giáo dục nâng cao kiến thức hiểu biết về phòng, chống tệ nạn ma túy, mại dâm, HIV/AIDS, mua bán người cho các tổ chức thành viên, trong gia đình và cộng đồng.',
      lead: ['MTTQ'],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'V.12.2',
      group: 'V.12',
      content:
        'Liên đoàn Lao động tỉnh: Căn cứ chức năng, nhiệm vụ chỉ đạo công đoàn cơ sở tổ chức hoạt động tuyên truyền, giáo dục phòng, chống mại dâm cho công chức, viên chức, người lao động tại các doanh nghiệp trong phạm vi quản lý.',
      lead: ['LDLD'],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'V.12.3',
      group: 'V.12',
      content:
        'Hội Liên hiệp Phụ nữ tỉnh: Phát huy vai trò của phụ nữ trong việc tuyên truyền, giáo dục các thành viên trong gia đình phòng, chống mại dâm. Phân công nhiệm vụ cụ thể cho hội viên các chi hội cơ sở gặp gỡ, tư vấn, giúp đỡ người bán dâm tại cộng đồng, vận động chị em tham gia sinh hoạt ở các Câu lạc bộ do Hội Phụ nữ tổ chức để ngăn ngừa tái phạm. Giám sát các chị em trong quá trình học nghề, giải quyết việc làm; giới thiệu quỹ tín dụng, các chương trình, dự án, các địa chỉ tư vấn pháp lý, sức khỏe sinh sản, các dịch vụ vay vốn, hỗ trợ việc làm để người bán dâm được tiếp cận, có cơ hội tìm việc làm ổn định cuộc sống, không tái vi phạm tệ nạn mại dâm.',
      lead: ['HLHPN'],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'V.12.4',
      group: 'V.12',
      content:
        'Đoàn TNCS Hồ Chí Minh tỉnh: Đẩy mạnh công tác tuyên truyền, giáo dục về phòng, chống mại dâm trong thanh niên, sinh viên, học sinh là đoàn viên thanh niên. Xây dựng các mô hình phòng, chống mại dâm phù hợp ở các cấp đoàn cơ sở. Tăng cường tuyên truyền vận động các hội viên, đoàn viên tích cực hưởng ứng và thực hiện tốt cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với Phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, các phong trào xây dựng môi trường sống lành mạnh, không có tệ nạn xã hội và tham gia các hoạt động phòng chống mại dâm trên địa bàn tỉnh.',
      lead: ['TD'],
      support: [],
      deadlineKind: 'ongoing',
    },

    // V.13 Ủy ban nhân dân huyện, thị xã, thành phố
    {
      code: 'V.13.1',
      group: 'V.13',
      content:
        'Xây dựng và triển khai thực hiện kế hoạch phòng, chống mại dâm theo Kế hoạch này gắn với thực hiện các nhiệm vụ kinh tế - xã hội của địa phương. Chỉ đạo UBND các xã, phường, thị trấn lồng ghép nhiệm vụ phòng, chống mại dâm vào các chương trình an sinh xã hội của địa phương như giảm nghèo, dạy nghề tạo, việc làm và phòng, chống mua bán người, HIV/AIDS...',
      lead: [...DISTRICT_PCS],
      support: [],
      deadlineKind: 'ongoing',
      expectedOutput: 'kế hoạch phòng, chống mại dâm',
    },
    {
      code: 'V.13.2',
      group: 'V.13',
      content:
        'Chỉ đạo cơ quan đăng ký kinh doanh cấp huyện thực hiện nghiêm túc, đúng quy định trong việc cấp giấy phép kinh doanh cho các ngành nghề kinh doanh có điều kiện về an ninh trật tự; phối hợp với các ban, ngành chức năng kiểm tra sau khi đi vào hoạt động nhằm phòng ngừa lợi dụng việc kinh doanh để hoạt động mại dâm.',
      lead: [...DISTRICT_PCS],
      support: [],
      deadlineKind: 'ongoing',
      note:
        '“các ban, ngành chức năng” không được nêu tên cụ thể nên không ghi cơ quan phối hợp.',
    },
    {
      code: 'V.13.3',
      group: 'V.13',
      content:
        'Kiện toàn Tổ công tác liên ngành và Đội kiểm tra liên ngành phòng, chống mại dâm của huyện, thị xã, thành phố; chỉ đạo việc ký cam kết giữa chủ cơ sở kinh doanh dịch vụ với UBND xã, phường, thị trấn nơi cơ sở hoạt động kinh doanh về việc không để hoạt động mại dâm xảy ra ở cơ sở mình; ký cam kết giữa người lao động với chủ cơ sở kinh doanh dịch vụ về việc không tham gia các hoạt động mại dâm.',
      lead: [...DISTRICT_PCS],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'V.13.4',
      group: 'V.13',
      content:
        'Xây dựng kế hoạch phòng, chống mại dâm, đưa nội dung tuyên truyền phòng, chống mại dâm vào sinh hoạt tổ dân phố, khu dân cư và các Câu lạc bộ của các hội, đoàn thể ở địa phương duy trì và xây dựng xã, phường, thị trấn lành mạnh không có tệ nạn ma túy, mại dâm.',
      lead: [...DISTRICT_PCS],
      support: [],
      deadlineKind: 'ongoing',
      expectedOutput: 'kế hoạch phòng, chống mại dâm',
    },
    {
      code: 'V.13.5',
      group: 'V.13',
      content:
        'Bố trí ngân sách và các nguồn đóng góp hợp pháp khác để đảm bảo kinh phí thực hiện nhiệm vụ phòng, chống mại dâm; bố trí nguồn kinh phí phục vụ công tác kiểm tra, giám sát của Tổ công tác liên ngành và Đội kiểm tra liên ngành phòng, chống mại dâm của huyện, thị xã, thành phố.',
      lead: [...DISTRICT_PCS],
      support: [],
      deadlineKind: 'ongoing',
    },
    {
      code: 'V.13.6',
      group: 'V.13',
      content:
        'Chỉ đạo UBND xã, phường, thị trấn: tăng cường công tác tuyên truyền, giáo dục phòng ngừa mại dâm; mỗi xã, phường, thị trấn trong năm 2022 phải tổ chức được ít nhất một hình thức tuyên truyền về phòng, chống mại dâm. Nắm chắc số người bán dâm trên địa bàn để quản lý, giáo dục và có các giải pháp hỗ trợ tiếp cận các dịch vụ xã hội và tái hòa nhập cộng đồng.',
      lead: [...DISTRICT_PCS],
      support: [],
      deadlineKind: 'date',
      deadline: '2022-12-14',
      deadlineText: 'trong năm 2022',
      expectedOutput: 'mỗi xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền về phòng, chống mại dâm',
      note:
        'Thời hạn “trong năm 2022” áp cho việc mỗi xã, phường, thị trấn tổ chức ít nhất một hình thức tuyên truyền, lấy ngày cuối của kỳ số liệu năm 2022 (14/12/2022, trước hạn báo cáo năm 15/12); việc nắm chắc số người bán dâm là thường xuyên.',
    },
  ],

  // ---------- II.2 Chỉ tiêu ----------
  targets: [
    // * Về công tác tuyên truyền
    {
      code: 'II.2.1',
      group: 'Về công tác tuyên truyền',
      wording:
        '100% xã, phường, thị trấn trên địa bàn tỉnh tổ chức được ít nhất là một hình thức tuyên truyền về phòng ngừa mại dâm và được duy trì thường xuyên.',
      kind: 'percent',
      comparator: 'exactly',
      value: 100,
      unit: '%',
      denominator: 125,
      denominatorText: '125 xã, phường, thị trấn',
      agencies: [...DISTRICTS_WITH_COMMUNES],
      statistic: 'B06',
      note: 'UBND cấp huyện chỉ đạo mỗi xã, phường, thị trấn tổ chức ít nhất một hình thức tuyên truyền (V.13); huyện đảo Cồn Cỏ không có đơn vị hành chính cấp xã nên không chịu chỉ tiêu này.',
    },
    {
      code: 'II.2.2',
      group: 'Về công tác tuyên truyền',
      wording:
        'Thông tin về công tác phòng, chống mại dâm trên địa bàn tỉnh được đăng tải thường xuyên trên các cơ quan báo chí, truyền thông.',
      kind: 'qualitative',
      agencies: ['STTTT', 'BQT', 'DPTTH'],
      statistic: 'B04',
      note: 'Theo mục V.4 (Sở Thông tin và Truyền thông) và V.10 (Báo Quảng Trị, Đài Phát thanh - Truyền hình Quảng Trị).',
    },
    {
      code: 'II.2.3',
      group: 'Về công tác tuyên truyền',
      wording:
        'Tuyên truyền, phổ biến chính sách, pháp luật, cung cấp thông tin, kiến thức về phòng, chống mại dâm cho người lao động tại các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm, người lao động trong các khu công nghiệp, học sinh tại các trường Trung học phổ thông, sinh viên tại các trường Cao đẳng và học sinh, sinh viên tại các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh.',
      kind: 'qualitative',
      agencies: ['SLDTBXH', 'SGDDT', 'LDLD', 'TD'],
      note: 'Theo mục V.1 (truyền thông trên toàn tỉnh), V.7 (học sinh, sinh viên) và V.12 (Liên đoàn Lao động tỉnh: người lao động tại doanh nghiệp; Tỉnh đoàn: học sinh, sinh viên). Không gắn một chỉ số vì mỗi nhóm đối tượng có chỉ số riêng (B07, B08, B09).',
    },

    // * Về hoạt động phòng ngừa
    // One bullet, two populations: districts (II.2.4a) and communes (II.2.4b), same wording.
    {
      code: 'II.2.4a',
      group: 'Về hoạt động phòng ngừa',
      wording:
        '100% huyện, thị xã, thành phố xây dựng kế hoạch và tổ chức thực hiện các hoạt động phòng, chống mại dâm.',
      kind: 'percent',
      comparator: 'exactly',
      value: 100,
      unit: '%',
      denominator: 10,
      denominatorText: '10 huyện, thị xã, thành phố',
      agencies: [...DISTRICT_PCS],
      statistic: 'B11',
      note: 'Gạch đầu dòng “100% huyện, thị xã, thành phố và 100% xã, phường, thị trấn xây dựng kế hoạch …” nêu hai đối tượng nên tách thành hai chỉ tiêu, mỗi chỉ tiêu giữ lời của kế hoạch cho đối tượng của mình; câu nguyên văn giữ nguyên trong nội dung kế hoạch. II.2.4a cấp huyện (10 huyện, thị xã, thành phố, kể cả huyện Cồn Cỏ), đo bằng số huyện có kế hoạch (B11).',
    },
    {
      code: 'II.2.4b',
      group: 'Về hoạt động phòng ngừa',
      wording:
        '100% xã, phường, thị trấn xây dựng kế hoạch và tổ chức thực hiện các hoạt động phòng, chống mại dâm.',
      kind: 'percent',
      comparator: 'exactly',
      value: 100,
      unit: '%',
      denominator: 125,
      denominatorText: '125 xã, phường, thị trấn',
      agencies: [...DISTRICTS_WITH_COMMUNES],
      statistic: 'B12',
      note: 'Vế cấp xã của gạch đầu dòng II.2.4 (125 xã, phường, thị trấn), đo bằng số xã có kế hoạch (B12). UBND cấp huyện chỉ đạo UBND cấp xã (V.13); huyện đảo Cồn Cỏ không có xã nên không chịu chỉ tiêu này.',
    },
    {
      code: 'II.2.5',
      group: 'Về hoạt động phòng ngừa',
      wording:
        '100% các xã, phường, thị trấn trên địa bàn tỉnh triển khai phòng, chống mại dâm cấp xã.',
      kind: 'percent',
      comparator: 'exactly',
      value: 100,
      unit: '%',
      denominator: 125,
      denominatorText: '125 xã, phường, thị trấn',
      agencies: [...DISTRICTS_WITH_COMMUNES],
      statistic: 'B13',
      note: 'UBND cấp huyện chỉ đạo UBND xã, phường, thị trấn (V.13); đo bằng số xã triển khai (B13). Huyện đảo Cồn Cỏ không có xã nên không chịu chỉ tiêu này.',
    },

    // * Về thanh tra, kiểm tra, truy tố
    {
      code: 'II.2.6',
      group: 'Về thanh tra, kiểm tra, truy tố',
      wording:
        '100% tố giác, tin báo, khiếu nại hành vi vi phạm pháp luật về phòng, chống mại dâm được tiếp nhận, xác minh, phân loại, xử lý kịp thời.',
      kind: 'percent',
      comparator: 'exactly',
      value: 100,
      unit: '%',
      agencies: ['CAT'],
      statistic: 'D08',
      denominatorStatistic: 'D08',
      note: 'Tỷ lệ = số tin báo, tố giác đã xử lý / số đã tiếp nhận (cùng chỉ số D08). Mục V không giao riêng việc này; Công an tỉnh được giao phát động nhân dân tố giác, điều tra, xử lý (V.2).',
    },
    {
      code: 'II.2.7',
      group: 'Về thanh tra, kiểm tra, truy tố',
      wording:
        'Phát hiện, khám phá, xử lý hình sự các vụ án liên quan đến hoạt động mại dâm; xét xử các vụ án liên quan đến hoạt động mại dâm.',
      kind: 'qualitative',
      agencies: ['CAT', 'VKSND', 'TAND'],
      note: 'Theo mục V.2 (Công an tỉnh) và V.11 (Viện Kiểm sát nhân dân, Tòa án nhân dân tỉnh).',
    },

    // * Về triệt xóa điểm phức tạp về tệ nạn mại dâm
    {
      code: 'II.2.8',
      group: 'Về triệt xóa điểm phức tạp về tệ nạn mại dâm',
      wording:
        'Triệt xóa các điểm phức tạp về tệ nạn mại dâm và không phát sinh điểm mới. Duy trì không để tái hoạt động trở lại điểm phức tạp về hoạt động mại dâm đã triệt xóa.',
      kind: 'qualitative',
      agencies: ['CAT'],
      statistic: 'A05',
      note: 'Theo mục V.2 (điều tra, triệt phá tụ điểm, xác định các điểm mại dâm).',
    },
    {
      code: 'II.2.9',
      group: 'Về triệt xóa điểm phức tạp về tệ nạn mại dâm',
      wording:
        'Tổ chức kiểm tra các cơ sở kinh doanh dịch vụ dễ phát sinh mại dâm; các cơ sở có biểu hiện phức tạp về mại dâm phải kiểm tra ít nhất một lần.',
      kind: 'percent',
      comparator: 'exactly',
      value: 100,
      unit: '%',
      denominatorText: 'cơ sở có biểu hiện phức tạp về mại dâm',
      agencies: ['SLDTBXH', 'CAT', 'SYT', 'SVHTTDL', ...DISTRICT_PCS],
      statistic: 'C11',
      denominatorStatistic: 'C10',
      note: '“các cơ sở có biểu hiện phức tạp về mại dâm phải kiểm tra ít nhất một lần”: tỷ lệ bao phủ = số cơ sở có biểu hiện phức tạp đã được kiểm tra ít nhất một lần (C11) / số cơ sở có biểu hiện phức tạp (C10), chỉ tiêu 100%. Theo mục V.1, V.2, V.3, V.5 (kiểm tra cơ sở kinh doanh dịch vụ) và V.13 (kiểm tra sau cấp phép).',
    },

    // * Về hoạt động can thiệp giảm tác hại (the bullet, then its two "+" sub-bullets)
    {
      code: 'II.2.10',
      group: 'Về hoạt động can thiệp giảm tác hại',
      wording:
        'Thực hiện các hoạt động phòng, ngừa mại dâm, hỗ trợ can thiệp giảm hại, phòng, chống bạo lực trên cơ sở giới, đảm bảo quyền của người lao động trong các cơ sở kinh doanh dịch vụ dễ phát sinh mại dâm, cung cấp dịch vụ hỗ trợ hòa nhập cộng đồng đối với người bán dâm trên địa bàn các huyện, thị xã, thành phố, trong đó:',
      kind: 'qualitative',
      agencies: ['SLDTBXH', 'SYT', 'HLHPN', ...DISTRICT_PCS],
      note: 'Gạch đầu dòng mở đầu cho hai chỉ tiêu II.2.11 và II.2.12. Theo mục V.1 (quyền của người lao động tại cơ sở kinh doanh dịch vụ), V.3 (dịch vụ y tế), V.12 (Hội Liên hiệp Phụ nữ tỉnh) và V.13 (hỗ trợ người bán dâm tại địa phương).',
    },
    {
      code: 'II.2.11',
      group: 'Về hoạt động can thiệp giảm tác hại',
      wording: 'Tiếp cận, tư vấn cho 50 lượt người bán dâm.',
      kind: 'count',
      comparator: 'exactly',
      value: 50,
      unit: 'lượt người',
      agencies: ['HLHPN', ...DISTRICT_PCS],
      statistic: 'E01',
      note: 'Văn bản ghi “50 lượt” (không có “ít nhất”). Theo mục V.12 (hội viên gặp gỡ, tư vấn người bán dâm) và V.13 (nắm chắc số người bán dâm, hỗ trợ tiếp cận dịch vụ).',
    },
    {
      code: 'II.2.12',
      group: 'Về hoạt động can thiệp giảm tác hại',
      wording:
        'Ít nhất 60% người bán dâm có nhu cầu, đủ điều kiện được tiếp cận và sử dụng các dịch vụ hỗ trợ xã hội, tư vấn tâm lý, pháp lý, sức khỏe, dạy nghề, tạo việc làm... giúp họ hòa nhập cộng đồng.',
      kind: 'percent',
      comparator: 'at_least',
      value: 60,
      unit: '%',
      denominatorText: 'người bán dâm có nhu cầu, đủ điều kiện',
      agencies: ['SYT', 'HLHPN', ...DISTRICT_PCS],
      statistic: 'E12',
      denominatorStatistic: 'E11',
      note: 'Theo mục V.3 (dịch vụ y tế cho người bán dâm), V.12 (Hội Liên hiệp Phụ nữ tỉnh) và V.13 (hỗ trợ tiếp cận các dịch vụ xã hội).',
    },

    // * Về đào tạo, tập huấn (a paragraph, one target)
    {
      code: 'II.2.13',
      group: 'Về đào tạo, tập huấn',
      wording:
        'Đào tạo, bồi dưỡng, tập huấn nâng cao năng lực chuyên môn, nghiệp vụ cho 100% người làm công tác phòng, chống tệ nạn xã hội các cấp.',
      kind: 'percent',
      comparator: 'exactly',
      value: 100,
      unit: '%',
      denominatorText: 'người làm công tác phòng, chống tệ nạn xã hội các cấp',
      agencies: ['SLDTBXH'],
      statistic: 'F08',
      denominatorStatistic: 'F07',
      note: 'Mục V không giao riêng việc đào tạo, tập huấn; ghi Sở Lao động - Thương binh và Xã hội là cơ quan chủ trì hướng dẫn, đôn đốc thực hiện Kế hoạch (V.1).',
    },
  ],

  // ---------- VI. Chế độ báo cáo ----------
  reportingDuties: [
    {
      periodType: 'six_month',
      title: 'Báo cáo 6 tháng',
      dueMonth: 6,
      dueDay: 15,
      dueText: 'trước ngày 15/6',
      recipient: 'SLDTBXH',
      obliged: [...REPORTING_AGENCIES],
    },
    {
      periodType: 'annual',
      title: 'Báo cáo năm',
      dueMonth: 12,
      dueDay: 15,
      dueText: 'trước ngày 15/12',
      recipient: 'SLDTBXH',
      obliged: [...REPORTING_AGENCIES],
    },
    {
      periodType: 'ad_hoc',
      title: 'Báo cáo đột xuất',
      dueMonth: null,
      dueDay: null,
      dueText: 'đột xuất',
      recipient: 'SLDTBXH',
      obliged: [...REPORTING_AGENCIES],
    },
    // VI.2: "Giao Sở Lao động - Thương binh và Xã hội đôn đốc, kiểm tra việc thực hiện Kế hoạch này, định kỳ
    // tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn
    // ma túy, mại dâm theo quy định." The plan names neither the period nor a date ("định kỳ … theo quy
    // định"), so none is invented: the duty has no date of its own, like V.1.1.
    {
      periodType: 'ad_hoc',
      title: 'Báo cáo định kỳ của cơ quan thường trực',
      dueMonth: null,
      dueDay: null,
      dueText: 'định kỳ, theo quy định',
      recipient: '',
      obliged: ['SLDTBXH'],
      upward: true,
      recipientText: 'Ủy ban nhân dân tỉnh; Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm',
    },
  ],

  planText: quangTri2022Text,
  taskLinks: quangTri2022Links,
};
