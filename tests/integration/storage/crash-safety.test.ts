// Crash safety: a child process writes through the real dispatch and handlers in a loop and is
// killed with SIGKILL at random moments, 30 times (the first kill during the very first start,
// while the schema and the built-in plan are being written). After each kill the database passes
// integrity_check, opens, and holds every write (and every backup) that was acknowledged.
//
// SIGKILL stops the process, not the machine: it proves SQLite's transactions and the app's
// rename-based file swaps; a power cut is covered by synchronous=FULL, which this test cannot cut.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppCore } from '../../../electron/backend/core/app-core';
import { DATABASE_FILE_NAME } from '../../../electron/backend/core/data-dir';
import { checkDatabaseFile } from '../../../db/integrity';
import { BACKUPS_FOLDER, BACKUP_DATABASE_FILE } from '../../../db/backup/format';
import { listBackups } from '../../../db/backup/list';
import { tempDir } from './helpers';

const KILLS = 30;
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);
const bundleDir = path.resolve('node_modules/.cache/thuong-truc-crash-test');
const child = path.join(bundleDir, 'crash-writer.mjs');
let dataDir = '';

/** Small deterministic generator, so that a failing run can be repeated with CRASH_SEED. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

interface Round {
  acked: number[];
  backups: string[];
  error: string | null;
}

/** Starts the writer, kills it after `delayMs` (counted from READY, or from the start when `early`). */
function runAndKill(firstNumber: number, delayMs: number, early: boolean): Promise<Round> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dataDir, String(firstNumber)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const round: Round = { acked: [], backups: [], error: null };
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    const killLater = () => {
      timer ??= setTimeout(() => proc.kill('SIGKILL'), delayMs);
    };
    if (early) killLater();
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'READY') killLater();
        else if (line.startsWith('ACK ')) round.acked.push(Number(line.slice(4)));
        else if (line.startsWith('BACKUP ')) round.backups.push(line.slice(7));
        else if (line.startsWith('ERROR ')) round.error = line.slice(6);
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') round.error ??= `dừng với mã ${code}: ${stderr}`;
      resolve(round);
    });
  });
}

beforeAll(async () => {
  await build({
    entryPoints: [path.resolve('tests/integration/storage/crash-writer.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  dataDir = tempDir('thuong-truc-crash-');
});

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe(`crash safety (seed ${SEED})`, () => {
  it(`keeps every acknowledged write through ${KILLS} kills at random moments`, { timeout: 240_000 }, async () => {
    const rnd = random(SEED);
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const acknowledgedBackups: string[] = [];
    let lastAcked = 0;
    let next = 1;
    let totalAcked = 0;
    const midWriteKills: number[] = [];

    for (let round = 1; round <= KILLS; round++) {
      // Round 1 dies during the first start (schema, built-in plan); later ones while writing.
      const early = round === 1 || rnd() < 0.1;
      const delay = early ? 20 + Math.floor(rnd() * 300) : Math.floor(rnd() * 250);
      const result = await runAndKill(next, delay, early);
      expect(result.error, `lần ${round}: tiến trình ghi báo lỗi`).toBeNull();
      totalAcked += result.acked.length;
      if (result.acked.length > 0) midWriteKills.push(round);
      acknowledgedBackups.push(...result.backups);

      // An empty file (the kill came between SQLite creating it and writing its first page, in the
      // first start) is an empty database, which the app opens as a first start: only a file with
      // content is checked.
      if (fs.existsSync(file) && fs.statSync(file).size > 0) {
        // The file as the kill left it (with its -wal), checked read-only before anything repairs it.
        expect(checkDatabaseFile(file, 'full'), `lần ${round}: integrity_check`).toEqual({ ok: true });
      }
      const core = await openAppCore({ dataDir, host: 'browser', version: '0.0.0-crash' });
      try {
        const settings = Object.fromEntries(
          (await core.database.db.selectFrom('settings').selectAll().execute()).map((r) => [r.key, r.value]),
        );
        const plans = await core.database.db.selectFrom('plans').select('id').execute();
        expect(plans, `lần ${round}: đúng một kế hoạch có sẵn`).toHaveLength(1);
        expect(settings.currentPlanId, `lần ${round}: kế hoạch đang làm việc`).toBe(String(plans[0]!.id));

        const newest = result.acked.at(-1);
        if (newest !== undefined) lastAcked = newest;
        const stored = /^Cán bộ ghi lần (\d+)$/.exec(settings.clerkName ?? '');
        if (lastAcked > 0) {
          // The last acknowledged write is there; at most the one in flight when killed came after it.
          expect(stored, `lần ${round}: tên cán bộ`).not.toBeNull();
          const n = Number(stored![1]);
          expect([lastAcked, lastAcked + 1], `lần ${round}: lần ghi cuối đã xác nhận là ${lastAcked}`).toContain(n);
          expect(settings.dueSoonDays).toBe(String(n % 366));
          lastAcked = n;
        }
        next = lastAcked + 1;

        // Every acknowledged backup is complete and intact; nothing half-written is left.
        const backups = listBackups(path.join(dataDir, BACKUPS_FOLDER));
        for (const name of acknowledgedBackups) {
          const entry = backups.find((b) => b.name === name);
          expect(entry, `lần ${round}: bản sao lưu ${name}`).toBeDefined();
          expect(checkDatabaseFile(path.join(entry!.path, BACKUP_DATABASE_FILE), 'full')).toEqual({ ok: true });
        }
        const backupsDir = path.join(dataDir, BACKUPS_FOLDER);
        const leftovers = fs.existsSync(backupsDir) ? fs.readdirSync(backupsDir).filter((n) => n.startsWith('.')) : [];
        expect(leftovers, `lần ${round}: bản sao lưu dở dang`).toEqual([]);
      } finally {
        await core.close();
      }
    }

    console.log(
      `[crash] seed ${SEED}: ${KILLS} lần SIGKILL, ${totalAcked} lần ghi được xác nhận, ` +
        `${midWriteKills.length} lần bị giết giữa lúc ghi, ${acknowledgedBackups.length} bản sao lưu được xác nhận.`,
    );
    expect(midWriteKills.length).toBeGreaterThanOrEqual(KILLS / 2);
    expect(totalAcked).toBeGreaterThan(KILLS);
  });
});
