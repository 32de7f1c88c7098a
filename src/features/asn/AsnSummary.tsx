/** Counts per relationship, the data time and where the relationships come from. */
import type { AsnInfo, AsnRels } from '../../api/radar-asns';
import { Badge } from '../../components/ui/Badge';
import type { RoleCounts } from './neighbours';

interface Props {
  asn: number;
  counts: RoleCounts;
  meta: AsnRels['meta'];
  info: AsnInfo | null;
}

export function AsnSummary({ asn, counts, meta, info }: Props) {
  const n = (v: number) => v.toLocaleString('en-US');
  return (
    <div className="mb-4 space-y-2">
      <p className="flex flex-wrap items-center gap-2" data-testid="asn-counts">
        <span className="font-medium">
          AS{asn}
          {info?.country ? ` (${info.country})` : ''} has
        </span>
        <Badge tone="provider">
          <span data-count="provider">{n(counts.provider)}</span>{' '}
          {counts.provider === 1 ? 'provider' : 'providers'}
        </Badge>
        <Badge tone="peer">
          <span data-count="peer">{n(counts.peer)}</span> {counts.peer === 1 ? 'peer' : 'peers'}
        </Badge>
        <Badge tone="customer">
          <span data-count="customer">{n(counts.customer)}</span>{' '}
          {counts.customer === 1 ? 'customer' : 'customers'}
        </Badge>
        {counts.other > 0 ? (
          <Badge tone="neutral">
            <span data-count="other">{n(counts.other)}</span> other
          </Badge>
        ) : null}
      </p>
      <p className="text-xs text-ink-muted">
        Data of {meta.data_time.replace('T', ' ').replace(/(\.\d+)?Z?$/, '')} UTC. Relationships are
        inferred from public BGP paths by{' '}
        <a
          className="text-accent underline"
          href="https://www.caida.org/catalog/datasets/as-relationships/"
          target="_blank"
          rel="noreferrer"
        >
          CAIDA&apos;s AS Relationships dataset
        </a>
        , as served by Cloudflare Radar: they are the best guess from outside, not what the networks
        signed.
      </p>
    </div>
  );
}
