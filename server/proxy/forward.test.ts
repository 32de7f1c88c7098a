import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { ACCOUNT, TOKEN, fakeUpstream, liveConfig } from './testing';

const BASE = `/client/v4/accounts/${ACCOUNT}`;
// A real PDF header and trailer around binary bytes, so any text decoding on the way would show.
const PDF = new Uint8Array([
  ...new TextEncoder().encode('%PDF-1.4\n'),
  0xe2,
  0xe3,
  0xcf,
  0xd3,
  0x00,
  0xff,
  0x80,
  0x0a,
  ...new TextEncoder().encode('%%EOF\n'),
]);

function setup(upstream: Hono, env: NodeJS.ProcessEnv = {}) {
  const fake = fakeUpstream(upstream);
  const config = liveConfig(env);
  const app = createApp(config, { fetch: fake.fetch, log: () => undefined });
  return { app, calls: fake.calls, config };
}

describe('live proxy forwarding', () => {
  it('adds the token, drops the browser credentials and hop-by-hop headers', async () => {
    const upstream = new Hono().get('*', (c) => c.json({ items: [], next: null }));
    const { app, calls } = setup(upstream);
    const res = await app.request(`${BASE}/cni/interconnects?limit=5`, {
      headers: {
        authorization: 'Bearer browser-should-not-pass',
        'x-auth-email': 'mallory@example.com',
        'x-auth-key': 'stolen',
        cookie: 'session=abc',
        connection: 'keep-alive, x-custom-hop',
        'x-custom-hop': '1',
        'keep-alive': 'timeout=5',
        'proxy-authorization': 'Basic Zm9vOmJhcg==',
        te: 'trailers',
        upgrade: 'websocket',
        accept: 'application/json',
      },
    });
    expect(res.status).toBe(200);
    const sent = calls[0]!;
    expect(sent.url).toBe(`https://upstream.test${BASE}/cni/interconnects?limit=5`);
    expect(sent.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    for (const h of [
      'x-auth-email',
      'x-auth-key',
      'cookie',
      'x-custom-hop',
      'keep-alive',
      'proxy-authorization',
      'te',
      'upgrade',
    ]) {
      expect(sent.headers.get(h), h).toBeNull();
    }
    expect(sent.headers.get('accept')).toBe('application/json');
  });

  it('uses X-Auth-Email and X-Auth-Key when configured with a global key', async () => {
    const upstream = new Hono().get('*', (c) => c.json({ default_asn: 1 }));
    const { app, calls } = setup(upstream, {
      CLOUDFLARE_API_TOKEN: '',
      CLOUDFLARE_EMAIL: 'ops@example.com',
      CLOUDFLARE_API_KEY: 'key-123',
    });
    await app.request(`${BASE}/cni/settings`, { headers: { 'x-auth-key': 'from-browser' } });
    expect(calls[0]!.headers.get('x-auth-email')).toBe('ops@example.com');
    expect(calls[0]!.headers.get('x-auth-key')).toBe('key-123');
    expect(calls[0]!.headers.get('authorization')).toBeNull();
  });

  it('passes a 429 with retry-after and x-ratelimit-* through unchanged', async () => {
    const body = {
      success: false,
      errors: [{ code: 10429, message: 'More than 1200 requests per 300 seconds reached.' }],
      messages: [],
      result: null,
    };
    const upstream = new Hono().get('*', (c) => {
      c.header('retry-after', '37');
      c.header('x-ratelimit-limit', '1200');
      c.header('x-ratelimit-remaining', '0');
      c.header('x-ratelimit-reset', 'Wed, 21 Oct 2026 07:28:00 GMT');
      c.header('cf-ray', '8f00aa11bb22cc33-LHR');
      c.header('set-cookie', '__cf_bm=tracking');
      return c.json(body, 429);
    });
    const { app } = setup(upstream);
    const res = await app.request('/client/v4/radar/bgp/routes/realtime?prefix=1.1.1.0/24');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('37');
    expect(res.headers.get('x-ratelimit-limit')).toBe('1200');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(res.headers.get('x-ratelimit-reset')).toBe('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(res.headers.get('cf-ray')).toBe('8f00aa11bb22cc33-LHR');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.json()).toEqual(body);
  });

  it('passes the LOA PDF bytes and headers through unchanged', async () => {
    const upstream = new Hono().get(
      '*',
      () =>
        new Response(PDF, {
          headers: {
            'content-type': 'application/pdf',
            'content-disposition': 'attachment; filename="loa.pdf"',
          },
        }),
    );
    const { app } = setup(upstream);
    const res = await app.request(`${BASE}/cni/interconnects/ic-lhr-1/loa`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="loa.pdf"');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
  });

  it('passes CSV text and upstream errors (status and body) through', async () => {
    const upstream = new Hono()
      .get('/client/v4/radar/entities/asns/13335/rel', (c) => {
        c.header('content-type', 'text/csv');
        return c.body('asn1,asn2,rel\n13335,174,P2P\n');
      })
      .get('*', (c) =>
        c.json({ success: false, result: {}, errors: [{ message: 'bad asn' }] }, 400),
      );
    const { app } = setup(upstream);
    const csv = await app.request('/client/v4/radar/entities/asns/13335/rel?format=csv');
    expect(csv.headers.get('content-type')).toBe('text/csv');
    expect(await csv.text()).toBe('asn1,asn2,rel\n13335,174,P2P\n');
    const bad = await app.request('/client/v4/radar/entities/asns/0/rel');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      success: false,
      result: {},
      errors: [{ message: 'bad asn' }],
    });
  });

  it('answers 504 when the upstream does not answer in time', async () => {
    const upstream = new Hono().get('*', () => new Promise<Response>(() => undefined));
    const { app } = setup(upstream, { UPSTREAM_TIMEOUT_MS: '50' });
    const started = Date.now();
    const res = await app.request(`${BASE}/cni/settings`);
    expect(res.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(2000);
    const body = (await res.json()) as {
      success: boolean;
      errors: { code: number; message: string }[];
    };
    expect(body.success).toBe(false);
    expect(body.errors[0]!.message).toMatch(/^No answer from the Cloudflare API within/);
  });

  it('gives traceroute its own, longer time limit', async () => {
    const upstream = new Hono().post('*', async (c) => {
      await new Promise((r) => setTimeout(r, 120));
      return c.json({ success: true, errors: [], messages: [], result: [] });
    });
    const { app } = setup(upstream, { UPSTREAM_TIMEOUT_MS: '50', TRACEROUTE_TIMEOUT_MS: '2000' });
    const res = await app.request(`${BASE}/diagnostics/traceroute`, {
      method: 'POST',
      headers: { host: 'localhost', origin: 'http://localhost', 'x-routedeck-csrf': '1' },
      body: '{"targets":["1.1.1.1"]}',
    });
    expect(res.status).toBe(200);
  });

  it('answers 502 when the upstream cannot be reached', async () => {
    const config = liveConfig();
    const refused: typeof fetch = () =>
      Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }));
    const app = createApp(config, { fetch: refused, log: () => undefined });
    const res = await app.request(`${BASE}/cni/settings`);
    expect(res.status).toBe(502);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toContain('ECONNREFUSED');
  });

  it('does not hand an upstream redirect target to the browser', async () => {
    const upstream = new Hono().get('*', (c) => c.redirect('https://elsewhere.example/steal', 302));
    const { app } = setup(upstream);
    const res = await app.request(`${BASE}/cni/settings`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBeNull();
  });
});
