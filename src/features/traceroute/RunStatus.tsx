/**
 * What the run is doing: a progress line with the elapsed time and Cancel while it runs (it can
 * take a minute: every colo waits for its probes), then how it ended if it did not produce a result.
 */
import { ApiError } from '../../api/client';
import { Button } from '../../components/ui/Button';
import { ErrorNotice } from '../../components/ui/ErrorNotice';
import { isAbort, useNow } from './useRun';

const clock = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

export function RunStatus({
  pending,
  startedAt,
  error,
  what,
  rateLimitedUntil,
  onCancel,
}: {
  pending: boolean;
  startedAt: number;
  error: unknown;
  /** "2 targets from 2 colos" */
  what: string;
  rateLimitedUntil: number | null;
  onCancel: () => void;
}) {
  const now = useNow(pending || rateLimitedUntil !== null);
  const elapsed = Math.max(0, Math.floor((now - startedAt) / 1000));
  if (pending) {
    return (
      <div
        role="status"
        data-testid="run-progress"
        className="flex flex-wrap items-center gap-3 rounded-md border border-line bg-surface-sunken p-3 text-sm"
      >
        <progress className="h-2 w-32" aria-label="Traceroute running" />
        <span>
          Tracing {what}… <span data-testid="elapsed">{elapsed} s</span> elapsed. Each colo waits
          for its probes, so a run can take a minute.
        </span>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    );
  }
  if (!error) return null;
  if (isAbort(error)) {
    return (
      <p role="status" data-testid="run-cancelled" className="text-sm text-ink-muted">
        Cancelled after {elapsed} s; no result was kept.
      </p>
    );
  }
  const left = rateLimitedUntil ? Math.max(0, Math.ceil((rateLimitedUntil - now) / 1000)) : 0;
  return (
    <div className="space-y-2" data-testid="run-error">
      <ErrorNotice error={error} />
      {error instanceof ApiError && error.status === 429 ? (
        <p role="status" data-testid="rate-limit" className="text-sm font-medium">
          {rateLimitedUntil && left > 0
            ? `You can run again at ${clock(rateLimitedUntil)} (in ${left} s).`
            : error.retryAfter
              ? 'The wait is over: you can run again.'
              : 'Cloudflare did not say how long to wait; try again in a minute.'}
        </p>
      ) : null}
    </div>
  );
}
