// `npm run bench:backup`: how long a backup, a restore and the start-up integrity check take, and
// how big a backup is, for the built-in plan and for a large register with attachments.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppCore, type AppCore } from '../../electron/backend/core/app-core';
import { DATABASE_FILE_NAME } from '../../electron/backend/core/data-dir';
import { checkDatabaseFile } from '../../db/integrity';
import { loadDataset } from '../../db/builtin/load-dataset';
import { syntheticPlan } from './synthetic-plan';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function median(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function measure(label: string, core: AppCore, usb: string): Promise<void> {
  const file = path.join(core.ctx.info.dataDir, DATABASE_FILE_NAME);
  const backupMs = await median(5, () => core.storage.create());
  const made = core.storage.list().backups[0]!;
  const usbMs = await median(3, () => core.storage.create({ folder: usb }));
  const checkMs = await median(5, () => checkDatabaseFile(file, 'quick'));
  const restoreMs = await median(3, () => core.storage.restore(made.path));
  console.log(
    `${label}\n` +
      `  tệp dữ liệu ${mb(fs.statSync(file).size)}; bản sao lưu: CSDL ${mb(made.databaseBytes)}, ` +
      `${made.attachmentCount} tệp đính kèm ${mb(made.attachmentBytes)}\n` +
      `  sao lưu (trong thư mục dữ liệu) ${backupMs.toFixed(0)} ms; sao lưu ra thư mục khác (chép thật) ${usbMs.toFixed(0)} ms\n` +
      `  quick_check lúc khởi động ${checkMs.toFixed(0)} ms; khôi phục (kiểm tra + sao lưu trước + thay tệp) ${restoreMs.toFixed(0)} ms`,
  );
}

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'thuong-truc-bench-backup-'));
  const usb = path.join(root, 'usb');
  fs.mkdirSync(usb);
  try {
    const core = await openAppCore({ dataDir: path.join(root, 'data'), host: 'browser', version: 'bench' });
    await measure('Kế hoạch 2022 có sẵn', core, usb);

    await loadDataset(core.ctx.db, syntheticPlan(5000, 2031));
    const attachments = path.join(core.ctx.info.dataDir, 'attachments');
    fs.mkdirSync(attachments, { recursive: true });
    for (let i = 0; i < 200; i++) {
      const bytes = crypto.randomBytes(250 * 1024);
      fs.writeFileSync(path.join(attachments, crypto.createHash('sha256').update(bytes).digest('hex')), bytes);
    }
    await measure('Thêm kế hoạch 5000 nhiệm vụ và 200 tệp đính kèm (50 MB)', core, usb);
    await core.close();
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
