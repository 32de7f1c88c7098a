import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { ACCOUNT, fakeUpstream, liveConfig, sameOrigin } from './testing';

const SETTINGS = `/client/v4/accounts/${ACCOUNT}/cni/settings`;
const BGP = `/client/v4/accounts/${ACCOUNT}/addressing/prefixes/p1/bgp/prefixes/b1`;

function setup(env: NodeJS.ProcessEnv = {}) {
  const upstream = new Hono();
  upstream.all('*', (c) => c.json({ default_asn: 64512 }));
  const fake = fakeUpstream(upstream);
  const app = createApp(liveConfig(env), { fetch: fake.fetch, log: () => undefined });
  return { app, calls: fake.calls };
}

async function refusal(res: Response) {
  const body = (await res.json()) as {
    success: boolean;
    result: null;
    errors: { code: number; message: string }[];
  };
  expect(body.success).toBe(false);
  expect(body.result).toBeNull();
  return body.errors[0]!;
}

describe('Host guard', () => {
  it.each(['evil.example', 'evil.example:8787', 'attacker.localhost.evil.example', '127.0.0.2'])(
    'refuses Host %s with 421 before anything else',
    async (host) => {
      const { app, calls } = setup();
      const res = await app.request(SETTINGS, { headers: { host } });
      expect(res.status).toBe(421);
      expect((await refusal(res)).message).toContain(host);
      const session = await app.request('/api/session', { headers: { host } });
      expect(session.status).toBe(421);
      expect(calls).toHaveLength(0);
    },
  );

  it('answers localhost, 127.0.0.1 and [::1] on any port', async () => {
    const { app } = setup();
    for (const host of ['localhost:5173', '127.0.0.1:8787', '[::1]:8787', 'LOCALHOST']) {
      expect((await app.request('/api/session', { headers: { host } })).status).toBe(200);
    }
  });

  it('answers extra names from ALLOWED_HOSTS', async () => {
    const { app } = setup({ ALLOWED_HOSTS: 'routedeck.internal' });
    expect(
      (await app.request('/api/session', { headers: { host: 'routedeck.internal:443' } })).status,
    ).toBe(200);
  });
});

describe('allowlist', () => {
  it.each([
    ['GET', '/client/v4/user/tokens'],
    ['GET', '/client/v4/zones'],
    ['GET', '/client/v4/radar/../user/tokens'],
    ['GET', '/client/v4/radar/entities/asns/..%2f..%2fuser/rel'],
    ['GET', '/client/v4/radar/entities/asns/%2e%2e/rel'],
    ['GET', '/client/v4/radar/entities/asns/ip'],
    ['GET', '/client/v4/accounts/ffffffffffffffffffffffffffffffff/cni/settings'],
    [
      'GET',
      `/client/v4/accounts/${ACCOUNT}/addressing/prefixes/p1/bgp/prefixes/b1/../../../../../../tokens`,
    ],
    ['DELETE', `/client/v4/accounts/${ACCOUNT}/addressing/prefixes/p1/bgp/prefixes/b1`],
    ['POST', `/client/v4/accounts/${ACCOUNT}/addressing/prefixes/p1/bgp/prefixes`],
    ['PUT', `/client/v4/accounts/${ACCOUNT}/cni/interconnects/x`],
  ])('refuses %s %s with 404 and sends nothing upstream', async (method, path) => {
    const { app, calls } = setup();
    const res = await app.request(path, {
      method,
      headers: sameOrigin,
      body: method === 'GET' ? undefined : '{}',
    });
    expect(res.status).toBe(404);
    expect((await refusal(res)).code).toBe(7003);
    expect(calls).toHaveLength(0);
  });

  it('names the configured account when another one is asked for', async () => {
    const { app } = setup();
    const res = await app.request(
      '/client/v4/accounts/ffffffffffffffffffffffffffffffff/cni/settings',
    );
    expect((await refusal(res)).message).toContain(ACCOUNT);
  });

  it('forwards an allowlisted GET', async () => {
    const { app, calls } = setup();
    const res = await app.request(`${SETTINGS}?x=1`);
    expect(res.status).toBe(200);
    expect(calls.map((c) => c.url)).toEqual([
      `https://upstream.test/client/v4/accounts/${ACCOUNT}/cni/settings?x=1`,
    ]);
  });
});

describe('change guards', () => {
  const patch = (headers: Record<string, string>, body = '{"on_demand":{"advertised":true}}') => ({
    method: 'PATCH',
    headers,
    body,
  });

  it.each<[string, Record<string, string>]>([
    [
      'a cross-site Origin',
      { ...sameOrigin, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    ],
    [
      'a cross-site Origin without Sec-Fetch-Site',
      { host: 'localhost:8787', origin: 'https://evil.example', 'x-routedeck-csrf': '1' },
    ],
    ['Origin null', { host: 'localhost:8787', origin: 'null', 'x-routedeck-csrf': '1' }],
    ['same-site but not same-origin', { ...sameOrigin, 'sec-fetch-site': 'same-site' }],
    ['an Origin on another port', { ...sameOrigin, origin: 'http://localhost:9999' }],
    ['no Origin and no Sec-Fetch-Site', { host: 'localhost:8787', 'x-routedeck-csrf': '1' }],
    [
      'no custom header',
      { host: 'localhost:8787', origin: 'http://localhost:8787', 'sec-fetch-site': 'same-origin' },
    ],
    ['a wrong custom header value', { ...sameOrigin, 'x-routedeck-csrf': 'yes' }],
  ])('refuses a PATCH with %s (403, nothing upstream)', async (_, headers) => {
    const { app, calls } = setup();
    const res = await app.request(BGP, patch(headers));
    expect(res.status).toBe(403);
    expect((await refusal(res)).code).toBe(9403);
    expect(calls).toHaveLength(0);
  });

  it('refuses a cross-site traceroute POST and CNI DELETE too', async () => {
    const { app, calls } = setup();
    const evil = {
      host: 'localhost:8787',
      origin: 'https://evil.example',
      'content-type': 'text/plain',
    };
    const post = await app.request(`/client/v4/accounts/${ACCOUNT}/diagnostics/traceroute`, {
      method: 'POST',
      headers: evil,
      body: '{"targets":["1.1.1.1"]}',
    });
    const del = await app.request(`/client/v4/accounts/${ACCOUNT}/cni/cnis/abc`, {
      method: 'DELETE',
      headers: evil,
    });
    expect([post.status, del.status]).toEqual([403, 403]);
    expect(calls).toHaveLength(0);
  });

  it('lets a same-origin PATCH with the header through (Origin alone or Sec-Fetch-Site alone)', async () => {
    const { app, calls } = setup();
    const { origin: _o, ...fetchSiteOnly } = sameOrigin;
    const { 'sec-fetch-site': _s, ...originOnly } = sameOrigin;
    expect((await app.request(BGP, patch(fetchSiteOnly))).status).toBe(200);
    expect((await app.request(BGP, patch(originOnly))).status).toBe(200);
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2);
  });

  it('READ_ONLY refuses every change with a message that says so, but still reads', async () => {
    const { app, calls } = setup({ READ_ONLY: '1' });
    const res = await app.request(BGP, patch(sameOrigin));
    expect(res.status).toBe(403);
    expect((await refusal(res)).message).toMatch(/read-only/);
    const put = await app.request(SETTINGS, {
      method: 'PUT',
      headers: sameOrigin,
      body: '{"default_asn":1}',
    });
    expect(put.status).toBe(403);
    expect(calls).toHaveLength(0);
    expect((await app.request(SETTINGS)).status).toBe(200);
  });

  it('refuses a body over 64 KiB by Content-Length with 413', async () => {
    const { app, calls } = setup();
    const big = JSON.stringify({ pad: 'x'.repeat(70 * 1024) });
    const res = await app.request(BGP, patch(sameOrigin, big));
    expect(res.status).toBe(413);
    expect((await refusal(res)).code).toBe(9413);
    expect(calls).toHaveLength(0);
  });

  it('refuses a streamed body over 64 KiB that declares no length', async () => {
    const { app, calls } = setup();
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const req = new Request(`http://localhost${BGP}`, {
      method: 'PATCH',
      headers: sameOrigin,
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(req.headers.get('content-length')).toBeNull();
    const res = await app.request(req);
    expect(res.status).toBe(413);
    expect(calls).toHaveLength(0);
  });

  it('accepts a body of exactly 64 KiB', async () => {
    const { app, calls } = setup();
    const body = JSON.stringify({ pad: '' });
    const exact = body.slice(0, -2) + 'x'.repeat(64 * 1024 - body.length) + '"}';
    expect(Buffer.byteLength(exact)).toBe(64 * 1024);
    expect((await app.request(BGP, patch(sameOrigin, exact))).status).toBe(200);
    expect(calls.find((c) => c.method === 'PATCH')?.body).toBe(exact);
  });
});
