/** `/byoip/<prefix_id>`: one IP prefix, its BGP prefixes with their observed state, its journal. */
import { Link } from '@tanstack/react-router';
import { PageHeader } from '../../components/layout/PageHeader';
import { EmptyState } from '../../components/ui/EmptyState';
import { Panel } from '../../components/ui/Panel';
import { driftOf } from './drift';
import { useAccountRows, useJournal, useNow, useSession, useStaggeredObservations } from './data';
import { Journal } from './Journal';
import { ConfiguredBadge, DriftBadges, ObservedSummary } from './StateBadges';

export function PrefixPage({ prefixId }: { prefixId: string }) {
  return (
    <Panel title="IP prefix" resetKeys={[prefixId]} skeletonRows={6}>
      <Body prefixId={prefixId} />
    </Panel>
  );
}

function Body({ prefixId }: { prefixId: string }) {
  const session = useSession();
  const rows = useAccountRows(session.accountId).filter((r) => r.prefix.id === prefixId);
  const observed = useStaggeredObservations(rows);
  const { journal } = useJournal();
  const now = useNow(5_000);
  const prefix = rows[0]?.prefix;
  if (!prefix)
    return (
      <EmptyState title="No such IP prefix, or it has no BGP prefixes">
        Check the link, or open the list.
      </EmptyState>
    );
  const ids = new Set(rows.map((r) => r.bgp.id));
  return (
    <div className="space-y-6">
      <PageHeader
        title={<span className="font-mono">{prefix.cidr}</span>}
        description={`${prefix.description ?? ''}${prefix.asn ? ` · AS${prefix.asn}` : ''} · RPKI ${prefix.rpki_validation_state ?? 'unknown'} · IRR ${prefix.irr_validation_state ?? 'unknown'}`}
      />
      <ul className="divide-y divide-line">
        {rows.map((r, i) => {
          const o = observed[i]?.observation ?? null;
          const changed = Date.parse(r.bgp.on_demand?.advertised_modified_at ?? '');
          const labels = driftOf(
            {
              advertised: r.bgp.on_demand?.advertised !== false,
              asn: r.bgp.asn ?? null,
              changedAt: Number.isNaN(changed) ? null : changed,
            },
            o,
            now,
            session.timeScale,
          );
          return (
            <li key={r.bgp.id} className="flex flex-wrap items-start gap-4 py-2 text-sm">
              <Link
                to="/byoip/$prefixId/$bgpPrefixId"
                params={{ prefixId, bgpPrefixId: r.bgp.id }}
                className="w-44 font-mono text-accent underline"
              >
                {r.bgp.cidr}
              </Link>
              <ConfiguredBadge bgp={r.bgp} />
              <ObservedSummary o={o} />
              <DriftBadges labels={labels} />
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="pj-h" className="space-y-2">
        <h2 id="pj-h" className="text-base font-semibold">
          Change journal
        </h2>
        <Journal
          entries={journal.filter((j) => ids.has(j.bgpPrefixId))}
          cidrOf={(id) => rows.find((r) => r.bgp.id === id)?.bgp.cidr ?? id}
        />
      </section>
    </div>
  );
}
