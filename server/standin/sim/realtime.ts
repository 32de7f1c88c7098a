/**
 * Radar realtime routes simulated on the real graph (DESIGN.md, "The stand-in"): the origin comes
 * from longest-prefix match, or from the demo account's BYOIP observations; each real collector
 * peer gets its best valley-free path to the origin; communities are real values set by ASes on
 * that path; RPKI state is RFC 6811 against the shipped VRPs plus the account's own ROAs.
 */
import { parsePrefix, type Prefix } from '../../../src/lib/prefix';
import { createVrpIndex, validateOrigin, type VrpIndex } from '../../../src/lib/rpki';
import type { ByoipObservation, Vrp } from '../context';
import { data } from '../dataset/dataset';
import type { Collector, CollectorPeer } from '../dataset/load';
import { asLabel } from '../dataset/names';
import { combineVrpIndexes } from '../dataset/vrps';
import { collectorNow, collectorTimes, dataTime, isStale, radarTime, windowOf } from './clock';
import { hash32, unit } from './hash';
import { pathFrom, RouteCache } from './valley-free';

export const routeCache = new RouteCache();

interface Announcement {
  prefix: string;
  origin: number;
  /** BYOIP only: the upstream the origin announces through, with its prepends. */
  upstream?: { asn: number; prepend: number; fraction: number };
}

export interface Route {
  as_path: number[];
  collector: string;
  communities: string[];
  prefix: string;
  timestamp: string;
}

/** The origin for a prefix from the shipped table: the block covering it, if any. */
export function originOf(p: Prefix): number | null {
  const idx = p.family === 4 ? data.origins().v4 : data.origins().v6;
  const i = idx.covering(p);
  return i < 0 ? null : idx.origins[i]!;
}

export function vrpIndexWith(extra: Vrp[]): VrpIndex {
  return extra.length === 0 ? data.vrps() : combineVrpIndexes(data.vrps(), createVrpIndex(extra));
}

function pathFor(peer: CollectorPeer, a: Announcement): number[] | null {
  const graph = data.graph();
  if (!a.upstream)
    return peer.asn === a.origin
      ? [a.origin]
      : pathFrom(graph, routeCache.get(graph, a.origin), peer.asn);
  const { asn, prepend } = a.upstream;
  const toUpstream =
    peer.asn === asn ? [asn] : pathFrom(graph, routeCache.get(graph, asn), peer.asn);
  if (!toUpstream) return null;
  const tail = a.origin === asn ? [] : [a.origin];
  return [...toUpstream, ...new Array<number>(prepend).fill(asn), ...tail];
}

/** Up to two real communities per AS on the path, picked by the route's identity. */
function communitiesFor(path: number[], seed: string): string[] {
  const byAs = data.communities();
  const out = new Set<string>();
  for (const asn of new Set(path)) {
    const pool = byAs.get(asn);
    if (!pool) continue;
    const take = 1 + (hash32(seed, asn) % Math.min(2, pool.length));
    for (let k = 0; k < take; k++) out.add(pool[(hash32(seed, asn, k) % pool.length) >>> 0]!);
  }
  return [...out].sort();
}

/** Observations of the demo account's BYOIP prefixes as they were at an instant (ms). */
type ObserveAt = (at: number) => ByoipObservation[];

const toAnnouncements = (observations: ByoipObservation[]): Announcement[] =>
  observations.map((o) => ({
    prefix: o.cidr,
    origin: o.origin,
    upstream: { asn: o.upstream, prepend: o.prepend, fraction: o.fraction },
  }));

/**
 * The realtime answer at `now`. Each collector reports what it knew at its own latest timestamp, so
 * a collector that lags does not yet see a recent change, and a stale one still shows the state
 * of days ago: BYOIP observations are taken at every collector's own clock.
 */
export function simulateRealtime(
  p: Prefix,
  now: number,
  observeAt: ObserveAt,
  extraVrps: Vrp[],
  timeScale = 1,
) {
  const window = windowOf(now, timeScale);
  const collectors = data.collectors();
  const seenBy = new Map(
    collectors.map((c) => [c.id, toAnnouncements(observeAt(collectorNow(c, now, timeScale)))]),
  );
  // The set of announcements is the same at every instant (only their shares move), so the
  // answer's list of origins follows the live view: the most up-to-date collector's.
  const current = toAnnouncements(observeAt(window));
  const announcements: Announcement[] = current.length
    ? current
    : [originOf(p)].flatMap((origin) => (origin === null ? [] : [{ prefix: p.cidr, origin }]));

  const peers = collectors.flatMap((c) =>
    c.peers.filter((x) => x.family === p.family).map((peer) => ({ c, peer })),
  );
  const vrps = vrpIndexWith(extraVrps);
  const routes: Route[] = [];
  const prefixOrigins = announcements.map((a) => {
    const shareAt = (c: Collector) =>
      a.upstream
        ? (seenBy.get(c.id)?.find((x) => x.prefix === a.prefix)?.upstream?.fraction ?? 0)
        : 1;
    let visible = 0;
    let visibleLive = 0;
    for (const { c, peer } of peers) {
      const carried = !a.upstream || unit('carry', a.prefix, c.id, peer.ip) < shareAt(c);
      const path = carried ? pathFor(peer, a) : null;
      if (!path) continue;
      visible++;
      if (!isStale(c)) visibleLive++;
      routes.push(routeOf(c, peer, a, path, now, timeScale));
    }
    // A share too small for any of the ~50 peers to draw (a lingering withdrawn route is 1%)
    // still means someone carries it: among live collectors that see the share, the peer with the
    // lowest draw that has a path keeps it. Never a stale collector: its days-old view is no news.
    if (visibleLive === 0 && a.upstream) {
      const byDraw = peers
        .filter(({ c }) => !isStale(c) && shareAt(c) > 0)
        .map((x) => ({ ...x, draw: unit('carry', a.prefix, x.c.id, x.peer.ip) }))
        .sort((x, y) => x.draw - y.draw);
      for (const { c, peer } of byDraw) {
        const path = pathFor(peer, a);
        if (!path) continue;
        visible++;
        routes.push(routeOf(c, peer, a, path, now, timeScale));
        break;
      }
    }
    const route = announcedPrefix(a, p);
    return {
      origin: a.origin,
      prefix: a.prefix,
      rpki_validation: validateOrigin(route, a.origin, vrps).state,
      total_peers: peers.length,
      total_visible: visible,
      visibility: peers.length ? visible / peers.length : 0,
    };
  });

  const onPaths = [...new Set(routes.flatMap((r) => r.as_path))].sort((a, b) => a - b);
  return {
    meta: {
      asn_info: onPaths.map((asn) => {
        const l = asLabel(asn);
        return { asn, as_name: l.name, country_code: l.country, org_id: '', org_name: l.name };
      }),
      collectors: collectors.map((c) => collectorMeta(c, now, timeScale)),
      data_time: radarTime(dataTime(collectors, now, timeScale)),
      query_time: radarTime(window),
      prefix_origins: prefixOrigins,
    },
    routes,
  };
}

function announcedPrefix(a: Announcement, query: Prefix): Prefix {
  const parsed = parsePrefix(a.prefix);
  return parsed.ok ? parsed.value : query;
}

function routeOf(
  c: Collector,
  peer: CollectorPeer,
  a: Announcement,
  path: number[],
  now: number,
  timeScale: number,
): Route {
  const seed = `${a.prefix}|${c.id}|${peer.ip}`;
  // The route last changed some time in the past week, never after its collector's last data.
  const age = (hash32('age', seed) % (7 * 24 * 3600)) * 1000;
  return {
    as_path: path,
    collector: c.id,
    communities: communitiesFor(path, seed),
    prefix: a.prefix,
    timestamp: radarTime(collectorNow(c, now, timeScale) - age),
  };
}

function collectorMeta(c: Collector, now: number, timeScale: number) {
  const v4 = c.peers.filter((p) => p.family === 4).length;
  return {
    collector: c.id,
    ...collectorTimes(c, now, timeScale),
    peers_count: c.peers.length,
    peers_v4_count: v4,
    peers_v6_count: c.peers.length - v4,
  };
}
