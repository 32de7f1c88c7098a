/**
 * The one cytoscape wrapper of routedeck. Cytoscape is imperative, so it is wrapped once: the
 * instance is created on mount and destroyed on unmount, element changes are applied as a diff in
 * one batch (so zoom, pan and unchanged elements survive a filter change), the layout reruns only
 * when the layout options change, and events reach the caller through the latest handlers without
 * rebinding. Pages pass plain data (elements, stylesheet, layout) and get a PNG export back.
 */
import cytoscape, {
  type Core,
  type CytoscapeOptions,
  type ElementDefinition,
  type EventObject,
  type LayoutOptions,
  type StylesheetJson,
} from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
import { applyElementDiff } from './diff';

export interface GraphPoint {
  x: number;
  y: number;
}

export interface GraphHandlers {
  onNodeTap?: (id: string) => void;
  onNodeDoubleTap?: (id: string) => void;
  onBackgroundTap?: () => void;
  /** `id` null when the pointer leaves a node; `at` is relative to the graph's box. */
  onNodeHover?: (id: string | null, at?: GraphPoint) => void;
  /** After the first layout: the graph is drawn and can be panned. */
  onReady?: (cy: Core) => void;
}

export interface GraphHandle {
  /** The whole graph as a PNG (not only the visible part), on the given background. */
  exportPng: (background: string) => Blob;
  fit: () => void;
}

/** Creation-time options, such as `textureOnViewport`, that matter for large graphs. */
type RenderOptions = Pick<
  CytoscapeOptions,
  | 'textureOnViewport'
  | 'hideEdgesOnViewport'
  | 'hideLabelsOnViewport'
  | 'motionBlur'
  | 'pixelRatio'
  | 'minZoom'
  | 'maxZoom'
  | 'wheelSensitivity'
>;

export interface CytoscapeGraphProps extends GraphHandlers {
  elements: readonly ElementDefinition[];
  stylesheet: StylesheetJson;
  layout: LayoutOptions;
  render?: RenderOptions;
  /** Changing this refits the viewport to the elements (for example after a filter change). */
  fitKey?: string;
  ref?: Ref<GraphHandle>;
  className?: string;
  /** The graph is a keyboard stop; callers give it a name and handle keys (Enter, arrows). */
  ariaLabel: string;
  onKeyDown?: (event: React.KeyboardEvent<HTMLDivElement>) => void;
  /** Overlays (tooltip, legend) positioned over the canvas. */
  children?: ReactNode;
}

export function CytoscapeGraph(props: CytoscapeGraphProps) {
  const { elements, stylesheet, layout, render, fitKey, ref } = props;
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const applied = useRef(new Map<string, ElementDefinition>());
  const handlers = useRef<GraphHandlers>(props);
  const layoutKey = JSON.stringify(layout);
  const lastLayout = useRef<string | null>(null);
  const lastFit = useRef(fitKey);

  useEffect(() => {
    handlers.current = props;
  });

  useImperativeHandle(ref, () => ({
    exportPng: (background) => {
      const cy = cyRef.current;
      if (!cy) throw new Error('The graph is not drawn yet.');
      return cy.png({ output: 'blob', full: true, scale: 2, bg: background, maxWidth: 8000 });
    },
    fit: () => cyRef.current?.fit(undefined, 24),
  }));

  // Created once: render options are creation-time settings in cytoscape.
  useEffect(() => {
    const container = box.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: stylesheet,
      autounselectify: true,
      boxSelectionEnabled: false,
      ...render,
    });
    cyRef.current = cy;
    const at = (e: EventObject): GraphPoint => ({
      x: e.renderedPosition.x,
      y: e.renderedPosition.y,
    });
    cy.on('tap', (e) => {
      if (e.target === cy) handlers.current.onBackgroundTap?.();
      else if (e.target.isNode?.()) handlers.current.onNodeTap?.(e.target.id());
    });
    cy.on('dbltap', 'node', (e) => handlers.current.onNodeDoubleTap?.(e.target.id()));
    cy.on('mouseover', 'node', (e) => handlers.current.onNodeHover?.(e.target.id(), at(e)));
    cy.on('mouseout', 'node', () => handlers.current.onNodeHover?.(null));
    cy.on('viewport', () => handlers.current.onNodeHover?.(null));
    const resize = new ResizeObserver(() => cy.resize());
    resize.observe(container);
    return () => {
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
      applied.current = new Map();
      lastLayout.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- creation-time only, see above
  }, []);

  useEffect(() => {
    cyRef.current?.style(stylesheet);
  }, [stylesheet]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applied.current = applyElementDiff(cy, applied.current, elements).applied;
    box.current?.setAttribute('data-nodes', String(cy.nodes().length));
    box.current?.setAttribute('data-edges', String(cy.edges().length));
    if (lastLayout.current !== layoutKey) {
      lastLayout.current = layoutKey;
      cy.layout(layout).run();
      box.current?.setAttribute('data-ready', 'true');
      handlers.current.onReady?.(cy);
    } else if (lastFit.current !== fitKey) {
      cy.fit(undefined, 24);
    }
    lastFit.current = fitKey;
    // `layout` is compared through layoutKey so a new but equal object does not rerun it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [elements, layoutKey, fitKey]);

  return (
    <div className={`relative ${props.className ?? ''}`}>
      <div
        ref={box}
        role="application"
        tabIndex={0}
        aria-label={props.ariaLabel}
        onKeyDown={props.onKeyDown}
        className="rounded outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
        // Inline, not `absolute inset-0`: cytoscape injects an unlayered `position: relative` rule
        // for its container, which beats Tailwind's layered utilities and collapses the box to 0 px.
        style={{ position: 'absolute', inset: 0 }}
        data-testid="graph-canvas"
      />
      {props.children}
    </div>
  );
}
