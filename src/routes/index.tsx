import { createFileRoute } from '@tanstack/react-router';
import { sessionQuery } from '../api/session';
import { prefixesQuery } from '../api/addressing';
import { interconnectsQuery } from '../api/cni';
import { HomePage } from '../features/home/HomePage';

export const Route = createFileRoute('/')({
  loader: async ({ context: { queryClient } }) => {
    const { accountId } = await queryClient.ensureQueryData(sessionQuery());
    // Warm, not await: each summary panel shows its own loading and error state.
    void queryClient.prefetchQuery(prefixesQuery(accountId));
    void queryClient.prefetchQuery(interconnectsQuery(accountId));
  },
  component: HomePage,
});
