/** GET /radar/bgp/routes/realtime and /radar/bgp/routes/pfx2as. */
import type { Context } from 'hono';
import { parsePrefix, type Prefix } from '../../../src/lib/prefix';
import { validateOrigin } from '../../../src/lib/rpki';
import type { StandinContext } from '../context';
import { data } from '../dataset/dataset';
import { ok, radarFail } from '../envelope';
import { dataTime, radarTime, windowOf } from '../sim/clock';
import { simulateRealtime, vrpIndexWith } from '../sim/realtime';
import { csvResponse } from './csv';
import { asnParam, boolParam, formatParam, prefixParam } from './params';

export function realtimeHandler(ctx: StandinContext) {
  return (c: Context) => {
    const prefix = prefixParam(c, c.req.query('prefix'));
    if (!prefix.ok) return prefix.response;
    const format = formatParam(c);
    if (!format.ok) return format.response;
    const now = ctx.now();
    const result = simulateRealtime(
      prefix.value,
      now,
      (at) => ctx.byoip.observe(prefix.value.cidr, at),
      ctx.byoip.vrps(),
      ctx.opts.timeScale,
    );
    if (format.value === 'csv')
      return csvResponse(c, result.routes as unknown as Record<string, unknown>[]);
    return ok(c, result);
  };
}

/** Each distinct origin costs one graph search for its peer count, so answers are capped. */
const PFX2AS_LIMIT = 100;

/** Blocks to report: the covering block (longestPrefixMatch), the blocks at or inside a prefix, or an origin's. */
function pick(p: Prefix | null, origin: number | null, lpm: boolean) {
  const { v4, v6 } = data.origins();
  const out: { prefix: string; origin: number }[] = [];
  for (const idx of p ? [p.family === 4 ? v4 : v6] : [v4, v6]) {
    let hits: number[];
    if (p && lpm) hits = [idx.covering(p)].filter((i) => i >= 0);
    else if (p) hits = idx.inside(p, PFX2AS_LIMIT);
    else hits = idx.byOrigin(origin!, PFX2AS_LIMIT - out.length);
    for (const i of hits) {
      const b = idx.block(i);
      if (origin === null || b.origin === origin) out.push({ prefix: b.cidr, origin: b.origin });
    }
  }
  return out;
}

export function pfx2asHandler(ctx: StandinContext) {
  return (c: Context) => {
    const rawPrefix = c.req.query('prefix');
    const prefix = rawPrefix === undefined ? null : prefixParam(c, rawPrefix);
    if (prefix && !prefix.ok) return prefix.response;
    const rawOrigin = c.req.query('origin');
    const origin = rawOrigin === undefined ? null : asnParam(c, rawOrigin, 'origin');
    if (origin && !origin.ok) return origin.response;
    if (!prefix && !origin) return radarFail(c, 400, 'prefix or origin: give at least one.');
    const lpm = boolParam(c, 'longestPrefixMatch');
    if (!lpm.ok) return lpm.response;
    const status = c.req.query('rpkiStatus')?.toUpperCase();
    if (status !== undefined && !['VALID', 'INVALID', 'UNKNOWN'].includes(status)) {
      return radarFail(c, 400, 'rpkiStatus: must be VALID, INVALID or UNKNOWN.');
    }
    const format = formatParam(c);
    if (!format.ok) return format.response;

    const now = ctx.now();
    const vrps = vrpIndexWith(ctx.byoip.vrps());
    const peersByFamily = (family: number) =>
      data
        .collectors()
        .reduce((n, col) => n + col.peers.filter((x) => x.family === family).length, 0);
    const seen = new Map<string, number>();
    const rows = pick(prefix?.value ?? null, origin?.value ?? null, lpm.value).flatMap((b) => {
      const parsed = parsePrefix(b.prefix);
      if (!parsed.ok) return [];
      // peer_count: how many collector peers see the origin in the realtime simulation.
      const key = `${parsed.value.family}|${b.origin}`;
      if (!seen.has(key)) {
        const sim = simulateRealtime(parsed.value, now, () => [], []);
        seen.set(key, sim.meta.prefix_origins[0]?.total_visible ?? 0);
      }
      const row = {
        origin: b.origin,
        peer_count: seen.get(key) ?? 0,
        prefix: b.prefix,
        rpki_validation: validateOrigin(parsed.value, b.origin, vrps).state,
      };
      return status && row.rpki_validation.toUpperCase() !== status ? [] : [row];
    });
    if (format.value === 'csv') return csvResponse(c, rows);
    const family = prefix?.value.family ?? 4;
    return ok(c, {
      meta: {
        data_time: radarTime(dataTime(data.collectors(), now)),
        query_time: radarTime(windowOf(now)),
        total_peers: peersByFamily(family),
      },
      prefix_origins: rows,
    });
  };
}
