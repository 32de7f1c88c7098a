/**
 * The CAIDA AS graph in compressed sparse rows: per AS, its providers, customers and peers as
 * dense indices into `asns`. 78k ASes and 493k links fit in a few typed arrays (about 6 MB)
 * instead of a million small objects, and a whole-graph search touches only flat memory.
 */

export interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
}

export class AsGraph {
  constructor(
    /** Dense index -> ASN, ascending. */
    readonly asns: Uint32Array,
    readonly providers: Adjacency,
    readonly customers: Adjacency,
    readonly peers: Adjacency,
  ) {}

  get size(): number {
    return this.asns.length;
  }

  /** Dense index of an ASN, or -1 (binary search: `asns` is sorted). */
  indexOf(asn: number): number {
    let lo = 0;
    let hi = this.asns.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.asns[mid]!;
      if (v === asn) return mid;
      if (v < asn) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  static neighbours(adj: Adjacency, i: number): Int32Array {
    return adj.targets.subarray(adj.offsets[i]!, adj.offsets[i + 1]!);
  }
}

function buildAdjacency(n: number, from: Int32Array, to: Int32Array, count: number): Adjacency {
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) offsets[from[k]! + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(count);
  for (let k = 0; k < count; k++) targets[fill[from[k]!]!++] = to[k]!;
  // Ascending neighbour order makes every search and tie-break independent of file order.
  for (let i = 0; i < n; i++) targets.subarray(offsets[i]!, offsets[i + 1]!).sort();
  return { offsets, targets };
}

/**
 * Builds the graph from CAIDA serial-1 links: `rel` -1 means a1 is the provider of a2, 0 peers.
 */
export function buildAsGraph(a1: Uint32Array, a2: Uint32Array, rel: Int8Array): AsGraph {
  const all = new Uint32Array(a1.length * 2);
  all.set(a1);
  all.set(a2, a1.length);
  all.sort();
  let n = 0;
  for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[k - 1]) all[n++] = all[k]!;
  const asns = all.slice(0, n);
  const graph0 = new AsGraph(asns, emptyAdj(n), emptyAdj(n), emptyAdj(n));
  const m = a1.length;
  const pFrom = new Int32Array(m * 2);
  const pTo = new Int32Array(m * 2);
  const cFrom = new Int32Array(m);
  const cTo = new Int32Array(m);
  const provFrom = new Int32Array(m);
  const provTo = new Int32Array(m);
  let np = 0;
  let nc = 0;
  for (let k = 0; k < m; k++) {
    const i = graph0.indexOf(a1[k]!);
    const j = graph0.indexOf(a2[k]!);
    if (rel[k] === 0) {
      pFrom[np] = i;
      pTo[np++] = j;
      pFrom[np] = j;
      pTo[np++] = i;
    } else {
      cFrom[nc] = i;
      cTo[nc] = j;
      provFrom[nc] = j;
      provTo[nc++] = i;
    }
  }
  return new AsGraph(
    asns,
    buildAdjacency(n, provFrom, provTo, nc),
    buildAdjacency(n, cFrom, cTo, nc),
    buildAdjacency(n, pFrom, pTo, np),
  );
}

function emptyAdj(n: number): Adjacency {
  return { offsets: new Int32Array(n + 1), targets: new Int32Array(0) };
}
