/**
 * The stand-in: a Cloudflare API v4 look-alike answering from real routing data shipped in
 * `server/standin/data/`. It is a plain Hono app so it can sit behind routedeck's guards (demo
 * mode), run on its own port as an upstream that requires a token (tests of the live proxy), and
 * answer the official SDK in tests.
 */
import { Hono } from 'hono';
import type { StandinOptions } from '../config';
import type { StandinContext } from './context';
import { notFoundRoute } from './envelope';
import { faultMiddleware } from './faults';
import { requireTokenMiddleware } from './auth';
import { radarRoutes } from './radar/index';
import { createAddressing } from './addressing/index';
import { tracerouteRoutes } from './traceroute/index';
import { cniRoutes } from './cni/index';

export function createStandin(opts: StandinOptions): Hono {
  const now = opts.now ?? (() => Date.now());
  const addressing = createAddressing(opts, now);
  const ctx: StandinContext = { opts, now, byoip: addressing.view };

  const app = new Hono();
  if (opts.requireToken) app.use('/client/v4/*', requireTokenMiddleware(opts.requireToken));
  app.use('/client/v4/*', faultMiddleware(opts.faults));
  app.route('/client/v4/radar', radarRoutes(ctx));
  app.route('/client/v4/accounts/:account_id/addressing', addressing.routes);
  app.route('/client/v4/accounts/:account_id/diagnostics', tracerouteRoutes(ctx));
  app.route('/client/v4/accounts/:account_id/cni', cniRoutes(ctx));
  app.notFound(notFoundRoute);
  return app;
}
