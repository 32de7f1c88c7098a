/**
 * Best valley-free routes towards one origin on the CAIDA graph, as Gao-Rexford routing policy
 * predicts them: an AS prefers routes learnt from customers over routes from peers over routes
 * from providers, then the shorter path, then (our deterministic tie-break) the lower next-hop
 * ASN. Customer routes climb provider links, cross at most one peer link, then descend customer
 * links; no route goes down and back up (a "valley"). One pass over the graph computes every
 * AS's choice at once, so a realtime query for ~40 vantage points costs one search.
 */
import { AsGraph } from '../dataset/graph';

const NONE = 0;
const ORIGIN = 1;
const FROM_CUSTOMER = 2;
const FROM_PEER = 3;
const FROM_PROVIDER = 4;

export interface RouteTable {
  origin: number;
  kind: Uint8Array;
  dist: Uint16Array;
  /** Dense index of the next AS towards the origin. */
  next: Int32Array;
}

export function bestRoutes(g: AsGraph, origin: number): RouteTable {
  const n = g.size;
  const kind = new Uint8Array(n);
  const dist = new Uint16Array(n);
  const next = new Int32Array(n).fill(-1);
  const table = { origin, kind, dist, next };
  const o = g.indexOf(origin);
  if (o < 0) return table;
  kind[o] = ORIGIN;

  // Offer a route to `v` via `u`; returns true when `v` had no route before.
  const offer = (v: number, u: number, k: number): boolean => {
    const d = dist[u]! + 1;
    if (kind[v] === NONE) {
      kind[v] = k;
      dist[v] = d;
      next[v] = u;
      return true;
    }
    if (kind[v] === k && (d < dist[v]! || (d === dist[v]! && g.asns[u]! < g.asns[next[v]!]!))) {
      dist[v] = d;
      next[v] = u;
    }
    return false;
  };

  // 1. Customer routes: breadth-first up provider links from the origin.
  const up = [o];
  for (let h = 0; h < up.length; h++) {
    const u = up[h]!;
    for (const p of AsGraph.neighbours(g.providers, u)) if (offer(p, u, FROM_CUSTOMER)) up.push(p);
  }
  // 2. Peer routes: one peer link from anything holding the origin's or a customer route.
  for (const u of up) for (const q of AsGraph.neighbours(g.peers, u)) offer(q, u, FROM_PEER);

  // 3. Provider routes: every AS with a route exports it to its customers, shortest first.
  const buckets: number[][] = [];
  for (let v = 0; v < n; v++) if (kind[v] !== NONE) (buckets[dist[v]!] ??= []).push(v);
  for (let d = 0; d < buckets.length; d++) {
    for (const u of buckets[d] ?? []) {
      for (const c of AsGraph.neighbours(g.customers, u)) {
        if (offer(c, u, FROM_PROVIDER)) (buckets[d + 1] ??= []).push(c);
      }
    }
  }
  return table;
}

/** AS path from `asn` to the origin (both included), or null when it has no route. */
export function pathFrom(g: AsGraph, t: RouteTable, asn: number): number[] | null {
  let i = g.indexOf(asn);
  if (i < 0 || t.kind[i] === NONE) return null;
  const path: number[] = [];
  while (i >= 0) {
    path.push(g.asns[i]!);
    i = t.next[i]!;
  }
  return path;
}

/** Per-origin tables, most recently used kept (each is ~0.5 MB). */
export class RouteCache {
  private readonly tables = new Map<number, RouteTable>();
  constructor(private readonly max = 32) {}

  get(g: AsGraph, origin: number): RouteTable {
    let t = this.tables.get(origin);
    if (t) this.tables.delete(origin);
    else t = bestRoutes(g, origin);
    this.tables.set(origin, t);
    if (this.tables.size > this.max) this.tables.delete(this.tables.keys().next().value!);
    return t;
  }
}
