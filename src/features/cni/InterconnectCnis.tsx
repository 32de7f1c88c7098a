import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { cnisQuery } from '../../api/cni';
import { EmptyState } from '../../components/ui/EmptyState';

/** The CNIs that run on one interconnect (the API filters CNIs by slot, not by interconnect). */
export function InterconnectCnis({ accountId, icon }: { accountId: string; icon: string }) {
  const { data } = useSuspenseQuery(cnisQuery(accountId));
  const mine = data.filter((c) => c.interconnect === icon);
  return (
    <div className="space-y-3">
      {mine.length === 0 ? (
        <EmptyState title="No CNI runs on this interconnect yet" />
      ) : (
        <ul className="divide-y divide-line text-sm">
          {mine.map((c) => (
            <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
              <Link
                to="/cnis/$id"
                params={{ id: c.id }}
                className="font-medium text-accent underline"
              >
                {c.magic.conduit_name}
              </Link>
              <span className="font-mono text-ink-muted">
                {c.p2p_ip} ↔ {c.cust_ip}
              </span>
              <span className="text-ink-muted">
                {c.bgp ? `BGP with AS${c.bgp.customer_asn}` : 'static (no BGP)'} · MTU {c.magic.mtu}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Link
        to="/cnis/new"
        search={{ interconnect: icon }}
        className="inline-flex min-h-9 items-center rounded-md border border-line px-3 text-sm font-medium hover:bg-surface-sunken"
      >
        New CNI on this interconnect
      </Link>
    </div>
  );
}
