import { createFileRoute } from '@tanstack/react-router';
import { cniSettingsQuery, cnisQuery } from '../api/cni';
import { sessionQuery } from '../api/session';
import { CnisPage } from '../features/cni/CnisPage';

export const Route = createFileRoute('/cnis/')({
  loader: async ({ context: { queryClient } }) => {
    const { accountId } = await queryClient.ensureQueryData(sessionQuery());
    void queryClient.prefetchQuery(cnisQuery(accountId));
    void queryClient.prefetchQuery(cniSettingsQuery(accountId));
  },
  component: CnisPage,
});
