import { describe, expect, it, vi } from 'vitest';
import { expectMatchesContract } from '../openapi.test-helper';
import { testApp } from '../radar/test-app';

const app = testApp();
// The first request loads the datasets (a few seconds on a busy machine).
vi.setConfig({ testTimeout: 30_000 });
const PATH = '/accounts/{account_id}/diagnostics/traceroute';
const post = async (body: unknown) => {
  const res = await app.request('/client/v4/accounts/acc/diagnostics/traceroute', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
};

describe('traceroute', () => {
  it('traces 8.8.8.8 from two colos along real AS paths, matching the contract', async () => {
    const { status, body } = await post({
      targets: ['8.8.8.8', 'one.one.one.one'],
      colos: ['den', 'sin'],
    });
    expect(status).toBe(200);
    expectMatchesContract('post', PATH, body);
    expect(body.result.map((r: { target: string }) => r.target)).toEqual([
      '8.8.8.8',
      'one.one.one.one',
    ]);
    const den = body.result[0].colos[0];
    expect(den.colo).toEqual({ name: 'den', city: 'Denver, CO' });
    expect(den.error).toBe('');
    expect(den.hops[0].nodes[0]?.asn ?? 'AS13335').toBe('AS13335');
    const last = den.hops.at(-1);
    expect(last.nodes[0]).toMatchObject({
      asn: 'AS15169',
      ip: '8.8.8.8',
      packet_count: 3 - last.packets_lost,
    });
    for (const h of den.hops) {
      expect(h.packets_sent).toBe(3);
      for (const n of h.nodes) expect(n.min_rtt_ms).toBeLessThanOrEqual(n.max_rtt_ms);
    }
    const one = body.result[1].colos[0].hops.at(-1).nodes[0];
    expect(one).toMatchObject({ ip: '1.1.1.1', name: 'one.one.one.one' });
  });

  it('honours max_ttl and packets_per_ttl and is deterministic', async () => {
    const req = {
      targets: ['193.0.14.129'],
      colos: ['lhr'],
      options: { max_ttl: 3, packets_per_ttl: 5 },
    };
    const a = await post(req);
    expect(a.body.result[0].colos[0].hops.length).toBeLessThanOrEqual(3);
    expect(
      a.body.result[0].colos[0].hops.every((h: { packets_sent: number }) => h.packets_sent === 5),
    ).toBe(true);
    expect((await post(req)).body).toEqual(a.body);
  });

  it('shows rate-limited hops that lose packets while later hops answer', async () => {
    const { body } = await post({ targets: ['193.0.14.129', '202.12.27.33', '8.8.8.8'] });
    const traces = body.result.flatMap(
      (r: { colos: { hops: { packets_lost: number; nodes: unknown[] }[] }[] }) => r.colos,
    );
    const recovered = traces.filter((t: { hops: { packets_lost: number }[] }) =>
      t.hops.some(
        (h, i) => h.packets_lost > 0 && i < t.hops.length - 1 && t.hops.at(-1)!.packets_lost === 0,
      ),
    );
    expect(recovered.length).toBeGreaterThan(0);
    expect(
      traces.some((t: { hops: { nodes: unknown[] }[] }) =>
        t.hops.some((h) => h.nodes.length === 0),
      ),
    ).toBe(true);
    expect(traces.length).toBeGreaterThan(250 * 3);
  });

  it('reports a per-colo error for a name that does not resolve', async () => {
    const { status, body } = await post({ targets: ['no-such-host.example'], colos: ['den'] });
    expect(status).toBe(200);
    expect(body.result[0].colos[0]).toMatchObject({
      error: 'Could not gather traceroute data: Code 1',
      hops: [],
    });
  });

  it.each([
    ['malformed JSON', '{"targets": ['],
    ['no targets', {}],
    ['empty targets', { targets: [] }],
    ['11 targets', { targets: Array.from({ length: 11 }, (_, i) => `1.1.1.${i}`) }],
    ['empty target', { targets: [''] }],
    ['bad target', { targets: ['not a host!'] }],
    ['empty colos', { targets: ['1.1.1.1'], colos: [] }],
    ['unknown colo', { targets: ['1.1.1.1'], colos: ['zzz'] }],
    ['bad packet_type', { targets: ['1.1.1.1'], options: { packet_type: 'sctp' } }],
    ['max_ttl 65', { targets: ['1.1.1.1'], options: { max_ttl: 65 } }],
    ['packets_per_ttl 11', { targets: ['1.1.1.1'], options: { packets_per_ttl: 11 } }],
    ['port 65536', { targets: ['1.1.1.1'], options: { port: 65536 } }],
    ['wait_time 0', { targets: ['1.1.1.1'], options: { wait_time: 0 } }],
  ])('refuses %s with the 400 failure envelope', async (_name, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      success: false,
      result: null,
      errors: [{ code: expect.any(Number) }],
    });
    expectMatchesContract('post', PATH, res.body, '400');
  });
});
