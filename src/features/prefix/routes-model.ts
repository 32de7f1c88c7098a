/**
 * The routes table's data: rows derived once from a realtime response, then filtered and sorted
 * on every URL change. Pure, so the bench and the unit tests exercise the same code as the page.
 */
import type { Realtime } from '../../api/radar-routes';
import { communityMatches, parseCommunity, type Community } from '../../lib/communities';
import { collapsePrepends, pathRuns, type PathRun } from '../../lib/valley-free';
import { parseRadarTime } from './time';

export interface RouteRow {
  id: number;
  collector: string;
  /** The collector peer's AS: the first hop of the path. */
  peerAsn: number | null;
  path: number[];
  runs: PathRun[];
  /** Path length without prepends, for sorting by distance. */
  hops: number;
  communities: Community[];
  timestamp: string;
  time: number | null;
  prefix: string;
}

export function toRows(routes: Realtime['routes']): RouteRow[] {
  // The same communities recur on most routes of a prefix: parse each distinct one once.
  const parsed = new Map<string, Community>();
  const community = (raw: string) => {
    let c = parsed.get(raw);
    if (!c) parsed.set(raw, (c = parseCommunity(raw)));
    return c;
  };
  return routes.map((r, id) => ({
    id,
    collector: r.collector,
    peerAsn: r.as_path[0] ?? null,
    path: r.as_path,
    runs: pathRuns(r.as_path),
    hops: collapsePrepends(r.as_path).length,
    communities: r.communities.map(community),
    timestamp: r.timestamp,
    time: parseRadarTime(r.timestamp),
    prefix: r.prefix,
  }));
}

export interface RouteFilter {
  collector?: string;
  as?: number;
  community?: string;
}

export function filterRows(rows: readonly RouteRow[], f: RouteFilter): RouteRow[] {
  const community = f.community?.trim();
  return rows.filter(
    (r) =>
      (f.collector === undefined || r.collector === f.collector) &&
      // Paths are a handful of ASes: a scan is cheaper than building a Set per route.
      (f.as === undefined || r.path.includes(f.as)) &&
      (!community || r.communities.some((c) => communityMatches(c, community))),
  );
}

export const SORT_KEYS = ['collector', 'peer', 'path', 'time'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byNum = (a: number | null, b: number | null) => (a ?? -Infinity) - (b ?? -Infinity);

const compare: Record<SortKey, (a: RouteRow, b: RouteRow) => number> = {
  collector: (a, b) => byText(a.collector, b.collector) || byNum(a.peerAsn, b.peerAsn),
  peer: (a, b) => byNum(a.peerAsn, b.peerAsn) || byText(a.collector, b.collector),
  path: (a, b) => a.hops - b.hops || a.path.length - b.path.length,
  time: (a, b) => byNum(a.time, b.time),
};

/** Stable: ties keep the API's order, so equal rows do not jump between refreshes. */
export function sortRows(rows: readonly RouteRow[], key: SortKey, dir: SortDir): RouteRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare[key](a, b) || a.id - b.id);
}

/** Distinct communities on the routes, most used first, for the filter's suggestions. */
export function communityCounts(
  rows: readonly RouteRow[],
): Array<{ community: Community; routes: number }> {
  const counts = new Map<string, { community: Community; routes: number }>();
  for (const r of rows) {
    for (const c of new Map(r.communities.map((x) => [x.raw, x])).values()) {
      const e = counts.get(c.raw);
      if (e) e.routes++;
      else counts.set(c.raw, { community: c, routes: 1 });
    }
  }
  return [...counts.values()].sort(
    (a, b) => b.routes - a.routes || byText(a.community.raw, b.community.raw),
  );
}
