import { readFileSync, writeFileSync } from 'node:fs';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { auditFile, createAuditLog, readAudit } from './audit';
import { ACCOUNT, fakeUpstream, liveConfig, sameOrigin } from './proxy/testing';

const BGP = `/client/v4/accounts/${ACCOUNT}/addressing/prefixes/p1/bgp/prefixes/b1`;

/** A fake upstream holding one BGP prefix whose advertisement the PATCH flips. */
function bgpUpstream() {
  let advertised = false;
  const prefix = () => ({
    id: 'b1',
    cidr: '203.0.113.0/24',
    on_demand: { advertised, on_demand_enabled: true },
  });
  return new Hono()
    .get(BGP, (c) => c.json({ success: true, errors: [], messages: [], result: prefix() }))
    .patch(BGP, async (c) => {
      const body = (await c.req.json()) as { on_demand?: { advertised?: boolean } };
      advertised = body.on_demand?.advertised ?? advertised;
      c.header('cf-ray', '8f0000000000abcd-AMS');
      return c.json({ success: true, errors: [], messages: [], result: prefix() });
    })
    .put('*', (c) => c.json({ default_asn: 64512 }));
}

describe('audit log', () => {
  it('records a BGP prefix PATCH with body, status, cf-ray, mode and the prefix before and after', async () => {
    const config = liveConfig();
    const app = createApp(config, {
      fetch: fakeUpstream(bgpUpstream()).fetch,
      log: () => undefined,
    });
    const res = await app.request(BGP, {
      method: 'PATCH',
      headers: sameOrigin,
      body: '{"on_demand":{"advertised":true}}',
    });
    expect(res.status).toBe(200);
    const [entry] = await readAudit(config.stateDir, { limit: 10 });
    expect(entry).toMatchObject({
      mode: 'live',
      method: 'PATCH',
      path: BGP.replace('/client/v4', ''),
      body: { on_demand: { advertised: true } },
      status: 200,
      cfRay: '8f0000000000abcd-AMS',
      before: { on_demand: { advertised: false } },
      result: { on_demand: { advertised: true } },
    });
    expect(Date.parse(entry!.time)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('records refused-upstream changes too, and nothing for reads or refused requests', async () => {
    const config = liveConfig();
    const upstream = new Hono().put('*', (c) =>
      c.json(
        { success: false, errors: [{ code: 1000, message: 'no' }], messages: [], result: null },
        400,
      ),
    );
    const app = createApp(config, { fetch: fakeUpstream(upstream).fetch, log: () => undefined });
    const settings = `/client/v4/accounts/${ACCOUNT}/cni/settings`;
    await app.request(settings);
    await app.request(settings, { method: 'PUT', headers: { host: 'localhost' }, body: '{}' });
    await app.request(settings, { method: 'PUT', headers: sameOrigin, body: '{"default_asn":-1}' });
    const entries = await readAudit(config.stateDir, { limit: 10 });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      method: 'PUT',
      status: 400,
      body: { default_asn: -1 },
      cfRay: null,
    });
  });

  it('serves the journal newest first at /api/audit?limit=', async () => {
    const config = liveConfig();
    const app = createApp(config, {
      fetch: fakeUpstream(bgpUpstream()).fetch,
      log: () => undefined,
    });
    for (const advertised of [true, false, true]) {
      await app.request(BGP, {
        method: 'PATCH',
        headers: sameOrigin,
        body: JSON.stringify({ on_demand: { advertised } }),
      });
    }
    const res = await app.request('/api/audit?limit=2');
    expect(res.status).toBe(200);
    const list = (await res.json()) as {
      body: { on_demand: { advertised: boolean } };
      before: unknown;
    }[];
    expect(list.map((e) => e.body.on_demand.advertised)).toEqual([true, false]);
    expect(list[1]!.before).toMatchObject({ on_demand: { advertised: true } });
    expect((await app.request('/api/audit?limit=0')).status).toBe(400);
    expect((await app.request('/api/audit?limit=abc')).status).toBe(400);
  });

  it('keeps every line whole under concurrent appends and skips a torn last line', async () => {
    const { stateDir } = liveConfig();
    const log = createAuditLog(stateDir);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        log.append({
          time: `t${i}`,
          mode: 'demo',
          method: 'PUT',
          path: `/p/${i}`,
          body: { pad: 'x'.repeat(5000) },
          status: 200,
          cfRay: null,
        }),
      ),
    );
    const lines = readFileSync(auditFile(stateDir), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(50);
    expect(lines.map((l) => (JSON.parse(l) as { path: string }).path)).toEqual(
      Array.from({ length: 50 }, (_, i) => `/p/${i}`),
    );
    writeFileSync(auditFile(stateDir), `${lines.join('\n')}\n{"time":"torn`);
    const entries = await readAudit(stateDir, { limit: 3 });
    expect(entries.map((e) => e.path)).toEqual(['/p/49', '/p/48', '/p/47']);
  });

  it('reads an empty journal when nothing was changed yet', async () => {
    expect(await readAudit(liveConfig().stateDir, { limit: 5 })).toEqual([]);
  });
});
