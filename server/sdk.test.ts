/**
 * The official Cloudflare SDK (npm `cloudflare` 7.x) against the stand-in over real HTTP: if the
 * SDK's typed methods get sensible answers, the stand-in speaks the API the way Cloudflare does
 * (paths, envelopes, bare CNI bodies, pagination shapes).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import Cloudflare from 'cloudflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_ID } from './config';
import { createStandin } from './standin/index';

const account_id = DEMO_ACCOUNT_ID;
let server: ServerType;
let client: Cloudflare;

beforeAll(async () => {
  const standin = createStandin({
    stateDir: mkdtempSync(path.join(os.tmpdir(), 'routedeck-sdk-')),
    accountId: DEMO_ACCOUNT_ID,
    timeScale: 1,
    faults: '',
    requireToken: 'sdk-test-token',
  });
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: standin.fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
      resolve(info.port),
    );
  });
  client = new Cloudflare({
    apiToken: 'sdk-test-token',
    baseURL: `http://127.0.0.1:${port}/client/v4`,
    maxRetries: 0,
  });
}, 60_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// The first Radar calls load the shipped datasets (seconds on a busy machine).
describe('Cloudflare SDK against the stand-in', { timeout: 60_000 }, () => {
  it('radar.entities.asns.rel: AS13335 relationships with names and countries', async () => {
    const res = await client.radar.entities.asns.rel(13335);
    expect(res.rels.length).toBeGreaterThan(100);
    expect(res.meta.total_peers).toBe(res.rels.length);
    const rel = res.rels.find((r) => r.asn2 === 174);
    expect(rel).toMatchObject({ asn1: 13335, asn2: 174, asn2_country: 'US' });
    expect(rel!.asn2_name).toMatch(/cogent/i);
    expect(typeof rel!.rel).toBe('string');
    const one = await client.radar.entities.asns.rel(13335, { asn2: 174 });
    expect(one.rels).toHaveLength(1);
  });

  it('radar.bgp.routes.realtime: 1.1.1.0/24 originated by AS13335, seen from collectors', async () => {
    const res = await client.radar.bgp.routes.realtime({ prefix: '1.1.1.0/24' });
    expect(res.meta.prefix_origins[0]).toMatchObject({ origin: 13335, prefix: '1.1.1.0/24' });
    expect(res.meta.collectors.length).toBeGreaterThan(0);
    expect(res.routes.length).toBeGreaterThan(0);
    for (const route of res.routes) expect(route.as_path.at(-1)).toBe(13335);
  });

  it('addressing.prefixes.bgpPrefixes list / get / edit', async () => {
    const prefixes = await client.addressing.prefixes.list({ account_id });
    const prefix = prefixes.result.find((p) => p.cidr === '203.0.113.0/24')!;
    expect(prefix.id).toBeTruthy();
    const list = await client.addressing.prefixes.bgpPrefixes.list(prefix.id!, { account_id });
    expect(list.result.map((b) => b.cidr)).toContain('203.0.113.0/24');
    const bgp = list.result[0]!;
    const got = await client.addressing.prefixes.bgpPrefixes.get(bgp.id!, {
      account_id,
      prefix_id: prefix.id!,
    });
    expect(got.cidr).toBe(bgp.cidr);
    const edited = await client.addressing.prefixes.bgpPrefixes.edit(bgp.id!, {
      account_id,
      prefix_id: prefix.id!,
      on_demand: { advertised: false },
      asn_prepend_count: 1,
    });
    expect(edited.on_demand?.advertised).toBe(false);
    expect(edited.asn_prepend_count).toBe(1);
    const again = await client.addressing.prefixes.bgpPrefixes.get(bgp.id!, {
      account_id,
      prefix_id: prefix.id!,
    });
    expect(again.on_demand?.advertised).toBe(false);
  });

  it('diagnostics.traceroutes.create: one result per target with hops from the asked colo', async () => {
    const page = await client.diagnostics.traceroutes.create({
      account_id,
      targets: ['1.1.1.1', '8.8.8.8'],
      colos: ['lhr'],
      options: { max_ttl: 20, packet_type: 'icmp' },
    });
    expect(page.result.map((t) => t.target)).toEqual(['1.1.1.1', '8.8.8.8']);
    const colo = page.result[1]!.colos![0]!;
    expect(colo.colo?.name).toBe('lhr');
    expect(colo.hops!.length).toBeGreaterThan(1);
  });

  it('networkInterconnects: interconnects list and status, slots, cnis, settings', async () => {
    const interconnects = await client.networkInterconnects.interconnects.list({ account_id });
    expect(interconnects.items!.length).toBeGreaterThan(0);
    const status = await client.networkInterconnects.interconnects.status(
      interconnects.items![0]!.name!,
      {
        account_id,
      },
    );
    expect(['Pending', 'Down', 'Unhealthy', 'Healthy']).toContain(status.state);
    const slots = await client.networkInterconnects.slots.list({ account_id, limit: 5 });
    expect(slots.items).toHaveLength(5);
    expect(typeof slots.items[0]!.occupied).toBe('boolean');
    const cnis = await client.networkInterconnects.cnis.list({ account_id });
    expect(cnis.items.length).toBeGreaterThan(0);
    expect(cnis.items[0]!.p2p_ip).toMatch(/\/\d+$/);
    const settings = await client.networkInterconnects.settings.get({ account_id });
    expect(settings.default_asn).toBeGreaterThan(0);
  });

  it('the SDK gets a typed PermissionDeniedError with code 10000 for a wrong token', async () => {
    const wrong = new Cloudflare({ apiToken: 'wrong', baseURL: client.baseURL, maxRetries: 0 });
    const err = await wrong.networkInterconnects.settings
      .get({ account_id })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Cloudflare.PermissionDeniedError);
    expect((err as InstanceType<typeof Cloudflare.PermissionDeniedError>).errors[0]).toMatchObject({
      code: 10000,
    });
  });
});
