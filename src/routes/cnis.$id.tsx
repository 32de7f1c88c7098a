import { createFileRoute } from '@tanstack/react-router';
import { cniQuery, interconnectsQuery } from '../api/cni';
import { sessionQuery } from '../api/session';
import { CniDetailPage } from '../features/cni/CniDetailPage';

export const Route = createFileRoute('/cnis/$id')({
  loader: async ({ context: { queryClient }, params }) => {
    const { accountId } = await queryClient.ensureQueryData(sessionQuery());
    void queryClient.prefetchQuery(interconnectsQuery(accountId));
    // The page is this CNI: a 404 shows as the route's error.
    await queryClient.ensureQueryData(cniQuery(accountId, params.id));
  },
  component: function CniRoute() {
    return <CniDetailPage id={Route.useParams().id} />;
  },
});
