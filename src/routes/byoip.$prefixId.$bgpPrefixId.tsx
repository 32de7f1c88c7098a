import { createFileRoute } from '@tanstack/react-router';
import { bgpPrefixQuery } from '../api/addressing';
import { sessionQuery } from '../api/session';
import { BgpPrefixPage } from '../features/byoip/BgpPrefixPage';

export const Route = createFileRoute('/byoip/$prefixId/$bgpPrefixId')({
  loader: async ({ context: { queryClient }, params }) => {
    const { accountId } = await queryClient.ensureQueryData(sessionQuery());
    void queryClient.prefetchQuery(bgpPrefixQuery(accountId, params.prefixId, params.bgpPrefixId));
  },
  component: function BgpPrefixRoute() {
    const { prefixId, bgpPrefixId } = Route.useParams();
    return <BgpPrefixPage prefixId={prefixId} bgpPrefixId={bgpPrefixId} />;
  },
});
