/**
 * Colo × target matrix: mean RTT and loss at the last answering hop per cell, sortable by colo or by
 * any target's RTT or loss, colos grouped by the upstream AS their path leaves Cloudflare through.
 * Rows are virtualized, so 340 colos × 10 targets keep only the visible rows in the DOM. A cell
 * opens that traceroute's chart below.
 */
import { useQueries } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { asnInfoQuery } from '../../api/radar-asns';
import {
  groupByUpstream,
  sortColos,
  type Cell,
  type Matrix as M,
  type SortKey,
  type Upstream,
} from '../../lib/traceroute-analysis';

const ROW = 44;
/** The colo column stays in view when the targets scroll sideways (10 targets, narrow screens). */
const STICKY = 'sticky left-0 z-[1] self-stretch flex flex-col justify-center bg-surface-raised';
const HEAD = 30;
type Item = { kind: 'group'; upstream: Upstream; count: number } | { kind: 'row'; code: string };

export interface Selection {
  target: number;
  colo: string;
}

function upstreamText(u: Upstream, names: Map<number, string>) {
  if (u === null) return 'Upstream unknown (error or no AS answered)';
  if (u === 'cloudflare') return 'Stays inside Cloudflare (AS13335)';
  return `Leaves Cloudflare via AS${u}${names.get(u) ? ` ${names.get(u)}` : ''}`;
}

function CellView({ cell }: { cell: Cell | undefined }) {
  if (!cell) return <span className="text-ink-muted">not run</span>;
  if (cell.error)
    return (
      <span className="text-status-warn">
        <span aria-hidden="true">▲ </span>error
      </span>
    );
  const loss = cell.loss === null ? '–' : `${Math.round(cell.loss * 100)}% loss`;
  return (
    <span className="flex flex-col leading-tight">
      <span className="font-mono">{cell.rttMs === null ? '–' : `${cell.rttMs.toFixed(1)} ms`}</span>
      <span className={`text-xs ${cell.loss ? 'text-status-bad' : 'text-ink-muted'}`}>
        {cell.reached ? (
          loss
        ) : (
          <>
            <span aria-hidden="true">✕ </span>not reached
          </>
        )}
      </span>
    </span>
  );
}

function cellLabel(cell: Cell | undefined, target: string, colo: string) {
  const what = `${target} from ${colo}`;
  if (!cell) return `${what}: not run`;
  if (cell.error) return `${what}: error, ${cell.error}`;
  const rtt = cell.rttMs === null ? 'no RTT' : `${cell.rttMs.toFixed(1)} ms`;
  const loss = cell.loss === null ? '' : `, ${Math.round(cell.loss * 100)}% loss`;
  return `${what}: ${rtt}${loss}${cell.reached ? '' : ', not reached'}. Show its hop chart`;
}

export function Matrix({
  m,
  selected,
  onSelect,
}: {
  m: M;
  selected: Selection;
  onSelect: (s: Selection) => void;
}) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({
    key: { by: 'colo' },
    dir: 'asc',
  });
  const [groupBy, setGroupBy] = useState(0);
  const order = useMemo(() => sortColos(m, sort.key, sort.dir), [m, sort]);
  const groups = useMemo(
    () => (groupBy < 0 ? null : groupByUpstream(m, order, groupBy)),
    [m, order, groupBy],
  );
  const items: Item[] = useMemo(
    () =>
      groups
        ? groups.flatMap((g) => [
            { kind: 'group' as const, upstream: g.upstream, count: g.colos.length },
            ...g.colos.map((code) => ({ kind: 'row' as const, code })),
          ])
        : order.map((code) => ({ kind: 'row' as const, code })),
    [groups, order],
  );
  const upstreams = [
    ...new Set((groups ?? []).flatMap((g) => (typeof g.upstream === 'number' ? [g.upstream] : []))),
  ];
  const infos = useQueries({ queries: upstreams.map((asn) => asnInfoQuery(asn)) });
  const names = new Map(
    upstreams.flatMap((asn, i) => (infos[i]?.data ? [[asn, infos[i].data.name] as const] : [])),
  );
  const city = useMemo(() => new Map(m.colos.map((c) => [c.code, c.city])), [m]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (items[i]?.kind === 'group' ? HEAD : ROW),
    overscan: 10,
  });
  const cols = { gridTemplateColumns: `6.5rem repeat(${m.targets.length}, minmax(7rem, 1fr))` };
  const minWidth = `${7.5 + m.targets.length * 7.5}rem`;

  const sortButton = (key: SortKey, label: string, aria: string) => {
    const active = JSON.stringify(sort.key) === JSON.stringify(key);
    return (
      <button
        type="button"
        aria-label={`Sort by ${aria}${active ? (sort.dir === 'asc' ? ', now ascending' : ', now descending') : ''}`}
        className={`rounded px-1 hover:bg-surface-sunken ${active ? 'font-semibold text-accent' : ''}`}
        onClick={() => setSort({ key, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}
      >
        {label}
        <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ↑' : ' ↓') : ''}</span>
      </button>
    );
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor="tr-group">Group colos by the upstream of their path to</label>
        <select
          id="tr-group"
          value={groupBy}
          onChange={(e) => setGroupBy(Number(e.target.value))}
          className="min-h-9 rounded-md border border-line bg-surface px-2"
        >
          {m.targets.map((t, i) => (
            <option key={i} value={i}>
              {t}
            </option>
          ))}
          <option value={-1}>(no grouping)</option>
        </select>
      </div>
      <div
        ref={scroller}
        role="grid"
        aria-label="Mean RTT and loss per colo and target"
        aria-rowcount={m.colos.length + 1}
        data-testid="matrix"
        data-colos={m.colos.length}
        className="overflow-auto rounded border border-line text-sm"
        style={{ height: Math.min(items.length, 10) * ROW + ROW }}
      >
        <div style={{ minWidth }}>
          <div
            role="row"
            className="sticky top-0 z-10 grid items-center gap-x-2 border-b border-line bg-surface-raised px-2 text-xs text-ink-muted"
            style={{ ...cols, height: ROW }}
          >
            <div role="columnheader" className={STICKY}>
              {sortButton({ by: 'colo' }, 'Colo', 'colo code')}
            </div>
            {m.targets.map((t, i) => (
              <div role="columnheader" key={i} className="min-w-0">
                <div className="truncate font-mono text-ink" title={t}>
                  {t}
                </div>
                {sortButton({ by: 'rtt', target: i }, 'RTT', `RTT to ${t}`)}
                {sortButton({ by: 'loss', target: i }, 'loss', `loss to ${t}`)}
              </div>
            ))}
          </div>
          <div className="relative" style={{ height: virtual.getTotalSize() }}>
            {virtual.getVirtualItems().map((v) => {
              const it = items[v.index];
              if (!it) return null;
              const style = { height: v.size, transform: `translateY(${v.start}px)` };
              if (it.kind === 'group') {
                return (
                  <div
                    key={v.key}
                    role="row"
                    className="absolute inset-x-0 flex items-center bg-surface-sunken px-2 text-xs font-semibold"
                    style={style}
                    data-testid="matrix-group"
                  >
                    <div
                      role="gridcell"
                      aria-colspan={m.targets.length + 1}
                      className="sticky left-2"
                    >
                      {upstreamText(it.upstream, names)} · {it.count}{' '}
                      {it.count === 1 ? 'colo' : 'colos'}
                    </div>
                  </div>
                );
              }
              return (
                <div
                  key={v.key}
                  role="row"
                  data-testid="matrix-row"
                  data-colo={it.code}
                  className="absolute inset-x-0 grid items-center gap-x-2 border-b border-line/60 px-2"
                  style={{ ...cols, ...style }}
                >
                  <div role="rowheader" className={`min-w-0 ${STICKY}`}>
                    <span className="font-mono">{it.code}</span>
                    <span className="block truncate text-xs text-ink-muted">
                      {city.get(it.code)}
                    </span>
                  </div>
                  {m.targets.map((t, ti) => {
                    const cell = m.cells[ti]?.get(it.code);
                    const isSel = selected.target === ti && selected.colo === it.code;
                    return (
                      <div role="gridcell" key={ti}>
                        <button
                          type="button"
                          aria-label={cellLabel(cell, t, it.code)}
                          aria-current={isSel ? 'true' : undefined}
                          disabled={!cell}
                          data-testid="matrix-cell"
                          onClick={() => onSelect({ target: ti, colo: it.code })}
                          className={`w-full rounded px-1.5 py-0.5 text-left hover:bg-surface-sunken ${isSel ? 'ring-2 ring-accent' : ''}`}
                        >
                          <CellView cell={cell} />
                        </button>
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <p className="text-xs text-ink-muted">
        RTT is the mean at the last hop that answered; loss is measured there, so rate-limited
        routers on the way do not count. Pick a cell to see its hops.
      </p>
    </div>
  );
}
