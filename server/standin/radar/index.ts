/** The stand-in's Radar area, mounted at /client/v4/radar. */
import { Hono } from 'hono';
import type { StandinContext } from '../context';
import { pfx2asHandler, realtimeHandler } from './bgp';
import { entityHandler, entityListHandler } from './entities';
import { relHandler } from './rel';

export function radarRoutes(ctx: StandinContext): Hono {
  const app = new Hono();
  app.get('/entities/asns', entityListHandler);
  app.get('/entities/asns/:asn/rel', relHandler(ctx));
  app.get('/entities/asns/:asn', entityHandler);
  app.get('/bgp/routes/realtime', realtimeHandler(ctx));
  app.get('/bgp/routes/pfx2as', pfx2asHandler(ctx));
  return app;
}
