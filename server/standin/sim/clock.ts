/**
 * Simulated collector clocks. Everything is derived from the 5-minute window of `now`, so one
 * query gives the same answer within a window; a collector listed as historic or inactive has
 * stopped feeding data and stays visibly stale.
 */
import type { Collector } from '../dataset/load';
import { hash32 } from './hash';

export const WINDOW_MS = 5 * 60_000;
const HOUR = 3_600_000;

/** The 5-minute window of `now`; with STANDIN_TIME_SCALE it shrinks like every demo duration, so
 * an advertisement change converging in seconds gets fresh data points in seconds too. */
export const windowOf = (now: number, timeScale = 1) => {
  const ms = WINDOW_MS / timeScale;
  return Math.floor(now / ms) * ms;
};

/** Radar's timestamp style: ISO 8601 to the second, UTC, no zone suffix. */
export const radarTime = (ms: number) => new Date(ms).toISOString().slice(0, 19);

export const isStale = (c: Collector) => c.status === 'historic' || c.status === 'inactive';

/** When the collector last produced data: a few minutes ago, or days ago when stale. */
export function collectorNow(c: Collector, now: number): number {
  const w = windowOf(now);
  const lagMs = isStale(c)
    ? 3 * 24 * HOUR + (hash32('stale', c.id) % (24 * HOUR))
    : hash32('lag', c.id) % 90_000;
  return Math.floor((w - lagMs) / 1000) * 1000;
}

export function collectorTimes(c: Collector, now: number) {
  const t = collectorNow(c, now);
  // RIS dumps RIBs every 8 hours and updates every 5 minutes; RouteViews every 2 hours and 15 minutes.
  const [ribEvery, updEvery] =
    c.project === 'ris' ? [8 * HOUR, 5 * 60_000] : [2 * HOUR, 15 * 60_000];
  return {
    latest_realtime_ts: radarTime(t),
    latest_rib_ts: radarTime(Math.floor(t / ribEvery) * ribEvery),
    latest_updates_ts: radarTime(Math.floor(t / updEvery) * updEvery - updEvery),
  };
}
