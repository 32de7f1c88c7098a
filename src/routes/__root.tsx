import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext } from '@tanstack/react-router';
import { sessionQuery } from '../api/session';
import { AppShell } from '../features/shell/AppShell';
import { NotFound } from '../features/shell/NotFound';
import { RouteError } from '../features/shell/RouteError';

export interface RouterContext {
  queryClient: QueryClient;
}

export const Route = createRootRouteWithContext<RouterContext>()({
  // prefetchQuery never throws: a failed session shows up in the pages that need it, not as a
  // blank shell.
  loader: ({ context }) => context.queryClient.prefetchQuery(sessionQuery()),
  component: AppShell,
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});
