/**
 * Follows the realtime routes of one CIDR after an advertisement change until the verdict is in.
 * The observations are kept in localStorage under the change's server-side time, so a reload (or a
 * tab left open overnight) continues the same series instead of starting blind.
 */
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { realtimeQuery } from '../../api/radar-routes';
import { verify, windowFor, type Change, type Observation } from '../../lib/verification';
import { useNow } from './data';
import { toObservation } from './observe';

/** Radar's realtime data moves every few minutes at best; a poll per 30 s misses nothing. */
const POLL_MS = 30_000;
const MIN_POLL_MS = 500;
const MAX_POINTS = 400;
const NONE: Observation[] = [];

const storageKey = (bgpId: string, change: Change) =>
  `routedeck:verify:${bgpId}:${change.kind}:${change.at}`;

function load(key: string | null): Observation[] {
  if (!key) return [];
  try {
    const raw = localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as Observation[]) : [];
  } catch {
    return [];
  }
}

function save(key: string, series: Observation[]) {
  try {
    localStorage.setItem(key, JSON.stringify(series));
  } catch {
    // Storage full or disabled: the verification still works for this page's lifetime.
  }
}

export function useVerification(
  cidr: string,
  bgpId: string,
  change: Change | null,
  timeScale: number,
) {
  const key = change ? storageKey(bgpId, change) : null;
  const [state, setState] = useState(() => ({ key, series: load(key), seenAt: 0 }));
  if (state.key !== key) setState({ key, series: load(key), seenAt: 0 });
  const series = state.key === key ? state.series : NONE;

  const pollMs = Math.max(MIN_POLL_MS, POLL_MS / timeScale);
  const now = useNow(Math.min(1000, pollMs));
  const verdict = change ? verify(change, series, now, timeScale) : null;
  // Polling goes on until the change converges, past a failure too: a slow spread or a lingering
  // route may still settle, and an operator who left the page open should see it when it does.
  // One request per poll interval is far below Cloudflare's 1200 per five minutes.
  const following = !!verdict && verdict.phase !== 'converged';

  const q = useQuery({
    ...realtimeQuery(cidr),
    enabled: !!change,
    refetchInterval: following ? pollMs : false,
    refetchIntervalInBackground: true,
    staleTime: 0,
  });

  // A new answer joins the series during render (derived state), not in an effect.
  if (q.data && key && state.key === key && q.dataUpdatedAt !== state.seenAt) {
    const o = toObservation(cidr, q.data);
    const known = state.series.some((p) => p.at === o.at);
    setState({
      key,
      series: known ? state.series : [...state.series, o].slice(-MAX_POINTS),
      seenAt: q.dataUpdatedAt,
    });
  }
  useEffect(() => {
    if (key && series.length) save(key, series);
  }, [key, series]);

  const window = change ? windowFor(change.kind, timeScale) : null;
  return { series, verdict, following, window, query: q, now };
}
