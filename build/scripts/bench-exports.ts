// `npm run bench:exports` (after `npm run build`): the largest exports alone (the assignment table and
// the plan of 5,000 tasks) through documents.export in the browser host run as a child process, as
// `npm run bench` measures them after the ten-year dataset: each run's time, and the host's peak RSS
// during that run (the kernel's high-water mark, reset before each call, and sampled every 10 ms).
// Quicker than `npm run bench` for working on them. `--tasks N`, `--runs N`, `--kind plan`, `--host FILE`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { openAppCore } from '../../electron/backend/core/app-core';
import { loadDataset } from '../../db/builtin/load-dataset';
import { SECRET_HEADER } from '../../shared/api/transport';
import { largePlan } from './bench-dataset';
import { memOf, resetPeak } from './process-memory';

const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const tasks = Number(option('--tasks') ?? 5000);
const runs = Number(option('--runs') ?? 3);
const kinds = (option('--kind') ? [option('--kind')!] : ['assignment', 'plan']) as ('assignment' | 'plan')[];
/** `--host FILE`: another build of the host (e.g. of the previous commit, to compare). */
const hostFile = path.resolve(option('--host') ?? 'dist-electron/browser-host.mjs');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  if (!fs.existsSync(hostFile)) throw new Error('Chưa có dist-electron/browser-host.mjs: hãy chạy npm run build trước.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuong-truc-bench-exports-'));
  const today = '2027-06-30';
  try {
    const core = await openAppCore({ dataDir: dir, host: 'browser', version: 'bench', today });
    const planId = await loadDataset(core.ctx.db, largePlan(tasks, 2027));
    await core.close();
    const child = spawn(process.execPath, [hostFile, '--data-dir', dir, '--port', '0', '--no-open'], {
      env: { ...process.env, CI: '1', THUONG_TRUC_TODAY: today },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const [base, secret] = await new Promise<[string, string]>((resolve, reject) => {
        let text = '';
        child.stdout!.on('data', (d) => {
          text += String(d);
          const m = /(http:\/\/127\.0\.0\.1:\d+)\/#k=([A-Za-z0-9_-]+)/.exec(text);
          if (m) resolve([m[1]!, m[2]!]);
        });
        child.stderr!.on('data', (d) => console.error(String(d).trim()));
        child.on('exit', (code) => reject(new Error(`Máy chủ dừng (mã ${code})`)));
      });
      const call = async (method: string, input: unknown) => {
        const res = await fetch(`${base}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [SECRET_HEADER]: secret },
          body: JSON.stringify(input),
        });
        const body = (await res.json()) as { ok: boolean; error?: { message: string } };
        if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
      };
      const pid = child.pid!;
      await call('tasks.list', { planId });
      await new Promise((r) => setTimeout(r, 1500)); // the start backup and the first list settle
      console.log(`${tasks} nhiệm vụ; RSS khi rảnh ${memOf(pid).rssMb} MB; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
      const result: Record<string, { ms: number[]; peakMb: number[] }> = {};
      for (const kind of kinds) {
        const ms: number[] = [];
        const peakMb: number[] = [];
        for (let i = 0; i < runs + 1; i++) {
          const canReset = resetPeak(pid);
          let sampled = 0;
          const timer = setInterval(() => (sampled = Math.max(sampled, memOf(pid).rssMb)), 10);
          const t = performance.now();
          await call('documents.export', { kind, planId });
          const took = performance.now() - t;
          clearInterval(timer);
          const peak = canReset ? Math.max(memOf(pid).hwmMb, sampled) : sampled;
          // The first run warms up (modules, statements); it is shown but not counted.
          if (i > 0) {
            ms.push(Math.round(took));
            peakMb.push(peak);
          }
        }
        result[kind] = { ms, peakMb };
        console.log(
          `${kind}: ${ms.join(' ')} ms, median ${median(ms)} ms; peak RSS ${peakMb.join(' ')} MB, median ${median(peakMb)}, max ${Math.max(...peakMb)} MB`,
        );
      }
      console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
      console.log(JSON.stringify({ tasks, result }));
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
