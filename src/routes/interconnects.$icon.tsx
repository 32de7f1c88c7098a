import { createFileRoute } from '@tanstack/react-router';
import { cnisQuery, interconnectQuery } from '../api/cni';
import { sessionQuery } from '../api/session';
import { InterconnectDetailPage } from '../features/cni/InterconnectDetailPage';
import { watchStatusHistory } from '../features/cni/status-history';

export const Route = createFileRoute('/interconnects/$icon')({
  loader: async ({ context: { queryClient }, params }) => {
    watchStatusHistory(queryClient.getQueryCache());
    const { accountId } = await queryClient.ensureQueryData(sessionQuery());
    void queryClient.prefetchQuery(cnisQuery(accountId));
    // The page is about this interconnect: without it (404) the route shows the error.
    await queryClient.ensureQueryData(interconnectQuery(accountId, params.icon));
  },
  component: function InterconnectRoute() {
    return <InterconnectDetailPage icon={Route.useParams().icon} />;
  },
});
