import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { loadConfig } from './config';
import { ACCOUNT, TOKEN, fakeUpstream, liveConfig, sameOrigin } from './proxy/testing';

describe('/api/session', () => {
  it('describes a live server without any secret', async () => {
    const app = createApp(liveConfig({ READ_ONLY: 'true' }), { log: () => undefined });
    const res = await app.request('/api/session');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      mode: 'live',
      accountId: ACCOUNT,
      readOnly: true,
      readOnlyReason:
        'routedeck runs read-only (READ_ONLY is set on its server): changes are refused.',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown,
      dataSources: [],
      csrfHeader: 'X-Routedeck-Csrf',
    });
  });

  it('credits every shipped dataset in demo mode', async () => {
    const config = loadConfig({ STATE_DIR: liveConfig().stateDir, STANDIN_TIME_SCALE: '60' });
    const app = createApp(config, { standin: new Hono(), log: () => undefined });
    const body = (await (await app.request('/api/session')).json()) as {
      mode: string;
      accountId: string;
      timeScale: number;
      dataSources: { name: string; licence: string; url: string; attribution: string }[];
    };
    expect(body.mode).toBe('demo');
    expect(body.timeScale).toBe(60);
    expect(body.accountId).toBe('023e105f4ecef8ad9ca31a8372d0c353');
    const names = body.dataSources.map((d) => d.name).join(' | ');
    for (const source of [
      'CAIDA',
      'DB-IP',
      'RouteViews',
      'NRO',
      'RIPE NCC RIS',
      'AFRINIC and LACNIC',
      'colo',
    ]) {
      expect(names).toContain(source);
    }
    for (const d of body.dataSources) expect(d.url).toMatch(/^https:\/\//);
    expect(body.dataSources.find((d) => d.name.includes('CAIDA'))?.attribution).toContain(
      '2025-09-01',
    );
  });
});

describe('the token never leaves the server', () => {
  it('appears in no response body, header, log line or audit line of any route', async () => {
    const lines: string[] = [];
    const upstream = new Hono()
      .get('/client/v4/radar/*', (c) =>
        c.json({ success: true, errors: [], messages: [], result: {} }),
      )
      .get(
        '/client/v4/accounts/:account/cni/settings',
        () => new Promise<Response>(() => undefined),
      )
      .patch('*', (c) => c.json({ success: true, errors: [], messages: [], result: { id: 'b1' } }))
      .post('*', (c) =>
        c.json(
          {
            success: false,
            errors: [{ code: 10000, message: 'Authentication error' }],
            messages: [],
            result: null,
          },
          403,
        ),
      );
    const config = liveConfig({ UPSTREAM_TIMEOUT_MS: '30' });
    const fake = fakeUpstream(upstream);
    // PUT stands for a network failure; its error carries the request, as undici's can.
    const withNetworkError: typeof fetch = (input, init) =>
      init?.method === 'PUT'
        ? Promise.reject(
            new TypeError(
              `fetch failed: ${String(input)} ${new Headers(init.headers).get('authorization')}`,
            ),
          )
        : fake.fetch(input, init);
    const app = createApp(config, { fetch: withNetworkError, log: (l) => lines.push(l) });
    const acct = `/client/v4/accounts/${ACCOUNT}`;
    const change = (method: string, path: string, headers: Record<string, string> = sameOrigin) =>
      app.request(path, { method, headers, body: '{"x":1}' });
    const responses = await Promise.all([
      app.request('/api/session'),
      app.request('/client/v4/radar/entities/asns/13335/rel'),
      app.request(`${acct}/cni/settings`), // 504
      app.request('/client/v4/user/tokens'), // 404 allowlist
      app.request('/client/v4/user/tokens', { headers: { host: 'evil.example' } }), // 421
      app.request('/api/nothing'),
      app.request('/nothing'),
      change('PATCH', `${acct}/addressing/prefixes/p1/bgp/prefixes/b1`),
      change('PUT', `${acct}/cni/settings`), // 502
      change('POST', `${acct}/diagnostics/traceroute`), // 403 passed through
      change('POST', `${acct}/cni/cnis`, { host: 'localhost', origin: 'https://evil.example' }), // refused
      change('PATCH', `${acct}/addressing/prefixes/p1/bgp/prefixes/b1`, {
        ...sameOrigin,
        'content-length': '999999',
      }),
    ]);
    responses.push(await app.request('/api/audit?limit=100'));
    const seen: string[] = [...lines];
    for (const res of responses) {
      seen.push(await res.text());
      res.headers.forEach((v, k) => seen.push(`${k}: ${v}`));
    }
    for (const file of readdirSync(config.stateDir))
      seen.push(readFileSync(path.join(config.stateDir, file), 'utf8'));
    expect(responses.map((r) => r.status)).toEqual([
      200, 200, 504, 404, 421, 404, 404, 200, 502, 403, 403, 413, 200,
    ]);
    expect(lines.length).toBeGreaterThan(0);
    const all = seen.join('\n');
    expect(all).toContain('"mode":"live"'); // the audit log was read
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(TOKEN.slice(4, 20));
  });
});
