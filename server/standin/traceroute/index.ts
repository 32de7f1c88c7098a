/** The stand-in's traceroute area, mounted at /client/v4/accounts/:account_id/diagnostics. */
import { Hono, type Context } from 'hono';
import { isAddress, prefixOfAddress } from '../../../src/lib/prefix';
import type { StandinContext } from '../context';
import { data } from '../dataset/dataset';
import type { Colo } from '../dataset/load';
import { asLabel } from '../dataset/names';
import { fail, ok, readJson } from '../envelope';
import { hash32, unit } from '../sim/hash';
import { originOf, routeCache } from '../sim/realtime';
import { pathFrom } from '../sim/valley-free';
import { routerAddress } from './addresses';
import { resolve } from './hosts';
import { traceFromColo, type PathPlan } from './simulate';
import { validateTraceroute, type TracerouteRequest } from './validate';

const CLOUDFLARE = 13335;
/** Origins whose targets are anycast, so they answer from near every colo. */
const ANYCAST = new Set([CLOUDFLARE, 15169, 19281]);
/** "China colos are unavailable for traceroutes" (CONTRACT.md section 5). */
const unavailable = (c: Colo) => c.countryCode === 'CN';

function planFor(target: string): PathPlan {
  const ip = isAddress(target) ? target : resolve(target);
  if (!ip) return { target, ip: null, ases: [], reachable: false, site: null };
  const family = ip.includes(':') ? 6 : 4;
  const p = prefixOfAddress(ip, family === 4 ? 32 : 128);
  const origin = p ? originOf(p) : null;
  const graph = data.graph();
  const path =
    origin === null
      ? null
      : origin === CLOUDFLARE
        ? [CLOUDFLARE]
        : pathFrom(graph, routeCache.get(graph, origin), CLOUDFLARE);
  const asns = path ?? [CLOUDFLARE];
  const ases = asns.map((asn, k) => {
    const routers =
      asn === CLOUDFLARE
        ? 2
        : 1 + (hash32('routers', target, asn) % (k === asns.length - 1 ? 2 : 3));
    return {
      asn,
      addresses: Array.from({ length: routers }, (_, j) =>
        routerAddress(asn, unit(target, asn, j), family),
      ),
    };
  });
  const country = origin === null ? '' : asLabel(origin).country;
  const home = data.colos().find((c) => c.countryCode === country && !unavailable(c));
  const site =
    origin !== null && !ANYCAST.has(origin) && home ? { lat: home.lat, lon: home.lon } : null;
  return { target, ip, ases, reachable: path !== null, site };
}

function run(req: TracerouteRequest) {
  const colos = data.colos();
  const chosen = req.colos
    ? req.colos.map((n) => colos.find((c) => c.name === n)!)
    : colos.filter((c) => !unavailable(c));
  const optionsKey = JSON.stringify(req.options);
  return req.targets.map((target) => {
    const plan = planFor(target);
    return {
      target,
      colos: chosen.map((colo) => {
        // A name that does not resolve, or a colo that cannot run traceroutes, is a collection failure.
        if (!plan.ip || unavailable(colo)) {
          const code = plan.ip ? 2 : 1;
          return {
            colo: { name: colo.name, city: colo.city },
            error: `Could not gather traceroute data: Code ${code}`,
            hops: [],
            target_summary: {},
            traceroute_time_ms: 0,
          };
        }
        return traceFromColo(plan, colo, req.options, hash32(target, colo.name, optionsKey));
      }),
    };
  });
}

export function tracerouteRoutes(_ctx: StandinContext): Hono {
  const app = new Hono();
  app.post('/traceroute', async (c: Context) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const names = new Set(data.colos().map((col) => col.name));
    const req = validateTraceroute(body.body, (n) => names.has(n));
    if (typeof req === 'string') return fail(c, 400, { code: 1002, message: req });
    const result = run(req);
    return ok(c, result, {
      page: 1,
      per_page: result.length,
      count: result.length,
      total_count: result.length,
    });
  });
  return app;
}
