/**
 * `/slots`: the slot catalogue filtered by the API's own filters (site, speed, occupied, address
 * contains) from the URL, paged with the API's cursor as the user scrolls or clicks, and counted
 * per site and speed over what is loaded.
 */
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { slotsInfiniteQuery } from '../../api/cni';
import { sessionQuery } from '../../api/session';
import { PageHeader } from '../../components/layout/PageHeader';
import { EmptyState } from '../../components/ui/EmptyState';
import { ErrorNotice } from '../../components/ui/ErrorNotice';
import { Panel } from '../../components/ui/Panel';
import { CniTabs } from './CniTabs';
import { slotFilters, type SlotsSearch } from './search';
import { SlotCounts } from './SlotCounts';
import { SlotFilters } from './SlotFilters';
import { SlotTable } from './SlotTable';
import { LoadMore } from './LoadMore';

export function SlotsPage({ search }: { search: SlotsSearch }) {
  const resetKeys = [JSON.stringify(search)];
  return (
    <>
      <PageHeader
        title="Slots"
        description="Cloudflare ports where an interconnect can be ordered."
      />
      <CniTabs />
      <div className="space-y-4">
        <Panel title="Filters">
          <SlotFilters search={search} />
        </Panel>
        <Panel title="Slots" resetKeys={resetKeys} skeletonRows={6}>
          <SlotResults search={search} />
        </Panel>
      </div>
    </>
  );
}

function SlotResults({ search }: { search: SlotsSearch }) {
  const { accountId } = useSuspenseQuery(sessionQuery()).data;
  const q = useSuspenseInfiniteQuery(slotsInfiniteQuery(accountId, slotFilters(search)));
  const slots = q.data.pages.flatMap((p) => p.items);
  if (slots.length === 0) {
    return (
      <EmptyState title="No slot matches these filters">
        Try another site or speed, or clear a filter.
      </EmptyState>
    );
  }
  return (
    <div className="space-y-4">
      <SlotCounts slots={slots} complete={!q.hasNextPage} />
      <SlotTable slots={slots} />
      {q.isFetchNextPageError ? (
        <ErrorNotice error={q.error} onRetry={() => void q.fetchNextPage()} />
      ) : null}
      <LoadMore
        loaded={slots.length}
        hasMore={q.hasNextPage}
        loading={q.isFetchingNextPage}
        paused={q.isFetchNextPageError}
        onMore={() => void q.fetchNextPage()}
      />
    </div>
  );
}
