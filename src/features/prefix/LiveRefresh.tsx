/**
 * Opt-in auto-refresh: a visible countdown that stops while the tab is hidden (no requests for a
 * page nobody is looking at), and a record of visibility at each refresh of this session.
 */
import { useEffect, useState } from 'react';
import { Button } from '../../components/ui/Button';

const REFRESH_S = 60;

/**
 * The countdown, mounted only while auto-refresh is on, so turning it on always starts from the
 * full interval. Calls `onDue` at zero; a hidden tab freezes the count.
 */
function Countdown({ onDue }: { onDue: () => void }) {
  const [left, setLeft] = useState<number | 'hidden'>(REFRESH_S);
  useEffect(() => {
    let remaining = REFRESH_S;
    const id = setInterval(() => {
      if (document.visibilityState === 'hidden') {
        setLeft('hidden');
        return;
      }
      remaining -= 1;
      if (remaining <= 0) {
        remaining = REFRESH_S;
        onDue();
      }
      setLeft(remaining);
    }, 1000);
    return () => clearInterval(id);
    // onDue is a refetch bound to the prefix; a new function each render must not restart the clock.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <>{left === 'hidden' ? 'Paused while this tab is hidden.' : `Next refresh in ${left} s.`}</>
  );
}

interface Props {
  live: boolean;
  demo: boolean;
  fetching: boolean;
  onToggle: (live: boolean) => void;
  onRefresh: () => void;
}

export function LiveRefresh({ live, demo, fetching, onToggle, onRefresh }: Props) {
  return (
    <div className="flex flex-col items-end gap-1 text-sm">
      <div className="flex items-center gap-2">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" checked={live} onChange={(e) => onToggle(e.target.checked)} />
          Auto-refresh every {REFRESH_S} s
        </label>
        <Button onClick={onRefresh} disabled={fetching}>
          {fetching ? 'Refreshing…' : 'Refresh now'}
        </Button>
      </div>
      <p className="text-xs text-ink-muted" aria-live="polite" data-testid="refresh-status">
        {live ? (
          <Countdown onDue={onRefresh} />
        ) : demo ? (
          'Demo data changes only for the demo BYOIP prefixes, after an advertise or withdraw.'
        ) : (
          'Off: each refresh is one API request.'
        )}
      </p>
    </div>
  );
}

export interface VisibilityPoint {
  at: number;
  visible: number;
  total: number;
}

/** Appends a point per new answer (by `dataUpdatedAt`), kept for this page visit only. */
export function useVisibilityHistory(
  prefix: string,
  dataUpdatedAt: number,
  visible: number,
  total: number,
) {
  const [history, setHistory] = useState<{ prefix: string; points: VisibilityPoint[] }>({
    prefix,
    points: [],
  });
  const last = history.points[history.points.length - 1];
  if (history.prefix !== prefix) {
    setHistory({ prefix, points: [{ at: dataUpdatedAt, visible, total }] });
  } else if (!last || last.at !== dataUpdatedAt) {
    setHistory({ prefix, points: [...history.points, { at: dataUpdatedAt, visible, total }] });
  }
  return history.prefix === prefix ? history.points : [];
}
