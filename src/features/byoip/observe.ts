/**
 * Turns one answer of Radar's realtime routes (CONTRACT section 3) into what the verification
 * logic reasons about: the exact CIDR only, since Radar also answers covering and more-specific
 * routes, and those are a different announcement.
 */
import { parsePrefix } from '../../lib/prefix';
import { counted, type Observation } from '../../lib/verification';

/** The fields of the realtime answer this page reads (structural, so any parser's output fits). */
export interface RealtimeLike {
  meta: {
    data_time: string;
    query_time: string;
    collectors: {
      collector: string;
      latest_realtime_ts: string;
      peers_count: number;
      peers_v4_count: number;
      peers_v6_count: number;
    }[];
    prefix_origins: {
      origin: number;
      prefix: string;
      rpki_validation: string;
      total_peers: number;
      total_visible: number;
    }[];
  };
  routes: { as_path: number[]; collector: string; prefix: string }[];
}

/** Radar timestamps sometimes come without a zone; they are UTC. NaN when unreadable. */
function parseTime(text: string): number {
  const t = text.trim();
  const zoned = /[zZ]$|[+-]\d\d:?\d\d$/.test(t) ? t : `${t.replace(' ', 'T')}Z`;
  return Date.parse(zoned);
}

const canonical = (cidr: string) => {
  const p = parsePrefix(cidr);
  return p.ok ? p.value.cidr : cidr.trim().toLowerCase();
};

/**
 * The answer as an observation of `cidr`. With `since` (the last advertisement change), stalled
 * collectors whose data predates it are left out (see `counted`): what a screen shows of the
 * prefix now.
 */
export function toObservation(
  cidr: string,
  r: RealtimeLike,
  since: number | null = null,
  fallbackNow = Date.now(),
): Observation {
  const o = rawObservation(cidr, r, fallbackNow);
  return since === null ? o : counted(o, since, true).o;
}

function rawObservation(cidr: string, r: RealtimeLike, fallbackNow: number): Observation {
  const want = canonical(cidr);
  const parsed = parsePrefix(cidr);
  const v6 = parsed.ok && parsed.value.family === 6;
  const at = parseTime(r.meta.query_time);
  const dataTime = parseTime(r.meta.data_time);
  const origins = r.meta.prefix_origins.filter((o) => canonical(o.prefix) === want);
  const totalPeers =
    origins.reduce((max, o) => Math.max(max, o.total_peers), 0) ||
    r.meta.collectors.reduce((sum, c) => sum + c.peers_count, 0);
  const atMs = Number.isNaN(at) ? fallbackNow : at;
  return {
    at: atMs,
    dataTime: Number.isNaN(dataTime) ? atMs : dataTime,
    totalPeers,
    origins: origins.map((o) => ({
      asn: o.origin,
      rpki: o.rpki_validation.toLowerCase(),
      visiblePeers: o.total_visible,
    })),
    carriers: r.routes
      .filter((x) => canonical(x.prefix) === want)
      .map((x) => ({ collector: x.collector, peerAsn: x.as_path[0] ?? null, asPath: x.as_path })),
    collectors: r.meta.collectors.map((c) => {
      const t = parseTime(c.latest_realtime_ts);
      return {
        collector: c.collector,
        dataTime: Number.isNaN(t) ? null : t,
        peers: v6 ? c.peers_v6_count : c.peers_v4_count,
      };
    }),
  };
}

/** Each collector's lag behind the answer's query time, oldest first, for the freshness line. */
export function collectorLags(r: RealtimeLike): { collector: string; lagMs: number | null }[] {
  const at = parseTime(r.meta.query_time);
  return r.meta.collectors
    .map((c) => {
      const ts = parseTime(c.latest_realtime_ts);
      return {
        collector: c.collector,
        lagMs: Number.isNaN(ts) || Number.isNaN(at) ? null : Math.max(0, at - ts),
      };
    })
    .sort((a, b) => (b.lagMs ?? -1) - (a.lagMs ?? -1));
}

/** Routes to the CIDR from any other origin than the configured one: a MOAS or a hijack. */
export function otherOrigins(o: Observation, expected: number | null): number[] {
  return o.origins.filter((x) => x.visiblePeers > 0 && x.asn !== expected).map((x) => x.asn);
}
