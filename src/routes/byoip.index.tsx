import { createFileRoute } from '@tanstack/react-router';
import { prefixesQuery } from '../api/addressing';
import { sessionQuery } from '../api/session';
import { ByoipListPage } from '../features/byoip/ByoipListPage';
import { listSearchSchema } from '../features/byoip/list-search';

export const Route = createFileRoute('/byoip/')({
  validateSearch: listSearchSchema,
  loader: async ({ context: { queryClient } }) => {
    const { accountId } = await queryClient.ensureQueryData(sessionQuery());
    void queryClient.prefetchQuery(prefixesQuery(accountId));
  },
  component: function ByoipRoute() {
    return <ByoipListPage search={Route.useSearch()} />;
  },
});
