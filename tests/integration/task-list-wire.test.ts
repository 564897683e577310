// tasks.list through the browser host: each group and agency travels once, and the UI's client reads
// back exactly the rows the handler returned.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/backend/browser-host/server';
import { SECRET_HEADER } from '../../shared/api/transport';
import { decodeFromWire, encodeForWire } from '../../shared/api/wire';
import type { TaskRow } from '../../shared/api/models';
import { makeTempDir, openTempApp, type TempApp } from '../helpers/temp-app';

let app: TempApp;
let host: BrowserHost;
let staticDir: string;

beforeAll(async () => {
  app = await openTempApp({ today: '2022-07-01' });
  staticDir = makeTempDir('thuong-truc-ui-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Thường trực</title>');
  host = await startBrowserHost({ ctx: app.core.ctx, staticDir, port: 0 });
});
afterAll(async () => {
  await host.close();
  await app.cleanup();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

async function postText(method: string, input: unknown): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: host.secret },
    body: JSON.stringify(input),
  });
  return res.text();
}

describe('tasks.list on the wire', () => {
  it('sends each group title and agency once and decodes to the rows the handler returns', async () => {
    const rows = await app.call('tasks.list', { planId: 1 });
    const text = await postText('tasks.list', { planId: 1 });
    const body = JSON.parse(text) as { ok: boolean; data: unknown };
    expect(body.ok).toBe(true);
    const decoded = decodeFromWire('tasks.list', body.data) as TaskRow[];
    expect(decoded).toEqual(rows);
    // The built-in plan's first group title is on many tasks, and on the wire once.
    const perTitle = new Map<string, number>();
    for (const t of rows) perTitle.set(t.group.title, (perTitle.get(t.group.title) ?? 0) + 1);
    const title = [...perTitle].sort((a, b) => b[1] - a[1])[0]![0];
    expect(rows.filter((t) => t.group.title === title).length).toBeGreaterThan(3);
    expect(text.split(JSON.stringify(title)).length - 1).toBe(1);
    expect(text.length).toBeLessThan(JSON.stringify({ ok: true, data: rows }).length * 0.85);
  });

  it('keeps two differing copies of an agency as they were, and leaves other answers alone', () => {
    const a = { id: 1, shortName: 'Công an tỉnh', kind: 'police' } as TaskRow['lead'][number];
    const renamed = { ...a, shortName: 'CA tỉnh' };
    const group = { id: 5, code: 'I', title: 'Lãnh đạo, chỉ đạo' };
    const base = { code: 'V.1', content: 'x', deadlineKind: 'none', deadline: null } as unknown as TaskRow;
    const rows = [
      { ...base, id: 1, group, lead: [a], support: [] },
      { ...base, id: 2, group, lead: [renamed], support: [a], linkedLead: [a] },
    ] as TaskRow[];
    const wire = JSON.parse(JSON.stringify(encodeForWire('tasks.list', rows))) as { groups: unknown[]; agencies: unknown[] };
    expect(wire.groups).toHaveLength(1);
    expect(wire.agencies).toHaveLength(2);
    expect(decodeFromWire('tasks.list', wire)).toEqual(rows);
    expect(encodeForWire('agencies.list', rows)).toBe(rows);
    expect(decodeFromWire('agencies.list', rows)).toBe(rows);
  });
});
