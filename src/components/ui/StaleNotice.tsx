/**
 * Shown above data that is still on screen after a background refetch failed, so the user knows how
 * old it is and why it did not refresh. Pass the fields of the query result.
 */
import { ApiError } from '../../api/client';
import { Button } from './Button';

interface Props {
  dataUpdatedAt: number;
  error: unknown;
  onRefresh: () => void;
}

const time = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

function reason(error: unknown): string {
  if (error instanceof ApiError) {
    const status = error.status ? `HTTP ${error.status}: ` : '';
    return `${status}${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

export function StaleNotice({ dataUpdatedAt, error, onRefresh }: Props) {
  if (!error || !dataUpdatedAt) return null;
  return (
    <div
      role="status"
      className="mb-3 flex flex-wrap items-center gap-2 rounded-md border border-status-warn/50 bg-status-warn/10 px-3 py-2 text-sm"
    >
      <span aria-hidden="true" className="text-status-warn">
        ▲
      </span>
      <span className="flex-1">
        Showing cached data from {time(dataUpdatedAt)}, refresh failed: {reason(error)}
      </span>
      <Button onClick={onRefresh}>Refresh</Button>
    </div>
  );
}
