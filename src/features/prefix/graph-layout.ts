/**
 * Where each AS of the merged path graph sits. Layered like a breadth-first layout (origins on
 * top, each row one hop further away), but a layer wider than the box wraps onto several rows:
 * 1.1.1.0/24 has about 30 collector peers one hop from its upstream, and one row of 30 labelled
 * nodes must shrink to a third of its size to fit 1,280 px, where the labels overlap and cannot be
 * read. Within a layer, each AS sits near the mean position of its neighbours in the layer above
 * (one barycentre pass), which keeps most links short without a full crossing minimisation.
 */
import type { PathGraph } from './graph-model';

export interface Spacing {
  /** Horizontal distance between neighbouring nodes in a row, in graph pixels. */
  column: number;
  /** Vertical distance between rows. */
  row: number;
}

export interface Layered {
  positions: Map<number, { x: number; y: number }>;
  /** Rows used, for sizing the graph's box to its content. */
  rows: number;
}

/** Hop distance from the nearest origin, over links in either direction. */
function layers(g: PathGraph): Map<number, number> {
  const next = new Map<number, number[]>();
  const link = (a: number, b: number) => next.set(a, [...(next.get(a) ?? []), b]);
  for (const e of g.edges) {
    link(e.from, e.to);
    link(e.to, e.from);
  }
  const depth = new Map<number, number>();
  let frontier = g.nodes.filter((n) => n.role === 'origin').map((n) => n.asn);
  for (const asn of frontier) depth.set(asn, 0);
  for (let d = 1; frontier.length > 0; d++) {
    const found: number[] = [];
    for (const asn of frontier) {
      for (const n of next.get(asn) ?? []) {
        if (!depth.has(n)) {
          depth.set(n, d);
          found.push(n);
        }
      }
    }
    frontier = found;
  }
  // A node not linked to any origin (cannot happen for real paths) goes below the rest.
  const deepest = Math.max(0, ...depth.values());
  for (const n of g.nodes) if (!depth.has(n.asn)) depth.set(n.asn, deepest + 1);
  return depth;
}

export function layeredPositions(g: PathGraph, perRow: number, spacing: Spacing): Layered {
  const depth = layers(g);
  const neighbours = new Map<number, number[]>();
  for (const e of g.edges) {
    neighbours.set(e.from, [...(neighbours.get(e.from) ?? []), e.to]);
    neighbours.set(e.to, [...(neighbours.get(e.to) ?? []), e.from]);
  }
  const byLayer = new Map<number, number[]>();
  for (const n of [...g.nodes].sort((a, b) => b.routes - a.routes || a.asn - b.asn)) {
    const d = depth.get(n.asn) ?? 0;
    byLayer.set(d, [...(byLayer.get(d) ?? []), n.asn]);
  }
  const positions = new Map<number, { x: number; y: number }>();
  const width = Math.max(1, perRow);
  let row = 0;
  for (const d of [...byLayer.keys()].sort((a, b) => a - b)) {
    const order = byLayer.get(d) ?? [];
    const above = (asn: number) => {
      const xs = (neighbours.get(asn) ?? []).flatMap((n) => {
        const p = depth.get(n) === d - 1 ? positions.get(n) : undefined;
        return p ? [p.x] : [];
      });
      return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
    };
    const placed = d === 0 ? order : [...order].sort((a, b) => above(a) - above(b));
    for (let start = 0; start < placed.length; start += width) {
      const chunk = placed.slice(start, start + width);
      // Centred, and every other wrapped row shifted by half a column so labels do not stack.
      const shift = (start / width) % 2 === 1 && chunk.length === width ? spacing.column / 2 : 0;
      chunk.forEach((asn, i) => {
        const x = (i - (chunk.length - 1) / 2) * spacing.column + shift;
        positions.set(asn, { x, y: row * spacing.row });
      });
      row++;
    }
  }
  return { positions, rows: row };
}
