/**
 * How many BGP prefixes of the account's BYOIP ranges are advertised or withdrawn right now. Counts
 * BGP prefixes, not IP prefixes: advertisement is decided per BGP prefix (CONTRACT section 4).
 */
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import {
  advertisementState,
  bgpPrefixesQuery,
  prefixesQuery,
  type AdvertisementState,
} from '../../api/addressing';
import { sessionQuery } from '../../api/session';
import { EmptyState } from '../../components/ui/EmptyState';
import { Counts, Headline, SectionLink, SummaryStale, type Count } from './Counts';

export function ByoipSummary() {
  const { data: session } = useSuspenseQuery(sessionQuery());
  const prefixes = useSuspenseQuery(prefixesQuery(session.accountId));
  const bgp = useSuspenseQueries({
    queries: prefixes.data.map((p) => bgpPrefixesQuery(session.accountId, p.id)),
  });

  if (prefixes.data.length === 0) {
    return (
      <EmptyState title="No BYOIP prefixes on this account">
        Bring your own IP ranges to see them here.
      </EmptyState>
    );
  }

  const tally: Record<AdvertisementState, number> = {
    advertised: 0,
    withdrawn: 0,
    'not-on-demand': 0,
  };
  for (const q of bgp) for (const b of q.data) tally[advertisementState(b)]++;
  const total = tally.advertised + tally.withdrawn + tally['not-on-demand'];
  const counts: Count[] = [
    { label: 'advertised', tone: 'ok', value: tally.advertised },
    { label: 'withdrawn', tone: 'neutral', value: tally.withdrawn },
  ];
  if (tally['not-on-demand'] > 0) {
    counts.push({ label: 'not on demand', tone: 'pending', value: tally['not-on-demand'] });
  }

  return (
    <div>
      <SummaryStale queries={[prefixes, ...bgp]} />
      <Headline>
        {tally.advertised}{' '}
        <span className="text-base font-normal text-ink-muted">of {total} advertised</span>
      </Headline>
      <p className="text-sm text-ink-muted">
        {total} BGP prefixes in {prefixes.data.length} IP prefixes
      </p>
      <Counts counts={counts} />
      <SectionLink href="/byoip">Manage BYOIP advertisement</SectionLink>
    </div>
  );
}
