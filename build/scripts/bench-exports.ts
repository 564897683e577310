// `npm run bench:exports`: the largest exports alone (the assignment table and the plan of 5,000
// tasks), in the browser host run as a child process, with each run's time and peak RSS. Quicker
// than `npm run bench` (which measures them once after the ten-year dataset) for working on them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppCore } from '../../electron/backend/core/app-core';
import { dispatch } from '../../electron/backend/api/dispatch';
import { handlers } from '../../electron/backend/handlers';
import { loadDataset } from '../../db/builtin/load-dataset';
import { largePlan } from './bench-dataset';

const argv = process.argv.slice(2);
const tasks = argv.includes('--tasks') ? Number(argv[argv.indexOf('--tasks') + 1]) : 5000;
const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 3;
const kinds = (argv.includes('--kind') ? [argv[argv.indexOf('--kind') + 1]!] : ['assignment', 'plan']) as ('assignment' | 'plan')[];

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuong-truc-bench-exports-'));
  try {
    const today = '2027-06-30';
    const core = await openAppCore({ dataDir: dir, host: 'browser', version: 'bench', today });
    const planId = await loadDataset(core.ctx.db, largePlan(tasks, 2027));
    for (const kind of kinds) {
      const times: number[] = [];
      for (let i = 0; i < runs + 1; i++) {
        const t = performance.now();
        const res = await dispatch(handlers, core.ctx, 'documents.export', { kind, planId });
        if (!res.ok) throw new Error(res.error.message);
        if (i > 0) times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(`${kind}: ${times.map((t) => Math.round(t)).join(' ')} ms, median ${Math.round(times[Math.floor(times.length / 2)]!)}; rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
    }
    await core.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
