/**
 * The key to the graph, drawn with the same shapes and line styles as the graph itself so it can be
 * matched without relying on colour.
 */
const SHAPES = {
  provider: '10,2 18,16 2,16',
  peer: '10,1 19,10 10,19 1,10',
  customer: '2,4 18,4 10,18',
} as const;

function Item({
  kind,
  line,
  children,
}: {
  kind: keyof typeof SHAPES;
  line: 'arrow' | 'dash';
  children: string;
}) {
  const stroke = `var(--rd-rel-${kind})`;
  return (
    <li className="flex items-center gap-1.5">
      <svg width="56" height="20" viewBox="0 0 56 20" aria-hidden="true">
        <line
          x1="22"
          y1="10"
          x2="52"
          y2="10"
          stroke={stroke}
          strokeWidth="2"
          strokeDasharray={line === 'dash' ? '6 4' : undefined}
        />
        {line === 'arrow' ? <polygon points="46,5 54,10 46,15" fill={stroke} /> : null}
        <polygon
          points={SHAPES[kind]}
          fill="var(--rd-surface-raised)"
          stroke={stroke}
          strokeWidth="3"
        />
      </svg>
      <span>{children}</span>
    </li>
  );
}

export function GraphLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted">
      <Item kind="provider" line="arrow">
        Provider (above): sells transit to this AS
      </Item>
      <Item kind="peer" line="dash">
        Peer (sides): dashed line, no arrow
      </Item>
      <Item kind="customer" line="arrow">
        Customer (below): buys transit from it
      </Item>
      <li className="flex items-center gap-1.5">
        <span
          aria-hidden="true"
          className="rounded border-4 border-double border-ink-muted px-1 font-bold"
        >
          12 peers
        </span>
        <span>Group: click to draw its members</span>
      </li>
      <li>Arrows point from provider to customer. Double-click a node to open its page.</li>
    </ul>
  );
}
