/**
 * The relationship graph: the aggregated model drawn through the shared cytoscape wrapper, with
 * hover details, selection in the URL, group expansion on click and keyboard control (arrows move
 * the selection, Enter opens the selected AS).
 */
import { useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import {
  CytoscapeGraph,
  type GraphHandle,
  type GraphPoint,
} from '../../components/graph/CytoscapeGraph';
import { useGraphColors } from '../../components/graph/theme-colors';
import { EXPAND_STEP, asNodeId, buildGraph, type GraphNodeModel } from './aggregate';
import { toElements } from './graph-elements';
import { graphStylesheet } from './graph-style';
import type { Neighbour } from './neighbours';
import { roleLabel } from './role-label';

interface AsnGraphProps {
  center: { asn: number; name: string };
  neighbours: readonly Neighbour[];
  selected?: number;
  compare?: number;
  /** Refits the view when what is drawn changes for a reason other than a click. */
  filterKey: string;
  onSelect: (asn: number | undefined) => void;
  onOpen: (asn: number) => void;
  graph: Ref<GraphHandle>;
}

const NONE: Record<string, number> = {};
const LAYOUT = { name: 'preset', fit: true, padding: 24 } as const;
// Large graphs stay smooth while panning: cytoscape moves a bitmap of the graph instead of redrawing.
const RENDER = { textureOnViewport: true, hideEdgesOnViewport: true, minZoom: 0.05, maxZoom: 1.6 };

function hoverText(n: GraphNodeModel): string[] {
  if (n.kind === 'group') {
    const step = Math.min(EXPAND_STEP, n.count ?? 0);
    return [n.label.replace('\n', ' '), `Click to draw ${step} of them.`];
  }
  if (n.kind === 'center') return [n.label.replace('\n', ' · '), 'The AS of this page'];
  const nb = n.neighbour;
  if (!nb) return [n.label];
  return [`AS${nb.asn} ${nb.name || '(no name)'}`, nb.country || 'country unknown', roleLabel(nb)];
}

export function AsnGraph(props: AsnGraphProps) {
  const { center, neighbours, selected, compare, graph, filterKey } = props;
  // Opened groups belong to one set of filters: a new filter starts from the folded view again.
  const [opened, setOpened] = useState<{ key: string; groups: Record<string, number> }>({
    key: filterKey,
    groups: {},
  });
  const expanded = opened.key === filterKey ? opened.groups : NONE;
  const [hover, setHover] = useState<{ id: string; at: GraphPoint } | null>(null);
  const colors = useGraphColors();
  const stylesheet = useMemo(() => graphStylesheet(colors), [colors]);

  const pinned = useMemo(
    () => [selected, compare].filter((n): n is number => n !== undefined && n !== center.asn),
    [selected, compare, center.asn],
  );
  const model = useMemo(
    () => buildGraph({ center, neighbours, expanded, pinned }),
    [center, neighbours, expanded, pinned],
  );
  const byId = useMemo(() => new Map(model.nodes.map((n) => [n.id, n])), [model]);
  const selectedId = selected === center.asn ? 'center' : selected && asNodeId(selected);
  const elements = useMemo(
    () =>
      toElements(model, {
        selected: selectedId || undefined,
        compare: compare === undefined ? undefined : asNodeId(compare),
      }),
    [model, selectedId, compare],
  );
  const asnNodes = useMemo(() => model.nodes.filter((n) => n.asn !== undefined), [model]);

  const tap = (id: string) => {
    const n = byId.get(id);
    if (!n) return;
    if (n.kind === 'group') {
      setOpened({
        key: filterKey,
        groups: { ...expanded, [id]: (expanded[id] ?? 0) + EXPAND_STEP },
      });
    } else props.onSelect(n.asn);
  };
  const open = (id: string) => {
    const n = byId.get(id);
    if (n?.kind === 'as' && n.asn !== undefined) props.onOpen(n.asn);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && selected !== undefined && selected !== center.asn) {
      e.preventDefault();
      props.onOpen(selected);
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (!step || asnNodes.length === 0) return;
    e.preventDefault();
    const at = asnNodes.findIndex((n) => n.asn === selected);
    const next = asnNodes[(at + step + asnNodes.length) % asnNodes.length];
    props.onSelect(next?.asn);
  };

  const hovered = hover ? byId.get(hover.id) : undefined;
  return (
    <CytoscapeGraph
      ref={graph}
      className="h-[340px] sm:h-[560px]"
      elements={elements}
      stylesheet={stylesheet}
      layout={LAYOUT}
      render={RENDER}
      fitKey={filterKey}
      ariaLabel={`Relationship graph of AS${center.asn}: ${model.drawn.toLocaleString('en-US')} neighbours drawn, ${model.folded.toLocaleString('en-US')} in groups. Arrow keys select a neighbour, Enter opens it.`}
      onKeyDown={onKeyDown}
      onNodeTap={tap}
      onNodeDoubleTap={open}
      onBackgroundTap={() => props.onSelect(undefined)}
      onNodeHover={(id, at) => setHover(id && at ? { id, at } : null)}
    >
      {hovered && hover ? (
        <div
          role="tooltip"
          className="pointer-events-none absolute z-10 max-w-64 rounded border border-line bg-surface-raised px-2 py-1 text-xs shadow"
          style={{ left: hover.at.x + 12, top: hover.at.y + 12 }}
        >
          {hoverText(hovered).map((line, i) => (
            <p key={i} className={i === 0 ? 'font-semibold' : 'text-ink-muted'}>
              {line}
            </p>
          ))}
        </div>
      ) : null}
    </CytoscapeGraph>
  );
}
