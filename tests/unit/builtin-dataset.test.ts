// Checks the built-in 2022 Quảng Trị dataset against the plan text, as a reader of the plan would.
// Expected values are typed from the plan (Số: /KH-BCĐ138), not derived from the dataset.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { quangTri2022 as ds } from '../../db/builtin/quang-tri-2022';
import { linkedAgencies } from '../../shared/domain/task-links';

const DISTRICTS = [
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

/** Section VI.1: members of BCĐ 138 (the provincial agencies of section V) and the 10 districts. */
const OBLIGED = [
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
  ...DISTRICTS,
];

const sorted = (xs: readonly string[]) => [...xs].sort();
const task = (code: string) => {
  const t = ds.tasks.find((x) => x.code === code);
  if (!t) throw new Error(`no task ${code}`);
  return t;
};
const target = (code: string) => {
  const t = ds.targets.find((x) => x.code === code);
  if (!t) throw new Error(`no target ${code}`);
  return t;
};
const agency = (code: string) => {
  const a = ds.agencies.find((x) => x.code === code);
  if (!a) throw new Error(`no agency ${code}`);
  return a;
};

describe('plan heading', () => {
  it('matches the printed heading, signature and recipients', () => {
    expect(ds.plan).toEqual({
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
        // As printed, typos included ("VHXX", "BCD").
        'Ban VHXX, HĐND tỉnh;',
        'Các Sở, ban, ngành, đoàn thể cấp tỉnh (trong KH);',
        'Các thành viên BCD 138 tỉnh;',
        'UBND các huyện, thị xã, thành phố;',
        'CVP, PVP;',
        'Lưu: VT, NC<sub>M</sub>, KGVX<sub>T</sub>.',
      ],
    });
  });
});

describe('agencies', () => {
  it('has 31 agencies with unique ASCII upper-case codes', () => {
    expect(ds.agencies).toHaveLength(31);
    const codes = ds.agencies.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[A-Z0-9-]+$/);
  });

  it('has the agencies of sections V and VI with their names, abbreviations and kinds', () => {
    const rows = ds.agencies.map((a) => [a.code, a.name, a.shortName, a.abbreviation, a.kind]);
    expect(rows.slice(0, 17)).toEqual([
      ['SLDTBXH', 'Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị', 'Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH', 'provincial_department'],
      ['CAT', 'Công an tỉnh Quảng Trị', 'Công an tỉnh', 'CAT', 'police'],
      ['SYT', 'Sở Y tế tỉnh Quảng Trị', 'Sở Y tế', 'SYT', 'provincial_department'],
      ['STTTT', 'Sở Thông tin và Truyền thông tỉnh Quảng Trị', 'Sở Thông tin và Truyền thông', 'STTTT', 'provincial_department'],
      ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị', 'Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', 'provincial_department'],
      ['STP', 'Sở Tư pháp tỉnh Quảng Trị', 'Sở Tư pháp', 'STP', 'provincial_department'],
      ['SGDDT', 'Sở Giáo dục và Đào tạo tỉnh Quảng Trị', 'Sở Giáo dục và Đào tạo', 'SGDĐT', 'provincial_department'],
      ['STC', 'Sở Tài chính tỉnh Quảng Trị', 'Sở Tài chính', 'STC', 'provincial_department'],
      ['BDBP', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'BĐBP', 'military'],
      ['BQT', 'Báo Quảng Trị', 'Báo Quảng Trị', 'BQT', 'press'],
      ['DPTTH', 'Đài Phát thanh - Truyền hình Quảng Trị', 'Đài Phát thanh - Truyền hình Quảng Trị', 'ĐPTTH', 'press'],
      ['VKSND', 'Viện Kiểm sát nhân dân tỉnh Quảng Trị', 'Viện Kiểm sát nhân dân tỉnh', 'VKSND', 'procuracy'],
      ['TAND', 'Tòa án nhân dân tỉnh Quảng Trị', 'Tòa án nhân dân tỉnh', 'TAND', 'court'],
      ['MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'MTTQ', 'mass_organisation'],
      ['LDLD', 'Liên đoàn Lao động tỉnh Quảng Trị', 'Liên đoàn Lao động tỉnh', 'LĐLĐ', 'mass_organisation'],
      ['HLHPN', 'Hội Liên hiệp Phụ nữ tỉnh Quảng Trị', 'Hội Liên hiệp Phụ nữ tỉnh', 'HLHPN', 'mass_organisation'],
      ['TD', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Quảng Trị', 'Tỉnh đoàn', 'TĐ', 'mass_organisation'],
    ]);
    expect(rows.slice(27)).toEqual([
      ['UBND-TINH', 'Ủy ban nhân dân tỉnh Quảng Trị', 'UBND tỉnh', 'UBND', 'provincial_pc'],
      ['BCD138', 'Ban Chỉ đạo 138 tỉnh Quảng Trị', 'Ban Chỉ đạo 138 tỉnh', 'BCĐ138', 'other'],
      ['BLDTBXH', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Lao động - Thương binh và Xã hội', 'LĐTBXH', 'other'],
      [
        'UBQG',
        // VI.2: "Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm", as the plan spells it.
        'Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm',
        'Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm',
        'UBQG',
        'other',
      ],
    ]);
  });

  it('has the 10 district-level People\'s Committees by their real names and GSO codes', () => {
    const districts = ds.agencies.filter((a) => a.kind === 'district_pc');
    expect(districts.map((a) => [a.code, a.shortName, a.name, a.adminUnitCode, a.abbreviation])).toEqual([
      ['UBND-DONGHA', 'UBND thành phố Đông Hà', 'Ủy ban nhân dân thành phố Đông Hà', '461', 'UBND'],
      ['UBND-TXQUANGTRI', 'UBND thị xã Quảng Trị', 'Ủy ban nhân dân thị xã Quảng Trị', '462', 'UBND'],
      ['UBND-VINHLINH', 'UBND huyện Vĩnh Linh', 'Ủy ban nhân dân huyện Vĩnh Linh', '464', 'UBND'],
      ['UBND-HUONGHOA', 'UBND huyện Hướng Hóa', 'Ủy ban nhân dân huyện Hướng Hóa', '465', 'UBND'],
      ['UBND-GIOLINH', 'UBND huyện Gio Linh', 'Ủy ban nhân dân huyện Gio Linh', '466', 'UBND'],
      ['UBND-DAKRONG', 'UBND huyện Đakrông', 'Ủy ban nhân dân huyện Đakrông', '467', 'UBND'],
      ['UBND-CAMLO', 'UBND huyện Cam Lộ', 'Ủy ban nhân dân huyện Cam Lộ', '468', 'UBND'],
      ['UBND-TRIEUPHONG', 'UBND huyện Triệu Phong', 'Ủy ban nhân dân huyện Triệu Phong', '469', 'UBND'],
      ['UBND-HAILANG', 'UBND huyện Hải Lăng', 'Ủy ban nhân dân huyện Hải Lăng', '470', 'UBND'],
      ['UBND-CONCO', 'UBND huyện Cồn Cỏ', 'Ủy ban nhân dân huyện Cồn Cỏ', '471', 'UBND'],
    ]);
  });

  it('obliges to report exactly the BCĐ 138 members of section V and the 10 districts', () => {
    expect(sorted(ds.agencies.filter((a) => a.reports).map((a) => a.code))).toEqual(sorted(OBLIGED));
    for (const c of ['SLDTBXH', 'UBND-TINH', 'BCD138', 'BLDTBXH', 'UBQG']) expect(agency(c).reports).toBe(false);
  });

  it('matches the shipped units file for the district GSO codes', () => {
    const units = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../db/builtin/quang-tri-units-2022.json', import.meta.url)), 'utf8'),
    ) as { districts: { code: string; communes: unknown[] }[] };
    expect(units.districts.map((d) => d.code)).toEqual(['461', '462', '464', '465', '466', '467', '468', '469', '470', '471']);
    expect(units.districts.reduce((n, d) => n + d.communes.length, 0)).toBe(125);
  });
});

describe('task groups and tasks', () => {
  it('has one group per sub-section holding tasks, with the plan\'s titles', () => {
    expect(ds.taskGroups.map((g) => g.code)).toEqual([
      'III.1.a', 'III.1.b', 'III.1.c', 'III.1.d', 'III.1.e', 'III.2.a', 'III.2.b', 'III.2.c',
      'V.1', 'V.2', 'V.3', 'V.4', 'V.5', 'V.6', 'V.7', 'V.8', 'V.9', 'V.10', 'V.11', 'V.12', 'V.13',
    ]);
    const title = (c: string) => ds.taskGroups.find((g) => g.code === c)?.title;
    expect(title('III.2.c')).toBe('Hợp tác quốc tế');
    expect(title('III.2.a')).toBe('Tăng cường công tác quản lý Nhà nước về phòng, chống mại dâm');
    expect(title('V.2')).toBe('Công an tỉnh');
    expect(title('V.9')).toBe('Bộ Chỉ huy Bộ đội biên phòng tỉnh');
    expect(title('V.10')).toBe('Báo Quảng Trị, Đài Phát thanh - Truyền hình Quảng Trị');
    expect(title('V.11')).toBe('Viện Kiểm sát nhân dân và Tòa án nhân dân tỉnh');
    expect(title('V.13')).toBe('Ủy ban nhân dân huyện, thị xã, thành phố');
  });

  it('has every bullet as a task: counts per group', () => {
    const counts: Record<string, number> = {};
    for (const t of ds.tasks) counts[t.group] = (counts[t.group] ?? 0) + 1;
    expect(counts).toEqual({
      'III.1.a': 3, 'III.1.b': 2, 'III.1.c': 5, 'III.1.d': 1, 'III.1.e': 2,
      'III.2.a': 7, 'III.2.b': 4, 'III.2.c': 1,
      'V.1': 5, 'V.2': 5, 'V.3': 3, 'V.4': 1, 'V.5': 4, 'V.6': 2, 'V.7': 2, 'V.8': 1, 'V.9': 3,
      'V.10': 1, 'V.11': 1, 'V.12': 4, 'V.13': 6,
    });
    expect(ds.tasks).toHaveLength(63);
  });

  it('numbers tasks by group and bullet, in the plan\'s order', () => {
    const codes = ds.tasks.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of ds.tasks) expect(t.code.startsWith(`${t.group}.`)).toBe(true);
    // Opening words of each bullet, typed from the plan.
    const openings: [string, string][] = [
      ['III.1.a.1', 'Xây dựng và thực hiện các'],
      ['III.1.a.2', 'Tăng cường tuyên truyền phòng ngừa,'],
      ['III.1.a.3', 'Lồng ghép, thiết kế, phát triển'],
      ['III.1.b.1', 'Tổ chức điều tra, khảo sát,'],
      ['III.1.b.2', 'Xây dựng và tổ chức triển'],
      ['III.1.c.1', 'Tăng cường công tác phối hợp'],
      ['III.1.c.2', 'Xây dựng, kiện toàn và phát'],
      ['III.1.c.3', 'Thường xuyên khảo sát, đánh giá'],
      ['III.1.c.4', 'Quản lý chặt chẽ những đối'],
      ['III.1.c.5', 'Kịp thời truy tố, xét xử'],
      ['III.1.d.1', 'Kết nối cơ sở cung cấp'],
      ['III.1.e.1', 'Xây dựng tài liệu tổ chức'],
      ['III.1.e.2', 'Tổ chức tập huấn nâng cao'],
      ['III.2.a.1', 'Tiếp tục rà soát, hệ thống'],
      ['III.2.a.2', 'Thực hiện nghiêm chỉ đạo của'],
      ['III.2.a.3', 'Tăng cường chỉ đạo từ cấp'],
      ['III.2.a.4', 'Nâng cao hiệu lực, hiệu quả'],
      ['III.2.a.5', 'Nâng cao hiệu quả phối hợp'],
      ['III.2.a.6', 'Kiện toàn và phát huy vai'],
      ['III.2.a.7', 'Tổ chức rà soát, thống kê,'],
      ['III.2.b.1', 'Huy động các tổ chức, đoàn'],
      ['III.2.b.2', 'Đẩy mạnh xã hội hóa, huy'],
      ['III.2.b.3', 'Tổ chức thực hiện lồng ghép'],
      ['III.2.b.4', 'Tăng cường hoạt động kết nối'],
      ['III.2.c.1', 'Chủ động, tích cực hội nhập,'],
      ['V.1.1', 'Chủ trì hướng dẫn, đôn đốc,'],
      ['V.1.2', 'Tổ chức các hoạt động truyền'],
      ['V.1.3', 'Tổ chức triển khai công tác'],
      ['V.1.4', 'Tăng cường công tác thanh tra,'],
      ['V.1.5', 'Chủ trì tham mưu đánh giá,'],
      ['V.2.1', 'Tổ chức điều tra, triệt phá'],
      ['V.2.2', 'Chỉ đạo các phòng nghiệp vụ,'],
      ['V.2.3', 'Chỉ đạo phòng chuyên môn thực'],
      ['V.2.4', 'Chỉ đạo các phòng chức năng,'],
      ['V.2.5', 'Phối hợp với Sở Thông tin'],
      ['V.3.1', 'Chỉ đạo các cơ sở y'],
      ['V.3.2', 'Phối hợp với các sở, ngành'],
      ['V.3.3', 'Thực hiện tốt công tác phối'],
      ['V.4.1', 'Chủ trì, hướng dẫn các cơ'],
      ['V.5.1', 'Phối hợp UBND các huyện, thị'],
      ['V.5.2', 'Phối hợp với Ủy ban Mặt'],
      ['V.5.3', 'Phối hợp với Sở Lao động-Thương'],
      ['V.5.4', 'Thực hiện tốt công tác phối'],
      ['V.6.1', 'Tham mưu với Hội đồng phối'],
      ['V.6.2', 'Phối hợp với Sở Lao động'],
      ['V.7.1', 'Chỉ đạo các đơn vị, trường'],
      ['V.7.2', 'Phối hợp với các tổ chức'],
      ['V.8.1', 'Căn cứ vào khả năng cân'],
      ['V.9.1', 'Chủ trì, phối hợp với các'],
      ['V.9.2', 'Chỉ đạo các đơn vị, Đồn'],
      ['V.9.3', 'Tăng cường các hoạt động tuyên'],
      ['V.10.1', 'Đẩy mạnh hoạt động truyền thông'],
      ['V.11.1', 'Thực hiện, chỉ đạo Viện kiểm'],
      ['V.12.1', 'Ủy ban Mặt trận Tổ quốc'],
      ['V.12.2', 'Liên đoàn Lao động tỉnh: Căn'],
      ['V.12.3', 'Hội Liên hiệp Phụ nữ tỉnh:'],
      ['V.12.4', 'Đoàn TNCS Hồ Chí Minh tỉnh:'],
      ['V.13.1', 'Xây dựng và triển khai thực'],
      ['V.13.2', 'Chỉ đạo cơ quan đăng ký'],
      ['V.13.3', 'Kiện toàn Tổ công tác liên'],
      ['V.13.4', 'Xây dựng kế hoạch phòng, chống'],
      ['V.13.5', 'Bố trí ngân sách và các'],
      ['V.13.6', 'Chỉ đạo UBND xã, phường, thị'],
    ];
    expect(codes).toEqual(openings.map(([c]) => c));
    for (const [c, start] of openings) expect(task(c).content.startsWith(start), c).toBe(true);
  });

  it('joins bullets split by page breaks and keeps the stray closing quote as printed', () => {
    expect(task('V.3.1').content).toContain(
      'thực hiện khám sức khỏe định kỳ theo quy định cho người lao động tại các cơ sở kinh doanh dịch vụ để bị lợi dụng để hoạt động mại dâm.',
    );
    expect(task('V.5.3').content).toBe(
      'Phối hợp với Sở Lao động-Thương binh và Xã hội, đơn vị liên quan thực hiện tốt các nhiệm vụ được phân công theo Quy chế phối hợp liên ngành phòng, chống mại dâm trên địa bàn tỉnh; tham gia Đội kiểm tra liên ngành 178 tỉnh trong công tác kiểm tra các cơ sở kinh doanh dịch vụ văn hóa.',
    );
    // Issue 10: the plan exactly as written, typos kept: V.4 ends “… nhạy cảm”.” in the signed text.
    expect(task('V.4.1').content.endsWith('địa bàn có nhiều cơ sở kinh doanh dịch vụ nhạy cảm”.')).toBe(true);
    expect(task('V.12.1').content).toContain('cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa” kết hợp');
    for (const t of ds.tasks) {
      expect(t.content, t.code).not.toMatch(/[*\n]|\s{2}/);
      expect(t.content.trim(), t.code).toBe(t.content);
    }
  });

  it('keeps the plan\'s own wording, typos included', () => {
    expect(task('III.1.c.1').content).toBe('Tăng cường công tác phối hợp của Tổ công tác liên ngành phòng, chống mại dâm tình.');
    expect(task('V.2.3').content).toContain('Bộ Lao động - thương binh và Xã hội.');
    expect(task('V.13.1').content).toContain('dạy nghề tạo, việc làm');
  });

  it('refers only to known agencies', () => {
    const known = new Set(ds.agencies.map((a) => a.code));
    for (const t of ds.tasks) for (const c of [...t.lead, ...t.support]) expect(known.has(c), `${t.code}: ${c}`).toBe(true);
    for (const t of ds.targets) for (const c of t.agencies) expect(known.has(c), `${t.code}: ${c}`).toBe(true);
    for (const d of ds.reportingDuties) for (const c of [...(d.upward ? [] : [d.recipient]), ...d.obliged]) expect(known.has(c)).toBe(true);
    expect(known.has(ds.plan.standingAgency)).toBe(true);
    const groups = new Set(ds.taskGroups.map((g) => g.code));
    for (const t of ds.tasks) expect(groups.has(t.group)).toBe(true);
  });
});

describe('who leads and who supports', () => {
  const roles = (code: string) => ({ lead: task(code).lead, support: task(code).support });

  it('section III carries no agency of its own: its agencies come from the duties of V that carry it (issue 10)', () => {
    for (const t of ds.tasks.filter((x) => x.code.startsWith('III.'))) {
      expect(t.lead, t.code).toEqual([]);
      expect(t.support, t.code).toEqual([]);
    }
  });

  it('the heading agency leads every bullet of V.1 to V.9, except where a bullet says "phối hợp với" another', () => {
    const heading: Record<string, string> = {
      'V.1': 'SLDTBXH', 'V.2': 'CAT', 'V.3': 'SYT', 'V.4': 'STTTT', 'V.5': 'SVHTTDL',
      'V.6': 'STP', 'V.7': 'SGDDT', 'V.8': 'STC', 'V.9': 'BDBP',
    };
    const jointWork = ['V.5.1', 'V.5.2', 'V.5.3', 'V.6.2'];
    for (const [g, lead] of Object.entries(heading))
      for (const t of ds.tasks.filter((x) => x.group === g)) {
        if (jointWork.includes(t.code)) expect(t.support, t.code).toContain(lead);
        else expect(t.lead, t.code).toEqual([lead]);
      }
  });

  // V.2.5 is not read as joint work led by the agencies it names: "chỉ đạo điều tra" is the police's own
  // work, and the prosecution and trial it leads to are given to VKSND and TAND in V.11.
  it('V.2 Công an tỉnh leads each bullet, V.2.5 included, with Sở TTTT, VKSND and TAND supporting', () => {
    expect(roles('V.2.1')).toEqual({ lead: ['CAT'], support: [] });
    expect(roles('V.2.2')).toEqual({ lead: ['CAT'], support: [] });
    expect(roles('V.2.3')).toEqual({ lead: ['CAT'], support: [] });
    expect(roles('V.2.4')).toEqual({ lead: ['CAT'], support: [] });
    expect(task('V.2.5').content).toMatch(/^Phối hợp với Sở Thông tin và Truyền thông .*; phối hợp với Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh/);
    expect(roles('V.2.5')).toEqual({ lead: ['CAT'], support: ['STTTT', 'VKSND', 'TAND'] });
  });

  it('"Phối hợp (với) X" in V.5 and V.6: X leads that joint work, the section\'s agency supports', () => {
    expect(task('V.5.1').content).toMatch(/^Phối hợp UBND các huyện, thị xã, thành phố quản lý tốt/);
    expect(roles('V.5.1')).toEqual({ lead: DISTRICTS, support: ['SVHTTDL'] });
    expect(task('V.5.2').content).toMatch(/^Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh triển khai/);
    expect(roles('V.5.2')).toEqual({ lead: ['MTTQ'], support: ['SVHTTDL'] });
    expect(task('V.5.3').content).toMatch(/^Phối hợp với Sở Lao động-Thương binh và Xã hội, đơn vị liên quan/);
    expect(roles('V.5.3')).toEqual({ lead: ['SLDTBXH'], support: ['SVHTTDL'] });
    expect(roles('V.5.4')).toEqual({ lead: ['SVHTTDL'], support: [] });
    expect(task('V.6.2').content).toMatch(/^Phối hợp với Sở Lao động - Thương binh và Xã hội, các cơ quan liên quan/);
    expect(roles('V.6.2')).toEqual({ lead: ['SLDTBXH'], support: ['STP'] });
  });

  it('V.10: Báo Quảng Trị and Đài PT-TH both lead', () => {
    expect(roles('V.10.1')).toEqual({ lead: ['BQT', 'DPTTH'], support: [] });
  });

  it('V.11: VKSND and TAND both lead, with the police', () => {
    expect(roles('V.11.1')).toEqual({ lead: ['VKSND', 'TAND'], support: ['CAT'] });
  });

  it('V.12: each bullet is led by the organisation it names', () => {
    expect(roles('V.12.1')).toEqual({ lead: ['MTTQ'], support: [] });
    expect(roles('V.12.2')).toEqual({ lead: ['LDLD'], support: [] });
    expect(roles('V.12.3')).toEqual({ lead: ['HLHPN'], support: [] });
    expect(roles('V.12.4')).toEqual({ lead: ['TD'], support: [] });
  });

  it('V.13: all 10 district People\'s Committees lead every bullet', () => {
    for (const n of [1, 2, 3, 4, 5, 6]) expect(roles(`V.13.${n}`)).toEqual({ lead: DISTRICTS, support: [] });
  });
});

describe('deadlines and outputs', () => {
  it('only the bullets that give a time are not "ongoing"; no deadline the plan does not give', () => {
    const timed = ds.tasks.filter((t) => t.deadlineKind !== 'ongoing').map((t) => t.code);
    expect(timed).toEqual(['V.2.3', 'V.13.6']);
  });

  it('V.2.3 "chế độ báo cáo nhanh, báo cáo định kỳ 6 tháng, hàng năm" is a periodic report, judged on the register', () => {
    expect(task('V.2.3')).toMatchObject({
      deadlineKind: 'period',
      periodType: 'six_month',
      deadlineText: 'báo cáo nhanh, báo cáo định kỳ 6 tháng, hàng năm',
    });
  });

  it('V.1.1 "Tổng hợp, báo cáo định kỳ, đột xuất với Ủy ban nhân dân tỉnh và Bộ": not due with the members’ reports of VI.1', () => {
    expect(task('V.1.1').content).toContain('Tổng hợp, báo cáo định kỳ, đột xuất với Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội theo quy định.');
    expect(task('V.1.1')).toMatchObject({ deadlineKind: 'ongoing', deadlineText: 'định kỳ, đột xuất theo quy định' });
    expect(task('V.1.1').deadline).toBeUndefined();
  });

  it('V.13.6 "trong năm 2022" ends with the year’s data window; V.1.5 "giai đoạn 2022 - 2025" has no date in this plan', () => {
    expect(task('V.13.6').content).toContain('mỗi xã, phường, thị trấn trong năm 2022 phải tổ chức được ít nhất một hình thức tuyên truyền');
    expect(task('V.13.6')).toMatchObject({ deadlineKind: 'date', deadline: '2022-12-14', deadlineText: 'trong năm 2022' });
    expect(task('V.1.5').content).toContain('báo cáo tổng kết Kế hoạch phòng, chống mại dâm giai đoạn 2022 - 2025');
    expect(task('V.1.5')).toMatchObject({ deadlineKind: 'ongoing', deadlineText: 'giai đoạn 2022 - 2025' });
    expect(task('V.1.5').deadline).toBeUndefined();
    expect(task('V.1.5').note).toBeTruthy();
  });

  it('states outputs where the plan does', () => {
    expect(task('V.13.1').expectedOutput).toBe('kế hoạch phòng, chống mại dâm');
    expect(task('V.1.5').expectedOutput).toBe('báo cáo tổng kết Kế hoạch phòng, chống mại dâm giai đoạn 2022 - 2025');
  });
});

describe('targets (II.2 Chỉ tiêu)', () => {
  it('has every bullet, in order, under its sub-heading', () => {
    expect(ds.targets.map((t) => [t.code, t.group])).toEqual([
      ['II.2.1', 'Về công tác tuyên truyền'],
      ['II.2.2', 'Về công tác tuyên truyền'],
      ['II.2.3', 'Về công tác tuyên truyền'],
      ['II.2.4a', 'Về hoạt động phòng ngừa'],
      ['II.2.4b', 'Về hoạt động phòng ngừa'],
      ['II.2.5', 'Về hoạt động phòng ngừa'],
      ['II.2.6', 'Về thanh tra, kiểm tra, truy tố'],
      ['II.2.7', 'Về thanh tra, kiểm tra, truy tố'],
      ['II.2.8', 'Về triệt xóa điểm phức tạp về tệ nạn mại dâm'],
      ['II.2.9', 'Về triệt xóa điểm phức tạp về tệ nạn mại dâm'],
      ['II.2.10', 'Về hoạt động can thiệp giảm tác hại'],
      ['II.2.11', 'Về hoạt động can thiệp giảm tác hại'],
      ['II.2.12', 'Về hoạt động can thiệp giảm tác hại'],
      ['II.2.13', 'Về đào tạo, tập huấn'],
    ]);
  });

  it('100% of the 125 communes run at least one form of awareness activity', () => {
    expect(target('II.2.1')).toMatchObject({
      wording:
        '100% xã, phường, thị trấn trên địa bàn tỉnh tổ chức được ít nhất là một hình thức tuyên truyền về phòng ngừa mại dâm và được duy trì thường xuyên.',
      kind: 'percent',
      comparator: 'exactly',
      value: 100,
      unit: '%',
      denominator: 125,
      denominatorText: '125 xã, phường, thị trấn',
      statistic: 'B06',
    });
    // UBND huyện đảo Cồn Cỏ has no communes: it answers for no commune target.
    expect(target('II.2.1').agencies).toEqual(DISTRICTS.filter((c) => c !== 'UBND-CONCO'));
  });

  // "100% huyện, thị xã, thành phố và 100% xã, phường, thị trấn xây dựng kế hoạch và tổ chức thực hiện các
  // hoạt động phòng, chống mại dâm." One bullet, two populations: two targets, each in the plan's words for
  // its own level, and each counted; the plan's sentence stays whole in the plan's text.
  it('the two-population bullet II.2.4 is two targets that read "cấp huyện" and "cấp xã", each measured', () => {
    expect(target('II.2.4a')).toMatchObject({
      wording: '100% huyện, thị xã, thành phố xây dựng kế hoạch và tổ chức thực hiện các hoạt động phòng, chống mại dâm.',
      kind: 'percent', value: 100, denominator: 10, statistic: 'B11',
    });
    expect(target('II.2.4b')).toMatchObject({
      wording: '100% xã, phường, thị trấn xây dựng kế hoạch và tổ chức thực hiện các hoạt động phòng, chống mại dâm.',
      kind: 'percent', value: 100, denominator: 125, statistic: 'B12',
    });
    expect(target('II.2.4a').agencies).toEqual(DISTRICTS);
    expect(target('II.2.4b').agencies).not.toContain('UBND-CONCO');
    const sentence = ds.planText!.find((b) => b.text.startsWith('100% huyện, thị xã, thành phố và 100% xã'))!;
    expect(sentence).toMatchObject({ kind: 'bullet', numbering: '-' });
    expect(sentence.target).toBeUndefined();
    // "100% các xã, phường, thị trấn trên địa bàn tỉnh triển khai phòng, chống mại dâm cấp xã."
    expect(target('II.2.5')).toMatchObject({ value: 100, denominator: 125, statistic: 'B13' });
    expect(target('II.2.5').agencies).not.toContain('UBND-CONCO');
  });

  it('II.2.9 "các cơ sở có biểu hiện phức tạp về mại dâm phải kiểm tra ít nhất một lần": a coverage ratio', () => {
    expect(target('II.2.9')).toMatchObject({
      kind: 'percent', comparator: 'exactly', value: 100, statistic: 'C11', denominatorStatistic: 'C10',
      denominatorText: 'cơ sở có biểu hiện phức tạp về mại dâm',
    });
  });

  it('50 contacts with people who sell sex; at least 60% get support; 100% trained', () => {
    expect(target('II.2.11')).toMatchObject({
      wording: 'Tiếp cận, tư vấn cho 50 lượt người bán dâm.',
      kind: 'count',
      value: 50,
      unit: 'lượt người',
      statistic: 'E01',
    });
    expect(target('II.2.12')).toMatchObject({
      kind: 'percent',
      comparator: 'at_least',
      value: 60,
      unit: '%',
      statistic: 'E12',
      denominatorStatistic: 'E11',
    });
    expect(target('II.2.12').wording.startsWith('Ít nhất 60% người bán dâm có nhu cầu, đủ điều kiện')).toBe(true);
    expect(target('II.2.13')).toMatchObject({
      wording:
        'Đào tạo, bồi dưỡng, tập huấn nâng cao năng lực chuyên môn, nghiệp vụ cho 100% người làm công tác phòng, chống tệ nạn xã hội các cấp.',
      kind: 'percent',
      comparator: 'exactly',
      value: 100,
      // "người làm công tác phòng, chống tệ nạn xã hội các cấp": tệ nạn xã hội, not only mại dâm.
      statistic: 'F08',
      denominatorStatistic: 'F07',
    });
    expect(target('II.2.6')).toMatchObject({ kind: 'percent', value: 100, statistic: 'D08' });
  });

  it('qualitative targets carry no value', () => {
    const qualitative = ds.targets.filter((t) => t.kind === 'qualitative');
    expect(qualitative.map((t) => t.code)).toEqual(['II.2.2', 'II.2.3', 'II.2.7', 'II.2.8', 'II.2.10']);
    for (const t of qualitative) {
      expect(t.value, t.code).toBeUndefined();
      expect(t.comparator, t.code).toBeUndefined();
    }
  });

  it('media targets fall to the press and the information department', () => {
    expect(sorted(target('II.2.2').agencies)).toEqual(['BQT', 'DPTTH', 'STTTT']);
    expect(sorted(target('II.2.7').agencies)).toEqual(['CAT', 'TAND', 'VKSND']);
  });
});

describe('reporting duties (VI)', () => {
  const members = ds.reportingDuties.filter((d) => !d.upward);
  it('VI.1: 6-month before 15/6, annual before 15/12, and ad hoc, to Sở LĐ-TB&XH', () => {
    expect(members.map((d) => [d.periodType, d.dueMonth, d.dueDay, d.dueText, d.recipient])).toEqual([
      ['six_month', 6, 15, 'trước ngày 15/6', 'SLDTBXH'],
      ['annual', 12, 15, 'trước ngày 15/12', 'SLDTBXH'],
      ['ad_hoc', null, null, 'đột xuất', 'SLDTBXH'],
    ]);
    for (const d of members) expect(sorted(d.obliged)).toEqual(sorted(OBLIGED));
  });

  it('VI.2: the Sở reports upward to UBND tỉnh and the national committee, as the plan words them, with no invented date', () => {
    // "2. Giao Sở Lao động - Thương binh và Xã hội đôn đốc, kiểm tra việc thực hiện Kế hoạch này, định kỳ
    // tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn
    // ma túy, mại dâm theo quy định."
    const vi2 =
      'Giao Sở Lao động - Thương binh và Xã hội đôn đốc, kiểm tra việc thực hiện Kế hoạch này, định kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm theo quy định.';
    const plan = readFileSync(fileURLToPath(new URL('../fixtures/ke-hoach-pcmd-quang-tri-2022.md', import.meta.url)), 'utf8');
    expect(plan.replace(/\s+/g, ' ')).toContain(`2. ${vi2}`);
    const upward = ds.reportingDuties.filter((d) => d.upward);
    expect(upward).toHaveLength(1);
    const [d] = upward;
    // The one who reports is the Sở named in VI.2, the plan's standing agency.
    expect(d!.obliged).toEqual(['SLDTBXH']);
    expect(ds.plan.standingAgency).toBe('SLDTBXH');
    expect(agency('SLDTBXH').name).toMatch(/^Sở Lao động - Thương binh và Xã hội\b/);
    // Its recipients, each spelled as VI.2 spells it.
    const recipients = d!.recipientText!.split('; ');
    expect(recipients).toEqual(['Ủy ban nhân dân tỉnh', 'Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm']);
    expect(vi2).toContain(`báo cáo ${recipients.join(', ')} theo quy định`);
    // "định kỳ … theo quy định": no period, no day and month in the plan, so none is set.
    expect([d!.periodType, d!.dueMonth, d!.dueDay, d!.dueText]).toEqual(['ad_hoc', null, null, 'định kỳ, theo quy định']);
    expect(vi2).toContain('định kỳ');
    expect(vi2).toContain('theo quy định');
  });
});

describe('text', () => {
  it('every string is NFC', () => {
    const bad: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (typeof v === 'string') {
        if (v.normalize('NFC') !== v) bad.push(path);
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(ds, 'ds');
    expect(bad).toEqual([]);
  });

  // The plan's source text lives outside the repository; check against it when it is present.
  // The plan's full text, kept beside the tests as the source the dataset was entered from.
  const planPath = fileURLToPath(new URL('../fixtures/ke-hoach-pcmd-quang-tri-2022.md', import.meta.url));
  it('every task and target wording appears verbatim in the plan', () => {
    const plan = readFileSync(planPath, 'utf8')
      .replace(/\*/g, '')
      .replace(/\s+/g, ' ');
    for (const t of ds.tasks) expect(plan.includes(t.content), t.code).toBe(true);
    // II.2.4a and II.2.4b each keep the plan's words for their level of the one bullet II.2.4.
    const bullet = '100% huyện, thị xã, thành phố và 100% xã, phường, thị trấn xây dựng kế hoạch và tổ chức thực hiện các hoạt động phòng, chống mại dâm.';
    expect(plan.includes(bullet)).toBe(true);
    for (const t of ds.targets.filter((x) => !x.code.startsWith('II.2.4'))) expect(plan.includes(t.wording), t.code).toBe(true);
    expect(target('II.2.4a').wording).toBe(bullet.replace(' và 100% xã, phường, thị trấn', ''));
    expect(target('II.2.4b').wording).toBe(bullet.replace('100% huyện, thị xã, thành phố và ', ''));
    for (const g of ds.taskGroups) expect(plan.includes(g.title), g.code).toBe(true);
  });
});

// Issue 10, item 1: section III is the whole committee's work, divided by section V.
describe('section III carried out by the duties of section V', () => {
  const ref = (code: string) => ({ id: ds.agencies.findIndex((a) => a.code === code), shortName: code, kind: agency(code).kind });
  /** District People's Committees as one "DISTRICTS", the rest by code. */
  const named = (codes: string[]) => {
    const out: string[] = [];
    for (const c of codes) {
      if (!DISTRICTS.includes(c)) out.push(c);
      else if (!out.includes('DISTRICTS')) out.push('DISTRICTS');
    }
    return out;
  };
  const derived = (code: string) => {
    const links = ds.taskLinks!.filter((l) => l.task === code).map((l) => {
      const duty = task(l.duty);
      return { role: l.role, lead: duty.lead.map(ref), support: duty.support.map(ref) };
    });
    const r = linkedAgencies(links);
    return { lead: named(r.lead.map((a) => a.shortName)), support: named(r.support.map((a) => a.shortName)) };
  };
  const dutiesOf = (code: string) => ds.taskLinks!.filter((l) => l.task === code).map((l) => l.duty);

  it('every link joins a III task to a V duty, once, quoting words that stand in the duty', () => {
    const seen = new Set<string>();
    for (const l of ds.taskLinks!) {
      expect(l.task, l.duty).toMatch(/^III\./);
      expect(l.duty, l.task).toMatch(/^V\./);
      expect(seen.has(`${l.task}>${l.duty}`), `${l.task} > ${l.duty}`).toBe(false);
      seen.add(`${l.task}>${l.duty}`);
      for (const part of l.quote!.split(' ... ')) expect(task(l.duty).content, `${l.task} > ${l.duty}`).toContain(part);
    }
  });

  it('every III task names who answers for it: linked duties, or the whole committee in three cases', () => {
    const iii = ds.tasks.filter((t) => t.code.startsWith('III.'));
    expect(iii).toHaveLength(25);
    const shared = iii.filter((t) => t.sharedResponsibility).map((t) => t.code);
    expect(shared).toEqual(['III.1.e.1', 'III.2.a.4', 'III.2.c.1']);
    for (const code of shared) expect(task(code).sharedResponsibility).toBe('Chung: thành viên BCĐ 138, UBND cấp huyện');
    for (const t of iii.filter((x) => !x.sharedResponsibility)) expect(derived(t.code).lead, t.code).not.toEqual([]);
  });

  // Each row: the III task, the words of V that give its lead, and who leads and supports.
  const rows: [string, string, string[], string[]][] = [
    ['III.1.a.1', 'V.1.2 "Tổ chức các hoạt động truyền thông về phòng, chống mại dâm trên địa bàn toàn tỉnh"', ['SLDTBXH', 'STTTT'], ['BQT', 'DPTTH']],
    ['III.1.a.2', 'V.4.1 "xây dựng mới các chuyên trang, chuyên mục; tăng thời lượng phát sóng"', ['STTTT'], ['BQT', 'DPTTH', 'BDBP', 'DISTRICTS']],
    ['III.1.a.3', 'V.10.1 "nếp sống văn minh, hành vi tình dục lành mạnh, an toàn" (support)', ['SLDTBXH'], ['SGDDT', 'LDLD', 'TD', 'BQT', 'DPTTH']],
    ['III.1.b.1', 'V.1.3 "thực hiện công tác rà soát, kiểm tra"', ['SLDTBXH'], ['CAT', 'DISTRICTS']],
    ['III.1.b.2', 'V.13.1 "lồng ghép nhiệm vụ phòng, chống mại dâm vào các chương trình an sinh xã hội"', ['DISTRICTS'], ['CAT', 'BDBP']],
    ['III.1.c.1', 'V.1.3 "Tổ chức triển khai công tác kiểm tra liên ngành" (VI.1 names the Sở the standing agency)', ['SLDTBXH'], ['CAT', 'SYT', 'SVHTTDL']],
    ['III.1.c.2', 'V.13.3 "Kiện toàn Tổ công tác liên ngành và Đội kiểm tra liên ngành"', ['SLDTBXH', 'DISTRICTS'], ['SVHTTDL']],
    ['III.1.c.3', 'V.2.2 "rà soát, xác định các điểm mại dâm"', ['CAT'], ['BDBP', 'SLDTBXH', 'DISTRICTS']],
    ['III.1.c.4', 'V.2.1 "triệt phá các ổ nhóm, đường dây và tụ điểm mại dâm"', ['CAT'], ['BDBP', 'SLDTBXH', 'DISTRICTS']],
    ['III.1.c.5', 'V.11.1 "phối hợp chặt chẽ với cơ quan Công an sớm đưa ra truy tố, xét xử"', ['VKSND', 'TAND'], ['CAT']],
    ['III.1.d.1', 'V.3.2 "dịch vụ can thiệp dự phòng", V.12.3 "để người bán dâm được tiếp cận"', ['SYT', 'HLHPN'], ['DISTRICTS']],
    ['III.1.e.2', 'V.1.3 "hướng dẫn Đội kiểm tra liên ngành phòng, chống mại dâm huyện"', ['SLDTBXH'], ['DISTRICTS']],
    // The reading had Sở Tư pháp lead; V.6.2 says "Phối hợp với Sở Lao động - Thương binh và Xã hội".
    ['III.2.a.1', 'V.6.2 "bổ sung, sửa đổi một số quy định của pháp luật"', ['SLDTBXH'], ['STP', 'DISTRICTS', 'SVHTTDL', 'SYT']],
    ['III.2.a.2', 'V.1.1 "Chủ trì hướng dẫn, đôn đốc, kiểm tra"', ['SLDTBXH'], ['SYT']],
    ['III.2.a.3', 'V.13.1 "gắn với thực hiện các nhiệm vụ kinh tế - xã hội của địa phương" ("Ủy ban nhân dân các cấp")', ['SLDTBXH', 'DISTRICTS'], []],
    ['III.2.a.5', 'V.1.1 "đôn đốc, kiểm tra"', ['SLDTBXH'], ['CAT', 'DISTRICTS']],
    ['III.2.a.6', 'V.13.2 "kiểm tra sau khi đi vào hoạt động"', ['SLDTBXH', 'DISTRICTS'], ['CAT', 'SVHTTDL', 'SYT']],
    ['III.2.a.7', 'V.1.3 "rà soát, kiểm tra"', ['SLDTBXH'], ['CAT', 'DISTRICTS']],
    ['III.2.b.1', 'V.12.3 "gặp gỡ, tư vấn, giúp đỡ người bán dâm" ("đặc biệt là Hội Liên hiệp Phụ nữ")', ['HLHPN'], ['MTTQ', 'LDLD', 'TD']],
    ['III.2.b.2', 'V.13.4 "các Câu lạc bộ của các hội, đoàn thể ở địa phương"', ['HLHPN', 'DISTRICTS'], ['MTTQ', 'LDLD', 'TD']],
    ['III.2.b.3', 'V.13.1 "như giảm nghèo"; V.5.2 "nông thôn mới"', ['DISTRICTS'], ['MTTQ', 'SVHTTDL', 'BDBP']],
    ['III.2.b.4', 'V.12.3 "học nghề, giải quyết việc làm"', ['HLHPN', 'DISTRICTS'], ['SYT']],
  ];
  for (const [code, words, lead, support] of rows) {
    it(`${code}: ${words}`, () => {
      expect(derived(code)).toEqual({ lead, support });
    });
  }

  it('the board filter for Công an tỉnh finds III.1.c.3, c.4, c.5 and every V.2 task', () => {
    const cat = ref('CAT').id;
    const withPolice = ds.tasks
      .filter((t) => {
        const links = ds.taskLinks!.filter((l) => l.task === t.code).map((l) => ({ role: l.role, lead: task(l.duty).lead.map(ref), support: task(l.duty).support.map(ref) }));
        const r = linkedAgencies(links);
        return [...t.lead, ...t.support].includes('CAT') || [...r.lead, ...r.support].some((a) => a.id === cat);
      })
      .map((t) => t.code);
    for (const code of ['III.1.c.3', 'III.1.c.4', 'III.1.c.5', 'V.2.1', 'V.2.2', 'V.2.3', 'V.2.4', 'V.2.5']) expect(withPolice).toContain(code);
    expect(dutiesOf('III.1.c.3')).toEqual(['V.2.1', 'V.2.2', 'V.9.2', 'V.1.3', 'V.13.3']);
  });
});
