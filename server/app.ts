/**
 * routedeck's Node server app, for Vite dev, the Node production server and tests: the shared
 * app (app-core.ts) with the Node pieces plugged in: the file journal, basic auth, the stand-in
 * in demo mode and the built SPA.
 */
import type { Hono } from 'hono';
import type { ServerConfig } from './config';
import { basicAuth } from './access';
import { createAppCore } from './app-core';
import { createAuditLog } from './audit';
import type { AccessEnv } from './host-guard';
import { nodeUpstream } from './proxy/node-upstream';
import { upstreamFromFetch } from './proxy/upstream';
import { mountStatic } from './static';

export interface AppDeps {
  /** Live mode's way out as a fetch (tests inject a fake upstream); undici when absent. */
  fetch?: typeof fetch;
  /** Demo mode's backend; built from config.standin when absent. */
  standin?: Hono;
  log?: (line: string) => void;
}

export function createApp(config: ServerConfig, deps: AppDeps = {}): Hono<AccessEnv> {
  const log = deps.log ?? ((line: string) => console.log(line));
  const { basicAuth: auth, staticDir } = config;
  return createAppCore(config, {
    // The keep-alive pool exists only where something goes out through it.
    upstream: deps.fetch
      ? upstreamFromFetch(deps.fetch)
      : config.mode === 'live'
        ? nodeUpstream()
        : undefined,
    standinFetch: config.mode === 'demo' ? standinFetch(config, deps, log) : undefined,
    journal: createAuditLog(config.stateDir),
    access: auth ? basicAuth(auth.user, auth.passwordHash) : undefined,
    mountStatic: staticDir ? (app) => mountStatic(app, staticDir) : undefined,
    log,
  });
}

/**
 * The stand-in loads its datasets when created, so it is imported lazily: live mode never pays for
 * it. Loading starts at once so the first page is not the one that waits. In the app the stand-in
 * never asks for a token: STANDIN_REQUIRE_TOKEN is for running it alone as a fake upstream.
 */
function standinFetch(
  config: ServerConfig,
  deps: AppDeps,
  log: (line: string) => void,
): typeof fetch {
  const ready: Promise<Hono> = deps.standin
    ? Promise.resolve(deps.standin)
    : import('./standin/index').then((m) =>
        m.createStandin({ ...config.standin, requireToken: undefined }),
      );
  // Every request then answers 502; the reason belongs in the server log, once.
  ready.catch((e: unknown) =>
    log(`the stand-in failed to load: ${(e as Error).stack ?? String(e)}`),
  );
  return async (input, init) => (await ready).fetch(new Request(input, init));
}
