// `npm run bench`: measures what a clerk waits for, on a real database file. Prints figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppCore } from '../../electron/core/app-core';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/handlers';
import { loadDataset } from '../../db/builtin/load-dataset';
import { syntheticPlan } from './synthetic-plan';
import { benchBoard } from './bench-board';
import { benchDocuments } from './bench-documents';
import { benchPlanImport } from './bench-plan-import';

async function time<T>(label: string, runs: number, fn: () => Promise<T>): Promise<void> {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  const max = samples[samples.length - 1]!;
  console.log(`${label.padEnd(58)} trung vị ${median.toFixed(1).padStart(8)} ms   chậm nhất ${max.toFixed(1).padStart(8)} ms   (${runs} lần)`);
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuong-truc-bench-'));
  try {
    let start = performance.now();
    const core = await openAppCore({ dataDir, host: 'browser', version: 'bench' });
    console.log(`Khởi động lần đầu (tạo CSDL, nạp kế hoạch 2022): ${(performance.now() - start).toFixed(0)} ms`);
    const call = (method: string, input: unknown) => dispatch(handlers, core.ctx, method, input);

    await time('Danh sách nhiệm vụ, kế hoạch 2022 (63 nhiệm vụ)', 50, () => call('tasks.list', { planId: 1 }));
    await time('Tổng quan, kế hoạch 2022', 50, () => call('plans.overview', { planId: 1 }));

    for (const n of [1000, 5000]) {
      start = performance.now();
      const planId = await loadDataset(core.ctx.db, syntheticPlan(n, 2030 + n / 1000));
      console.log(`Nạp kế hoạch ${n} nhiệm vụ: ${(performance.now() - start).toFixed(0)} ms`);
      await time(`Danh sách nhiệm vụ, ${n} nhiệm vụ`, 10, () => call('tasks.list', { planId }));
      await time(`Tổng quan, ${n} nhiệm vụ`, 10, () => call('plans.overview', { planId }));
      await benchBoard(n, planId, 2030 + n / 1000, call, time);
    }
    const file = core.ctx.info.databaseFile;
    const size = [file, `${file}-wal`].filter((f) => fs.existsSync(f)).reduce((sum, f) => sum + fs.statSync(f).size, 0);
    console.log(`Kích thước CSDL sau thử (kể cả nhật ký WAL): ${(size / 1024 / 1024).toFixed(1)} MB`);
    await benchDocuments(time);
    await benchPlanImport(time);
    console.log(`Bộ nhớ (RSS): ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
    await core.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
