/**
 * Every route, virtualized: only the rows in view are in the DOM, so thousands of routes scroll and
 * filter without delay. Built from divs with table roles because virtual rows are absolutely
 * positioned, which a real <table> layout does not allow.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { communityLabel, communityTitle } from '../../lib/communities';
import type { RouteRow, SortDir, SortKey } from './routes-model';
import { formatUtc } from './time';

const ROW_PX = 36;
// Below sm the peer AS column is left out: it is the path's first hop, and a phone's width is
// better spent on the path itself. From sm up the collector column fits route-views.* names.
const COLS =
  'grid grid-cols-[6.5rem_minmax(14rem,2fr)_minmax(10rem,1.3fr)_9.5rem] sm:grid-cols-[9.5rem_6rem_minmax(16rem,2fr)_minmax(12rem,1.3fr)_9.5rem] gap-x-3 px-2';
const PEER_COL = 'hidden sm:block';
const VISIBLE_COMMUNITIES = 3;

interface Props {
  rows: readonly RouteRow[];
  names: ReadonlyMap<number, string>;
  sort: SortKey;
  dir: SortDir;
  onSort: (key: SortKey) => void;
  onPickAs: (asn: number) => void;
  /** The AS the table is filtered by, marked in every path so it can be found at a glance. */
  highlight?: number;
}

function HeaderCell({
  k,
  label,
  sort,
  dir,
  onSort,
  className,
}: { k: SortKey; label: string; className?: string } & Pick<Props, 'sort' | 'dir' | 'onSort'>) {
  const active = sort === k;
  return (
    <div
      role="columnheader"
      className={className}
      aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="font-medium hover:text-ink" onClick={() => onSort(k)}>
        {label}
        <span aria-hidden="true">{active ? (dir === 'asc' ? ' ↑' : ' ↓') : ''}</span>
      </button>
    </div>
  );
}

function AsPath({
  row,
  names,
  onPickAs,
  highlight,
}: { row: RouteRow } & Pick<Props, 'names' | 'onPickAs' | 'highlight'>) {
  return (
    <span className="font-mono">
      {row.runs.map((run, i) => (
        <span key={i}>
          {i > 0 ? (
            <span aria-hidden="true" className="text-ink-muted">
              {' '}
              ›{' '}
            </span>
          ) : null}
          <button
            type="button"
            className={`hover:text-accent hover:underline ${run.asn === highlight ? 'rounded bg-accent/15 px-0.5 font-semibold' : ''}`}
            title={`AS${run.asn} ${names.get(run.asn) ?? ''}${run.count > 1 ? ` (prepended: ${run.count} times)` : ''}\nShow only routes through AS${run.asn}`}
            onClick={() => onPickAs(run.asn)}
          >
            {run.asn}
            {run.count > 1 ? <span className="text-ink-muted"> ×{run.count}</span> : null}
          </button>
        </span>
      ))}
    </span>
  );
}

function Communities({ row }: { row: RouteRow }) {
  if (row.communities.length === 0) return <span className="text-ink-muted">none</span>;
  const shown = row.communities.slice(0, VISIBLE_COMMUNITIES);
  const rest = row.communities.length - shown.length;
  return (
    <span className="flex gap-1 overflow-hidden">
      {shown.map((c, i) => (
        <span
          key={i}
          title={communityTitle(c)}
          className={`rounded px-1 font-mono text-xs whitespace-nowrap ${c.kind === 'standard' && c.wellKnown ? 'bg-status-warn/15 font-semibold' : 'bg-surface-sunken'}`}
        >
          {communityLabel(c)}
        </span>
      ))}
      {rest > 0 ? (
        <span
          className="text-xs whitespace-nowrap text-ink-muted"
          title={row.communities.map(communityTitle).join('\n')}
        >
          +{rest} more
        </span>
      ) : null}
    </span>
  );
}

export function RoutesTable({ rows, names, sort, dir, onSort, onPickAs, highlight }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const height = Math.min(rows.length, 14) * ROW_PX + ROW_PX;
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 8,
    // The box's height is known before it is measured: the first render already holds the rows
    // in view, instead of a render with none and a second one once the box has been measured.
    initialRect: { width: 0, height },
  });
  return (
    <div
      ref={scroller}
      role="table"
      aria-label="Routes"
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      className="overflow-auto rounded border border-line text-sm"
      style={{ height }}
      data-testid="routes-table"
      data-rows={rows.length}
    >
      <div className="min-w-[42rem] sm:min-w-[56rem]">
        <div
          role="row"
          aria-rowindex={1}
          className={`${COLS} sticky top-0 z-10 items-center border-b border-line bg-surface-raised text-left text-xs text-ink-muted`}
          style={{ height: ROW_PX }}
        >
          <HeaderCell k="collector" label="Collector" sort={sort} dir={dir} onSort={onSort} />
          <HeaderCell
            k="peer"
            label="Peer AS"
            sort={sort}
            dir={dir}
            onSort={onSort}
            className={PEER_COL}
          />
          <HeaderCell
            k="path"
            label="AS path (peer → origin)"
            sort={sort}
            dir={dir}
            onSort={onSort}
          />
          <div role="columnheader" className="font-medium">
            Communities
          </div>
          <HeaderCell k="time" label="Updated" sort={sort} dir={dir} onSort={onSort} />
        </div>
        <div className="relative" style={{ height: virtual.getTotalSize() }}>
          {virtual.getVirtualItems().map((v) => {
            const r = rows[v.index];
            if (!r) return null;
            return (
              <div
                key={r.id}
                role="row"
                aria-rowindex={v.index + 2}
                data-testid="route-row"
                className={`${COLS} absolute inset-x-0 items-center border-b border-line/60 whitespace-nowrap`}
                style={{ height: ROW_PX, transform: `translateY(${v.start}px)` }}
              >
                <div role="cell" className="truncate font-mono" title={r.collector}>
                  {r.collector}
                </div>
                <div
                  role="cell"
                  className={`${PEER_COL} truncate font-mono`}
                  title={r.peerAsn === null ? '' : names.get(r.peerAsn)}
                >
                  {r.peerAsn === null ? '' : `AS${r.peerAsn}`}
                </div>
                <div role="cell" className="overflow-x-auto">
                  <AsPath row={r} names={names} onPickAs={onPickAs} highlight={highlight} />
                </div>
                <div role="cell" className="min-w-0">
                  <Communities row={r} />
                </div>
                <div role="cell" className="text-xs text-ink-muted">
                  {formatUtc(r.timestamp)}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
