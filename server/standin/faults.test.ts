import { describe, expect, it } from 'vitest';
import { parseFaults } from './faults';
import { ADDRESSING, CNI, standin } from './fixture.test-helper';

const faults = (rules: unknown[]) => standin({ faults: JSON.stringify(rules) });

describe('STANDIN_FAULTS', () => {
  it('means no faults when empty or absent', () => {
    expect(parseFaults('')).toEqual([]);
    expect(parseFaults('  ')).toEqual([]);
  });

  it('throws at start, with the reason, on invalid JSON or an invalid rule', () => {
    expect(() => standin({ faults: '[{' })).toThrow(/STANDIN_FAULTS is not valid JSON/);
    expect(() => parseFaults('{}')).toThrow(/must be a JSON array/);
    expect(() => parseFaults('[{"status":500}]')).toThrow(/rule 0: "path"/);
    expect(() => parseFaults('[{"path":"(","status":500}]')).toThrow(
      /not a valid regular expression/,
    );
    expect(() => parseFaults('[{"path":"x","status":404}]')).toThrow(/"status" must be one of/);
    expect(() => parseFaults('[{"path":"x","status":500,"tims":1}]')).toThrow(
      /unknown field\(s\) tims/,
    );
    expect(() => parseFaults('[{"path":"x"}]')).toThrow(/does nothing/);
  });

  it('answers 429 like Cloudflare, with retry-after and x-ratelimit headers', async () => {
    const s = faults([{ path: '/addressing/prefixes$', status: 429, retryAfter: 7 }]);
    const res = await s.json(`${ADDRESSING}/prefixes`);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('x-ratelimit-limit')).toBe('1200');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(res.headers.get('x-ratelimit-reset')).toMatch(/GMT$/);
    expect(res.body).toMatchObject({ success: false, result: null, errors: [{ code: 971 }] });
  });

  it('uses Radar’s rate-limit code 1015 under /radar', async () => {
    const s = faults([{ path: '^/client/v4/radar/', status: 429 }]);
    const res = await s.json('/client/v4/radar/entities/asns/13335');
    expect(res.body.errors[0].code).toBe(1015);
  });

  it('hits only matching methods, only `times` times, so a retry succeeds', async () => {
    const s = faults([
      { path: '/cni/settings$', method: 'put', status: 503, retryAfter: 2, times: 2 },
    ]);
    expect((await s.json(`${CNI}/settings`)).status).toBe(200);
    const put = () => s.send('PUT', `${CNI}/settings`, { default_asn: 64500 });
    const first = await put();
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(first.body).toMatchObject({
      success: false,
      result: null,
      errors: [{ message: expect.stringContaining('503') }],
    });
    expect((await put()).status).toBe(503);
    expect((await put()).status).toBe(200);
  });

  it('delays by latencyMs, then answers normally', async () => {
    const s = faults([{ path: '/cni/settings$', latencyMs: 150 }]);
    const started = Date.now();
    const res = await s.json(`${CNI}/settings`);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('never answers a timeout rule until the client gives up', async () => {
    const s = faults([{ path: '/cni/settings$', timeout: true, times: 1 }]);
    const controller = new AbortController();
    let settled = false;
    const pending = s
      .request(`${CNI}/settings`, { signal: controller.signal })
      .finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(settled).toBe(false);
    controller.abort();
    await pending.catch(() => undefined);
    expect(settled).toBe(true);
    expect((await s.json(`${CNI}/settings`)).status).toBe(200);
  });
});
