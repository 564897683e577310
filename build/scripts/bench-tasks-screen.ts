// `npm run bench:ui`: the Nhiệm vụ screen of a plan of 5,000 tasks in Chromium alone (opening it, each
// keystroke of a search), and the size of its tasks.list on the wire, without the ten-year dataset:
// quicker than `npm run bench` (which measures the same after it) for working on the screen.
// Needs `npm run build` first (dist/renderer). `--tasks N`, `--renderer DIR`, `--loads N` (page loads,
// each one opening and first keystroke; 10 unless told).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppCore } from '../../electron/backend/core/app-core';
import { dispatch } from '../../electron/backend/api/dispatch';
import { handlers } from '../../electron/backend/handlers';
import { startBrowserHost } from '../../electron/backend/browser-host/server';
import { loadDataset } from '../../db/builtin/load-dataset';
import { SECRET_HEADER } from '../../shared/api/transport';
import { largePlan } from './bench-dataset';
import { measureUi } from './bench-ui';

const argv = process.argv.slice(2);
const tasks = argv.includes('--tasks') ? Number(argv[argv.indexOf('--tasks') + 1]) : 5000;
// Another build of the UI to compare with (`--renderer DIR`, made with `npx vite build --outDir DIR`).
const loads = argv.includes('--loads') ? Number(argv[argv.indexOf('--loads') + 1]) : 10;
const renderer = argv.includes('--renderer') ? path.resolve(argv[argv.indexOf('--renderer') + 1]!) : path.resolve('dist/renderer');

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuong-truc-bench-ui-'));
  try {
    const today = '2027-06-30';
    const core = await openAppCore({ dataDir: dir, host: 'browser', version: 'bench', today });
    const planId = await loadDataset(core.ctx.db, largePlan(tasks, 2027));
    // A clerk's name, or the first-start question would stand over the screen being measured.
    await dispatch(handlers, core.ctx, 'settings.update', { currentPlanId: planId, clerkName: 'Nguyễn Thị Thu Hà' });
    const host = await startBrowserHost({ ctx: core.ctx, staticDir: renderer, port: 0 });
    try {
      const base = `http://127.0.0.1:${host.port}`;
      const wire = await fetch(`${base}/api/tasks.list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SECRET_HEADER]: host.secret },
        body: JSON.stringify({ planId }),
      });
      const wireKb = Math.round((await wire.arrayBuffer()).byteLength / 1024);
      const plain = await dispatch(handlers, core.ctx, 'tasks.list', { planId });
      const plainKb = Math.round(Buffer.byteLength(JSON.stringify(plain)) / 1024);
      console.log(`tasks.list ${tasks} nhiệm vụ: ${wireKb} KB trên đường truyền (${plainKb} KB nếu gửi nguyên dạng)`);
      const ui = await measureUi(base, host.secret, tasks, (l) => console.error(l), loads);
      if (ui) {
        console.log(`Mở Nhiệm vụ đến khi có dòng: p50 ${ui.openTasksMs.p50} ms, p95 ${ui.openTasksMs.p95} ms (${ui.openTasksMs.runs} lần mở trang)`);
        console.log(`Mỗi phím tìm kiếm: p50 ${ui.keystrokeMs.p50} ms, p95 ${ui.keystrokeMs.p95} ms (${ui.keystrokeMs.runs} phím)`);
        console.log(`Phím đầu tiên: p50 ${ui.firstKeystrokeMs.p50} ms, p95 ${ui.firstKeystrokeMs.p95} ms (${ui.firstKeystrokeMs.runs} lần)`);
        console.log(`JSON ${JSON.stringify({ taskListWire: { tasks, wireKb, plainKb }, ui })}`);
      }
    } finally {
      await host.close();
      await core.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
