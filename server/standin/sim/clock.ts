/**
 * Simulated collector clocks. Everything is derived from the 5-minute window of `now`, so one
 * query gives the same answer within a window. Like Radar's, each collector's data trails the
 * query: live feeds by seconds to a few minutes, update dumps by one dump interval, RIB dumps by up
 * to their period. A collector listed as historic or inactive has stopped feeding data and stays
 * days behind.
 */
import type { Collector } from '../dataset/load';
import { hash32 } from './hash';

const WINDOW_MS = 5 * 60_000;
const HOUR = 3_600_000;
/** How far a live collector's realtime feed trails the query: 20 s up to 4 min (RIS Live and
 * RouteViews' BMP feeds are usually seconds behind, minutes when a collector is busy). */
const LIVE_LAG_MIN_MS = 20_000;
const LIVE_LAG_SPAN_MS = 220_000;

/** The 5-minute window of `now`; with STANDIN_TIME_SCALE it shrinks like every demo duration, so
 * an advertisement change converging in seconds gets fresh data points in seconds too. */
export const windowOf = (now: number, timeScale = 1) => {
  const ms = WINDOW_MS / timeScale;
  return Math.floor(now / ms) * ms;
};

/** Radar's timestamp style: ISO 8601 to the second, UTC, no zone suffix. */
export const radarTime = (ms: number) => new Date(ms).toISOString().slice(0, 19);

export const isStale = (c: Collector) => c.status === 'historic' || c.status === 'inactive';

/**
 * The instant up to which the collector has data, for a query at `now`: its live lag is drawn per
 * window (and shrinks with the demo clock, staying under one window so the clock never runs
 * backwards); a stale collector stopped 3 to 4 days ago, whatever the demo clock.
 */
export function collectorNow(c: Collector, now: number, timeScale = 1): number {
  const w = windowOf(now, timeScale);
  if (isStale(c)) {
    const stopped = windowOf(now) - 3 * 24 * HOUR - (hash32('stale', c.id) % (24 * HOUR));
    return Math.floor(stopped / 1000) * 1000;
  }
  const lag = LIVE_LAG_MIN_MS + (hash32('lag', c.id, w) % LIVE_LAG_SPAN_MS);
  return Math.floor((w - lag / timeScale) / 1000) * 1000;
}

/**
 * Radar's `data_time`: the instant every live collector has reached, i.e. the most lagging live
 * one. Data up to then is complete; later changes may be seen by some collectors only.
 */
export function dataTime(collectors: Collector[], now: number, timeScale = 1): number {
  const live = collectors.filter((c) => !isStale(c));
  if (!live.length) return windowOf(now, timeScale);
  return Math.min(...live.map((c) => collectorNow(c, now, timeScale)));
}

export function collectorTimes(c: Collector, now: number, timeScale = 1) {
  const t = collectorNow(c, now, timeScale);
  // RIS dumps RIBs every 8 hours and updates every 5 minutes; RouteViews every 2 hours and 15
  // minutes. A dump is published once its interval has closed, so the latest one trails `t`.
  const [ribEvery, updEvery] =
    c.project === 'ris' ? [8 * HOUR, 5 * 60_000] : [2 * HOUR, 15 * 60_000];
  return {
    latest_realtime_ts: radarTime(t),
    latest_rib_ts: radarTime(Math.floor(t / ribEvery) * ribEvery),
    latest_updates_ts: radarTime(Math.floor(t / updEvery) * updEvery - updEvery),
  };
}
