// A scanned report of several megabytes goes through the browser host (base64 in JSON) and comes
// back byte for byte; an upload above the per-save limit is refused with a message, not cut off.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempBrowserHost } from '../helpers/temp-host';

const temp = useTempBrowserHost({ today: '2022-07-01' });

async function post(method: string, input: unknown) {
  const res = await temp.post(method, input);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the answer of the method it calls
  return { status: res.status, body: (await res.json()) as { ok: boolean; data?: any; error?: { message: string; field?: string } } };
}

/** A "scan": a PDF header followed by n bytes of varied content. */
function scan(bytes: number): Buffer {
  const b = Buffer.alloc(bytes);
  b.write('%PDF-1.5\n');
  for (let i = 9; i < bytes; i++) b[i] = (i * 7919) % 251;
  return b;
}

describe('attachments through the browser host', () => {
  it('a 6 MB scan is stored and opened again unchanged', async () => {
    const periods = (await post('reporting.periods', { planId: 1 })).body.data as { id: number; periodType: string }[];
    const h1 = periods.find((p) => p.periodType === 'six_month')!;
    const register = (await post('reporting.register', { periodId: h1.id })).body.data as { entries: { agency: { id: number } }[] };
    const file = scan(6 * 1024 * 1024);
    const created = await post('reports.create', {
      periodId: h1.id,
      agencyId: register.entries[0]!.agency.id,
      arrivalDate: '2022-06-14',
      channel: 'paper',
      attachments: [{ fileName: 'ban-scan.pdf', contentBase64: file.toString('base64') }],
    });
    expect(created.status).toBe(200);
    const attachmentId = created.body.data.attachments[0].id as number;
    const opened = await post('reports.attachment', { attachmentId });
    expect(Buffer.from(opened.body.data.contentBase64, 'base64').equals(file)).toBe(true);
  });

  it('more than 25 MB of files in one save is refused with a Vietnamese message, nothing stored', async () => {
    const periods = (await post('reporting.periods', { planId: 1 })).body.data as { id: number; periodType: string }[];
    const h1 = periods.find((p) => p.periodType === 'six_month')!;
    const register = (await post('reporting.register', { periodId: h1.id })).body.data as { entries: { agency: { id: number } }[] };
    const before = fs.readdirSync(path.join(temp.app.dataDir, 'attachments')).length;
    const part = scan(13 * 1024 * 1024).toString('base64');
    const refused = await post('reports.create', {
      periodId: h1.id,
      agencyId: register.entries[1]!.agency.id,
      arrivalDate: '2022-06-14',
      channel: 'paper',
      attachments: [
        { fileName: 'phan-1.pdf', contentBase64: part },
        { fileName: 'phan-2.pdf', contentBase64: part },
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ field: 'attachments.1' });
    expect(refused.body.error!.message).toMatch(/lớn quá 25 MB/);
    expect(fs.readdirSync(path.join(temp.app.dataDir, 'attachments'))).toHaveLength(before);
  });
});
