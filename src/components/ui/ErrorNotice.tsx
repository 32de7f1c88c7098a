/**
 * How a failed request reads to a person: what Cloudflare said, the HTTP status and error codes (for
 * a support ticket), how long a rate limit asks to wait, and a Retry button.
 */
import { ApiError } from '../../api/client';
import { Button } from './Button';
import { useCountdown } from './useCountdown';

function headline(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong while showing this.';
  if (error.status === 0) return 'The routedeck server could not be reached.';
  if (error.status === 429) return 'The API is rate-limiting requests.';
  if (error.status === 401 || error.status === 403)
    return 'The API token is not allowed to do this.';
  if (error.status === 404) return 'Not found.';
  if (error.status >= 500) return 'The API answered with a server error.';
  if (error.status >= 200 && error.status < 300)
    return 'The response did not have the expected shape.';
  return 'The request was refused.';
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const api = error instanceof ApiError ? error : null;
  const wait = useCountdown(api?.retryAfter ?? null);
  const messages = api
    ? api.errors
    : [{ message: error instanceof Error ? error.message : String(error) }];
  return (
    <div
      role="alert"
      className="rounded-md border border-status-bad/50 bg-status-bad/5 p-3 text-sm"
    >
      <p className="font-semibold text-status-bad">
        <span aria-hidden="true">✕ </span>
        {headline(error)}
      </p>
      <ul className="mt-1 space-y-0.5">
        {messages.map((m, i) => (
          <li key={i} className="break-words">
            {m.message}
            {'code' in m && m.code ? (
              <span className="text-ink-muted"> (code {m.code})</span>
            ) : null}
            {'pointer' in m && m.pointer ? (
              <span className="text-ink-muted"> at {m.pointer}</span>
            ) : null}
          </li>
        ))}
      </ul>
      {api && api.status > 0 ? (
        // break-all: an account path is one 80-character word that would widen a 375 px page.
        <p className="mt-1 text-xs break-all text-ink-muted">
          HTTP {api.status} from {api.method} {api.path.replace(/\?.*$/, '')}
        </p>
      ) : null}
      {wait != null && wait > 0 ? (
        <p className="mt-1 text-xs text-ink-muted">
          The API asks to wait {wait} s before trying again.
        </p>
      ) : null}
      {onRetry ? (
        <Button className="mt-2" onClick={onRetry}>
          Retry
        </Button>
      ) : null}
    </div>
  );
}
