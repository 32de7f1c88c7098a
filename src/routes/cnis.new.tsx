import { createFileRoute } from '@tanstack/react-router';
import { cniSettingsQuery, interconnectsQuery } from '../api/cni';
import { sessionQuery } from '../api/session';
import { CniNewPage } from '../features/cni/CniNewPage';
import { newCniSearchSchema } from '../features/cni/search';

export const Route = createFileRoute('/cnis/new')({
  validateSearch: newCniSearchSchema,
  loader: async ({ context: { queryClient } }) => {
    const { accountId } = await queryClient.ensureQueryData(sessionQuery());
    void queryClient.prefetchQuery(interconnectsQuery(accountId));
    void queryClient.prefetchQuery(cniSettingsQuery(accountId));
  },
  component: function NewCniRoute() {
    return <CniNewPage interconnect={Route.useSearch().interconnect} />;
  },
});
