// The 2022 plan's own Word file, imported and confirmed without corrections, gives the built-in plan:
// the same tasks with identical wording, groups, section V leads and supporters, target values and
// reporting duties. Every difference is listed; the ones accepted on purpose are named with a reason.
// The comparison walks whatever the built-in dataset holds, so it follows changes to that dataset.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quangTri2022 as builtin } from '../../../db/builtin/quang-tri-2022';
import type { PlanDataset } from '../../../db/builtin/dataset';
import { docxToHtml } from '../../../db/plan-import/read-docx';
import { blocksFromHtml } from '../../../shared/plan-import/blocks';
import { importPlan } from '../../../shared/plan-import/to-dataset';
import { buildOutline } from '../../../shared/plan-import/structure';
import { compareDatasets, describeDifference, type Difference } from '../../../shared/plan-import/compare';

const DOCX = fileURLToPath(new URL('../../fixtures/plan-import/ke-hoach-pcmd-quang-tri-2022.docx', import.meta.url));

async function importDocx(): Promise<{ dataset: PlanDataset; dutiesSection: string }> {
  const { html } = await docxToHtml(readFileSync(DOCX), 'ke-hoach-pcmd-quang-tri-2022.docx');
  const blocks = blocksFromHtml(html);
  const dutiesSection = buildOutline(blocks).sections.find((s) => s.role === 'duties')!.label;
  return { dataset: importPlan(blocks, { known: builtin.agencies }).dataset, dutiesSection };
}

const isEmpty = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);
/** Unpaired quotation marks dropped (the Word file has a stray ” the built-in leaves out). */
const withoutStrayQuotes = (s: string) => {
  const opens = (s.match(/“/g) ?? []).length;
  const closes = (s.match(/”/g) ?? []).length;
  return opens === closes ? s : s.replace(/[“”]/g, '');
};
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length]!;
}
/** Agencies the built-in plan gives a role: lead, support, target, reporting, standing agency. */
function agenciesWithRole(ds: PlanDataset): Set<string> {
  return new Set([
    ds.plan.standingAgency,
    ...ds.tasks.flatMap((t) => [...t.lead, ...t.support]),
    ...ds.targets.flatMap((t) => t.agencies),
    ...ds.reportingDuties.flatMap((d) => [d.recipient, ...d.obliged]),
  ]);
}

interface Acceptance {
  reason: string;
  applies: (d: Difference, dutiesSection: string) => boolean;
}

/** Differences accepted on purpose, each with its reason. Anything else fails the test. */
const ACCEPTED: Acceptance[] = [
  {
    reason: 'Khóa của kế hoạch: kế hoạch nhập từ tệp nhận khóa riêng khi lưu, không trùng khóa của kế hoạch có sẵn.',
    applies: (d) => d.area === 'plan' && d.key === 'key',
  },
  {
    reason:
      'Ghi chú, sản phẩm đầu ra và nguyên văn thời hạn của nhiệm vụ trong dữ liệu có sẵn do người nhập viết thêm khi đọc văn bản; tệp Word không có các ô này (loại thời hạn, ngày và kỳ vẫn phải trùng).',
    applies: (d) => d.area === 'task' && ['note', 'expectedOutput', 'deadlineText'].includes(d.field),
  },
  {
    reason:
      'Mẫu số (125 xã, phường, thị trấn; 10 huyện), cơ quan phụ trách, chỉ số báo cáo và ghi chú của chỉ tiêu không viết trong câu chỉ tiêu: dữ liệu có sẵn lấy từ danh mục đơn vị hành chính và mục V; văn thư gắn khi rà soát.',
    applies: (d) =>
      d.area === 'target' && ['denominator', 'denominatorText', 'agencies', 'statistic', 'denominatorStatistic', 'note'].includes(d.field),
  },
  {
    reason:
      'Nhiệm vụ ngoài mục TỔ CHỨC THỰC HIỆN (mục III) không nêu cơ quan chủ trì, phối hợp theo mẫu câu; liên kết trong dữ liệu có sẵn là cách đọc của người nhập. Bản nhập để trống (không đoán sai) cho văn thư chọn.',
    applies: (d, duties) =>
      d.area === 'task' && (d.field === 'lead' || d.field === 'support') && !d.key.startsWith(`${duties}.`) && isEmpty(d.actual),
  },
  {
    reason: 'Tệp Word có một dấu ” thừa (không có dấu “ mở) ở cuối mục V.4; dữ liệu có sẵn bỏ dấu này.',
    applies: (d) =>
      d.area === 'task' &&
      d.field === 'content' &&
      typeof d.expected === 'string' &&
      typeof d.actual === 'string' &&
      withoutStrayQuotes(d.actual) === withoutStrayQuotes(d.expected),
  },
  {
    reason: 'Nơi nhận: dữ liệu có sẵn sửa lỗi gõ của tệp Word (“Ban VHXX”, “BCD 138”); sai khác tối đa 2 ký tự mỗi dòng.',
    applies: (d) =>
      d.area === 'plan' &&
      d.key === 'recipients' &&
      typeof d.expected === 'string' &&
      typeof d.actual === 'string' &&
      editDistance(d.expected, d.actual) <= 2,
  },
  // Issue 10: readings of the built-in plan that the Word file's sentences do not carry; listed, with why.
  {
    reason: 'Nơi nhận như bản in: dữ liệu có sẵn ghi chữ nhỏ dưới dòng (“NC<sub>M</sub>”), tệp Word đọc ra chữ liền.',
    applies: (d) =>
      d.area === 'plan' && d.key === 'recipients' && typeof d.expected === 'string' && d.actual === d.expected.replace(/<\/?sub>/g, ''),
  },
  {
    reason: 'Ba nhiệm vụ mục III không có nhiệm vụ mục V nào thực hiện: dữ liệu có sẵn ghi “Chung: thành viên BCĐ 138, UBND cấp huyện”; bản nhập không đoán.',
    applies: (d) => d.area === 'task' && d.field === 'sharedResponsibility' && d.actual === undefined,
  },
  {
    reason:
      'Không đặt hạn văn bản không nêu: V.1.1 (báo cáo của Sở lên UBND tỉnh, Bộ) không có hạn trong kế hoạch năm; V.13.6 “trong năm 2022” hết ở kỳ số liệu năm (14/12). Bản nhập đọc theo mẫu câu.',
    applies: (d) =>
      d.area === 'task' && ['V.1.1', 'V.13.6'].includes(d.key) && ['deadlineKind', 'deadline', 'periodType'].includes(d.field),
  },
  {
    reason: '“Phối hợp (với) X” ở V.5.1, V.5.2, V.5.3, V.6.2: dữ liệu có sẵn đọc X chủ trì việc chung, cơ quan của tiêu đề mục phối hợp; bản nhập giữ cơ quan của tiêu đề mục chủ trì.',
    applies: (d) => d.area === 'task' && ['V.5.1', 'V.5.2', 'V.5.3', 'V.6.2'].includes(d.key) && (d.field === 'lead' || d.field === 'support'),
  },
  {
    reason: 'II.2.4 một gạch đầu dòng hai đối tượng: dữ liệu có sẵn ghi lời của kế hoạch cho từng cấp (huyện, xã); câu nguyên văn giữ trong nội dung kế hoạch.',
    applies: (d) => d.area === 'target' && (d.key === 'II.2.4a' || d.key === 'II.2.4b') && d.field === 'wording',
  },
  {
    reason: 'II.2.9 “phải kiểm tra ít nhất một lần”: dữ liệu có sẵn đo tỷ lệ bao phủ 100% các cơ sở có biểu hiện phức tạp; câu không có con số nên bản nhập đọc là định tính.',
    applies: (d) => d.area === 'target' && d.key === 'II.2.9' && ['kind', 'comparator', 'value', 'unit'].includes(d.field),
  },
  {
    reason:
      'Cơ quan chỉ được nhắc tới, không có vai trò nào trong kế hoạch (văn bản viết “phòng, chống HIV/AIDS”, tên chính thức của Ủy ban Quốc gia ghi “AIDS”): bản nhập không thêm.',
    applies: (d) => d.area === 'agency' && d.field === 'present' && d.expected === true && !agenciesWithRole(builtin).has(d.key),
  },
];

describe('Nhập kế hoạch 2022 từ tệp Word', () => {
  it('cho đúng kế hoạch có sẵn: mọi sai khác được liệt kê, chỉ những sai khác có lý do mới được chấp nhận', async () => {
    const { dataset, dutiesSection } = await importDocx();
    const diffs = compareDatasets(builtin, dataset);
    const accepted = new Map<string, string[]>();
    const refused: string[] = [];
    for (const d of diffs) {
      const rule = ACCEPTED.find((a) => a.applies(d, dutiesSection));
      if (rule) accepted.set(rule.reason, [...(accepted.get(rule.reason) ?? []), describeDifference(d)]);
      else refused.push(describeDifference(d));
    }
    // Shown in the test output, so the accepted differences stay visible.
    for (const [reason, lines] of accepted) console.info(`Chấp nhận (${lines.length}): ${reason}\n  ${lines.join('\n  ')}`);
    expect(refused, `Sai khác chưa được chấp nhận:\n${refused.join('\n')}`).toEqual([]);
  });

  it('giữ 63 nhiệm vụ, 14 chỉ tiêu với giá trị, người chủ trì mục V và chế độ báo cáo', async () => {
    const { dataset } = await importDocx();
    expect(dataset.tasks.map((t) => t.code)).toEqual(builtin.tasks.map((t) => t.code));
    expect(dataset.tasks).toHaveLength(63);
    // II.2.9 is measured as a coverage in the built-in plan (issue 10); its sentence names no figure.
    const figures = (ds: PlanDataset) => ds.targets.filter((t) => t.code !== 'II.2.9').map((t) => [t.code, t.kind, t.comparator, t.value, t.unit]);
    expect(figures(dataset)).toEqual(figures(builtin));
    expect(dataset.targets).toHaveLength(14);
    // "Phối hợp (với) X" in V.5.1–V.5.3 and V.6.2 is read with X leading in the built-in plan (issue 10).
    const jointWork = ['V.5.1', 'V.5.2', 'V.5.3', 'V.6.2'];
    const v = (ds: PlanDataset) =>
      ds.tasks.filter((t) => t.group.startsWith('V.') && !jointWork.includes(t.code)).map((t) => [t.code, [...t.lead].sort(), [...t.support].sort()]);
    expect(v(dataset)).toEqual(v(builtin));
    // The members' duties of VI.1 and the Sở's own report upward of VI.2 ("Giao Sở Lao động - Thương binh
    // và Xã hội … định kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Ủy ban quốc gia phòng, chống HIV/AIDS và
    // phòng, chống tệ nạn ma túy, mại dâm theo quy định"), as the built-in plan has them.
    const duty = (d: PlanDataset['reportingDuties'][number]) => [d.periodType, d.title, d.dueDay, d.dueMonth, d.dueText, d.recipient, [...d.obliged].sort(), d.upward ?? false, d.recipientText ?? ''];
    expect(dataset.reportingDuties.map(duty)).toEqual(builtin.reportingDuties.map(duty));
    expect(dataset.reportingDuties.filter((d) => d.upward).map((d) => d.recipientText)).toEqual([
      'Ủy ban nhân dân tỉnh; Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm',
    ]);
    expect(dataset.plan.standingAgency).toBe(builtin.plan.standingAgency);
  });
});
