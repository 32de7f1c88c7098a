/**
 * Fixtures for running the built Worker in workerd (miniflare 3), shared by the Worker tests and
 * the Playwright Worker project: a locally generated Access signing key standing in for the
 * team's certs endpoint, tokens signed with it, and a Miniflare instance whose every outbound
 * request is answered here (the certs) or relayed to the local stand-in, and recorded.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import path from 'node:path';
import { Miniflare, Response as MfResponse } from 'miniflare';
import { accessIssuer } from './access-jwt';

export const TEAM_DOMAIN = 'routedeck-test.cloudflareaccess.com';
export const AUD = 'c0ffee0000000000000000000000000000000000000000000000000000000aud';

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const b64urlJson = (value: unknown) => b64url(new TextEncoder().encode(JSON.stringify(value)));

/**
 * An RSA key pair like the ones Access signs with, and its JWKS entry. Synchronous (node:crypto)
 * so playwright.worker.config.ts can mint its token while the config loads.
 */
export function accessKey(kid: string) {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk: JsonWebKey & { kid: string } = {
    ...publicKey.export({ format: 'jwk' }),
    kid,
    alg: 'RS256',
  };
  return {
    jwk,
    /** A token shaped like Access's, valid for `ttl` seconds unless `claims` says otherwise. */
    sign(claims: Record<string, unknown>, ttl = 3600): string {
      const now = Math.floor(Date.now() / 1000);
      const header = b64urlJson({ alg: 'RS256', kid, typ: 'JWT' });
      const payload = b64urlJson({
        aud: [AUD],
        iss: accessIssuer(TEAM_DOMAIN),
        iat: now,
        nbf: now,
        exp: now + ttl,
        type: 'app',
        ...claims,
      });
      // RSASSA-PKCS1-v1_5 with SHA-256: RS256.
      const sig = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey);
      return `${header}.${payload}.${b64url(sig)}`;
    },
  };
}

export interface Outbound {
  url: string;
  method: string;
  headers: Record<string, string>;
}

/**
 * The built Worker (`script`, an ES module) in workerd with a D1 database and `assets` as its
 * static assets. `upstream` is the stand-in's origin (http://127.0.0.1:port); the Worker's vars
 * point CLOUDFLARE_API_BASE_URL there. `outbound` records every request the Worker sent out.
 */
export async function startWorker(opts: {
  script: string;
  assets: string;
  jwks: JsonWebKey[];
  bindings: Record<string, string>;
  port?: number;
  /** The public origin the Worker is reached by (Host and URL as the Worker sees them). */
  upstream?: string;
}) {
  const outbound: Outbound[] = [];
  const certs = `${accessIssuer(TEAM_DOMAIN)}/cdn-cgi/access/certs`;
  const mf = new Miniflare({
    modules: true,
    scriptPath: opts.script,
    // Module names are relative to this; the default (the working directory) fails for /tmp.
    modulesRoot: path.dirname(opts.script),
    compatibilityDate: '2025-07-18',
    d1Databases: ['DB'],
    bindings: opts.bindings,
    assets: {
      directory: opts.assets,
      binding: 'ASSETS',
      // miniflare 3 has no per-path run_worker_first: the Worker goes first and hands every
      // non-API path to ASSETS itself (worker/index.ts), as it would if wrangler routed it there.
      routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true },
      assetConfig: { not_found_handling: 'single-page-application' },
    },
    host: '127.0.0.1',
    port: opts.port ?? 0,
    upstream: opts.upstream,
    outboundService: async (req) => {
      const headers: Record<string, string> = {};
      req.headers.forEach((v, k) => (headers[k] = v));
      outbound.push({ url: req.url, method: req.method, headers });
      if (req.url === certs) return MfResponse.json({ keys: opts.jwks });
      const body =
        req.method === 'GET' || req.method === 'HEAD' ? undefined : await req.arrayBuffer();
      const res = await fetch(req.url, { method: req.method, headers, body, redirect: 'manual' });
      // Node's fetch has already decoded the body; its length and encoding no longer apply.
      const back = [...res.headers].filter(
        ([k]) => k !== 'content-encoding' && k !== 'content-length',
      );
      return new MfResponse(await res.arrayBuffer(), { status: res.status, headers: back });
    },
  });
  const url = (await mf.ready).toString().replace(/\/$/, '');
  return { mf, url, outbound };
}
