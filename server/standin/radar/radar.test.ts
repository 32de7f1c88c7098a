import { describe, expect, it, vi } from 'vitest';
import { expectMatchesContract } from '../openapi.test-helper';
import { NOW, testApp } from './test-app';

const app = testApp();
// The first request loads the datasets (a few seconds on a busy machine).
vi.setConfig({ testTimeout: 30_000 });
const get = async (path: string) => {
  const res = await app.request(`/client/v4/radar${path}`);
  return {
    status: res.status,
    body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text(),
  };
};

describe('AS relationships', () => {
  it('answers CAIDA relationships with asn1 = the queried AS, matching the contract', async () => {
    const { status, body } = await get('/entities/asns/13335/rel');
    expect(status).toBe(200);
    expectMatchesContract('get', '/radar/entities/asns/{asn}/rel', body);
    expect(body.result.meta.data_time).toBe('2025-09-01T00:00:00');
    expect(body.result.meta.total_peers).toBe(body.result.rels.length);
    expect(body.result.rels.every((r: { asn1: number }) => r.asn1 === 13335)).toBe(true);
    // CAIDA 2025-09-01 has "174|13335|-1": Cogent is a provider of Cloudflare.
    expect(body.result.rels.find((r: { asn2: number }) => r.asn2 === 174)?.rel).toBe('C2P');
  });

  it('labels P2C from the provider side and C2P from the customer side', async () => {
    const fromCustomer = (await get('/entities/asns/13335/rel')).body.result.rels.find(
      (r: { rel: string }) => r.rel === 'C2P',
    );
    if (fromCustomer) {
      const back = await get(`/entities/asns/${fromCustomer.asn2}/rel?asn2=13335`);
      expect(back.body.result.rels).toEqual([
        expect.objectContaining({ asn1: fromCustomer.asn2, asn2: 13335, rel: 'P2C' }),
      ]);
    }
    const tier1 = await get('/entities/asns/3356/rel');
    expect(tier1.body.result.rels.some((r: { rel: string }) => r.rel === 'P2C')).toBe(true);
    expect(tier1.body.result.rels.some((r: { rel: string }) => r.rel === 'C2P')).toBe(false);
  });

  it('returns CSV with a header row for format=csv in any case', async () => {
    for (const f of ['csv', 'CSV', 'Csv']) {
      const { status, body } = await get(`/entities/asns/13335/rel?format=${f}`);
      expect(status).toBe(200);
      const lines = (body as string).trim().split('\n');
      expect(lines[0]).toBe('asn1,asn1_country,asn1_name,asn2,asn2_country,asn2_name,rel');
      expect(lines.length).toBeGreaterThan(100);
    }
  });

  it('answers an unknown AS with empty rels and meta', async () => {
    const { status, body } = await get('/entities/asns/4199999999/rel');
    expect(status).toBe(200);
    expect(body.result).toEqual({ meta: expect.objectContaining({ total_peers: 0 }), rels: [] });
  });

  it.each(['0', '-1', '4294967296', 'abc'])(
    'refuses ASN %s with Radar 400 code 2001',
    async (asn) => {
      const { status, body } = await get(`/entities/asns/${asn}/rel`);
      expect(status).toBe(400);
      expect(body).toMatchObject({ success: false, result: {}, errors: [{ code: 2001 }] });
      expectMatchesContract('get', '/radar/entities/asns/{asn}/rel', body, '400');
    },
  );
});

describe('AS entities', () => {
  it('answers an AS with name, country and country name', async () => {
    const { status, body } = await get('/entities/asns/13335');
    expect(status).toBe(200);
    expectMatchesContract('get', '/radar/entities/asns/{asn}', body);
    expect(body.result.asn).toMatchObject({
      asn: 13335,
      country: 'US',
      countryName: 'United States',
      source: 'ARIN',
    });
    expect(body.result.asn.name).toMatch(/cloudflare/i);
  });

  it('answers 404 { error: "Not Found." } for an unknown AS', async () => {
    const { status, body } = await get('/entities/asns/4199999999');
    expect(status).toBe(404);
    expect(body).toEqual({ error: 'Not Found.' });
  });

  it('lists ASes with limit, offset, asn list and location', async () => {
    const first = await get('/entities/asns');
    expectMatchesContract('get', '/radar/entities/asns', first.body);
    expect(first.body.result.asns).toHaveLength(5);
    const next = await get('/entities/asns?limit=2&offset=1');
    expect(next.body.result.asns.map((a: { asn: number }) => a.asn)).toEqual(
      first.body.result.asns.slice(1, 3).map((a: { asn: number }) => a.asn),
    );
    const some = await get('/entities/asns?asn=174,13335&limit=10');
    expect(some.body.result.asns.map((a: { asn: number }) => a.asn)).toEqual([174, 13335]);
    const ch = await get('/entities/asns?location=CH&limit=3');
    expect(ch.body.result.asns.every((a: { country: string }) => a.country === 'CH')).toBe(true);
    expect((await get('/entities/asns?limit=0')).status).toBe(400);
    expect((await get('/entities/asns?location=CHE')).status).toBe(400);
  });
});

describe('realtime routes', () => {
  it('simulates 1.1.1.0/24 from AS13335 with valley-free paths from real collector peers', async () => {
    const { status, body } = await get('/bgp/routes/realtime?prefix=1.1.1.0/24');
    expect(status).toBe(200);
    expectMatchesContract('get', '/radar/bgp/routes/realtime', body);
    const { meta, routes } = body.result;
    expect(meta.prefix_origins).toEqual([
      expect.objectContaining({ origin: 13335, prefix: '1.1.1.0/24', rpki_validation: 'unknown' }),
    ]);
    expect(routes.length).toBeGreaterThan(5);
    for (const r of routes) {
      expect(r.as_path.at(-1)).toBe(13335);
      expect(r.prefix).toBe('1.1.1.0/24');
    }
    const po = meta.prefix_origins[0];
    expect(po.total_visible).toBe(routes.length);
    expect(po.visibility).toBeCloseTo(po.total_visible / po.total_peers);
    const onPaths = new Set(routes.flatMap((r: { as_path: number[] }) => r.as_path));
    expect(new Set(meta.asn_info.map((a: { asn: number }) => a.asn))).toEqual(onPaths);
    // route-views.jinx is inactive in the collector list: its clock is days behind.
    const jinx = meta.collectors.find(
      (c: { collector: string }) => c.collector === 'route-views.jinx',
    );
    expect(Date.parse(`${jinx.latest_realtime_ts}Z`)).toBeLessThan(NOW - 2 * 86_400_000);
    expect(
      meta.collectors.find((c: { collector: string }) => c.collector === 'rrc21').peers_v6_count,
    ).toBeGreaterThan(0);
  });

  it('carries real communities and gives the same answer within a 5-minute window', async () => {
    const a = (await get('/bgp/routes/realtime?prefix=8.8.8.0/24')).body;
    expect(a.result.routes.some((r: { communities: string[] }) => r.communities.length > 0)).toBe(
      true,
    );
    const later = testApp({ now: () => NOW + 60_000 });
    const b = await (
      await later.request('/client/v4/radar/bgp/routes/realtime?prefix=8.8.8.0/24')
    ).json();
    expect(b).toEqual(a);
  });

  it('finds the covering origin for a more specific prefix, and nothing for an unannounced one', async () => {
    const inner = (await get('/bgp/routes/realtime?prefix=1.1.1.128/25')).body.result;
    expect(inner.meta.prefix_origins[0].origin).toBe(13335);
    const none = (await get('/bgp/routes/realtime?prefix=203.0.113.0/24')).body.result;
    expect(none.routes).toEqual([]);
    expect(none.meta.prefix_origins).toEqual([]);
  });

  it('labels a route RPKI-valid or -invalid against LACNIC VRPs', async () => {
    // 24.152.4.0/22 has a VRP for AS270494 (max length 22) in the shipped LACNIC data.
    const res = (await get('/bgp/routes/pfx2as?prefix=24.152.4.0/22&longestPrefixMatch=true')).body
      .result;
    const row = res.prefix_origins[0];
    if (row) expect(row.rpki_validation).toBe(row.origin === 270494 ? 'valid' : 'invalid');
  });

  it('follows the BYOIP observations: origin, upstream 13335, prepends and share of peers', async () => {
    const obs = {
      cidr: '203.0.113.0/24',
      origin: 64500,
      upstream: 13335,
      fraction: 0.5,
      prepend: 2,
    };
    const byoip = testApp({
      observations: [obs],
      vrps: [{ prefix: '203.0.113.0/24', maxLength: 24, asn: 64500 }],
    });
    const body = await (
      await byoip.request('/client/v4/radar/bgp/routes/realtime?prefix=203.0.113.0/24')
    ).json();
    const [po] = body.result.meta.prefix_origins;
    expect(po).toMatchObject({ origin: 64500, prefix: '203.0.113.0/24', rpki_validation: 'valid' });
    expect(po.total_visible).toBeGreaterThan(0);
    expect(po.total_visible).toBeLessThan(po.total_peers);
    for (const r of body.result.routes)
      expect(r.as_path.slice(-4)).toEqual([13335, 13335, 13335, 64500]);
  });

  it.each(['1.2.3.0/33', '::/129', '10.0.0.1/8', 'garbage', ''])(
    'refuses prefix "%s" with 400 code 2001',
    async (p) => {
      const { status, body } = await get(`/bgp/routes/realtime?prefix=${encodeURIComponent(p)}`);
      expect(status).toBe(400);
      expect(body).toMatchObject({ success: false, errors: [{ code: 2001 }] });
    },
  );

  it('pfx2as answers the covering block with longestPrefixMatch', async () => {
    const { status, body } = await get(
      '/bgp/routes/pfx2as?prefix=8.8.8.8/32&longestPrefixMatch=true',
    );
    expect(status).toBe(200);
    expectMatchesContract('get', '/radar/bgp/routes/pfx2as', body);
    expect(body.result.prefix_origins).toEqual([
      expect.objectContaining({ prefix: '8.8.8.0/24', origin: 15169 }),
    ]);
    expect((await get('/bgp/routes/pfx2as?prefix=10.0.0.1/8')).status).toBe(400);
  });
});
