// tasks.list through the browser host: the JSON names each group and agency once, and the UI's decoder
// gives back exactly the list the handler returns.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/backend/browser-host/server';
import { dispatch } from '../../electron/backend/api/dispatch';
import { handlers } from '../../electron/backend/handlers';
import { SECRET_HEADER } from '../../shared/api/transport';
import { decodeFromWire } from '../../shared/api/wire';
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

async function wireText(method: string, input: unknown): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: host.secret },
    body: JSON.stringify(input),
  });
  expect(res.status).toBe(200);
  return res.text();
}

describe('tasks.list through the browser host', () => {
  it('decodes to the handler’s list of the 2022 plan, in less than 60% of its JSON (its long wording stays as it is)', async () => {
    const direct = await dispatch(handlers, app.core.ctx, 'tasks.list', { planId: 1 });
    if (!direct.ok) throw new Error(direct.error.message);
    const tasks = direct.data as TaskRow[];
    const text = await wireText('tasks.list', { planId: 1 });
    const body = JSON.parse(text) as { ok: true; data: unknown };
    const decoded = decodeFromWire('tasks.list', body.data);
    expect(decoded).toStrictEqual(JSON.parse(JSON.stringify(tasks)));
    expect(decoded.find((t) => t.code === 'V.2.3')!.lead.map((a) => a.shortName)).toEqual(
      tasks.find((t) => t.code === 'V.2.3')!.lead.map((a) => a.shortName),
    );
    const plain = JSON.stringify({ ok: true, data: tasks }).length;
    expect(text.length).toBeLessThan(plain * 0.6);
    // Each group's title once on the wire, whatever the number of its tasks.
    const group = tasks[0]!.group;
    expect(tasks.filter((t) => t.group.id === group.id).length).toBeGreaterThan(1);
    expect(text.split(JSON.stringify(group.title)).length - 1).toBe(1);
  });

  it('other calls are sent as the handler returns them', async () => {
    const direct = await dispatch(handlers, app.core.ctx, 'reporting.periods', { planId: 1 });
    const text = await wireText('reporting.periods', { planId: 1 });
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(direct)));
  });
});
