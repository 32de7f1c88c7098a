/**
 * Every neighbour, virtualized so 10k rows scroll smoothly: only the rows in view are in the DOM.
 * Built from ARIA table roles on divs because a virtualized <table> cannot position its rows.
 * Each row links to that AS's page (Tab reaches the links; the list scrolls with the keyboard).
 */
import { Link } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { Badge } from '../../components/ui/Badge';
import type { Neighbour, Sort, SortKey } from './neighbours';
import { ROLE_TONE, roleName } from './role-label';

const ROW_HEIGHT = 36;
/** The list scrolls inside this height; a short list takes only the room it needs. */
const MAX_HEIGHT = 480;
const COLUMNS: { key: SortKey; label: string; cls: string; short?: string }[] = [
  { key: 'asn', label: 'ASN', cls: 'w-20 shrink-0 sm:w-24' },
  { key: 'name', label: 'Name', cls: 'min-w-0 flex-1' },
  { key: 'country', label: 'Country', short: 'CC', cls: 'w-12 shrink-0 sm:w-24' },
  { key: 'rel', label: 'Relationship', cls: 'w-28 shrink-0 sm:w-32' },
];

interface TableProps {
  rows: readonly Neighbour[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  /** Highlighted rows: the compared AS and the one selected in the graph. */
  compare?: number;
  selected?: number;
}

function SortHeader({
  col,
  sort,
  onSort,
}: {
  col: (typeof COLUMNS)[number];
  sort: Sort;
  onSort: (s: Sort) => void;
}) {
  const active = sort === col.key || sort === `-${col.key}`;
  const desc = sort === `-${col.key}`;
  return (
    <div
      role="columnheader"
      aria-sort={active ? (desc ? 'descending' : 'ascending') : 'none'}
      className={`${col.cls} px-2`}
    >
      <button
        type="button"
        className="inline-flex items-center gap-1 font-semibold hover:underline"
        onClick={() => onSort(active && !desc ? `-${col.key}` : col.key)}
      >
        {col.short ? (
          <>
            <abbr title={col.label} aria-label={col.label} className="no-underline sm:hidden">
              {col.short}
            </abbr>
            <span className="hidden sm:inline">{col.label}</span>
          </>
        ) : (
          col.label
        )}
        <span aria-hidden="true">{active ? (desc ? '↓' : '↑') : '↕'}</span>
      </button>
    </div>
  );
}

export function NeighbourTable({ rows, sort, onSort, compare, selected }: TableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  // Bring the row of the AS selected in the graph (else the compared one) into view: an effect,
  // because it syncs the DOM scroll position, not React state.
  const target = selected ?? compare;
  const selectedIndex = target === undefined ? -1 : rows.findIndex((r) => r.asn === target);
  useEffect(() => {
    if (selectedIndex >= 0) virtual.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtual]);

  return (
    <div role="table" aria-label="Neighbours" aria-rowcount={rows.length + 1} className="text-sm">
      <div role="rowgroup" className="border-b border-line">
        <div role="row" aria-rowindex={1} className="flex py-2">
          {COLUMNS.map((c) => (
            <SortHeader key={c.key} col={c} sort={sort} onSort={onSort} />
          ))}
        </div>
      </div>
      <div
        ref={scroller}
        role="rowgroup"
        tabIndex={0}
        aria-label="Neighbour rows, scrollable"
        className="overflow-auto"
        style={{ height: Math.min(MAX_HEIGHT, rows.length * ROW_HEIGHT + 2) }}
      >
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const n = rows[item.index];
            if (!n) return null;
            const mark =
              n.asn === compare
                ? 'bg-accent/15 font-semibold'
                : n.asn === selected
                  ? 'bg-surface-sunken'
                  : '';
            return (
              <div
                key={n.asn}
                role="row"
                aria-rowindex={item.index + 2}
                aria-current={n.asn === selected || undefined}
                data-asn={n.asn}
                className={`absolute inset-x-0 flex items-center border-b border-line/60 ${mark}`}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <div role="cell" className={`${COLUMNS[0]?.cls} px-2 font-mono`}>
                  <Link
                    to="/asn/$asn"
                    params={{ asn: String(n.asn) }}
                    className="text-accent underline-offset-2 hover:underline"
                  >
                    AS{n.asn}
                  </Link>
                </div>
                <div role="cell" className={`${COLUMNS[1]?.cls} truncate px-2`} title={n.name}>
                  {n.name || <span className="text-ink-muted">(no name)</span>}
                </div>
                <div role="cell" className={`${COLUMNS[2]?.cls} px-2`}>
                  {n.country || '–'}
                </div>
                <div role="cell" className={`${COLUMNS[3]?.cls} px-2`}>
                  <Badge tone={ROLE_TONE[n.role]}>{roleName(n)}</Badge>
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
