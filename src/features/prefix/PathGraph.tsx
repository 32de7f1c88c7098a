/**
 * The merged AS-path graph, drawn with the shared cytoscape wrapper. Origins sit at the top, the
 * collector peers at the bottom; clicking an AS filters the routes table to routes through it.
 * The routes table is its text equivalent; the list under the graph names the busiest links.
 */
import type { LayoutOptions, StylesheetJson } from 'cytoscape';
import { useMemo, useSyncExternalStore } from 'react';
import { CytoscapeGraph } from '../../components/graph/CytoscapeGraph';
import { asnOfNode, graphElements, mergePaths, nodeId } from './graph-model';

function readColors() {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(`--rd-${name}`).trim();
  return `${v('ink')}|${v('ink-muted')}|${v('surface-raised')}|${v('accent')}|${v('status-warn')}`;
}

function subscribeTheme(onChange: () => void) {
  const o = new MutationObserver(onChange);
  o.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => o.disconnect();
}

function stylesheet(colors: string): StylesheetJson {
  const [ink, muted, surface, accent, warn] = colors.split('|');
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
  const graph = useMemo(() => mergePaths(paths), [paths]);
  const elements = useMemo(() => graphElements(graph, names, selected), [graph, names, selected]);
  const colors = useSyncExternalStore(subscribeTheme, readColors);
  const style = useMemo(() => stylesheet(colors), [colors]);
  const rootKey = graph.nodes
    .filter((n) => n.role === 'origin')
    .map((n) => `#${nodeId(n.asn)}`)
    .join(',');
  const layout = useMemo<LayoutOptions>(
    () => ({
      name: 'breadthfirst',
      directed: false,
      roots: rootKey,
      spacingFactor: 1.1,
      animate: false,
    }),
    [rootKey],
  );
  const busiest = [...graph.edges].sort((a, b) => b.routes - a.routes).slice(0, 5);
  return (
    <div>
      <CytoscapeGraph
        elements={elements}
        stylesheet={style}
        layout={layout}
        ariaLabel={`AS paths to the origin: ${graph.nodes.length} ASes, ${graph.edges.length} links. Click an AS to filter the routes.`}
        className="h-[28rem] rounded border border-line"
        onNodeTap={(id) => onSelect(asnOfNode(id) === selected ? undefined : asnOfNode(id))}
        onBackgroundTap={() => onSelect(undefined)}
        fitKey={String(graph.nodes.length)}
      />
      <p className="mt-2 text-xs text-ink-muted">
        ■ origin (top) · ▢ collector peer · ● transit. Line width grows with the routes through a
        link.
        {selected !== undefined
          ? ` Selected: AS${selected}; the routes table shows only routes through it.`
          : ' Click an AS to show only the routes through it.'}
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
