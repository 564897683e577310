// tasks.list through the browser host: the JSON names each group and agency once, and the UI's decoder
// gives back exactly the list the handler returns.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/backend/api/dispatch';
import { handlers } from '../../electron/backend/handlers';
import { decodeFromWire } from '../../shared/api/wire';
import type { TaskRow } from '../../shared/api/models';
import { useTempBrowserHost } from '../helpers/temp-host';

const temp = useTempBrowserHost({ today: '2022-07-01' });

async function wireText(method: string, input: unknown): Promise<string> {
  const res = await temp.post(method, input);
  expect(res.status).toBe(200);
  return res.text();
}

describe('tasks.list through the browser host', () => {
  it('decodes to the handler’s list of the 2022 plan, in less than 60% of its JSON (its long wording stays as it is)', async () => {
    const direct = await dispatch(handlers, temp.app.core.ctx, 'tasks.list', { planId: 1 });
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
    const direct = await dispatch(handlers, temp.app.core.ctx, 'reporting.periods', { planId: 1 });
    const text = await wireText('reporting.periods', { planId: 1 });
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(direct)));
  });
});
