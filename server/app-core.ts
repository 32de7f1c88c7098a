/**
 * The routedeck app without anything Node-specific, shared by the Node server (server/app.ts adds
 * the file journal, basic auth, the stand-in and the static files) and the Cloudflare Worker
 * (worker/index.ts adds the D1 journal and Cloudflare Access). Order of the layers: Host guard ->
 * access control -> /api/* -> /client/v4/* guards -> backend -> static files (Node only).
 */
import { Hono, type MiddlewareHandler } from 'hono';
import type { ServerConfig } from './config';
import { type AccessEnv, hostGuard } from './host-guard';
import { sessionInfo } from './session';
import type { Journal } from './storage/journal';
import { GUARD_CODES, cfError } from './proxy/errors';
import { createForwarder } from './proxy/forward';
import { apiHandler } from './proxy/handler';
import { type Upstream, upstreamFromFetch } from './proxy/upstream';
import { verdictHandler } from './verdicts';

export interface CoreDeps {
  /**
   * Live mode's way out: undici on Node, fetch on Workers, a fake upstream in tests. Not needed in
   * demo mode, where the stand-in answers in-process.
   */
  upstream?: Upstream;
  /** Demo mode's backend (the stand-in's fetch); required in demo mode. */
  standinFetch?: typeof fetch;
  journal: Journal;
  /** Who may use the server: basic auth on Node, Cloudflare Access on Workers. */
  access?: MiddlewareHandler<AccessEnv>;
  /** Mounts the built SPA after the API routes (Node; on Workers the assets layer serves it). */
  mountStatic?: (app: Hono<AccessEnv>) => void;
  log: (line: string) => void;
}

const MAX_AUDIT_LIMIT = 1000;
const READ_ONLY_REASON =
  'routedeck runs read-only (READ_ONLY is set on its server): changes are refused.';

export function createAppCore(config: ServerConfig, deps: CoreDeps): Hono<AccessEnv> {
  const { log } = deps;
  const app = new Hono<AccessEnv>();

  app.use('*', async (c, next) => {
    await next();
    // The BYOIP page has an "advertise" button: it must not be framed by another site.
    c.res.headers.set('x-frame-options', 'DENY');
    c.res.headers.set('x-content-type-options', 'nosniff');
    c.res.headers.set('referrer-policy', 'same-origin');
  });
  app.use('*', hostGuard(config.allowedHosts));
  if (deps.access) app.use('*', deps.access);

  app.get('/api/session', (c) => {
    const reason = config.readOnly ? READ_ONLY_REASON : c.get('readOnlyReason');
    return c.json({
      ...sessionInfo(config),
      ...(reason ? { readOnly: true, readOnlyReason: reason } : {}),
    });
  });
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
    return c.json(await deps.journal.read({ limit }));
  });
  app.post('/api/audit/verdicts', verdictHandler({ config, journal: deps.journal }));
  app.all('/api/*', (c) =>
    cfError(404, GUARD_CODES.notAllowed, `No routedeck endpoint ${c.req.method} ${c.req.path}.`),
  );

  const { standinFetch } = deps;
  if (config.mode === 'demo' && !standinFetch) throw new Error('Demo mode needs the stand-in.');
  if (config.mode === 'live' && !deps.upstream) throw new Error('Live mode needs an upstream.');
  const forward =
    config.mode === 'live' || !standinFetch
      ? createForwarder({
          baseUrl: config.upstreamBaseUrl,
          credentials: config.credentials,
          upstream: deps.upstream!,
          label: 'the Cloudflare API',
        })
      : createForwarder({
          baseUrl: 'http://standin.internal/client/v4',
          upstream: upstreamFromFetch(standinFetch),
          label: 'the stand-in',
        });
  app.all('/client/v4/*', apiHandler({ config, forward, audit: deps.journal, log }));

  deps.mountStatic?.(app);
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
