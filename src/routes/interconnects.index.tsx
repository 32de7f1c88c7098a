import { createFileRoute } from '@tanstack/react-router';
import { interconnectsQuery } from '../api/cni';
import { sessionQuery } from '../api/session';
import { InterconnectsPage } from '../features/cni/InterconnectsPage';
import { interconnectsSearchSchema } from '../features/cni/search';
import { watchStatusHistory } from '../features/cni/status-history';

export const Route = createFileRoute('/interconnects/')({
  validateSearch: interconnectsSearchSchema,
  loader: async ({ context: { queryClient } }) => {
    watchStatusHistory(queryClient.getQueryCache());
    const { accountId } = await queryClient.ensureQueryData(sessionQuery());
    void queryClient.prefetchQuery(interconnectsQuery(accountId));
  },
  component: function InterconnectsRoute() {
    return <InterconnectsPage search={Route.useSearch()} />;
  },
});
