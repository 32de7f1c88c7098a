/**
 * The Node upstream (undici) over real HTTP: what the browser gets when Cloudflare compresses,
 * stalls mid-body, is unreachable or answers with an encoding routedeck did not ask for.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { ACCOUNT, TOKEN, liveConfig } from './testing';

const servers: http.Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

async function upstream(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/client/v4`;
}

function proxy(baseUrl: string, env: NodeJS.ProcessEnv = {}) {
  const config = liveConfig({ CLOUDFLARE_API_BASE_URL: baseUrl, ...env });
  return createApp(config, { log: () => undefined });
}

const SETTINGS = `/client/v4/accounts/${ACCOUNT}/cni/settings`;
const json = (status: number, body: unknown) => JSON.stringify({ status, body });

describe('live proxy through undici', () => {
  it('asks for compression and hands the browser the decoded body with the token added', async () => {
    let seen: http.IncomingHttpHeaders = {};
    const base = await upstream((req, res) => {
      seen = req.headers;
      res.writeHead(429, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'retry-after': '7',
      });
      res.end(zlib.gzipSync(json(429, { errors: [{ code: 10000, message: 'slow down' }] })));
    });
    const res = await proxy(base).request(SETTINGS);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(JSON.parse(await res.text())).toEqual({
      status: 429,
      body: { errors: [{ code: 10000, message: 'slow down' }] },
    });
    expect(seen.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen['accept-encoding']).toMatch(/gzip/);
  });

  it('answers 504 when the upstream sends its headers and then stalls the body', async () => {
    const base = await upstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"success":');
    });
    const started = Date.now();
    const res = await proxy(base, { UPSTREAM_TIMEOUT_MS: '200' }).request(SETTINGS);
    expect(res.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('answers 502 naming the code when nothing listens upstream', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const res = await proxy(`http://127.0.0.1:${port}/client/v4`).request(SETTINGS);
    expect(res.status).toBe(502);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toBe('Could not reach the Cloudflare API (ECONNREFUSED).');
  });

  it('refuses a body in an encoding it cannot decode rather than pass on unreadable bytes', async () => {
    const base = await upstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'zz-unknown' });
      res.end('\u0000\u0001garbage');
    });
    const res = await proxy(base).request(SETTINGS);
    expect(res.status).toBe(502);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toContain('BAD_ENCODING');
  });
});
