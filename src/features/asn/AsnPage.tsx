/**
 * `/asn/<asn>`: who a network buys transit from, peers with and sells transit to. The ASN from the
 * URL is checked before anything is fetched, so a bad link explains itself without an API call.
 */
import { useQuery } from '@tanstack/react-query';
import { asnInfoQuery } from '../../api/radar-asns';
import { PageHeader } from '../../components/layout/PageHeader';
import { CopyLink } from '../../components/ui/CopyLink';
import { Panel } from '../../components/ui/Panel';
import { formatAsn, parseAsn } from '../../lib/asn';
import { CompareBar } from './CompareBar';
import { Relationships } from './Relationships';
import type { AsnSearch } from './search';

export interface AsnPageProps {
  asnParam: string;
  search: AsnSearch;
  /** Merges into the URL's search params (replacing the history entry). */
  setSearch: (patch: Partial<AsnSearch>) => void;
  openAsn: (asn: number) => void;
}

function Title({ asn }: { asn: number }) {
  const info = useQuery(asnInfoQuery(asn));
  const name = info.data?.name;
  return (
    <PageHeader
      title={
        <>
          {formatAsn(asn)}
          {name ? <span className="font-normal text-ink-muted"> · {name}</span> : null}
        </>
      }
      description={
        info.data
          ? `Registered in ${info.data.countryName ?? info.data.country}${info.data.source ? ` (${info.data.source})` : ''}`
          : 'AS relationships'
      }
      actions={<CopyLink />}
    />
  );
}

export function AsnPage({ asnParam, search, setSearch, openAsn }: AsnPageProps) {
  const parsed = parseAsn(asnParam);
  if (!parsed.ok) {
    return (
      <>
        <PageHeader title="AS relationships" />
        <div role="alert" className="rounded-md border border-status-bad/50 bg-status-bad/5 p-4">
          <p className="font-semibold text-status-bad">
            <span aria-hidden="true">✕ </span>
            {`"${asnParam}" is not a valid AS number.`}
          </p>
          <p className="mt-1 text-sm">{parsed.reason}</p>
        </div>
      </>
    );
  }
  const asn = parsed.value;
  return (
    <>
      <Title asn={asn} />
      <CompareBar asn={asn} asn2={search.asn2} onCompare={(asn2) => setSearch({ asn2 })} />
      <Panel
        title="Relationships"
        description="Inferred from BGP paths, not declared by the networks."
        resetKeys={[asn]}
        skeletonRows={8}
      >
        <Relationships
          key={asn}
          asn={asn}
          search={search}
          setSearch={setSearch}
          openAsn={openAsn}
        />
      </Panel>
    </>
  );
}
