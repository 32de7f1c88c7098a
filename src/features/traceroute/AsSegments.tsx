/**
 * The path as AS segments: each AS with its name (Radar entity) and hops, linked to its
 * relationships page, and between two ASes what the second is to the first (Radar relationships,
 * asked for the pair). Hops with no AS (silent routers, addresses without an origin) say so.
 */
import { useQuery } from '@tanstack/react-query';
import { asnInfoQuery, asnRelsQuery } from '../../api/radar-asns';
import { AppLink } from '../../components/layout/AppLink';
import { Badge } from '../../components/ui/Badge';
import { describeRelationship, roleOf } from '../../lib/relationships';
import type { AsSegment } from '../../lib/traceroute-analysis';

const hopsText = (ttls: readonly number[]) =>
  ttls.length === 1 ? `hop ${ttls[0]}` : `hops ${ttls[0]}–${ttls[ttls.length - 1]}`;

function AsName({ asn }: { asn: number }) {
  const q = useQuery(asnInfoQuery(asn));
  if (q.isPending) return <span className="text-ink-muted">loading name…</span>;
  if (q.isError || !q.data) return <span className="text-ink-muted">name unknown to Radar</span>;
  return <span>{q.data.name}</span>;
}

function Relationship({ a, b }: { a: number; b: number }) {
  const q = useQuery(asnRelsQuery(a, b));
  if (q.isPending)
    return (
      <span className="text-ink-muted">
        Checking how AS{a} and AS{b} relate…
      </span>
    );
  if (q.isError)
    return <span className="text-ink-muted">Relationship unavailable: {q.error.message}</span>;
  const rel = q.data.rels.find((r) => r.asn2 === b)?.rel;
  const role = rel === undefined ? null : roleOf(rel);
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      {role && role !== 'other' ? <Badge tone={role}>{role}</Badge> : null}
      {describeRelationship(`AS${a}`, `AS${b}`, rel)}
    </span>
  );
}

export function AsSegments({ segments }: { segments: readonly AsSegment[] }) {
  if (segments.length === 0)
    return <p className="text-sm text-ink-muted">No hop answered, so there is no path to show.</p>;
  const items = segments.map((s, i) => {
    // The relationship sits just above the AS it leads into, past any hops without an AS.
    const prev = segments.slice(0, i).findLast((p) => p.asn !== null);
    const pair =
      s.asn !== null && prev?.asn != null && prev.asn !== s.asn
        ? ([prev.asn, s.asn] as const)
        : null;
    return { s, pair };
  });
  return (
    <ol className="space-y-1 text-sm" data-testid="as-segments">
      {items.map(({ s, pair }, i) => (
        <li key={i}>
          {pair ? (
            <p className="py-1 pl-4 text-xs" data-testid="as-relationship">
              <span aria-hidden="true">↓ </span>
              <Relationship a={pair[0]} b={pair[1]} />
            </p>
          ) : null}
          <div
            className="flex flex-wrap items-baseline gap-x-2 rounded border border-line px-2 py-1"
            data-testid="as-segment"
            data-asn={s.asn ?? ''}
          >
            {s.kind === 'as' && s.asn !== null ? (
              <>
                <AppLink
                  href={`/asn/${s.asn}`}
                  className="font-mono font-semibold text-accent underline-offset-2 hover:underline"
                >
                  AS{s.asn}
                </AppLink>
                <AsName asn={s.asn} />
              </>
            ) : (
              <span className="text-ink-muted">
                {s.kind === 'no-reply'
                  ? 'No AS: no router answered'
                  : 'No AS: the answering address has no known origin AS'}
              </span>
            )}
            <span className="text-xs text-ink-muted">{hopsText(s.ttls)}</span>
          </div>
        </li>
      ))}
    </ol>
  );
}
