/**
 * The live proxy end to end: routedeck in live mode, over real HTTP, in front of the real stand-in
 * running as an upstream that checks credentials like Cloudflare does.
 */
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { DEMO_ACCOUNT_ID, loadConfig } from './config';
import { readAudit } from './audit';
import { createStandin } from './standin/index';

const TOKEN = 'standin-e2e-token-5e1f0c';
const servers: ServerType[] = [];
let upstreamHits = 0;

function listen(fetchFn: (req: Request) => Response | Promise<Response>): Promise<string> {
  return new Promise((resolve) => {
    const server = serve({ fetch: fetchFn, hostname: '127.0.0.1', port: 0 }, (info) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
    servers.push(server);
  });
}

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'routedeck-live-'));
let standinUrl = '';

beforeAll(async () => {
  const standin = createStandin({
    stateDir: tmp(),
    accountId: DEMO_ACCOUNT_ID,
    timeScale: 1,
    faults: '',
    requireToken: TOKEN,
  });
  standinUrl = await listen((req) => {
    upstreamHits++;
    return standin.fetch(req);
  });
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

async function routedeck(token: string) {
  const config = loadConfig({
    CLOUDFLARE_API_TOKEN: token,
    CLOUDFLARE_ACCOUNT_ID: DEMO_ACCOUNT_ID,
    CLOUDFLARE_API_BASE_URL: `${standinUrl}/client/v4`,
    STATE_DIR: tmp(),
  });
  const url = await listen(createApp(config, { log: () => undefined }).fetch);
  return { url, config };
}

const CNI = `/client/v4/accounts/${DEMO_ACCOUNT_ID}/cni`;
const PREFIXES = `/client/v4/accounts/${DEMO_ACCOUNT_ID}/addressing/prefixes`;

describe('live proxy against the stand-in requiring a token', () => {
  it('works with the right token: reads, the LOA PDF, and an audited BGP prefix PATCH', async () => {
    const { url, config } = await routedeck(TOKEN);
    const settings = await fetch(`${url}${CNI}/settings`);
    expect(settings.status).toBe(200);
    expect(await settings.json()).toEqual({ default_asn: expect.any(Number) as unknown });

    const list = (await (await fetch(`${url}${CNI}/interconnects`)).json()) as {
      items: { name: string }[];
    };
    const loa = await fetch(
      `${url}${CNI}/interconnects/${encodeURIComponent(list.items[0]!.name)}/loa`,
    );
    expect(loa.status).toBe(200);
    expect(loa.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(
      Buffer.from(await loa.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');

    const prefixes = (await (await fetch(`${url}${PREFIXES}`)).json()) as {
      result: { id: string; cidr: string }[];
    };
    const prefix = prefixes.result.find((p) => p.cidr === '198.18.0.0/23')!;
    const bgp = (await (await fetch(`${url}${PREFIXES}/${prefix.id}/bgp/prefixes`)).json()) as {
      result: { id: string; cidr: string; on_demand: { advertised: boolean } }[];
    };
    const target = bgp.result.find((b) => b.cidr === '198.18.1.0/24')!;
    const patch = await fetch(`${url}${PREFIXES}/${prefix.id}/bgp/prefixes/${target.id}`, {
      method: 'PATCH',
      headers: { origin: url, 'x-routedeck-csrf': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ on_demand: { advertised: true } }),
    });
    expect(patch.status).toBe(200);
    const patched = (await patch.json()) as { result: { on_demand: { advertised: boolean } } };
    expect(patched.result.on_demand.advertised).toBe(true);
    const [entry] = await readAudit(config.stateDir, { limit: 1 });
    expect(entry).toMatchObject({
      method: 'PATCH',
      status: 200,
      before: { on_demand: { advertised: false } },
      result: { on_demand: { advertised: true } },
    });
  });

  it('passes the stand-in 403 code 10000 through when the token is wrong', async () => {
    const { url } = await routedeck('not-the-token');
    const res = await fetch(`${url}${CNI}/settings`);
    expect(res.status).toBe(403);
    const body = (await res.json()) as { success: boolean; errors: { code: number }[] };
    expect(body.success).toBe(false);
    expect(body.errors[0]!.code).toBe(10000);
  });

  it('refuses raw path traversal over real HTTP and sends nothing upstream', async () => {
    const { url } = await routedeck(TOKEN);
    const { port } = new URL(url);
    const before = upstreamHits;
    for (const raw of [
      '/client/v4/radar/../user/tokens',
      '/client/v4/radar/%2e%2e/user/tokens',
      `${CNI}/interconnects/..%2f..%2f..%2fuser/status`,
      `/client/v4/accounts/${DEMO_ACCOUNT_ID}/../../user/tokens`,
    ]) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, path: raw }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(status, raw).toBe(404);
    }
    expect(upstreamHits).toBe(before);
  });
});
