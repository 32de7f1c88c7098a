import { createFileRoute } from '@tanstack/react-router';
import { bgpPrefixesQuery } from '../api/addressing';
import { sessionQuery } from '../api/session';
import { PrefixPage } from '../features/byoip/PrefixPage';

export const Route = createFileRoute('/byoip/$prefixId/')({
  loader: async ({ context: { queryClient }, params }) => {
    const { accountId } = await queryClient.ensureQueryData(sessionQuery());
    void queryClient.prefetchQuery(bgpPrefixesQuery(accountId, params.prefixId));
  },
  component: function PrefixRoute() {
    return <PrefixPage prefixId={Route.useParams().prefixId} />;
  },
});
