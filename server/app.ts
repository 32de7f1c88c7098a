/**
 * routedeck's server: one Hono app for Vite dev, the Node production server and tests. Order of
 * the layers: Host guard -> basic auth -> /api/* -> /client/v4/* guards -> backend (Cloudflare
 * in live mode, the stand-in in demo mode) -> built SPA.
 */
import { Hono } from 'hono';
import type { ServerConfig } from './config';
import { type AccessEnv, basicAuth, hostGuard } from './access';
import { createAuditLog, readAudit } from './audit';
import { sessionInfo } from './session';
import { mountStatic } from './static';
import { GUARD_CODES, cfError } from './proxy/errors';
import { createForwarder } from './proxy/forward';
import { apiHandler } from './proxy/handler';

export interface AppDeps {
  /** Live mode's way out (tests inject a fake upstream). */
  fetch?: typeof fetch;
  /** Demo mode's backend; built from config.standin when absent. */
  standin?: Hono;
  log?: (line: string) => void;
}

const MAX_AUDIT_LIMIT = 1000;

export function createApp(config: ServerConfig, deps: AppDeps = {}): Hono<AccessEnv> {
  const log = deps.log ?? ((line: string) => console.log(line));
  const app = new Hono<AccessEnv>();

  app.use('*', async (c, next) => {
    await next();
    // The BYOIP page has an "advertise" button: it must not be framed by another site.
    c.res.headers.set('x-frame-options', 'DENY');
    c.res.headers.set('x-content-type-options', 'nosniff');
    c.res.headers.set('referrer-policy', 'same-origin');
  });
  app.use('*', hostGuard(config.allowedHosts));
  if (config.basicAuth)
    app.use('*', basicAuth(config.basicAuth.user, config.basicAuth.passwordHash));

  app.get('/api/session', (c) => c.json(sessionInfo(config)));
  app.get('/api/audit', async (c) => {
    const raw = c.req.query('limit') ?? '50';
    const limit = Number(raw);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUDIT_LIMIT) {
      return cfError(
        400,
        GUARD_CODES.badRequest,
        `limit must be an integer from 1 to ${MAX_AUDIT_LIMIT}, got "${raw}".`,
      );
    }
    return c.json(await readAudit(config.stateDir, { limit }));
  });
  app.all('/api/*', (c) =>
    cfError(404, GUARD_CODES.notAllowed, `No routedeck endpoint ${c.req.method} ${c.req.path}.`),
  );

  const forward =
    config.mode === 'live'
      ? createForwarder({
          baseUrl: config.upstreamBaseUrl,
          credentials: config.credentials,
          fetch: deps.fetch ?? fetch,
          label: 'the Cloudflare API',
        })
      : createForwarder({
          baseUrl: 'http://standin.internal/client/v4',
          fetch: standinFetch(config, deps, log),
          label: 'the stand-in',
        });
  app.all(
    '/client/v4/*',
    apiHandler({ config, forward, audit: createAuditLog(config.stateDir), log }),
  );

  if (config.staticDir) mountStatic(app, config.staticDir);
  app.notFound((c) => cfError(404, GUARD_CODES.notAllowed, `Nothing at ${c.req.path}.`));
  app.onError((err, c) => {
    // The message may come from anywhere in a handler; the browser only learns that it failed.
    log(`internal error on ${c.req.method} ${c.req.path}: ${err.message}`);
    return cfError(
      500,
      GUARD_CODES.internal,
      'routedeck hit an internal error; the server log has the details.',
    );
  });
  return app;
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
