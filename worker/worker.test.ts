/**
 * The built Worker in workerd (miniflare 3) with a D1 database, in live mode in front of the real
 * stand-in as an upstream that requires a token, behind a Cloudflare Access stand-in: a locally
 * generated signing key whose JWKS the certs URL answers with.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_ID } from '../server/config';
import { createStandin } from '../server/standin/index';
import { AUD, TEAM_DOMAIN, type Outbound, accessKey, startWorker } from './testing';

const TOKEN = 'worker-test-token-3b9d1e';
const PREFIXES = `/client/v4/accounts/${DEMO_ACCOUNT_ID}/addressing/prefixes`;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'routedeck-worker-'));

let standin: ServerType;
let upstreamHits = 0;
let worker: { mf: Miniflare; url: string; outbound: Outbound[] };
let key: ReturnType<typeof accessKey>;
let script = '';
let assets = '';
const bindings = (upstream: string) => ({
  CLOUDFLARE_API_TOKEN: TOKEN,
  CLOUDFLARE_ACCOUNT_ID: DEMO_ACCOUNT_ID,
  CLOUDFLARE_API_BASE_URL: `${upstream}/client/v4`,
  ALLOWED_HOSTS: '127.0.0.1',
  ACCESS_TEAM_DOMAIN: TEAM_DOMAIN,
  ACCESS_AUD: AUD,
  WRITERS: 'writer@example.com',
  WRITER_GROUPS: 'netops',
});

beforeAll(async () => {
  script = path.join(tmp, 'worker/index.mjs');
  execFileSync(process.execPath, ['scripts/build-worker.mjs', script]);
  // A stand-in for dist/client (vitest runs before `npm run build`); the Playwright Worker project
  // serves the real build.
  assets = path.join(tmp, 'client');
  mkdirSync(path.join(assets, 'assets'), { recursive: true });
  writeFileSync(path.join(assets, 'index.html'), '<!doctype html><title>routedeck SPA</title>');
  writeFileSync(path.join(assets, 'assets/app-1a2b.js'), 'console.log("routedeck");');

  const app = createStandin({
    stateDir: path.join(tmp, 'standin'),
    accountId: DEMO_ACCOUNT_ID,
    timeScale: 1,
    faults: '',
    requireToken: TOKEN,
  });
  const upstream = await new Promise<string>((resolve) => {
    standin = serve(
      {
        fetch: (req) => {
          upstreamHits++;
          return app.fetch(req);
        },
        hostname: '127.0.0.1',
        port: 0,
      },
      (info) => resolve(`http://127.0.0.1:${info.port}`),
    );
  });
  key = accessKey('key-current');
  worker = await startWorker({ script, assets, jwks: [key.jwk], bindings: bindings(upstream) });
}, 60_000);

afterAll(async () => {
  await worker?.mf.dispose();
  await new Promise((r) => standin?.close(r));
});

const as = (token: string | undefined, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: {
    ...(token ? { 'cf-access-jwt-assertion': token } : {}),
    ...(init.headers as Record<string, string>),
  },
});

function patch(token: string, prefixId: string, bgpId: string, advertised: boolean) {
  return fetch(
    `${worker.url}${PREFIXES}/${prefixId}/bgp/prefixes/${bgpId}`,
    as(token, {
      method: 'PATCH',
      headers: {
        origin: worker.url,
        'sec-fetch-site': 'same-origin',
        'x-routedeck-csrf': '1',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ on_demand: { advertised } }),
    }),
  );
}

interface BgpPrefix {
  id: string;
  cidr: string;
  on_demand?: { advertised?: boolean; locked?: boolean; on_demand_enabled?: boolean };
}

/** A BYOIP prefix with an on-demand BGP prefix that is not locked: one that may be changed. */
async function changeablePrefix(token: string) {
  const prefixes = (await (await fetch(`${worker.url}${PREFIXES}`, as(token))).json()) as {
    result: { id: string }[];
  };
  for (const p of prefixes.result) {
    const res = await fetch(`${worker.url}${PREFIXES}/${p.id}/bgp/prefixes`, as(token));
    const bgp = ((await res.json()) as { result: BgpPrefix[] }).result.find(
      (b) => b.on_demand?.on_demand_enabled && !b.on_demand.locked,
    );
    if (bgp) return { prefixId: p.id, bgp };
  }
  throw new Error('the stand-in has no changeable BGP prefix');
}

describe('routedeck as a Cloudflare Worker behind Access', { timeout: 60_000 }, () => {
  it('serves the SPA from the assets, client-side routes included, without a token', async () => {
    for (const route of ['/', '/asn/13335', '/prefix/1.1.1.0/24']) {
      const res = await fetch(`${worker.url}${route}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>routedeck SPA</title>');
    }
    const js = await fetch(`${worker.url}/assets/app-1a2b.js`);
    expect(await js.text()).toContain('console.log');
  });

  it('reads Radar relationships and BGP prefixes through the proxy, token added upstream', async () => {
    const token = key.sign({ email: 'reader@example.com' });
    const session = await (await fetch(`${worker.url}/api/session`, as(token))).json();
    expect(session).toMatchObject({ mode: 'live', accountId: DEMO_ACCOUNT_ID, readOnly: true });

    const rel = await fetch(`${worker.url}/client/v4/radar/entities/asns/13335/rel`, as(token));
    expect(rel.status).toBe(200);
    const rels = (await rel.json()) as { result: { rels: unknown[] } };
    expect(rels.result.rels.length).toBeGreaterThan(100);

    const { bgp } = await changeablePrefix(token);
    expect(bgp.cidr).toMatch(/\//);

    const sent = worker.outbound.filter((o) => o.url.includes('/radar/entities/asns/13335/rel'));
    expect(sent.at(-1)?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    // The Access token describes the browser's sign-in; it never travels on with the API token.
    expect(sent.at(-1)?.headers['cf-access-jwt-assertion']).toBeUndefined();
  });

  it('a writer PATCHes a BGP prefix; the journal lands in D1 with their identity', async () => {
    const token = key.sign({ email: 'Writer@example.com' });
    const session = await (await fetch(`${worker.url}/api/session`, as(token))).json();
    expect(session).toMatchObject({ readOnly: false });
    const { prefixId, bgp } = await changeablePrefix(token);
    const target = !bgp.on_demand?.advertised;

    const res = await patch(token, prefixId, bgp.id, target);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { result: BgpPrefix }).result.on_demand?.advertised).toBe(target);

    const journal = (await (await fetch(`${worker.url}/api/audit`, as(token))).json()) as {
      method: string;
      path: string;
      user: string;
      status: number;
      body: unknown;
      before: BgpPrefix;
      result: BgpPrefix;
    }[];
    expect(journal[0]).toMatchObject({
      method: 'PATCH',
      path: `/accounts/${DEMO_ACCOUNT_ID}/addressing/prefixes/${prefixId}/bgp/prefixes/${bgp.id}`,
      user: 'Writer@example.com',
      status: 200,
      body: { on_demand: { advertised: target } },
    });
    expect(journal[0]!.before.on_demand?.advertised).toBe(!target);
    expect(journal[0]!.result.on_demand?.advertised).toBe(target);

    // The row is in the D1 database itself, not only in what the API answers.
    const db = await worker.mf.getD1Database('DB');
    const row = await db
      .prepare('SELECT user, method, status FROM journal ORDER BY id DESC LIMIT 1')
      .first();
    expect(row).toEqual({ user: 'Writer@example.com', method: 'PATCH', status: 200 });
  });

  it('refuses a PATCH from an identity outside WRITERS, with the reason, and sends nothing', async () => {
    const token = key.sign({ email: 'reader@example.com' });
    const { prefixId, bgp } = await changeablePrefix(token);
    const session = (await (await fetch(`${worker.url}/api/session`, as(token))).json()) as {
      readOnlyReason: string;
    };
    expect(session.readOnlyReason).toMatch(/reader@example\.com may read but not change/);

    const before = worker.outbound.length;
    const res = await patch(token, prefixId, bgp.id, !bgp.on_demand?.advertised);
    expect(res.status).toBe(403);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/reader@example\.com may read but not change/);
    expect(worker.outbound.length).toBe(before);
  });

  it('a WRITER_GROUPS member (Access OIDC group claim) may write; another group may not', async () => {
    const member = key.sign({ email: 'ops@example.com', custom: { groups: ['NetOps'] } });
    const other = key.sign({ email: 'noc@example.com', custom: { groups: ['noc'] } });
    const session = async (token: string) =>
      (await (await fetch(`${worker.url}/api/session`, as(token))).json()) as { readOnly: boolean };
    expect((await session(member)).readOnly).toBe(false);
    expect((await session(other)).readOnly).toBe(true);
  });

  it('refuses missing, foreign-key, wrong-audience, wrong-issuer and expired tokens upstream-free', async () => {
    const other = accessKey('key-current'); // same key id, another key: a forged signature
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, string | undefined, number, RegExp][] = [
      ['missing', undefined, 401, /No Cloudflare Access token/],
      ['forged', other.sign({ email: 'writer@example.com' }), 403, /signature/],
      ['wrong aud', key.sign({ email: 'writer@example.com', aud: ['another-app'] }), 403, /aud/],
      [
        'wrong iss',
        key.sign({ email: 'writer@example.com', iss: 'https://evil.cloudflareaccess.com' }),
        403,
        /iss/,
      ],
      [
        'expired',
        key.sign({ email: 'writer@example.com', iat: now - 7200, exp: now - 3600 }),
        403,
        /expired/,
      ],
      ['garbage', 'not.a.jwt', 403, /not a JWT/],
    ];
    const hits = upstreamHits;
    for (const [what, token, status, message] of cases) {
      for (const path of ['/api/session', '/client/v4/radar/entities/asns/13335/rel']) {
        const res = await fetch(`${worker.url}${path}`, as(token));
        expect(res.status, `${what} ${path}`).toBe(status);
        const body = (await res.json()) as { errors: { message: string }[] };
        expect(body.errors[0]?.message, what).toMatch(message);
      }
      const res = await patch(token ?? '', 'x', 'y', true);
      expect(res.status, `${what} PATCH`).toBe(token ? 403 : 401);
    }
    expect(upstreamHits).toBe(hits);
  });

  it('without Access configured, refuses the API on a public host but not the SPA', async () => {
    const open = await startWorker({
      script,
      assets,
      jwks: [],
      bindings: {
        CLOUDFLARE_API_TOKEN: TOKEN,
        CLOUDFLARE_ACCOUNT_ID: DEMO_ACCOUNT_ID,
        CLOUDFLARE_API_BASE_URL: 'http://127.0.0.1:9/client/v4',
        ALLOWED_HOSTS: 'routedeck.example.com',
      },
      // Reached over the loopback, but seen by the Worker as its public name.
      upstream: 'https://routedeck.example.com',
    });
    try {
      const api = await fetch(`${open.url}/api/session`);
      expect(api.status).toBe(403);
      expect(await api.text()).toMatch(/only behind Cloudflare Access/);
      const spa = await fetch(`${open.url}/asn/13335`);
      expect(spa.status).toBe(200);
      expect(open.outbound).toEqual([]);
    } finally {
      await open.mf.dispose();
    }
  });
});
