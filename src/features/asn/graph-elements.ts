/** The graph model as cytoscape elements, with the classes graph-style.ts draws by. */
import type { ElementDefinition } from 'cytoscape';
import type { GraphModel } from './aggregate';

interface Marks {
  /** Node id selected through the URL (`node=`). */
  selected?: string;
  /** Node id of the compared AS (`asn2=`). */
  compare?: string;
}

export function toElements(model: GraphModel, marks: Marks): ElementDefinition[] {
  const nodes: ElementDefinition[] = model.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: n.label },
    position: { x: n.x, y: n.y },
    classes: [
      n.kind,
      n.role,
      n.id === marks.selected ? 'selected' : '',
      n.id === marks.compare ? 'compare' : '',
    ]
      .filter(Boolean)
      .join(' '),
  }));
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const edges: ElementDefinition[] = model.edges.map((e) => {
    const far = e.source === 'center' ? e.target : e.source;
    const rel = byId.get(far)?.neighbour?.rel ?? '';
    return {
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        ...(e.role === 'other' ? { rel } : {}),
      },
      classes: [e.role, e.group ? 'group' : '', far === marks.compare ? 'compare' : '']
        .filter(Boolean)
        .join(' '),
    };
  });
  return [...nodes, ...edges];
}
