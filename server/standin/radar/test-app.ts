/**
 * A stand-in for the Radar and traceroute tests, with a BYOIP view the test controls, so the
 * effect of an observation is asserted without depending on the addressing area's timing.
 */
import { Hono } from 'hono';
import type { ByoipObservation, StandinContext, Vrp } from '../context';
import { tracerouteRoutes } from '../traceroute/index';
import { radarRoutes } from './index';

export const NOW = Date.parse('2026-11-21T12:02:00Z');

export function testApp(
  opts: { observations?: ByoipObservation[]; vrps?: Vrp[]; now?: () => number } = {},
) {
  const ctx: StandinContext = {
    opts: { stateDir: '/nonexistent', accountId: 'acc', timeScale: 1, faults: '' },
    now: opts.now ?? (() => NOW),
    byoip: {
      observe: (cidr) => (opts.observations ?? []).filter((o) => o.cidr === cidr),
      vrps: () => opts.vrps ?? [],
    },
  };
  const app = new Hono();
  app.route('/client/v4/radar', radarRoutes(ctx));
  app.route('/client/v4/accounts/:account_id/diagnostics', tracerouteRoutes(ctx));
  return app;
}
