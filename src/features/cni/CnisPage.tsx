/** `/cnis`: every CNI of the account with its routing context, and the account's default ASN. */
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { cnisQuery } from '../../api/cni';
import { sessionQuery } from '../../api/session';
import { PageHeader } from '../../components/layout/PageHeader';
import { EmptyState } from '../../components/ui/EmptyState';
import { Panel } from '../../components/ui/Panel';
import { CniTabs } from './CniTabs';
import { AsnLink, PrefixLinks } from './RoutingLinks';
import { SettingsPanel } from './SettingsPanel';

const newButton =
  'inline-flex min-h-9 items-center rounded-md bg-accent px-3 text-sm font-medium text-accent-ink hover:opacity-90';

export function CnisPage() {
  return (
    <>
      <PageHeader
        title="CNIs"
        description="The BGP sessions and Magic settings that run on your interconnects."
        actions={
          <Link to="/cnis/new" search={{}} className={newButton}>
            New CNI
          </Link>
        }
      />
      <CniTabs />
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <Panel title="All CNIs" skeletonRows={4}>
          <CniList />
        </Panel>
        <Panel title="Account settings">
          <SettingsPanel />
        </Panel>
      </div>
    </>
  );
}

function CniList() {
  const { accountId } = useSuspenseQuery(sessionQuery()).data;
  const { data } = useSuspenseQuery(cnisQuery(accountId));
  if (data.length === 0)
    return (
      <EmptyState title="No CNIs yet">Create one to start a session on an interconnect.</EmptyState>
    );
  return (
    <ul className="divide-y divide-line" data-testid="cni-list">
      {[...data]
        .sort((a, b) => a.magic.conduit_name.localeCompare(b.magic.conduit_name))
        .map((c) => (
          <li
            key={c.id}
            className="grid gap-1 py-3 text-sm sm:grid-cols-[minmax(10rem,1fr)_2fr]"
            data-cni={c.magic.conduit_name}
          >
            <div className="min-w-0">
              <Link
                to="/cnis/$id"
                params={{ id: c.id }}
                className="font-medium break-all text-accent underline"
              >
                {c.magic.conduit_name}
              </Link>
              <p className="text-ink-muted">
                on{' '}
                <Link
                  to="/interconnects/$icon"
                  params={{ icon: c.interconnect }}
                  className="font-mono underline"
                >
                  {c.interconnect}
                </Link>
              </p>
            </div>
            <div className="min-w-0 space-y-1">
              <p>
                <span className="font-mono">{c.p2p_ip}</span> ↔{' '}
                <span className="font-mono">{c.cust_ip}</span>
                <span className="text-ink-muted"> · MTU {c.magic.mtu}</span>
              </p>
              {c.bgp ? (
                <p className="flex flex-wrap items-center gap-x-2">
                  BGP with <AsnLink asn={c.bgp.customer_asn} />
                  {c.bgp.extra_prefixes.length > 0 ? (
                    <>
                      <span className="text-ink-muted">advertising</span>
                      <PrefixLinks prefixes={c.bgp.extra_prefixes} />
                    </>
                  ) : null}
                </p>
              ) : (
                <p className="text-ink-muted">No BGP session</p>
              )}
            </div>
          </li>
        ))}
    </ul>
  );
}
