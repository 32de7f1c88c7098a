/**
 * The merged AS-path graph, drawn with the shared cytoscape wrapper. Origins sit at the top, the
 * collector peers at the bottom; clicking an AS filters the routes table to routes through it.
 * The routes table is its text equivalent; the list under the graph names the busiest links.
 */
import type { LayoutOptions, StylesheetJson } from 'cytoscape';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CytoscapeGraph } from '../../components/graph/CytoscapeGraph';
import { useGraphColors, type GraphColors } from '../../components/graph/theme-colors';
import { layeredPositions, type Spacing } from './graph-layout';
import { asnOfNode, graphElements, mergePaths, nodeId } from './graph-model';

/**
 * Wide enough for "AS13335" over a 16-character name at 10 px; narrow boxes show numbers only.
 * Rows are just far enough apart for a node and its two label lines, so that deep paths (the
 * stand-in's reach ten hops) still fit at full size.
 */
const WIDE: Spacing = { column: 132, row: 62 };
const NARROW: Spacing = { column: 52, row: 52 };
const NARROW_BELOW_PX = 640;
const PADDING_PX = 24;
/** Room under the last row for its labels. */
const LABEL_PX = 36;
const MIN_HEIGHT_PX = 256;
/**
 * Taller graphs are scaled down to fit. On a phone the cap is lower, because a touch on the
 * graph pans the graph, not the page: a graph taller than the screen would trap the scroll.
 */
const MAX_HEIGHT_PX = { wide: 880, narrow: 560 };

/** The box's width, measured before paint and on every resize. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

function stylesheet({ ink, muted, surface, accent, warn }: GraphColors): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 18,
        height: 18,
        'background-color': surface,
        'border-width': 2,
        'border-color': muted,
        label: 'data(label)',
        'font-size': 10,
        color: ink,
        'text-wrap': 'wrap',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-background-color': surface,
        'text-background-opacity': 0.85,
        'min-zoomed-font-size': 7,
      },
    },
    // Shape as well as colour: origin a square, collector peers a round-rectangle, transit a circle.
    {
      selector: 'node.origin',
      style: {
        shape: 'rectangle',
        width: 24,
        height: 24,
        'border-color': accent,
        'border-width': 3,
      },
    },
    { selector: 'node.peer', style: { shape: 'round-rectangle' } },
    { selector: 'node.selected', style: { 'border-color': warn, 'border-width': 5 } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': muted,
        'target-arrow-color': muted,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.6,
        'curve-style': 'bezier',
        opacity: 0.7,
      },
    },
  ] as StylesheetJson;
}

interface Props {
  paths: ReadonlyArray<readonly number[]>;
  names: ReadonlyMap<number, string>;
  selected?: number;
  onSelect: (asn: number | undefined) => void;
}

export default function PathGraph({ paths, names, selected, onSelect }: Props) {
  const [box, width] = useWidth();
  const narrow = width > 0 && width < NARROW_BELOW_PX;
  const spacing = narrow ? NARROW : WIDE;
  const perRow = Math.max(2, Math.floor((width - 2 * PADDING_PX) / spacing.column));
  const graph = useMemo(() => mergePaths(paths), [paths]);
  const elements = useMemo(
    () => graphElements(graph, names, selected, !narrow),
    [graph, names, selected, narrow],
  );
  const colors = useGraphColors();
  const style = useMemo(() => stylesheet(colors), [colors]);
  const placed = useMemo(() => layeredPositions(graph, perRow, spacing), [graph, perRow, spacing]);
  const layout = useMemo<LayoutOptions>(
    () => ({
      name: 'preset',
      positions: Object.fromEntries(
        [...placed.positions].map(([asn, at]) => [nodeId(asn), at] as const),
      ),
      fit: true,
      padding: PADDING_PX,
      animate: false,
    }),
    [placed],
  );
  const height = Math.min(
    narrow ? MAX_HEIGHT_PX.narrow : MAX_HEIGHT_PX.wide,
    Math.max(MIN_HEIGHT_PX, (placed.rows - 1) * spacing.row + 2 * PADDING_PX + LABEL_PX),
  );
  const busiest = [...graph.edges].sort((a, b) => b.routes - a.routes).slice(0, 5);
  return (
    <div ref={box}>
      {width > 0 ? (
        <div style={{ height }}>
          <CytoscapeGraph
            elements={elements}
            stylesheet={style}
            layout={layout}
            // Fit may shrink a tall graph, never blow a small one up; wheel and pinch zoom stay on.
            render={{ minZoom: 0.25, maxZoom: 1.25 }}
            ariaLabel={`AS paths to the origin: ${graph.nodes.length} ASes, ${graph.edges.length} links. Click an AS to filter the routes.`}
            className="h-full rounded border border-line"
            onNodeTap={(id) => onSelect(asnOfNode(id) === selected ? undefined : asnOfNode(id))}
            onBackgroundTap={() => onSelect(undefined)}
            fitKey={String(graph.nodes.length)}
          />
        </div>
      ) : null}
      <p className="mt-2 text-xs text-ink-muted">
        ■ origin (top) · ▢ collector peer · ● transit. Line width grows with the routes through a
        link.
        {selected !== undefined
          ? ` Selected: AS${selected}; the routes table shows only routes through it.`
          : ' Click an AS to show only the routes through it.'}
        {narrow ? ' Pinch to zoom in; the routes table lists the same paths with names.' : ''}
      </p>
      {busiest.length > 0 ? (
        <p className="mt-1 text-xs text-ink-muted">
          Busiest links:{' '}
          {busiest.map((e) => `AS${e.from} → AS${e.to} (${e.routes} routes)`).join(', ')}.
        </p>
      ) : null}
    </div>
  );
}
