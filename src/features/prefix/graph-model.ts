/**
 * All paths merged into one graph: one node per AS (prepends removed), one edge per link, weighted
 * by the number of routes that cross it. Edges point the way the paths are written, from the
 * collector peer towards the origin.
 */
import type { ElementDefinition } from 'cytoscape';
import { collapsePrepends } from '../../lib/valley-free';

export interface PathGraph {
  nodes: Array<{ asn: number; routes: number; role: 'origin' | 'peer' | 'transit' }>;
  edges: Array<{ from: number; to: number; routes: number }>;
}

export function mergePaths(paths: ReadonlyArray<readonly number[]>): PathGraph {
  const nodeRoutes = new Map<number, number>();
  const origins = new Set<number>();
  const peers = new Set<number>();
  const edges = new Map<string, { from: number; to: number; routes: number }>();
  for (const path of paths) {
    const p = collapsePrepends(path);
    if (p.length === 0) continue;
    peers.add(p[0]!);
    origins.add(p[p.length - 1]!);
    for (const asn of p) nodeRoutes.set(asn, (nodeRoutes.get(asn) ?? 0) + 1);
    for (let i = 0; i + 1 < p.length; i++) {
      const key = `${p[i]}>${p[i + 1]}`;
      const e = edges.get(key);
      if (e) e.routes++;
      else edges.set(key, { from: p[i]!, to: p[i + 1]!, routes: 1 });
    }
  }
  return {
    nodes: [...nodeRoutes].map(([asn, routes]) => ({
      asn,
      routes,
      role: origins.has(asn) ? 'origin' : peers.has(asn) ? 'peer' : 'transit',
    })),
    edges: [...edges.values()],
  };
}

/** Cytoscape ids must not start with a digit to be usable in selectors such as `#as13335`. */
export const nodeId = (asn: number) => `as${asn}`;
export const asnOfNode = (id: string) => Number(id.replace(/^as/, ''));

const NAME_CHARS = 16;

/**
 * Cytoscape elements; edge width grows with the square root of routes so one busy link does not
 * hide the rest. Labels carry a shortened AS name unless `withNames` is off (narrow screens).
 */
export function graphElements(
  g: PathGraph,
  names: ReadonlyMap<number, string>,
  selected?: number,
  withNames = true,
): ElementDefinition[] {
  const maxRoutes = Math.max(1, ...g.edges.map((e) => e.routes));
  const label = (asn: number) => {
    const name = withNames ? names.get(asn) : undefined;
    if (!name) return `AS${asn}`;
    return `AS${asn}\n${name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1)}…` : name}`;
  };
  return [
    ...g.nodes.map((n) => ({
      data: { id: nodeId(n.asn), label: label(n.asn), routes: n.routes },
      classes: [n.role, n.asn === selected ? 'selected' : ''].filter(Boolean).join(' '),
    })),
    ...g.edges.map((e) => ({
      data: {
        id: `${e.from}>${e.to}`,
        source: nodeId(e.from),
        target: nodeId(e.to),
        routes: e.routes,
        width: 1 + 7 * Math.sqrt(e.routes / maxRoutes),
      },
    })),
  ];
}
