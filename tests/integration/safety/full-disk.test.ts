// Issue 13, D1: a full disk. The attachments folder (and, in the last test, the whole data folder)
// is a size-limited tmpfs: a file that does not fit is never acknowledged, never stored under its
// content name, and the clerk is told the disk is full and how much to free. A file left broken by
// an older version is replaced when the same content comes again; leftover temporary files go at start.
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, openTempApp, type TempApp } from '../../helpers/temp-app';

function tryMount(dir: string, size: string): string | null {
  fs.mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (err) {
    return (err as { stderr?: Buffer }).stderr?.toString().trim() || (err as Error).message;
  }
}
function unmount(dir: string) {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    // already unmounted
  }
}

// Probe once: mounting needs root (CI runs as root); elsewhere the tests say why they are skipped.
const probe = makeTempDir('thuong-truc-mount-probe-');
const mountProblem = tryMount(probe, '64k');
if (!mountProblem) unmount(probe);
fs.rmSync(probe, { recursive: true, force: true });
// Where it cannot mount, each test is skipped with the reason in its title (mount's own words), so the
// report says why nothing ran.
const skipReason = mountProblem ? `bỏ qua: không gắn được tmpfs giới hạn dung lượng (${mountProblem}); cần quyền root` : null;
const withTmpfs = (skipReason
  ? (name: string, fn: () => Promise<void>) => it.skip(`${name} (${skipReason})`, fn)
  : it) as unknown as typeof it;

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
/** A PDF of `size` bytes (the signature check reads only the start). */
function pdf(size: number, seed = 1): Buffer {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = (i * 31 + seed * 7) & 0xff;
  Buffer.from('%PDF-1.4\n').copy(b);
  return b;
}

let app: TempApp | null = null;
const mounts: string[] = [];
afterEach(async () => {
  await app?.close();
  for (const m of mounts.splice(0)) unmount(m);
  if (app) fs.rmSync(app.dataDir, { recursive: true, force: true });
  app = null;
});

async function appWithSmallAttachmentsDisk(size: string) {
  const dataDir = makeTempDir();
  const attachments = path.join(dataDir, 'attachments');
  const problem = tryMount(attachments, size);
  if (problem) throw new Error(problem);
  mounts.push(attachments);
  app = await openTempApp({ dataDir, today: '2022-07-01' });
  const periods = await app.call('reporting.periods', { planId: 1 });
  const h1 = periods.find((p) => p.periodType === 'six_month')!;
  const register = await app.call('reporting.register', { periodId: h1.id });
  const agencies = register.entries.map((e) => e.agency.id);
  return { app, attachments, h1, agencies };
}

const reportRows = (a: TempApp) => a.core.database.sqlite.prepare('select count(*) as n from report_attachments').get() as { n: number };

describe('a full disk', () => {
  withTmpfs('refuses an attachment that does not fit: not acknowledged, no truncated file under its name, the message says the disk is full', async () => {
    const { app, attachments, h1, agencies } = await appWithSmallAttachmentsDisk('512k');
    const big = pdf(1_000_009);
    const result = await app.raw('reports.create', {
      periodId: h1.id,
      agencyId: agencies[0],
      arrivalDate: '2022-06-10',
      channel: 'paper',
      attachments: [{ fileName: 'bao-cao.pdf', contentBase64: big.toString('base64') }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/^Ổ đĩa đã đầy: /);
      expect(result.error.message).toMatch(/cần giải phóng ít nhất \d+ MB/);
      expect(result.error.message).toContain(attachments);
      expect(result.error.message).not.toContain('Có lỗi khi xử lý');
    }
    expect(fs.existsSync(path.join(attachments, sha(big)))).toBe(false);
    expect(fs.readdirSync(attachments)).toEqual([]);
    expect(reportRows(app).n).toBe(0);
    const register = await app.call('reporting.register', { periodId: h1.id });
    expect(register.entries.find((e) => e.agency.id === agencies[0])!.report).toBeNull();
  });

  withTmpfs('a file left truncated under its content name is replaced, whole, when the same content comes again', async () => {
    const { app, attachments, h1, agencies } = await appWithSmallAttachmentsDisk('4m');
    const content = pdf(1_000_009, 2);
    // What the older version left after a full disk: the first 307,200 bytes under the full name.
    fs.writeFileSync(path.join(attachments, sha(content)), content.subarray(0, 307_200));
    const report = await app.call('reports.create', {
      periodId: h1.id,
      agencyId: agencies[1]!,
      arrivalDate: '2022-06-10',
      channel: 'paper',
      attachments: [{ fileName: 'bao-cao.pdf', contentBase64: content.toString('base64') }],
    });
    expect(fs.statSync(path.join(attachments, sha(content))).size).toBe(1_000_009);
    const opened = await app.call('reports.attachment', { attachmentId: report.attachments[0]!.id });
    expect(sha(Buffer.from(opened.contentBase64, 'base64'))).toBe(sha(content));
  });

  withTmpfs('a whole data folder that is full: a change is refused with the full-disk message, and goes through once room is freed', async () => {
    const dataDir = makeTempDir();
    const problem = tryMount(dataDir, '24m');
    if (problem) throw new Error(problem);
    mounts.push(dataDir);
    app = await openTempApp({ dataDir, today: '2022-07-01' });
    const task = (await app.call('tasks.list', { planId: 1 }))[0]!;
    // fill the disk to the last byte
    const filler = path.join(dataDir, 'filler');
    const fd = fs.openSync(filler, 'w');
    const chunk = Buffer.alloc(64 * 1024, 1);
    try {
      for (;;) {
        const n = fs.writeSync(fd, chunk);
        if (n < chunk.length) break;
      }
    } catch (err) {
      expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      fs.closeSync(fd);
    }
    const text = 'Ghi chú dài. '.repeat(300);
    let refused: { message: string } | null = null;
    for (let i = 0; i < 50 && !refused; i++) {
      const r = await app.raw('tasks.addProgress', { taskId: task.id, date: '2022-06-01', text: `${i} ${text}` });
      if (!r.ok) refused = r.error;
    }
    expect(refused).not.toBeNull();
    expect(refused!.message).toMatch(/^Ổ đĩa đã đầy: .*cần giải phóng ít nhất \d+ MB/);
    fs.rmSync(filler);
    const after = await app.raw('tasks.addProgress', { taskId: task.id, date: '2022-06-01', text: 'Sau khi giải phóng chỗ trống.' });
    expect(after.ok).toBe(true);
  });
});

describe('a full USB drive', () => {
  withTmpfs('a backup to a folder that is full says so, and leaves no half backup there', async () => {
    app = await openTempApp({ today: '2022-07-01' });
    const usb = makeTempDir('thuong-truc-usb-');
    const problem = tryMount(usb, '256k');
    if (problem) throw new Error(problem);
    mounts.push(usb);
    const result = await app.raw('backup.create', { targetFolder: usb });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(new RegExp(`^Ổ đĩa đã đầy: không lưu được bản sao lưu vào ${usb}, cần giải phóng ít nhất \\d+ MB`));
    expect(fs.readdirSync(usb)).toEqual([]);
  });
});

describe('leftovers', () => {
  it('temporary attachment files left by an interruption are removed at the next start; stored files stay', async () => {
    const dataDir = makeTempDir();
    const attachments = path.join(dataDir, 'attachments');
    fs.mkdirSync(attachments, { recursive: true });
    const content = pdf(1000, 3);
    fs.writeFileSync(path.join(attachments, sha(content)), content);
    fs.writeFileSync(path.join(attachments, `${sha(content)}.1234.abcd.tmp`), content.subarray(0, 10));
    fs.writeFileSync(path.join(attachments, `${sha(content)}.khoi-phuc-99`), content.subarray(0, 10));
    app = await openTempApp({ dataDir, today: '2022-07-01' });
    expect(fs.readdirSync(attachments)).toEqual([sha(content)]);
  });
});
