/**
 * Hints computed in the browser from the routes and the inferred AS relationships: paths that are
 * not valley-free (possible route leaks, with the offending segment) and the origin's upstreams
 * with their share of routes (one upstream = single point of failure). Labelled as hints because
 * relationships are inferred and routing policy is private.
 */
import { useMemo } from 'react';
import { Badge } from '../../components/ui/Badge';
import { checkValleyFree, originUpstreams } from '../../lib/valley-free';
import { pathLinks, useLinkRelationships } from './relationships';
import type { RouteRow } from './routes-model';

interface Props {
  rows: readonly RouteRow[];
  names: ReadonlyMap<number, string>;
  onPickAs: (asn: number) => void;
}

const as = (asn: number, names: ReadonlyMap<number, string>) => {
  const n = names.get(asn);
  return n ? `AS${asn} (${n})` : `AS${asn}`;
};

export function Upstreams({ rows, names, onPickAs }: Props) {
  const ups = useMemo(() => originUpstreams(rows.map((r) => r.path)), [rows]);
  if (ups.length === 0)
    return <p className="text-sm text-ink-muted">No route has an AS before the origin.</p>;
  return (
    <div data-testid="upstreams">
      {ups.length === 1 ? (
        <p className="mb-2 text-sm text-status-warn">
          <span aria-hidden="true">▲ </span>
          Hint: every route reaches the origin through one AS, {as(ups[0]!.asn, names)}. An outage
          or a mistake there would take the prefix off the Internet.
        </p>
      ) : (
        <p className="mb-2 text-sm text-ink-muted">
          The origin is reached through {ups.length} neighbouring ASes on these routes.
        </p>
      )}
      <ul className="space-y-1 text-sm">
        {ups.slice(0, 10).map((u) => (
          <li key={u.asn} className="flex items-center gap-2">
            <button
              type="button"
              className="font-mono text-accent hover:underline"
              onClick={() => onPickAs(u.asn)}
            >
              AS{u.asn}
            </button>
            <span className="truncate text-ink-muted">{names.get(u.asn) ?? ''}</span>
            <span className="ml-auto whitespace-nowrap tabular-nums">
              {u.routes} {u.routes === 1 ? 'route' : 'routes'} ({Math.round(u.share * 100)}%)
            </span>
          </li>
        ))}
      </ul>
      {ups.length > 10 ? (
        <p className="mt-1 text-xs text-ink-muted">and {ups.length - 10} more.</p>
      ) : null}
    </div>
  );
}

export function LeakHints({ rows, names, onPickAs }: Props) {
  const links = useMemo(() => pathLinks(rows.map((r) => r.path)), [rows]);
  const rel = useLinkRelationships(links, true);
  const loading = rel.done + rel.failed < rel.total;
  const results = useMemo(
    () =>
      loading ? [] : rows.map((r) => ({ row: r, check: checkValleyFree(r.path, rel.lookup) })),
    [rows, rel.lookup, loading],
  );
  if (loading) {
    return (
      <p className="text-sm text-ink-muted" role="status">
        Fetching relationships for the {rel.total} links on these paths: {rel.done} of {rel.total}…
      </p>
    );
  }
  const leaks = results.filter((x) => x.check.verdict === 'violation');
  const unknown = results.filter((x) => x.check.verdict === 'unknown').length;
  return (
    <div data-testid="leak-hints">
      <p className="mb-2 text-sm">
        {leaks.length > 0 ? (
          <Badge tone="warn">{leaks.length} possible leaks</Badge>
        ) : unknown === results.length ? (
          <Badge tone="neutral">Relationships not known</Badge>
        ) : (
          <Badge tone="ok">No valley found</Badge>
        )}{' '}
        <span className="text-ink-muted">
          {results.length - leaks.length - unknown} of {results.length} paths are valley-free
          {unknown > 0
            ? `; ${unknown} have a link with no known relationship and were checked only where known`
            : ''}
          {rel.failed > 0 ? `; ${rel.failed} relationship lookups failed` : ''}.
        </span>
      </p>
      <ul className="space-y-2 text-sm">
        {leaks.slice(0, 20).map(({ row, check }) =>
          check.violations.map((v, i) => (
            <li key={`${row.id}-${i}`} className="rounded border border-status-warn/40 p-2">
              <p>
                Hint: <strong>{as(v.leaker, names)}</strong> passes a route learned from its{' '}
                {v.learnedFrom} on to its {v.sentTo} ({row.collector}, peer AS{row.peerAsn}). Unless
                a private agreement allows it, that is a route leak (RFC 7908).
              </p>
              <p className="mt-1 font-mono text-xs">
                Segment:{' '}
                {v.segment.map((asn, j) => (
                  <span key={j}>
                    {j > 0 ? ' › ' : ''}
                    <button type="button" className="hover:underline" onClick={() => onPickAs(asn)}>
                      {asn === v.leaker ? (
                        <mark className="bg-status-warn/20 px-0.5 text-ink">AS{asn}</mark>
                      ) : (
                        `AS${asn}`
                      )}
                    </button>
                  </span>
                ))}
              </p>
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
