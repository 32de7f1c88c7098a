/**
 * `/interconnects`: every interconnect with its live status, the ones that need attention first and
 * named in a banner at the top, filtered by site, type and status from the URL.
 */
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { interconnectsQuery } from '../../api/cni';
import { sessionQuery } from '../../api/session';
import { PageHeader } from '../../components/layout/PageHeader';
import { EmptyState } from '../../components/ui/EmptyState';
import { ErrorNotice } from '../../components/ui/ErrorNotice';
import { Panel } from '../../components/ui/Panel';
import { StaleNotice } from '../../components/ui/StaleNotice';
import { CniTabs } from './CniTabs';
import { InterconnectFilters } from './InterconnectFilters';
import { InterconnectTable } from './InterconnectTable';
import { filterOptions, filterRows, needingAttention, toRows } from './interconnect-rows';
import { LastChecked } from './LastChecked';
import type { InterconnectsSearch } from './search';
import { StatusBadge } from './StatusBadge';
import { useStatuses } from './use-statuses';

export function InterconnectsPage({ search }: { search: InterconnectsSearch }) {
  return (
    <>
      <PageHeader
        title="Interconnects"
        description="Your Cloudflare Network Interconnects and their live status."
      />
      <CniTabs />
      <Panel title="All interconnects" skeletonRows={5}>
        <InterconnectList search={search} />
      </Panel>
    </>
  );
}

function InterconnectList({ search }: { search: InterconnectsSearch }) {
  const { accountId } = useSuspenseQuery(sessionQuery()).data;
  const list = useSuspenseQuery(interconnectsQuery(accountId));
  const statuses = useStatuses(
    accountId,
    list.data.map((i) => i.name),
  );
  if (list.data.length === 0) {
    return (
      <EmptyState title="No interconnects on this account">
        Find a free port on the <Link to="/slots">slots</Link> page to order one.
      </EmptyState>
    );
  }

  const rows = toRows(
    list.data,
    statuses.map((s) => s.data),
  );
  const shown = filterRows(rows, search);
  const attention = needingAttention(rows);
  const lastChecked = Math.max(0, ...statuses.map((s) => s.dataUpdatedAt));
  const failed = statuses.filter((s) => s.isError && !s.data);
  const stale = statuses.find((s) => s.isRefetchError);
  const checkAll = () => statuses.forEach((s) => void s.refetch());

  return (
    <div className="space-y-3">
      {attention.length > 0 ? (
        <div
          role="alert"
          className="rounded-md border border-status-bad/50 bg-status-bad/5 p-3 text-sm"
          data-testid="attention"
        >
          <p className="font-semibold">
            {attention.length === 1
              ? '1 interconnect needs attention'
              : `${attention.length} interconnects need attention`}
          </p>
          <ul className="mt-1 space-y-1">
            {attention.map((r) => (
              <li key={r.name} className="flex flex-wrap items-center gap-2">
                <Link
                  to="/interconnects/$icon"
                  params={{ icon: r.name }}
                  className="font-mono font-medium text-accent underline"
                >
                  {r.name}
                </Link>
                <StatusBadge state={r.state as string} reason={r.reason} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {stale ? (
        <StaleNotice dataUpdatedAt={stale.dataUpdatedAt} error={stale.error} onRefresh={checkAll} />
      ) : null}
      {failed.length > 0 && failed[0] ? (
        <ErrorNotice
          error={failed[0].error}
          onRetry={() => failed.forEach((s) => void s.refetch())}
        />
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <InterconnectFilters search={search} options={filterOptions(list.data)} />
        <LastChecked
          at={lastChecked}
          checking={statuses.some((s) => s.isFetching)}
          onCheck={checkAll}
        />
      </div>
      {shown.length === 0 ? (
        <EmptyState title="No interconnect matches these filters">
          <Link to="/interconnects" search={{}} className="text-accent underline">
            Clear the filters
          </Link>{' '}
          to see all {rows.length}.
        </EmptyState>
      ) : (
        <>
          <p className="text-sm text-ink-muted">
            Showing {shown.length} of {rows.length}, down and unhealthy first.
          </p>
          <InterconnectTable rows={shown} />
        </>
      )}
    </div>
  );
}
