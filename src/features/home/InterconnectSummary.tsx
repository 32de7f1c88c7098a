/** How many interconnects report Healthy, out of all, with the other states counted by name. */
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import { interconnectStatusQuery, interconnectsQuery } from '../../api/cni';
import { sessionQuery } from '../../api/session';
import type { Tone } from '../../components/ui/Badge';
import { EmptyState } from '../../components/ui/EmptyState';
import { Counts, Headline, SectionLink, SummaryStale, type Count } from './Counts';

const ORDER = ['Healthy', 'Unhealthy', 'Down', 'Pending'];
const TONES: Record<string, Tone> = {
  Healthy: 'ok',
  Unhealthy: 'warn',
  Down: 'bad',
  Pending: 'pending',
};

export function InterconnectSummary() {
  const { data: session } = useSuspenseQuery(sessionQuery());
  const list = useSuspenseQuery(interconnectsQuery(session.accountId));
  const statuses = useSuspenseQueries({
    queries: list.data.map((i) => interconnectStatusQuery(session.accountId, i.name)),
  });

  if (list.data.length === 0) {
    return <EmptyState title="No interconnects on this account" />;
  }

  const byState = new Map<string, number>();
  for (const s of statuses) byState.set(s.data.state, (byState.get(s.data.state) ?? 0) + 1);
  // Known states first in a fixed order, then anything new the API starts sending, shown raw.
  const states = [...byState.keys()].sort((a, b) => {
    const ia = ORDER.indexOf(a);
    const ib = ORDER.indexOf(b);
    return (ia < 0 ? ORDER.length : ia) - (ib < 0 ? ORDER.length : ib) || a.localeCompare(b);
  });
  const counts: Count[] = states.map((s) => ({
    label: s.toLowerCase(),
    tone: TONES[s] ?? 'neutral',
    value: byState.get(s) ?? 0,
  }));
  const healthy = byState.get('Healthy') ?? 0;

  return (
    <div>
      <SummaryStale queries={[list, ...statuses]} />
      <Headline>
        {healthy}{' '}
        <span className="text-base font-normal text-ink-muted">of {list.data.length} healthy</span>
      </Headline>
      <Counts counts={counts} />
      <SectionLink href="/interconnects">Open interconnects</SectionLink>
    </div>
  );
}
