/**
 * The Worker's configuration, from its vars and secrets (wrangler.jsonc, `wrangler secret put`).
 * Live mode only: the stand-in needs the file system and more memory than a Worker has (see
 * docs/workers.md). Only types come from server/config.ts, whose values pull in Node modules.
 */
import type { Credentials, ServerConfig } from '../server/config';
import type { D1Like } from '../server/storage/d1';
import { version } from '../package.json';

export interface WorkerEnv {
  /** The change journal (d1_databases in wrangler.jsonc). */
  DB: D1Like;
  /** The built SPA (assets in wrangler.jsonc). */
  ASSETS: { fetch(req: Request): Promise<Response> };
  CLOUDFLARE_API_TOKEN?: string;
  CLOUDFLARE_EMAIL?: string;
  CLOUDFLARE_API_KEY?: string;
  CLOUDFLARE_ACCOUNT_ID?: string;
  CLOUDFLARE_API_BASE_URL?: string;
  /** Host names the Worker answers for (its custom domain, its workers.dev name). */
  ALLOWED_HOSTS?: string;
  ACCESS_TEAM_DOMAIN?: string;
  ACCESS_AUD?: string;
  /** E-mails (comma-separated) that may change advertisement; everyone else reads only. */
  WRITERS?: string;
  /** Or members of these groups (the token's `groups` claim). */
  WRITER_GROUPS?: string;
  READ_ONLY?: string;
  UPSTREAM_TIMEOUT_MS?: string;
  TRACEROUTE_TIMEOUT_MS?: string;
}

export interface WorkerConfig {
  server: ServerConfig;
  /** Absent: no Access in front, which is only allowed on a loopback host (local dev). */
  access?: { teamDomain: string; aud: string };
  writers: Set<string>;
  writerGroups: Set<string>;
}

export class WorkerConfigError extends Error {}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

export function workerConfig(env: WorkerEnv): WorkerConfig {
  const token = env.CLOUDFLARE_API_TOKEN?.trim();
  const email = env.CLOUDFLARE_EMAIL?.trim();
  const key = env.CLOUDFLARE_API_KEY?.trim();
  const credentials: Credentials | undefined = token
    ? { kind: 'token', token }
    : email && key
      ? { kind: 'key', email, key }
      : undefined;
  if (!credentials) {
    throw new WorkerConfigError(
      'routedeck on Workers runs in live mode only: set the CLOUDFLARE_API_TOKEN secret.',
    );
  }
  const accountId = env.CLOUDFLARE_ACCOUNT_ID?.trim() ?? '';
  if (!/^[0-9a-f]{32}$/i.test(accountId)) {
    throw new WorkerConfigError(
      'CLOUDFLARE_ACCOUNT_ID must be the 32-character hexadecimal account id.',
    );
  }
  const allowedHosts = list(env.ALLOWED_HOSTS);
  if (allowedHosts.length === 0) {
    throw new WorkerConfigError('Set ALLOWED_HOSTS to the host names this Worker is reached by.');
  }
  const teamDomain = env.ACCESS_TEAM_DOMAIN?.trim();
  const aud = env.ACCESS_AUD?.trim();
  if (!teamDomain !== !aud) {
    throw new WorkerConfigError('Set both ACCESS_TEAM_DOMAIN and ACCESS_AUD, or neither.');
  }
  return {
    server: {
      mode: 'live',
      version,
      accountId,
      readOnly: /^(1|true|yes|on)$/i.test(env.READ_ONLY?.trim() ?? ''),
      allowedHosts,
      upstreamBaseUrl: (
        env.CLOUDFLARE_API_BASE_URL?.trim() || 'https://api.cloudflare.com/client/v4'
      ).replace(/\/+$/, ''),
      credentials,
      upstreamTimeoutMs: Number(env.UPSTREAM_TIMEOUT_MS) || 30_000,
      tracerouteTimeoutMs: Number(env.TRACEROUTE_TIMEOUT_MS) || 120_000,
      // Node-only settings: a Worker neither listens on a socket nor has a disk or the stand-in.
      host: '',
      port: 0,
      stateDir: '',
      standin: { stateDir: '', accountId, timeScale: 1, faults: '' },
    },
    access: teamDomain && aud ? { teamDomain, aud } : undefined,
    writers: new Set(list(env.WRITERS)),
    writerGroups: new Set(list(env.WRITER_GROUPS)),
  };
}
