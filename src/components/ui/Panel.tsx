/**
 * A titled section that fails and loads on its own: a panel whose query errors shows the error with
 * Retry while the rest of the page keeps working, and shows a skeleton while it suspends.
 * Retry resets the failed queries inside it (QueryErrorResetBoundary), so they refetch on remount.
 */
import { Suspense, useId, type ReactNode } from 'react';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorNotice } from './ErrorNotice';
import { Skeleton } from './Skeleton';

interface PanelProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Change these (e.g. the route params) to clear a shown error. */
  resetKeys?: readonly unknown[];
  skeletonRows?: number;
  className?: string;
  children: ReactNode;
}

export function Panel({
  title,
  description,
  actions,
  resetKeys,
  skeletonRows = 3,
  className = '',
  children,
}: PanelProps) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className={`rounded-lg border border-line bg-surface-raised p-4 shadow-sm ${className}`}
    >
      <header className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={id} className="text-base font-semibold">
            {title}
          </h2>
          {description ? <p className="text-sm text-ink-muted">{description}</p> : null}
        </div>
        {actions}
      </header>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={reset}
            resetKeys={resetKeys}
            fallback={(error, retry) => <ErrorNotice error={error} onRetry={retry} />}
          >
            <Suspense fallback={<Skeleton rows={skeletonRows} />}>{children}</Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </section>
  );
}
