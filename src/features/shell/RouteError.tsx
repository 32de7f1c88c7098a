/** What a route shows when its loader fails (e.g. /api/session is unreachable): the error and Retry. */
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { PageHeader } from '../../components/layout/PageHeader';
import { ErrorNotice } from '../../components/ui/ErrorNotice';

export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <div className="max-w-2xl">
      <PageHeader title="This page could not be loaded" />
      <ErrorNotice
        error={error}
        onRetry={() => {
          reset();
          void router.invalidate();
        }}
      />
    </div>
  );
}
