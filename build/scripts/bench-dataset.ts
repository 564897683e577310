// The bench's dataset: years of a secretariat's work, made the way a clerk makes it. Each year is a
// plan loaded with the app's own loader (db/builtin/load-dataset.ts); its periods, received reports
// with their figures, progress notes, edits and completions go through the real dispatch, so the
// database holds what the app itself writes (audit trail included). Text is varied Vietnamese built
// from the 2022 plan's wording and phrase lists, from a fixed seed: the same size gives the same data.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppCore } from '../../electron/backend/core/app-core';
import { dispatch } from '../../electron/backend/api/dispatch';
import { handlers } from '../../electron/backend/handlers';
import { loadDataset } from '../../db/builtin/load-dataset';
import { quangTri2022 } from '../../db/builtin/quang-tri-2022';
import units from '../../db/builtin/quang-tri-units-2022.json';
import type { DatasetAgency, DatasetTask, PlanDataset } from '../../db/builtin/dataset';
import type { DocumentSettingsView } from '../../shared/api/documents-models';
import type { PeriodRegister, ReportingPeriodRow, StatisticRow, TaskRow } from '../../shared/api/models';

export interface BenchSize {
  /** One plan per year, the last one ending with the bench's "today". */
  years: number;
  tasksPerPlan: number;
  /** Agencies that must send the periodic reports (the plan has five more that do not). */
  reportingAgencies: number;
  /** Progress notes per task and year, on average. */
  progressPerTask: number;
  /** Task edits (note, deadline, completion) per task and year, on average. */
  editsPerTask: number;
}

/** The issue's 10-year office: 10 plans, 45 agencies (40 report), 3,000 tasks, 800 received reports. */
export const TEN_YEARS: BenchSize = { years: 10, tasksPerPlan: 300, reportingAgencies: 40, progressPerTask: 1.83, editsPerTask: 0.9 };

/** The first plan year of every dataset: a dataset of N years ends on 31/12 of its N-th year ("today"). */
export const FIRST_YEAR = 1997;
const todayAfter = (years: number) => `${FIRST_YEAR + years - 1}-12-31`;

export interface BuiltDataset {
  dataDir: string;
  size: BenchSize;
  planIds: number[];
  /** The day after the last plan's year ends: the bench's "today" for this dataset. */
  today: string;
  /** The newest plan: the one the clerk works on. */
  planId: number;
  counts: Record<string, number>;
  buildMs: number;
}

/** Small deterministic generator (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
  };
}
type Rng = ReturnType<typeof rng>;

const VERBS = [
  'Tổ chức', 'Đẩy mạnh', 'Tăng cường', 'Triển khai', 'Phối hợp thực hiện', 'Chỉ đạo', 'Hướng dẫn', 'Kiểm tra, giám sát',
  'Rà soát, thống kê', 'Xây dựng và nhân rộng', 'Duy trì', 'Nâng cao hiệu quả', 'Lồng ghép', 'Đánh giá, sơ kết',
];
const OBJECTS = [
  'công tác tuyên truyền phòng, chống mại dâm', 'các đợt cao điểm tấn công, trấn áp tội phạm mua bán người',
  'kiểm tra liên ngành các cơ sở kinh doanh dịch vụ lưu trú, karaoke, xoa bóp', 'mô hình phòng, chống mại dâm tại xã, phường, thị trấn',
  'hỗ trợ người bán dâm hòa nhập cộng đồng', 'tập huấn nghiệp vụ cho cán bộ làm công tác phòng, chống tệ nạn xã hội',
  'việc cung cấp dịch vụ y tế, tư vấn cho người bán dâm', 'công tác quản lý cư trú, tạm trú tại các khu nhà trọ',
  'xử lý vi phạm hành chính đối với hành vi mua, bán dâm', 'việc lồng ghép chương trình với giảm nghèo bền vững',
  'thông tin trên báo, đài, cổng thông tin điện tử về tác hại của tệ nạn mại dâm', 'chế độ báo cáo định kỳ của các đơn vị',
  'phong trào toàn dân bảo vệ an ninh Tổ quốc gắn với phòng, chống tệ nạn xã hội', 'các hoạt động hỗ trợ vay vốn, học nghề, tạo việc làm',
];
const SCOPES = [
  'trên địa bàn tỉnh', 'tại các địa bàn trọng điểm, phức tạp', 'ở khu vực giáp ranh và tuyến biên giới Việt - Lào',
  'tại các khu công nghiệp, khu kinh tế', 'trong học sinh, sinh viên và thanh thiếu niên', 'trong lực lượng lao động ngoại tỉnh',
  'tại các khu du lịch, cơ sở lưu trú ven biển', 'ở các xã, phường, thị trấn có nguy cơ cao',
];
const TAILS = [
  '', '; báo cáo kết quả về Sở Lao động - Thương binh và Xã hội', '; chú trọng đối tượng là phụ nữ, trẻ em gái',
  ', bảo đảm đúng quy định của pháp luật', '; kịp thời phát hiện, xử lý nghiêm các vi phạm', ', gắn với việc thực hiện Nghị quyết của Hội đồng nhân dân tỉnh',
];
const NOTES = [
  'Đã tổ chức {n} buổi tuyên truyền tại {place}, thu hút {m} lượt người tham dự.',
  'Đoàn kiểm tra liên ngành đã kiểm tra {n} cơ sở kinh doanh dịch vụ tại {place}, nhắc nhở {k} cơ sở.',
  'Đã ban hành {n} văn bản hướng dẫn; {place} đang triển khai, dự kiến hoàn thành trong quý.',
  'Phối hợp với Công an tỉnh rà soát địa bàn {place}; chưa phát hiện tụ điểm phức tạp mới.',
  'Tổ chức lớp tập huấn cho {m} cán bộ cấp xã tại {place}; tài liệu đã gửi các đơn vị.',
  'Hỗ trợ {k} người học nghề, vay vốn tại {place}; tiếp tục theo dõi sau hỗ trợ.',
  'Chưa triển khai được do chờ bố trí kinh phí; đã đề nghị bổ sung dự toán.',
  'Đã xây dựng {n} chuyên mục trên đài phát thanh huyện và trang thông tin điện tử của {place}.',
];
const PLACES = (units as { districts: { name: string; communes: { name: string }[] }[] }).districts.flatMap((d) =>
  d.communes.map((c) => `${c.name}, ${d.name}`),
);
const COMMUNES = (units as { districts: { code: string; name: string; communes: { code: string; name: string }[] }[] }).districts.flatMap((d) =>
  d.communes.map((c) => ({ code: c.code, name: c.name, district: d.name })),
);

function sentence(r: Rng): string {
  const tail = r.pick(TAILS);
  return `${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(SCOPES)}${tail}.`;
}

function note(r: Rng): string {
  return r
    .pick(NOTES)
    .replace('{place}', r.pick(PLACES))
    .replace('{n}', String(1 + r.int(12)))
    .replace('{m}', String(30 + r.int(900)))
    .replace('{k}', String(1 + r.int(9)));
}

/** The 2022 plan's agencies plus more, up to the size's reporting agencies (and five that do not report). */
function benchAgencies(reporting: number): DatasetAgency[] {
  const base = quangTri2022.agencies.map((a) => ({ ...a }));
  const wanted = reporting + 5;
  const extra: DatasetAgency[] = [];
  const departments = [
    'Sở Nội vụ', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'Sở Tư pháp', 'Sở Giao thông vận tải', 'Sở Xây dựng',
    'Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Khoa học và Công nghệ', 'Ban Dân tộc tỉnh',
    'Thanh tra tỉnh', 'Cục Thuế tỉnh', 'Cục Quản lý thị trường tỉnh', 'Bảo hiểm xã hội tỉnh', 'Ban Quản lý Khu kinh tế tỉnh',
    'Liên đoàn Lao động tỉnh', 'Hội Cựu chiến binh tỉnh', 'Trường Cao đẳng Y tế Quảng Trị', 'Bệnh viện Đa khoa tỉnh',
  ];
  for (let i = 0; base.length + extra.length < wanted; i++) {
    if (i < departments.length) {
      const name = departments[i]!;
      extra.push({ code: `BENCH-SO-${i + 1}`, name: `${name} Quảng Trị`, shortName: name, abbreviation: `SB${i + 1}`, kind: 'provincial_department', reports: true });
    } else {
      const c = COMMUNES[(i - departments.length) % COMMUNES.length]!;
      const round = Math.floor((i - departments.length) / COMMUNES.length);
      const suffix = round ? ` (${round + 1})` : '';
      extra.push({
        code: `BENCH-XA-${c.code}${round ? `-${round + 1}` : ''}`,
        name: `Ủy ban nhân dân ${c.name}, ${c.district}${suffix}`,
        shortName: `UBND ${c.name}${suffix}`,
        abbreviation: `UBX${c.code}${round || ''}`,
        kind: 'other',
        reports: true,
      });
    }
  }
  const all = [...base, ...extra];
  // Exactly `reporting` of them report: the 2022 plan's non-reporting five, and the rest do.
  let left = reporting;
  return all.map((a) => {
    const reports = a.reports && left > 0;
    if (reports) left--;
    return { ...a, reports };
  });
}

function yearPlan(year: number, size: BenchSize, r: Rng): PlanDataset {
  const agencies = benchAgencies(size.reportingAgencies);
  const codes = agencies.map((a) => a.code);
  const reporting = agencies.filter((a) => a.reports).map((a) => a.code);
  const groups = quangTri2022.taskGroups;
  const replaceYear = (s: string | undefined) => s?.replace(/2022/g, String(year));
  const tasks: DatasetTask[] = [];
  const perGroup = new Map<string, number>();
  for (let i = 0; i < size.tasksPerPlan; i++) {
    const original = quangTri2022.tasks[i % quangTri2022.tasks.length]!;
    const group = i < quangTri2022.tasks.length ? original.group : r.pick(groups).code;
    const n = (perGroup.get(group) ?? 0) + 1;
    perGroup.set(group, n);
    const kind = r.pick(['date', 'date', 'ongoing', 'period'] as const);
    const month = 1 + r.int(12);
    tasks.push({
      code: `${group}.${n}`,
      group,
      content: i < quangTri2022.tasks.length ? replaceYear(original.content)! : `${sentence(r)}${r.next() < 0.4 ? ` ${sentence(r)}` : ''}`,
      lead: [r.pick(codes)],
      support: Array.from({ length: r.int(4) }, () => r.pick(codes)).filter((c, j, list) => list.indexOf(c) === j),
      deadlineKind: kind,
      ...(kind === 'date' ? { deadline: `${year}-${String(month).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}` } : {}),
      ...(kind === 'period' ? { periodType: r.pick(['six_month', 'annual'] as const) } : {}),
      ...(kind === 'date' && r.next() < 0.5 ? { deadlineText: `Trong tháng ${month}/${year}` } : {}),
      ...(r.next() < 0.3 ? { expectedOutput: r.pick(['Báo cáo kết quả', 'Kế hoạch triển khai', 'Văn bản hướng dẫn', 'Biên bản kiểm tra']) } : {}),
    });
  }
  // A supporting agency is never also the lead.
  for (const t of tasks) t.support = t.support.filter((c) => !t.lead.includes(c));
  return {
    plan: {
      ...quangTri2022.plan,
      key: `BENCH-${year}-${size.tasksPerPlan}-${size.reportingAgencies}`,
      year,
      number: `${10 + r.int(200)}`,
      issuedDate: `${year}-0${1 + r.int(3)}-1${r.int(9)}`,
      issuedDateText: `Quảng Trị, ngày 10 tháng 02 năm ${year}`,
      title: `Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm ${year}`,
    },
    agencies,
    taskGroups: groups,
    tasks,
    targets: quangTri2022.targets.map((t) => ({ ...t, wording: replaceYear(t.wording)!, agencies: t.agencies.filter((c) => codes.includes(c)) })),
    reportingDuties: quangTri2022.reportingDuties.map((d) => ({ ...d, obliged: reporting })),
  };
}

/** One more plan of the given number of tasks (for the largest export), made like the others. */
export function largePlan(tasks: number, year: number): PlanDataset {
  return yearPlan(year, { ...TEN_YEARS, tasksPerPlan: tasks }, rng(tasks));
}

function figureValue(r: Rng, s: StatisticRow): number {
  if (s.unit.trim() === '%') return r.int(101);
  if (s.kind === 'stock') return r.int(400);
  return r.next() < 0.3 ? 0 : r.int(60);
}

type Call = <T>(method: string, input: unknown) => Promise<T>;

/**
 * Builds the dataset into `dataDir` (which must not hold a database yet). Writes go through the real
 * handlers; only the build runs with synchronous=OFF (the figures are measured with the app's FULL).
 */
export async function buildBenchDataset(
  dataDir: string,
  size: BenchSize,
  log: (line: string) => void = () => {},
  /** Also keep a copy of the database after these many years (smaller datasets of the same family). */
  snapshots: number[] = [],
): Promise<Map<number, BuiltDataset>> {
  const started = performance.now();
  const BENCH_TODAY = todayAfter(size.years);
  const core = await openAppCore({ dataDir, host: 'browser', version: 'bench', today: BENCH_TODAY });
  const out = new Map<number, BuiltDataset>();
  core.database.sqlite.pragma('synchronous = OFF');
  const call: Call = async (method, input) => {
    const res = await dispatch(handlers, core.ctx, method, input);
    if (!res.ok) throw new Error(`${method}: ${res.error.message} (${JSON.stringify(input).slice(0, 200)})`);
    return res.data as never;
  };
  const r = rng(size.tasksPerPlan * 1000 + size.reportingAgencies);
  const count = (table: string) => (core.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const counts = () =>
    Object.fromEntries(['plans', 'agencies', 'tasks', 'received_reports', 'report_figures', 'task_progress', 'audit_log'].map((t) => [t, count(t)]));
  const keep = (years: number, dir: string) => {
    core.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    if (dir !== dataDir) {
      fs.mkdirSync(dir, { recursive: true });
      fs.copyFileSync(path.join(dataDir, 'thuong-truc.sqlite'), path.join(dir, 'thuong-truc.sqlite'));
    }
    out.set(years, { dataDir: dir, size: { ...size, years }, planIds: [...planIds], today: todayAfter(years), planId: planIds[planIds.length - 1]!, counts: counts(), buildMs: performance.now() - started });
  };
  const planIds: number[] = [];
  await call('settings.update', { clerkName: 'Nguyễn Thị Thu Hà' });
  const stats = await call<StatisticRow[]>('statistics.list', {});
  try {
    for (let y = FIRST_YEAR; y < FIRST_YEAR + size.years; y++) {
      const planId = await loadDataset(core.ctx.db, yearPlan(y, size, r));
      planIds.push(planId);
      const settings = await call<DocumentSettingsView>('documents.settings', { planId });
      await call('documents.updateSettings', {
        planId,
        values: { ...settings.values, standing: { ...settings.values.standing, signerName: r.pick(['Lê Thị Hương', 'Hoàng Nam', 'Nguyễn Văn Thành']) } },
      });
      const periods = await call<ReportingPeriodRow[]>('reporting.periods', { planId });
      for (const p of periods.filter((x) => !x.adHoc)) {
        const register = await call<PeriodRegister>('reporting.register', { periodId: p.id });
        for (const e of register.entries) {
          const late = r.next() < 0.2;
          const day = Number(p.dueDate.slice(8, 10));
          const arrivalDay = late ? Math.min(28, day + 1 + r.int(10)) : Math.max(4, day - r.int(10));
          const arrival = `${p.dueDate.slice(0, 8)}${String(arrivalDay).padStart(2, '0')}`;
          await call('reports.create', {
            periodId: p.id,
            agencyId: e.agency.id,
            arrivalDate: arrival > BENCH_TODAY ? BENCH_TODAY : arrival,
            docNumber: `${1 + r.int(300)}/BC-${r.pick(['UBND', 'SLĐTBXH', 'CAT', 'SYT', 'SVHTTDL'])}`,
            docDate: `${p.dueDate.slice(0, 8)}${String(arrivalDay - 1 - r.int(3)).padStart(2, '0')}`,
            channel: r.pick(['paper', 'e_office', 'email', 'e_office'] as const),
            notes: r.next() < 0.2 ? note(r) : null,
            figures: stats.map((s) => ({ statisticCode: s.code, value: figureValue(r, s) })),
          });
        }
      }
      const tasks = await call<TaskRow[]>('tasks.list', { planId });
      const lastDay = `${y}-12-31`;
      const dayIn = () => `${y}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`;
      const notes = Math.round(tasks.length * size.progressPerTask);
      for (let i = 0; i < notes; i++) {
        const t = r.pick(tasks);
        const d = dayIn();
        await call('tasks.addProgress', {
          taskId: t.id,
          date: d > lastDay ? lastDay : d,
          text: note(r),
          reportedByAgencyId: t.lead[0]?.id ?? null,
        });
      }
      const edits = Math.round(tasks.length * size.editsPerTask);
      for (let i = 0; i < edits; i++) {
        const t = r.pick(tasks);
        const which = r.int(3);
        const d = dayIn();
        if (which === 0) await call('tasks.update', { taskId: t.id, note: note(r) });
        else if (which === 1) await call('tasks.update', { taskId: t.id, completionDate: d > lastDay ? lastDay : d });
        else if (t.deadlineKind === 'date') await call('tasks.update', { taskId: t.id, deadline: dayIn() });
        else await call('tasks.update', { taskId: t.id, expectedOutput: r.pick(['Báo cáo sơ kết', 'Kế hoạch kiểm tra', 'Công văn hướng dẫn']) });
      }
      log(`  năm ${y}: ${tasks.length} nhiệm vụ, ${Math.round((performance.now() - started) / 100) / 10} giây`);
      const years = y - FIRST_YEAR + 1;
      if (snapshots.includes(years) && years < size.years) {
        core.database.sqlite.pragma('synchronous = FULL');
        keep(years, `${dataDir}-${years}y`);
        core.database.sqlite.pragma('synchronous = OFF');
      }
    }
    core.database.sqlite.pragma('synchronous = FULL');
    keep(size.years, dataDir);
    return out;
  } finally {
    await core.close();
  }
}

/**
 * Builds each family of datasets (same plan size, different years of history) once per bench run,
 * as one build that keeps a copy after each wanted number of years; hands out copies, so a run may write.
 */
export class DatasetCache {
  private built = new Map<string, BuiltDataset>();
  private wanted = new Map<string, Set<number>>();
  private copies: string[] = [];
  /** `keep`: the root outlives the run, and datasets built into it by an earlier run are used again. */
  constructor(private root: string, private log: (line: string) => void, private keep = false) {}

  private family(size: BenchSize): string {
    return `${size.tasksPerPlan}t-${size.reportingAgencies}a`;
  }

  /** Announces the sizes the run will ask for, so that a family is built once, to its longest history. */
  plan(sizes: BenchSize[]): void {
    for (const s of sizes) {
      const set = this.wanted.get(this.family(s)) ?? new Set<number>();
      set.add(s.years);
      this.wanted.set(this.family(s), set);
    }
  }

  async get(size: BenchSize): Promise<BuiltDataset> {
    const key = `${size.years}y-${this.family(size)}`;
    if (!this.built.has(key) && this.keep) {
      // A dataset kept by an earlier run (`--keep-data DIR`): the same size gives the same data.
      const kept = path.join(this.root, `${key}.json`);
      if (fs.existsSync(kept)) {
        this.built.set(key, JSON.parse(fs.readFileSync(kept, 'utf8')) as BuiltDataset);
        this.log(`Dữ liệu ${key} lấy lại từ lần chạy trước (${kept})`);
      }
    }
    if (!this.built.has(key)) {
      this.plan([size]);
      const years = [...this.wanted.get(this.family(size))!];
      const longest = Math.max(...years);
      this.log(`Dựng dữ liệu ${longest} năm, ${this.family(size)} bằng bộ nạp và API của ứng dụng…`);
      const sets = await buildBenchDataset(path.join(this.root, `${longest}y-${this.family(size)}`), { ...size, years: longest }, this.log, years);
      for (const [y, ds] of sets) {
        this.built.set(`${y}y-${this.family(size)}`, ds);
        if (this.keep) fs.writeFileSync(path.join(this.root, `${y}y-${this.family(size)}.json`), JSON.stringify(ds));
        this.log(`Dữ liệu ${y} năm, ${this.family(size)}: ${JSON.stringify(ds.counts)}, dựng trong ${(ds.buildMs / 1000).toFixed(1)} giây`);
      }
    }
    return this.built.get(key)!;
  }

  /** A fresh copy of the dataset's folder (database only; no backups). */
  async copy(size: BenchSize, name: string): Promise<BuiltDataset> {
    const ds = await this.get(size);
    const dir = path.join(this.root, `${name}-${Math.random().toString(36).slice(2, 8)}`);
    fs.mkdirSync(dir, { recursive: true });
    this.copies.push(dir);
    for (const f of fs.readdirSync(ds.dataDir)) {
      if (f.endsWith('.sqlite') || f.endsWith('.sqlite-wal') || f.endsWith('.sqlite-shm')) fs.copyFileSync(path.join(ds.dataDir, f), path.join(dir, f));
    }
    return { ...ds, dataDir: dir };
  }

  /** Removes the run's copies, and the built datasets too unless they are kept. */
  dispose(): void {
    if (!this.keep) fs.rmSync(this.root, { recursive: true, force: true });
    else for (const dir of this.copies) fs.rmSync(dir, { recursive: true, force: true });
  }
}
