import { createFileRoute } from '@tanstack/react-router';
import { slotsInfiniteQuery } from '../api/cni';
import { sessionQuery } from '../api/session';
import { SlotsPage } from '../features/cni/SlotsPage';
import { slotFilters, slotsSearchSchema } from '../features/cni/search';

export const Route = createFileRoute('/slots')({
  validateSearch: slotsSearchSchema,
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, deps }) => {
    const { accountId } = await queryClient.ensureQueryData(sessionQuery());
    void queryClient.prefetchInfiniteQuery(slotsInfiniteQuery(accountId, slotFilters(deps)));
  },
  component: function SlotsRoute() {
    return <SlotsPage search={Route.useSearch()} />;
  },
});
