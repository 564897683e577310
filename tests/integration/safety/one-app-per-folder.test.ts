// Issue 13, D6: one app per data folder. A second copy (another process, or a second core in the
// same process) is refused with a message naming the folder, even when the first has written
// nothing yet; the lock goes when the first closes, and a lock left by a killed process is stale.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../../electron/backend/core/app-core';
import { LOCK_FILE_NAME } from '../../../electron/backend/core/data-lock';
import { makeTempDir } from '../../helpers/temp-app';

const bundleDir = path.resolve('node_modules/.cache/thuong-truc-lock-test');
const holder = path.join(bundleDir, 'folder-holder.mjs');
const children: ChildProcess[] = [];
const cores: AppCore[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  await build({
    entryPoints: [path.resolve('tests/integration/safety/folder-holder.ts')],
    outfile: holder,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
});
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const c of cores.splice(0)) await c.close().catch(() => undefined);
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
afterAll(() => fs.rmSync(bundleDir, { recursive: true, force: true }));

/** Starts a copy of the app on the folder; resolves with its first line (READY or REFUSED …). */
function startCopy(dataDir: string): Promise<{ proc: ChildProcess; line: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [holder, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(proc);
    let out = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve({ proc, line: out.slice(0, nl) });
    });
    proc.on('exit', (code) => {
      if (!out.includes('\n')) reject(new Error(`copy exited with ${code} before answering`));
    });
  });
}
const exited = (proc: ChildProcess) => new Promise<void>((resolve) => (proc.exitCode !== null || proc.signalCode !== null ? resolve() : proc.on('exit', () => resolve())));

async function openHere(dataDir: string) {
  const core = await openAppCore({ dataDir, host: 'browser', version: '0.0.0-test' });
  cores.push(core);
  return core;
}

function folder() {
  const d = makeTempDir('thuong-truc-lock-');
  dirs.push(d);
  return d;
}

describe('one app per data folder', () => {
  it('a second process on the same folder is refused with a message naming the folder, before the first writes anything', async () => {
    const dataDir = folder();
    const first = await startCopy(dataDir);
    expect(first.line).toBe('READY');
    const second = await startCopy(dataDir);
    expect(second.line).toMatch(/^REFUSED Thư mục dữ liệu .* đang được một cửa sổ Thường trực khác dùng/);
    expect(second.line).toContain(dataDir);
    await exited(second.proc);
    expect(second.proc.exitCode).toBe(3);
    // and so is this process
    await expect(openHere(dataDir)).rejects.toThrow(new RegExp(`Thư mục dữ liệu ${dataDir.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} đang được`));
  });

  it('the folder is free again once the first copy closes', async () => {
    const dataDir = folder();
    const first = await startCopy(dataDir);
    expect(first.line).toBe('READY');
    first.proc.kill('SIGTERM');
    await exited(first.proc);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
    const core = await openHere(dataDir);
    expect(core.ctx.info.dataDir).toBe(dataDir);
  });

  it('a lock left by a copy that was killed is stale (its process is gone) and taken over', async () => {
    const dataDir = folder();
    const first = await startCopy(dataDir);
    expect(first.line).toBe('READY');
    first.proc.kill('SIGKILL');
    await exited(first.proc);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(true);
    const second = await startCopy(dataDir);
    expect(second.line).toBe('READY');
  });

  it('a second core in the same process is refused too, and the folder opens again after close', async () => {
    const dataDir = folder();
    const core = await openHere(dataDir);
    await expect(openAppCore({ dataDir, host: 'desktop', version: '0.0.0-test' })).rejects.toThrow(/đang được một cửa sổ Thường trực khác dùng/);
    await core.close();
    cores.splice(cores.indexOf(core), 1);
    await openHere(dataDir);
  });
});
