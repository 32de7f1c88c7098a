/**
 * `/prefix/<cidr or address>`: refuses bad input before any request, resolves an address to its
 * covering announced prefix (and says so), then shows the prefix's realtime routes.
 */
import { QueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { AppLink } from '../../components/layout/AppLink';
import { PageHeader } from '../../components/layout/PageHeader';
import { EmptyState } from '../../components/ui/EmptyState';
import { ErrorBoundary } from '../../components/ui/ErrorBoundary';
import { ErrorNotice } from '../../components/ui/ErrorNotice';
import { Skeleton } from '../../components/ui/Skeleton';
import { coveringQuery } from './data';
import { PrefixView } from './PrefixView';
import type { PrefixSearch } from './search';
import { mostSpecific, type PrefixTarget } from './target';

export interface PrefixPageProps {
  target: PrefixTarget;
  search: PrefixSearch;
  onSearch: (patch: Partial<PrefixSearch>) => void;
}

function Boundary({ resetKey, children }: { resetKey: string; children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          resetKeys={[resetKey]}
          fallback={(error, retry) => <ErrorNotice error={error} onRetry={retry} />}
        >
          <Suspense fallback={<Skeleton rows={6} label="Loading routes" />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

function AddressView({ address, ...rest }: { address: string } & Omit<PrefixPageProps, 'target'>) {
  const { data } = useSuspenseQuery(coveringQuery(address));
  const best = mostSpecific(data.prefix_origins);
  if (!best) {
    return (
      <EmptyState title={`No announced prefix covers ${address}`}>
        No route collector peer has a route for any prefix that contains this address, so it is not
        reachable from the Internet right now.
      </EmptyState>
    );
  }
  return (
    <>
      <p
        role="status"
        data-testid="address-note"
        className="mb-4 rounded-md border border-line bg-surface-sunken px-3 py-2 text-sm"
      >
        {address} is inside <strong className="font-mono">{best.prefix}</strong>, the most specific
        announced prefix that covers it (origin AS{best.origin}). Showing that prefix;{' '}
        <AppLink href={`/prefix/${best.prefix}`} className="text-accent underline">
          open {best.prefix} on its own
        </AppLink>
        .
      </p>
      <PrefixView cidr={best.prefix} {...rest} />
    </>
  );
}

export function PrefixPage({ target, search, onSearch }: PrefixPageProps) {
  if (target.kind === 'invalid') {
    return (
      <div>
        <PageHeader title="Prefix routes" />
        <div
          role="alert"
          data-testid="bad-input"
          className="rounded-md border border-status-bad/50 bg-status-bad/5 p-3 text-sm"
        >
          <p className="font-semibold text-status-bad">
            <span aria-hidden="true">✕ </span>Cannot look up “{target.input}”
          </p>
          <p className="mt-1">{target.reason}</p>
          <p className="mt-2 text-ink-muted">
            Examples:{' '}
            <AppLink href="/prefix/1.1.1.0/24" className="text-accent underline">
              1.1.1.0/24
            </AppLink>
            ,{' '}
            <AppLink href="/prefix/2606:4700::/32" className="text-accent underline">
              2606:4700::/32
            </AppLink>
            ,{' '}
            <AppLink href="/prefix/8.8.8.8" className="text-accent underline">
              8.8.8.8
            </AppLink>
            .
          </p>
        </div>
      </div>
    );
  }
  const shown = target.kind === 'prefix' ? target.cidr : target.address;
  return (
    <div>
      <PageHeader
        title={
          <>
            Routes to <span className="font-mono">{shown}</span>
          </>
        }
        description="How the Internet reaches this prefix now, from the peers of public route collectors (Radar realtime routes)."
      />
      <Boundary resetKey={shown}>
        {target.kind === 'prefix' ? (
          <PrefixView cidr={target.cidr} search={search} onSearch={onSearch} />
        ) : (
          <AddressView address={target.address} search={search} onSearch={onSearch} />
        )}
      </Boundary>
    </div>
  );
}
