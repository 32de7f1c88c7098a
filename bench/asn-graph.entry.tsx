/**
 * Bench-only page script (bundled by bench/asn-graph.bench.ts): renders the relationship graph the
 * page draws (AsnGraph: aggregation, layout, style, the shared cytoscape wrapper) and, for
 * comparison, a naive graph with every neighbour as a node, a concentric layout and cytoscape's
 * default rendering. Each run resolves once the graph has painted and can be panned.
 */
import { createRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { AsnRels } from '../src/api/radar-asns';
import { CytoscapeGraph, type GraphHandle } from '../src/components/graph/CytoscapeGraph';
import { buildGraph } from '../src/features/asn/aggregate';
import { AsnGraph } from '../src/features/asn/AsnGraph';
import { toElements } from '../src/features/asn/graph-elements';
import { useGraphColors } from '../src/components/graph/theme-colors';
import { graphStylesheet } from '../src/features/asn/graph-style';
import { toNeighbours } from '../src/features/asn/neighbours';

const ALL = { provider: Infinity, peer: Infinity, customer: Infinity, other: Infinity };
const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

function Naive({ rels }: { rels: AsnRels }) {
  const colors = useGraphColors();
  const model = buildGraph({
    center: { asn: rels.rels[0]?.asn1 ?? 0, name: rels.rels[0]?.asn1_name ?? '' },
    neighbours: toNeighbours(rels.rels),
    caps: ALL,
  });
  return (
    <CytoscapeGraph
      className="graph"
      elements={toElements(model, {})}
      stylesheet={graphStylesheet(colors)}
      layout={{ name: 'concentric', fit: true, padding: 24 }}
      ariaLabel="naive"
    />
  );
}

let root: Root | null = null;

async function run(kind: 'aggregated' | 'naive', rels: AsnRels) {
  root?.unmount();
  const box = document.getElementById('app')!;
  root = createRoot(box);
  const t0 = performance.now();
  const graph = createRef<GraphHandle>();
  flushSync(() => {
    root!.render(
      kind === 'naive' ? (
        <Naive rels={rels} />
      ) : (
        <div className="graph">
          <AsnGraph
            center={{ asn: rels.rels[0]?.asn1 ?? 0, name: rels.rels[0]?.asn1_name ?? '' }}
            neighbours={toNeighbours(rels.rels)}
            filterKey=""
            onSelect={() => undefined}
            onOpen={() => undefined}
            graph={graph}
          />
        </div>
      ),
    );
  });
  const renderMs = performance.now() - t0;
  // Two frames: the first paints the graph, the second proves the main thread is free again.
  await frame();
  await frame();
  const canvas = box.querySelector('[data-testid="graph-canvas"]');
  return {
    interactiveMs: performance.now() - t0,
    renderMs,
    nodes: Number(canvas?.getAttribute('data-nodes') ?? 0),
    edges: Number(canvas?.getAttribute('data-edges') ?? 0),
  };
}

/** Records frame intervals until stop() while the test drags the graph with the mouse. */
function recordFrames() {
  const stamps: number[] = [];
  let on = true;
  const tick = (t: number) => {
    stamps.push(t);
    if (on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return () => {
    on = false;
    return stamps.slice(1).map((t, i) => t - stamps[i]!);
  };
}

let stopFrames: (() => number[]) | null = null;
Object.assign(window, {
  benchRun: run,
  benchStartFrames: () => {
    stopFrames = recordFrames();
  },
  benchStopFrames: () => stopFrames?.() ?? [],
});
