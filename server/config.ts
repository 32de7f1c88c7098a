/**
 * Server configuration, read from the environment once at start. The token lives only here and in
 * the proxy's outgoing request: nothing in this object is ever serialised into a response.
 */
import path from 'node:path';
import { createRequire } from 'node:module';

export type Mode = 'live' | 'demo';

export type Credentials =
  { kind: 'token'; token: string } | { kind: 'key'; email: string; key: string };

export interface StandinOptions {
  /** Where the stand-in keeps its state (BYOIP prefixes, CNIs, verification clocks). */
  stateDir: string;
  accountId: string;
  /** 1 = real time; 60 makes a 5-minute advertisement converge in 5 seconds. */
  timeScale: number;
  /** Raw STANDIN_FAULTS spec, parsed by the stand-in's fault injector. */
  faults: string;
  /** When set, the stand-in checks credentials like Cloudflare does (403, code 10000). */
  requireToken?: string;
  /** Injected clock for tests. */
  now?: () => number;
}

export interface ServerConfig {
  mode: Mode;
  version: string;
  accountId: string;
  readOnly: boolean;
  host: string;
  port: number;
  /** Host header values (hostname[:port]) the server answers to: the DNS-rebinding guard. */
  allowedHosts: string[];
  stateDir: string;
  upstreamBaseUrl: string;
  credentials?: Credentials;
  /** HTTP basic auth: required when listening on a non-loopback address. */
  basicAuth?: { user: string; passwordHash: string };
  /** Upstream time limits in ms: traceroute may take a minute, the rest far less. */
  upstreamTimeoutMs: number;
  tracerouteTimeoutMs: number;
  standin: StandinOptions;
  /** Built SPA to serve (production); absent under Vite dev and in tests. */
  staticDir?: string;
}

export const DEMO_ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';
const DEFAULT_UPSTREAM = 'https://api.cloudflare.com/client/v4';

function appVersion(): string {
  const require = createRequire(import.meta.url);
  for (const p of ['../package.json', '../../package.json']) {
    try {
      return (require(p) as { version: string }).version;
    } catch {
      // bundled into dist/server: package.json sits one level further up
    }
  }
  return '0.0.0';
}

const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);

const truthy = (v: string | undefined) => v !== undefined && /^(1|true|yes|on)$/i.test(v.trim());

export class ConfigError extends Error {}

/** Builds the configuration from an environment; throws ConfigError with the reason on bad input. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): ServerConfig {
  const port = env.PORT ? Number(env.PORT) : 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be 0 to 65535, got "${env.PORT}".`);
  const host = env.HOST?.trim() || '127.0.0.1';
  const stateDir = path.resolve(cwd, env.STATE_DIR?.trim() || '.routedeck');

  let credentials: Credentials | undefined;
  if (env.CLOUDFLARE_API_TOKEN?.trim())
    credentials = { kind: 'token', token: env.CLOUDFLARE_API_TOKEN.trim() };
  else if (env.CLOUDFLARE_EMAIL?.trim() && env.CLOUDFLARE_API_KEY?.trim())
    credentials = {
      kind: 'key',
      email: env.CLOUDFLARE_EMAIL.trim(),
      key: env.CLOUDFLARE_API_KEY.trim(),
    };
  const liveAccount = env.CLOUDFLARE_ACCOUNT_ID?.trim();
  if (credentials && !liveAccount) {
    throw new ConfigError(
      'Credentials are set but CLOUDFLARE_ACCOUNT_ID is not: live mode needs both.',
    );
  }
  if (liveAccount && !/^[0-9a-f]{32}$/i.test(liveAccount)) {
    throw new ConfigError('CLOUDFLARE_ACCOUNT_ID must be the 32-character hexadecimal account id.');
  }
  const mode: Mode = credentials && liveAccount ? 'live' : 'demo';
  const accountId = mode === 'live' ? liveAccount! : DEMO_ACCOUNT_ID;

  let basicAuth: ServerConfig['basicAuth'];
  if (env.BASIC_AUTH_USER?.trim() || env.BASIC_AUTH_PASSWORD_HASH?.trim()) {
    const user = env.BASIC_AUTH_USER?.trim();
    const passwordHash = env.BASIC_AUTH_PASSWORD_HASH?.trim();
    if (!user || !passwordHash)
      throw new ConfigError('Set both BASIC_AUTH_USER and BASIC_AUTH_PASSWORD_HASH, or neither.');
    basicAuth = { user, passwordHash };
  }
  if (!isLoopback(host) && !basicAuth) {
    throw new ConfigError(
      `Refusing to listen on ${host} without access control: anyone who can reach it could use your Cloudflare token. ` +
        'Set BASIC_AUTH_USER and BASIC_AUTH_PASSWORD_HASH (see README, "Security"), or listen on 127.0.0.1.',
    );
  }

  const extraHosts = (env.ALLOWED_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const allowedHosts = [
    ...new Set([
      'localhost',
      '127.0.0.1',
      '[::1]',
      ...(isLoopback(host) ? [] : [host]),
      ...extraHosts,
    ]),
  ];

  const timeScale = env.STANDIN_TIME_SCALE ? Number(env.STANDIN_TIME_SCALE) : 1;
  if (!(timeScale > 0))
    throw new ConfigError(
      `STANDIN_TIME_SCALE must be a positive number, got "${env.STANDIN_TIME_SCALE}".`,
    );

  return {
    mode,
    version: appVersion(),
    accountId,
    readOnly: truthy(env.READ_ONLY),
    host,
    port,
    allowedHosts,
    stateDir,
    upstreamBaseUrl: (env.CLOUDFLARE_API_BASE_URL?.trim() || DEFAULT_UPSTREAM).replace(/\/+$/, ''),
    credentials,
    basicAuth,
    upstreamTimeoutMs: Number(env.UPSTREAM_TIMEOUT_MS) || 30_000,
    tracerouteTimeoutMs: Number(env.TRACEROUTE_TIMEOUT_MS) || 120_000,
    standin: {
      stateDir: path.join(stateDir, 'standin'),
      accountId: DEMO_ACCOUNT_ID,
      timeScale,
      faults: env.STANDIN_FAULTS ?? '',
      requireToken: env.STANDIN_REQUIRE_TOKEN?.trim() || undefined,
    },
    staticDir: env.STATIC_DIR ? path.resolve(cwd, env.STATIC_DIR) : undefined,
  };
}
