/** A row of counted states, each a Badge (shape + text) with its number, and an optional link. */
import type { ReactNode } from 'react';
import { AppLink } from '../../components/layout/AppLink';
import { useRouteExists } from '../../components/layout/useRouteExists';
import { Badge, type Tone } from '../../components/ui/Badge';
import { StaleNotice } from '../../components/ui/StaleNotice';

export interface Count {
  label: string;
  tone: Tone;
  value: number;
}

export function Headline({ children }: { children: ReactNode }) {
  return <p className="text-3xl font-semibold tabular-nums">{children}</p>;
}

export function Counts({ counts }: { counts: Count[] }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-2">
      {counts.map((c) => (
        <li key={c.label}>
          <Badge tone={c.tone}>
            <span className="tabular-nums">{c.value}</span> {c.label}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

/** Links to the section's page once it exists; until then the figures stand on their own. */
export function SectionLink({ href, children }: { href: string; children: ReactNode }) {
  if (!useRouteExists(href)) return null;
  return (
    <p className="mt-4">
      <AppLink href={href} className="font-medium text-accent underline underline-offset-2">
        {children} <span aria-hidden="true">→</span>
      </AppLink>
    </p>
  );
}

interface Refetchable {
  isRefetchError: boolean;
  dataUpdatedAt: number;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/** A summary is built from several queries: the first failed refresh speaks for all of them. */
export function SummaryStale({ queries }: { queries: Refetchable[] }) {
  const failed = queries.find((q) => q.isRefetchError);
  if (!failed) return null;
  return (
    <StaleNotice
      dataUpdatedAt={failed.dataUpdatedAt}
      error={failed.error}
      onRefresh={() => queries.forEach((q) => void q.refetch())}
    />
  );
}
