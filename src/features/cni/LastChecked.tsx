/** "Last checked 14:02:31, 12 s ago · every 30 s" with a Check now button; ticks once a second. */
import { useEffect, useState } from 'react';
import { Button } from '../../components/ui/Button';
import { STATUS_REFRESH_MS } from './use-statuses';

function useNow(intervalMs: number) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

export function LastChecked({
  at,
  checking,
  onCheck,
}: {
  /** ms since epoch of the newest status answer; 0 before the first. */
  at: number;
  checking: boolean;
  onCheck: () => void;
}) {
  const now = useNow(1000);
  const ago = Math.max(0, Math.round((now - at) / 1000));
  return (
    <div
      className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted"
      data-testid="last-checked"
    >
      <span role="status" aria-live="polite" aria-atomic="true">
        {checking ? (
          'Checking status…'
        ) : at ? (
          <>
            Last checked{' '}
            <time dateTime={new Date(at).toISOString()}>{new Date(at).toLocaleTimeString()}</time>
          </>
        ) : (
          'Not checked yet'
        )}
      </span>
      {/* Outside the live region so screen readers are not told the age every second. */}
      {at && !checking ? <span>{ago} s ago</span> : null}
      <span>· refreshes every {STATUS_REFRESH_MS / 1000} s</span>
      <Button variant="ghost" onClick={onCheck} disabled={checking}>
        Check now
      </Button>
    </div>
  );
}
