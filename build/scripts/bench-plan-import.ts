// Plan import figures for `npm run bench`: the 2022 plan's Word file read, recognised and reviewed
// (plans.importPreview), and saved as a new plan (plans.importCreate), through the real handlers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppCore } from '../../electron/backend/core/app-core';
import { dispatch } from '../../electron/backend/api/dispatch';
import { handlers } from '../../electron/backend/handlers';
import type { PlanImportPreview } from '../../shared/api/plan-import-contract';

type Time = (label: string, runs: number, fn: () => Promise<unknown>) => Promise<void>;

const DOCX = path.resolve('tests/fixtures/plan-import/ke-hoach-pcmd-quang-tri-2022.docx');

export async function benchPlanImport(time: Time): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuong-truc-bench-import-'));
  try {
    const core = await openAppCore({ dataDir, host: 'browser', version: 'bench' });
    const call = async (method: string, input: unknown) => {
      const r = await dispatch(handlers, core.ctx, method, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.data;
    };
    const contentBase64 = fs.readFileSync(DOCX).toString('base64');
    const preview = () => call('plans.importPreview', { fileName: 'ke-hoach-pcmd-quang-tri-2022.docx', contentBase64 }) as Promise<PlanImportPreview>;
    await time('Đọc tệp Word kế hoạch 2022 để rà soát (63 nhiệm vụ)', 10, preview);
    const { dataset } = await preview();
    let year = 2030;
    await time('Tạo kế hoạch từ tệp đã rà soát (63 nhiệm vụ)', 5, () => call('plans.importCreate', { dataset, year: year++ }));
    await core.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
