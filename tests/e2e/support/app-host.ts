// Starts the real browser host (dist-electron/browser-host.mjs) on a free port with a fresh data
// folder, and reads the address it prints, secret included.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SECRET_HEADER } from '../../../shared/api/transport';

export interface RunningHost {
  /** Address with the secret in the fragment, as the app prints it. */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  secret: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** The clerk's name the tests' apps start with, so that the first-start question does not stand in the way. */
export const E2E_CLERK_NAME = 'Nguyễn Thị Lan';

/**
 * `clerkName`: set through the API before the page opens when the data has none yet (null: leave it
 * unset, and the app asks it at first start).
 */
export async function startHost(options: { today?: string; dataDir?: string; clerkName?: string | null } = {}): Promise<RunningHost> {
  const entry = path.resolve('dist-electron/browser-host.mjs');
  if (!fs.existsSync(entry)) throw new Error('Chưa dựng ứng dụng: chạy "npm run build" trước khi chạy thử giao diện.');
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'thuong-truc-e2e-'));
  const child = spawn(process.execPath, [entry, '--data-dir', dataDir, '--port', '0', '--no-open'], {
    env: { ...process.env, THUONG_TRUC_TODAY: options.today ?? '2022-07-01' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  const parsed = new URL(url);
  const clerkName = options.clerkName === undefined ? E2E_CLERK_NAME : options.clerkName;
  if (clerkName !== null) {
    const secret = new URLSearchParams(parsed.hash.slice(1)).get('k') ?? '';
    const settings = (await hostCall(parsed.origin, secret, 'settings.get', {})) as { clerkName: string };
    if (!settings.clerkName.trim()) await hostCall(parsed.origin, secret, 'settings.update', { clerkName });
  }
  return {
    url,
    origin: parsed.origin,
    secret: new URLSearchParams(parsed.hash.slice(1)).get('k') ?? '',
    dataDir,
    stop: () => stopChild(child),
  };
}

async function hostCall(origin: string, secret: string, method: string, input: unknown): Promise<unknown> {
  const res = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: secret },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.data;
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Ứng dụng không khởi động kịp:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#k=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Ứng dụng dừng với mã ${code}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}
