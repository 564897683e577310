// `npm run bench`: what a clerk waits for, and what the backend holds in memory, on ten years of a
// secretariat's data built with the app's own loader and API (bench-dataset.ts). Prints a table and
// the same figures as JSON (last line, also written to the file given with --json FILE).
//
// Each board call is timed through the real dispatch (p50/p95) and compared with the very SQL it ran,
// captured at the better-sqlite3 handle and replayed on a raw better-sqlite3 connection (prepared per
// statement and kept, as the app's connection does): the ratio is what the app adds on top of SQLite. Memory is measured
// in the browser host run as a child process (bundled like `npm run build` does), from /proc.
// `--quick` skips the growth tables (1x/3x/10x plan size, 1/10/30 years), which build more datasets;
// `--growth plan|history` measures only that table. `--only board,report,host` measures only those
// parts on the 10-year dataset (also `import`, `excel`), for working on one of them; `--keep-data DIR`
// keeps the built datasets in DIR and uses them again on the next run (the same size gives the same data);
// `--no-ui` leaves out the Nhiệm vụ screen in Chromium. The growth tables time each call up to 400 times
// after up to 400 warm-ups within about 1.5 s (7 after 2 before). The board calls on the 10-year dataset are timed
// 1,000 times after 1,000 warm-up calls (`--board-runs N`, `--board-warmup N`; 200 and 20 before, 40 and
// 2 before that). A call of the board takes 0.1 ms: for its first thousand calls V8 is still compiling
// the app's code (the raw replay is a short loop, compiled at once), and with 200 runs its p95 was the
// tenth slowest call, so the ratio at p95 moved between 1.45 and 2.1 from one run to the next; warmed up
// and counted over 1,000 runs it is the app's own steady cost. Each
// app call is followed by its raw replay (`--board-apart`: all app runs first, then all replays, as before),
// so that on a loaded machine a burst of load or a slow fsync does not fall on one side only; the runs
// go in five rounds of 200 pairs, each round's app figures set against its own raw ones, and the
// median round's figures are printed, with every round's ratio at p95 and the ratio of all runs pooled
// (samplePaired). A read shorter than 1 ms is timed several runs to a sample, each side alike: this
// machine's own pauses of about 35 µs set the p95 of a 0.04 ms call's single runs (bench-timing.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import { build as esbuild } from 'esbuild';
import { openAppCore, type AppCore } from '../../electron/backend/core/app-core';
import { dispatch } from '../../electron/backend/api/dispatch';
import { TRIM_DONE_AFTER_MS } from '../../electron/backend/core/memory-trim';
import { handlers } from '../../electron/backend/handlers';
import { documentForBench } from '../../electron/backend/handlers/documents';
import { nativeDeflate } from '../../electron/backend/handlers/documents/native-deflate';
import { loadDataset } from '../../db/builtin/load-dataset';
import { captureStatements, type CapturedStatement } from '../../db/statement-capture';
import { packDocx } from '../../shared/documents/pack';
import { SECRET_HEADER } from '../../shared/api/transport';
import { decodeFromWire } from '../../shared/api/wire';
import type { ReportingPeriodRow, TaskRow, AgencyRow } from '../../shared/api/models';
import { DatasetCache, TEN_YEARS, largePlan, type BenchSize, type BuiltDataset } from './bench-dataset';
import { benchPlanImport } from './bench-plan-import';
import { measureUi, type UiFigures } from './bench-ui';
import { benchExcel } from './bench-excel';
import { memOf, resetPeak } from './process-memory';
import { ROUND_RUNS, SAMPLE_MS, machineInterruptions, round, sample, samplePaired, type Interruptions, type Stat } from './bench-timing';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
/** `--growth plan` or `--growth history`: only that growth table (to measure it again on a quiet machine). */
const growthOnly = argv.includes('--growth') ? argv[argv.indexOf('--growth') + 1] : null;
const jsonFile = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : null;
const keepData = argv.includes('--keep-data') ? path.resolve(argv[argv.indexOf('--keep-data') + 1]!) : null;
const numberArg = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const boardRuns = numberArg('--board-runs', 1000);
const boardWarmup = numberArg('--board-warmup', 1000);
/** `--board-apart`: all the app's runs of a call, then all its raw replays (the order before the runs were paired). */
const boardApart = argv.includes('--board-apart');
const only = argv.includes('--only') ? new Set(argv[argv.indexOf('--only') + 1]!.split(',')) : null;
/** Whether this run measures that part (every part without `--only`). */
const wants = (part: 'board' | 'report' | 'host' | 'import' | 'excel') => !only || only.has(part);
const log = (line: string) => console.error(line);

// --- Capturing the SQL a call runs, and replaying it raw. ------------------------------------------

function openRaw(file: string): SQLite.Database {
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  return raw;
}

/**
 * Runs the statements again on the raw handle. Each SQL is prepared once and kept, as the app's
 * connection keeps its prepared statements (db/connection.ts): the raw side is the best better-sqlite3
 * can do with the same SQL, so the ratio counts only what the app adds.
 */
function replay(raw: SQLite.Database, statements: CapturedStatement[], prepared: Map<string, SQLite.Statement>): void {
  for (const s of statements) {
    let stmt = prepared.get(s.sql);
    if (!stmt) prepared.set(s.sql, (stmt = raw.prepare(s.sql)));
    if (s.method === 'iterate') for (const _ of stmt.iterate(...(s.args as []))) void _;
    else (stmt[s.method] as (...a: unknown[]) => unknown)(...s.args);
  }
}

// --- The board calls. ---------------------------------------------------------------------------

type Call = <T>(method: string, input: unknown) => Promise<T>;

function caller(core: AppCore): Call {
  return async (method, input) => {
    const res = await dispatch(handlers, core.ctx, method, input);
    if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
    return res.data as never;
  };
}

interface Scenario {
  name: string;
  key: string;
  /** Adds to the data each time: timed over fewer runs (WRITE_RUNS). */
  writes?: boolean;
  run: () => Promise<unknown>;
}
/** Runs and warm-up calls of a board call that writes. */
const WRITE_RUNS = { runs: 200, warmup: 20 };

async function scenarios(core: AppCore, planId: number, today: string): Promise<Scenario[]> {
  const call = caller(core);
  const tasks = await call<TaskRow[]>('tasks.list', { planId });
  const periods = await call<ReportingPeriodRow[]>('reporting.periods', { planId });
  const annual = periods.find((p) => p.periodType === 'annual')!;
  const agencies = await call<AgencyRow[]>('agencies.list', { planId });
  // The busiest agency: the page the clerk waits longest for.
  const busy = [...agencies].sort((a, b) => b.leadCount + b.supportCount - (a.leadCount + a.supportCount))[0]!;
  const task = tasks[Math.floor(tasks.length / 2)]!;
  let n = 0;
  return [
    { key: 'taskList', name: 'Danh sách nhiệm vụ (tasks.list)', run: () => call('tasks.list', { planId }) },
    { key: 'register', name: 'Sổ báo cáo của kỳ năm (reporting.register)', run: () => call('reporting.register', { periodId: annual.id }) },
    { key: 'targetProgress', name: 'Tiến độ chỉ tiêu (targets.progress)', run: () => call('targets.progress', { planId }) },
    // The agency page (AgencyPage.tsx) asks for the agency and its history (its tasks come from the
    // plan's task list, timed above); the Báo cáo screen's panel for one agency asks for its reports.
    // Timed together until this change, as if the page made all three calls.
    {
      key: 'agencyPage',
      name: `Trang cơ quan bận nhất (agencies.get + agencies.history)`,
      run: async () => {
        await call('agencies.get', { agencyId: busy.id, planId });
        await call('agencies.history', { agencyId: busy.id });
      },
    },
    {
      key: 'agencyReports',
      name: `Báo cáo của cơ quan bận nhất (reporting.agencyHistory)`,
      run: () => call('reporting.agencyHistory', { planId, agencyId: busy.id }),
    },
    {
      key: 'taskOpen',
      name: 'Mở một nhiệm vụ (tasks.get + tasks.history)',
      run: async () => {
        await call('tasks.get', { taskId: task.id });
        await call('tasks.history', { taskId: task.id });
      },
    },
    {
      key: 'progressAdd',
      name: 'Thêm một cập nhật tiến độ (tasks.addProgress)',
      // A write: each call and each raw replay adds a note to the task, so it is timed as before (200 runs
      // after 20): two thousand more notes would time a task no plan has.
      writes: true,
      run: () => call('tasks.addProgress', { taskId: task.id, date: today, text: `Đã kiểm tra ${++n} cơ sở kinh doanh dịch vụ.`, reportedByAgencyId: null }),
    },
  ];
}

interface BoardFigure extends Stat {
  raw: Stat;
  ratioP50: number;
  ratioP95: number;
  /** Paired runs only: each round's p95 ratio, the ratio of all runs pooled, runs per sample (samplePaired). */
  roundRatiosP95?: number[];
  pooledRatioP95?: number;
  batch?: number;
}

async function measureBoard(
  ds: BuiltDataset,
  allRuns: number,
  withRaw: boolean,
  allWarmup = 2,
  budgetMs = Infinity,
): Promise<Record<string, BoardFigure | Stat>> {
  const core = await openAppCore({ dataDir: ds.dataDir, host: 'browser', version: 'bench', today: ds.today });
  const probe = captureStatements(core.database.sqlite);
  const raw = withRaw ? openRaw(core.ctx.info.databaseFile) : null;
  const out: Record<string, BoardFigure | Stat> = {};
  try {
    for (const s of await scenarios(core, ds.planId, ds.today)) {
      const [runs, warmup] = s.writes ? [Math.min(allRuns, WRITE_RUNS.runs), Math.min(allWarmup, WRITE_RUNS.warmup)] : [allRuns, allWarmup];
      if (!raw) {
        out[s.key] = await sample(runs, s.run, warmup, budgetMs);
        continue;
      }
      // The SQL of a call after a first one: what every later call runs (the first may do once-only
      // work, such as completing a plan's reporting periods).
      await s.run();
      const statements = await probe.capture(s.run);
      const prepared = new Map<string, SQLite.Statement>();
      const replayed = () => replay(raw, statements, prepared);
      if (boardApart) {
        const app = await sample(runs, s.run, warmup);
        const r = await sample(runs, replayed, warmup);
        out[s.key] = { ...app, raw: r, ratioP50: round(app.p50 / r.p50), ratioP95: round(app.p95 / r.p95) };
      } else {
        // Each app call is followed by its raw replay, so both sides meet the same load and the same
        // state of the WAL (a slow fsync or a checkpoint falls on either side alike).
        // A write is timed one run at a time: a sample of many would time a task with more notes.
        const { app, raw: r, ...ratios } = await samplePaired(runs, s.run, replayed, warmup, !s.writes);
        out[s.key] = { ...app, raw: r, ...ratios };
      }
    }
  } finally {
    raw?.close();
    await core.close();
  }
  return out;
}

interface ReportFigures {
  export: Stat;
  packOnly: Stat;
  /** Reading the period's data and building the document's objects, not packed: the export's own part. */
  readAndBuild: Stat;
  ratioP50: number;
  sizeKb: number;
}

/**
 * The annual report built and packed (documents.export) against packing the same built document alone,
 * and the part before packing timed on its own: for the ratio to reach 1.3, that part and whatever
 * else the export adds (the call, its base64) must stay under 0.3x packing together.
 */
async function measureReport(ds: BuiltDataset, runs: number): Promise<ReportFigures> {
  const core = await openAppCore({ dataDir: ds.dataDir, host: 'browser', version: 'bench', today: ds.today });
  const call = caller(core);
  try {
    const periods = await call<ReportingPeriodRow[]>('reporting.periods', { planId: ds.planId });
    const annual = periods.find((p) => p.periodType === 'annual')!;
    const req = { kind: 'report' as const, planId: ds.planId, periodId: annual.id };
    let size = 0;
    const exp = await sample(runs, async () => {
      size = (await call<{ size: number }>('documents.export', req)).size;
    });
    const doc = await documentForBench(core.ctx, req);
    // Packed as the export packs it: with the host's native deflate.
    const pack = await sample(runs, () => packDocx(doc, nativeDeflate));
    const readAndBuild = await sample(runs, () => documentForBench(core.ctx, req));
    return { export: exp, packOnly: pack, readAndBuild, ratioP50: round(exp.p50 / pack.p50), sizeKb: Math.round(size / 1024) };
  } finally {
    await core.close();
  }
}

// --- Timing in a process of its own. ---------------------------------------------------------------

/** What a timing process measures (the arguments of measureBoard or measureReport). */
type TimingJob =
  | { part: 'board'; ds: BuiltDataset; runs: number; withRaw: boolean; warmup: number; budgetMs: number | null }
  | { part: 'report'; ds: BuiltDataset; runs: number };
const TIMING_CHILD = '--timing-child';

/**
 * Runs a measurement in a new process of this script that holds only the app, with V8's heap as the
 * hosts run it (its defaults): its garbage collection is then timed as the host pays it. Measured in
 * the bench's own process, it was not: the datasets the bench had built were collected during the
 * calls too (register p95 14 ms against 5.6 in a process of its own).
 */
async function timeInChild<T>(job: TimingJob): Promise<T> {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...argv, TIMING_CHILD], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stdin!.end(JSON.stringify(job));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`Tiến trình đo ${job.part} dừng với mã ${code}`);
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

async function timingChild(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const job = JSON.parse(input) as TimingJob;
  const result =
    job.part === 'board'
      ? await measureBoard(job.ds, job.runs, job.withRaw, job.warmup, job.budgetMs ?? Infinity)
      : await measureReport(job.ds, job.runs);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

// --- The backend as a child process: start, memory. ------------------------------------------------

async function bundleHost(): Promise<string> {
  const out = path.resolve('dist-electron/browser-host.mjs');
  await esbuild({
    entryPoints: ['electron/backend/browser-host/main.ts'],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  return out;
}

/** process.memoryUsage() in MB: rss, V8's heap (total, used), external (buffers, SQLite's handles are not). */
type MemoryBreakdown = { anon?: number; file?: number; rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };
const MEMORY_PROBE =
  'data:text/javascript,' +
  encodeURIComponent(
    "process.on('SIGUSR2', () => { const m = process.memoryUsage(); const mb = (n) => Math.round(n / 1048576); " +
      "process.stderr.write('memory ' + JSON.stringify({ rss: mb(m.rss), heapTotal: mb(m.heapTotal), heapUsed: mb(m.heapUsed), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers) }) + '\\n'); });",
  );
const probeAnswers: ((m: MemoryBreakdown) => void)[] = [];

interface HostFigures {
  startToFirstTaskListMs: number;
  rssIdleMb: number;
  rssAfterReportMb: number;
  /** After the backend has rested TRIM_DONE_AFTER_MS + 1.5 s following the reports. */
  rssAfterRestMb: number;
  /** Right after the board's calls, which follow that rest. */
  rssBoardMb: number;
  /** process.memoryUsage() of the child at the four points above (MB). */
  memory: { idle: MemoryBreakdown; afterReport: MemoryBreakdown; afterRest: MemoryBreakdown; board: MemoryBreakdown };
  largestExport: { tasks: number; assignmentMs: number; planMs: number; peakRssMb: number };
  /** tasks.list of the largest plan: its JSON on the wire. */
  taskListWire: { tasks: number; wireKb: number; plainKb: number };
  /** The Nhiệm vụ screen of the largest plan in Chromium (null without dist/renderer). */
  ui: UiFigures | null;
}

async function measureHost(ds: BuiltDataset, hostFile: string, bigPlanId: number, bigTasks: number): Promise<HostFigures> {
  const started = performance.now();
  // MEMORY_PROBE answers SIGUSR2 with the child's process.memoryUsage() on stderr: where its RSS goes.
  const child: ChildProcess = spawn(process.execPath, ['--import', MEMORY_PROBE, hostFile, '--data-dir', ds.dataDir, '--port', '0', '--no-open'], {
    env: { ...process.env, CI: '1', THUONG_TRUC_TODAY: ds.today },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout!.on('data', (d) => {
        text += String(d);
        const m = /(http:\/\/127\.0\.0\.1:\d+)\/#k=([A-Za-z0-9_-]+)/.exec(text);
        if (m) resolve(`${m[1]}|${m[2]}`);
      });
      child.stderr!.on('data', (d) => {
        const m = /^memory (\{.*\})$/m.exec(String(d));
        if (m) probeAnswers.shift()?.(JSON.parse(m[1]!) as MemoryBreakdown);
        else log(String(d).trim());
      });
      child.on('exit', (code) => reject(new Error(`Máy chủ dừng (mã ${code})`)));
    });
    const [base, secret] = url.split('|') as [string, string];
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const res = await fetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SECRET_HEADER]: secret },
        body: JSON.stringify(input),
      });
      const body = (await res.json()) as { ok: boolean; data?: T; error?: { message: string } };
      if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
      return body.data as T;
    };
    await call('tasks.list', { planId: ds.planId });
    const startToFirstTaskListMs = Math.round(performance.now() - started);
    await new Promise((r) => setTimeout(r, 1500)); // the start backup and the first list settle
    const pid = child.pid!;
    const breakdown = async (): Promise<MemoryBreakdown> => {
      const answer = new Promise<MemoryBreakdown>((resolve) => probeAnswers.push(resolve));
      child.kill('SIGUSR2');
      const m = await answer;
      // The rest, as the kernel splits it: anonymous memory (malloc: SQLite, glibc) or mapped files (code).
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const mb = (key: string) => Math.round(Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
      return { ...m, anon: mb('RssAnon'), file: mb('RssFile') };
    };
    const rssIdleMb = memOf(pid).rssMb;
    const memIdle = await breakdown();
    const periods = await call<ReportingPeriodRow[]>('reporting.periods', { planId: ds.planId });
    const annual = periods.find((p) => p.periodType === 'annual')!;
    for (let i = 0; i < 3; i++) await call('documents.export', { kind: 'report', planId: ds.planId, periodId: annual.id });
    const rssAfterReportMb = memOf(pid).rssMb;
    const memAfterReport = await breakdown();
    // The clerk saves the file and turns to the board: the backend rests, and gives back what the
    // reports grew (electron/backend/core/memory-trim.ts).
    await new Promise((r) => setTimeout(r, TRIM_DONE_AFTER_MS + 1500));
    const rssAfterRestMb = memOf(pid).rssMb;
    const memAfterRest = await breakdown();
    for (let i = 0; i < 3; i++) {
      await call('tasks.list', { planId: ds.planId });
      await call('targets.progress', { planId: ds.planId });
      await call('reporting.register', { periodId: annual.id });
    }
    const rssBoardMb = memOf(pid).rssMb;
    const memBoard = await breakdown();
    const canReset = resetPeak(pid);
    let sampledPeak = 0;
    const timer = setInterval(() => (sampledPeak = Math.max(sampledPeak, memOf(pid).rssMb)), 10);
    let t = performance.now();
    await call('documents.export', { kind: 'assignment', planId: bigPlanId });
    const assignmentMs = Math.round(performance.now() - t);
    t = performance.now();
    await call('documents.export', { kind: 'plan', planId: bigPlanId });
    const planMs = Math.round(performance.now() - t);
    clearInterval(timer);
    const peakRssMb = canReset ? Math.max(memOf(pid).hwmMb, sampledPeak) : sampledPeak;
    const wire = await fetch(`${base}/api/tasks.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SECRET_HEADER]: secret },
      body: JSON.stringify({ planId: bigPlanId }),
    });
    const wireText = await wire.text();
    // The same list as the handler returns it, had it been sent whole (before shared/api/wire.ts).
    const plain = JSON.stringify({ ok: true, data: decodeFromWire('tasks.list', (JSON.parse(wireText) as { data: unknown }).data) });
    const taskListWire = {
      tasks: bigTasks,
      wireKb: Math.round(Buffer.byteLength(wireText) / 1024),
      plainKb: Math.round(Buffer.byteLength(plain) / 1024),
    };
    await call('settings.update', { currentPlanId: bigPlanId });
    const ui = argv.includes('--no-ui') ? null : await measureUi(base, secret, bigTasks, log);
    return {
      startToFirstTaskListMs,
      rssIdleMb,
      rssAfterReportMb,
      rssAfterRestMb,
      rssBoardMb,
      memory: { idle: memIdle, afterReport: memAfterReport, afterRest: memAfterRest, board: memBoard },
      largestExport: { tasks: bigTasks, assignmentMs, planMs, peakRssMb },
      taskListWire,
      ui,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

// --- Growth. -------------------------------------------------------------------------------------

const GROWTH_RUNS = 400;
const GROWTH_BUDGET_MS = 1000;

async function growth(cache: DatasetCache, sizes: { label: string; size: BenchSize }[]) {
  const rows: Record<string, Record<string, number>> = {};
  for (const { label, size } of sizes) {
    const ds = await cache.copy(size, `growth-${label}`);
    // Up to 400 runs after up to 400 warm-ups, within about 1.5 s a call: with 7 runs after 2, a
    // 0.1 ms call was timed while V8 was still compiling it, and its growth was noise (0.07 -> 0.17 ms).
    const board = await timeInChild<Record<string, Stat>>({ part: 'board', ds, runs: GROWTH_RUNS, withRaw: false, warmup: GROWTH_RUNS, budgetMs: GROWTH_BUDGET_MS });
    const report = await timeInChild<ReportFigures>({ part: 'report', ds, runs: 3 });
    rows[label] = { ...Object.fromEntries(Object.entries(board).map(([k, v]) => [k, v.p50])), annualReport: report.export.p50 };
    log(`  ${label}: ${JSON.stringify(rows[label])}`);
  }
  return rows;
}

// --- Printing. -----------------------------------------------------------------------------------

function printTable(title: string, header: string[], rows: (string | number)[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<void> {
  if (keepData) fs.mkdirSync(keepData, { recursive: true });
  const root = keepData ?? fs.mkdtempSync(path.join(os.tmpdir(), 'thuong-truc-bench-'));
  const cache = new DatasetCache(root, log, keepData !== null);
  try {
    const one = { ...TEN_YEARS, years: 1 };
    const planSizes = [
      { label: '1x (300 nv, 40 cq)', size: one },
      { label: '3x (900 nv, 120 cq)', size: { ...one, tasksPerPlan: 900, reportingAgencies: 120 } },
      { label: '10x (3000 nv, 400 cq)', size: { ...one, tasksPerPlan: 3000, reportingAgencies: 400 } },
    ];
    const historySizes = [
      { label: '1 năm', size: one },
      { label: '10 năm', size: TEN_YEARS },
      { label: '30 năm', size: { ...TEN_YEARS, years: 30 } },
    ];
    // One build of 30 years keeps its 1- and 10-year states: each family of datasets is built once.
    if (growthOnly) {
      const sizes = growthOnly === 'history' ? historySizes : planSizes;
      cache.plan(sizes.map((s) => s.size));
      const g = await growth(cache, sizes);
      const keys = Object.keys(Object.values(g)[0]!);
      printTable(`Tăng theo ${growthOnly === 'history' ? 'số năm lịch sử' : 'cỡ kế hoạch'}, p50 (ms)`, ['', ...keys], Object.entries(g).map(([label, row]) => [label, ...keys.map((k) => row[k]!)]));
      console.log(`\nJSON ${JSON.stringify({ [growthOnly === 'history' ? 'historyGrowth' : 'planGrowth']: g })}`);
      return;
    }
    if (!quick && !only) cache.plan([...planSizes, ...historySizes].map((s) => s.size));
    const base = await cache.get(TEN_YEARS);
    const ds = await cache.copy(TEN_YEARS, 'main');
    let board: Record<string, BoardFigure> | null = null;
    let interruptions: Interruptions | null = null;
    if (wants('board')) {
      log('Đo các thao tác trên bảng công việc…');
      interruptions = machineInterruptions();
      board = await timeInChild<Record<string, BoardFigure>>({ part: 'board', ds, runs: boardRuns, withRaw: true, warmup: boardWarmup, budgetMs: null });
    }
    let report: ReportFigures | null = null;
    if (wants('report')) {
      log('Đo báo cáo năm…');
      report = await timeInChild<ReportFigures>({ part: 'report', ds, runs: 10 });
    }

    let host: HostFigures | null = null;
    if (wants('host')) {
      log('Đo máy chủ (tiến trình con)…');
      const hostDs = await cache.copy(TEN_YEARS, 'host');
      const big = await openAppCore({ dataDir: hostDs.dataDir, host: 'browser', version: 'bench', today: hostDs.today });
      const bigTasks = 5000;
      const bigPlanId = await loadDataset(big.ctx.db, largePlan(bigTasks, Number(hostDs.today.slice(0, 4)) + 1));
      await big.close();
      host = await measureHost(hostDs, await bundleHost(), bigPlanId, bigTasks);
    }

    let planGrowth: Record<string, Record<string, number>> | null = null;
    let historyGrowth: Record<string, Record<string, number>> | null = null;
    if (!quick && !only) {
      log('Tăng theo cỡ kế hoạch (1x/3x/10x)…');
      planGrowth = await growth(cache, planSizes);
      log('Tăng theo số năm lịch sử (1/10/30)…');
      historyGrowth = await growth(cache, historySizes);
    }

    const result = {
      machine: { cpus: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.arch()}`, interruptions },
      dataset: { ...base.counts, buildSeconds: round(base.buildMs / 1000) },
      board,
      annualReport: report,
      host,
      planGrowth,
      historyGrowth,
    };

    console.log(`Dữ liệu 10 năm: ${Object.entries(base.counts).map(([k, v]) => `${k} ${v}`).join(', ')}; dựng trong ${(base.buildMs / 1000).toFixed(1)} giây (${os.cpus().length} nhân)`);
    if (board) {
      printTable(
        `Thao tác (ms; thao tác đọc đo ${boardRuns} mẫu sau ${boardWarmup} lần khởi động, theo từng lượt ${ROUND_RUNS} mẫu, ` +
          `số in ra là của lượt giữa; thao tác ghi ít hơn, một lượt: cột "mẫu"; thao tác ngắn hơn ${SAMPLE_MS} ms đo theo mẫu ` +
          `gồm nhiều lần gọi liền nhau, số in ra là của một lần: cột "lần/mẫu"` +
          (interruptions ? `; máy này tự dừng mọi tiến trình ${interruptions.perSecond} lần mỗi giây, mỗi lần khoảng ${interruptions.p50Ms} ms)` : ')'),
        ['Thao tác', 'p50', 'p95', 'SQL thô p50', 'SQL thô p95', 'x thô p50', 'x thô p95', 'x thô p95 từng lượt', 'gộp mọi lượt', 'mẫu', 'lần/mẫu'],
        Object.entries(board).map(([k, b]) => [
          k,
          b.p50,
          b.p95,
          b.raw.p50,
          b.raw.p95,
          b.ratioP50,
          b.ratioP95,
          b.roundRatiosP95?.join(' ') ?? '',
          b.pooledRatioP95 ?? '',
          b.runs,
          b.batch ?? 1,
        ]),
      );
    }
    if (report) {
      printTable('Báo cáo năm (ms)', ['', 'p50', 'p95'], [
        ['Dựng + đóng gói (documents.export)', report.export.p50, report.export.p95],
        ['Chỉ đóng gói cùng nội dung', report.packOnly.p50, report.packOnly.p95],
        ['Chỉ đọc dữ liệu và dựng văn bản, chưa đóng gói', report.readAndBuild.p50, report.readAndBuild.p95],
        ['Tỉ lệ p50', report.ratioP50, ''],
      ]);
    }
    if (host) printTable('Máy chủ (tiến trình con)', ['', 'giá trị'], [
      ['Khởi động đến danh sách nhiệm vụ đầu tiên (ms)', host.startToFirstTaskListMs],
      ['RSS khi rảnh (MB)', host.rssIdleMb],
      ['RSS ngay sau 3 báo cáo năm (MB)', host.rssAfterReportMb],
      [`RSS khi đã nghỉ ${(TRIM_DONE_AFTER_MS + 1500) / 1000} s sau báo cáo (MB)`, host.rssAfterRestMb],
      ['RSS ngay sau các thao tác bảng công việc (MB)', host.rssBoardMb],
      ...(['idle', 'afterReport', 'afterRest', 'board'] as const).map((k) => {
        const m = host.memory[k];
        return [`  ${{ idle: 'rảnh', afterReport: 'sau báo cáo', afterRest: 'nghỉ sau báo cáo', board: 'bảng công việc' }[k]}: heap ${m.heapUsed}/${m.heapTotal}, external ${m.external}, còn lại ${m.rss - m.heapTotal - m.external} (ẩn danh ${m.anon}, tệp ${m.file})`, m.rss];
      }),
      [`Xuất bảng phân công ${host.largestExport.tasks} nhiệm vụ (ms)`, host.largestExport.assignmentMs],
      [`Xuất kế hoạch ${host.largestExport.tasks} nhiệm vụ (ms)`, host.largestExport.planMs],
      ['RSS đỉnh khi xuất (MB)', host.largestExport.peakRssMb],
      [`tasks.list ${host.taskListWire.tasks} nhiệm vụ trên đường truyền (KB)`, host.taskListWire.wireKb],
      [`  nếu gửi nguyên dạng, mỗi nhóm và cơ quan lặp lại ở từng nhiệm vụ (KB)`, host.taskListWire.plainKb],
    ]);
    if (host?.ui) {
      printTable(`Giao diện, ${host.ui.tasks} nhiệm vụ (Chromium, ms)`, ['', 'p50', 'p95', 'lần'], [
        ['Mở Nhiệm vụ đến khi có dòng (mỗi lần một trang mới)', host.ui.openTasksMs.p50, host.ui.openTasksMs.p95, host.ui.openTasksMs.runs],
        ['Mỗi phím trong Tìm kiếm đến khi danh sách đổi', host.ui.keystrokeMs.p50, host.ui.keystrokeMs.p95, host.ui.keystrokeMs.runs],
        ['Phím đầu tiên', host.ui.firstKeystrokeMs.p50, host.ui.firstKeystrokeMs.p95, host.ui.firstKeystrokeMs.runs],
      ]);
    }
    for (const [title, g] of [
      ['Tăng theo cỡ kế hoạch, p50 (ms)', planGrowth],
      ['Tăng theo số năm lịch sử, p50 (ms); kế hoạch mới nhất', historyGrowth],
    ] as const) {
      if (!g) continue;
      const keys = Object.keys(Object.values(g)[0]!);
      printTable(title, ['', ...keys], Object.entries(g).map(([label, row]) => [label, ...keys.map((k) => row[k]!)]));
    }
    // The issue's targets on this machine, each met or not.
    const checks: [string, boolean][] = [
      ...Object.entries(board ?? {})
        .filter(([k]) => k !== 'targetProgress')
        .map(([k, b]): [string, boolean] => [`${k}: p95 <= 10 ms và <= 1,5 lần SQL thô`, b.p95 <= 10 && b.ratioP95 <= 1.5]),
      ...(board ? ([['targetProgress: p95 <= 15 ms', board.targetProgress!.p95 <= 15]] as [string, boolean][]) : []),
      ...(report ? ([['Báo cáo năm: p50 <= 300 ms và <= 1,3 lần chỉ đóng gói', report.export.p50 <= 300 && report.ratioP50 <= 1.3]] as [string, boolean][]) : []),
      ...(host
        ? ([
            [`Xuất ${host.largestExport.tasks} nhiệm vụ: <= 1,5 s, RSS đỉnh <= 300 MB`, Math.max(host.largestExport.assignmentMs, host.largestExport.planMs) <= 1500 && host.largestExport.peakRssMb <= 300],
            ['RSS máy chủ <= 150 MB khi rảnh và trên bảng công việc', host.rssIdleMb <= 150 && host.rssBoardMb <= 150],
          ] as [string, boolean][])
        : []),
      ...(host?.ui
        ? ([
            [`Mở Nhiệm vụ ${host.ui.tasks} nhiệm vụ: <= 300 ms`, host.ui.openTasksMs.p50 <= 300],
            ['Mỗi phím tìm kiếm, cả phím đầu: p95 <= 50 ms', host.ui.keystrokeMs.p95 <= 50 && host.ui.firstKeystrokeMs.p95 <= 50],
          ] as [string, boolean][])
        : []),
    ];
    if (planGrowth) {
      const [a, , c] = Object.values(planGrowth);
      // 10x the plan: at most linear (10x), with room for noise.
      for (const k of Object.keys(a!)) checks.push([`${k}: kế hoạch 10x tăng không quá tuyến tính (${round(c![k]! / a![k]!)}x)`, c![k]! / a![k]! <= 15]);
    }
    if (historyGrowth) {
      const [a, , c] = Object.values(historyGrowth);
      for (const k of Object.keys(a!)) checks.push([`${k}: 30 năm lịch sử so với 1 năm (${round(c![k]! / a![k]!)}x)`, c![k]! / a![k]! <= 2]);
    }
    printTable('Mục tiêu của issue 14', ['', 'đạt'], checks.map(([label, ok]) => [label, ok ? 'đạt' : 'CHƯA']));
    (result as Record<string, unknown>).targets = Object.fromEntries(checks);

    // Reading a plan from its Word file (plans.importPreview / importCreate).
    if (wants('import')) {
      const planImport: Record<string, Stat> = {};
      await benchPlanImport(async (label, runs, fn) => {
        planImport[label] = await sample(runs, fn, 1);
      });
      printTable('Nhập kế hoạch từ tệp Word (ms)', ['', 'p50', 'p95'], Object.entries(planImport).map(([k, v]) => [k, v.p50, v.p95]));
      (result as Record<string, unknown>).planImport = planImport;
    }

    // Excel out and the statistics form back in, on the newest plan of the ten years.
    if (wants('excel')) {
      const excel: Record<string, Stat> = {};
      await benchExcel(await cache.copy(TEN_YEARS, 'excel'), async (label, runs, fn) => {
        excel[label] = await sample(runs, fn, 1);
      });
      printTable('Excel (ms)', ['', 'p50', 'p95'], Object.entries(excel).map(([k, v]) => [k, v.p50, v.p95]));
      (result as Record<string, unknown>).excel = excel;
    }

    const json = JSON.stringify(result);
    if (jsonFile) fs.writeFileSync(jsonFile, JSON.stringify(result, null, 2));
    console.log(`\nJSON ${json}`);
  } finally {
    cache.dispose();
  }
}

// The calls are timed in processes of their own (timeInChild), this one builds the data and reports.
(argv.includes(TIMING_CHILD) ? timingChild() : main()).catch((err) => {
  console.error(err);
  process.exit(1);
});
