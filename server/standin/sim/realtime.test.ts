import { describe, expect, it, vi } from 'vitest';
import { parsePrefix } from '../../../src/lib/prefix';
import { LINGER_FRACTION } from '../addressing/timeline';
import { simulateRealtime } from './realtime';

// The first call loads the datasets (a few seconds on a busy machine).
vi.setConfig({ testTimeout: 30_000 });

const NOW = Date.parse('2026-11-21T12:02:00Z');
const CIDR = '203.0.113.0/24';
const prefix = () => {
  const p = parsePrefix(CIDR);
  if (!p.ok) throw new Error('bad test prefix');
  return p.value;
};
const announced = (fraction: number) => [
  { cidr: CIDR, origin: 13335, upstream: 13335, fraction, prepend: 0 },
];
const observe = (fraction: number, now = NOW, timeScale = 1) =>
  simulateRealtime(prefix(), now, () => announced(fraction), [], timeScale);
const ms = (radar: string) => Date.parse(`${radar}Z`);
const STALE = 'route-views.jinx';

describe('realtime routes for a BYOIP announcement', () => {
  it('shows the lingering route of a withdrawal: one peer of a live collector carries a 1% share', () => {
    const r = observe(LINGER_FRACTION);
    expect(r.routes).toHaveLength(1);
    expect(r.routes[0]!.collector).not.toBe(STALE);
    expect(r.routes[0]!.prefix).toBe(CIDR);
    expect(r.routes[0]!.as_path.at(-1)).toBe(13335);
    expect(r.meta.prefix_origins[0]).toMatchObject({ prefix: CIDR, total_visible: 1 });
  });

  it('keeps the same lingering peer on every query', () => {
    expect(observe(0.001).routes[0]!.collector).toBe(observe(0.001).routes[0]!.collector);
  });

  it('shows no route once the share is 0', () => {
    const r = observe(0);
    expect(r.routes).toEqual([]);
    expect(r.meta.prefix_origins[0]!.total_visible).toBe(0);
  });

  it('draws peers by share when it is large enough', () => {
    const r = observe(0.5);
    const total = r.meta.prefix_origins[0]!.total_peers;
    expect(r.routes.length).toBeGreaterThan(1);
    expect(r.routes.length).toBeLessThan(total);
  });

  it('moves its query time every 5 minutes, or every 2.5 s on a demo clock 120 times faster', () => {
    const t = Date.parse('2026-11-21T12:05:00Z');
    expect(observe(1, t + 4 * 60_000).meta.query_time).toBe('2026-11-21T12:05:00');
    expect(observe(1, t + 2_600, 120).meta.query_time).toBe('2026-11-21T12:05:02');
    expect(observe(1, t + 5_100, 120).meta.query_time).toBe('2026-11-21T12:05:05');
  });

  it('has its data lag the query like Radar: live feeds by 20 s to 4 min, a dead collector by days', () => {
    for (const [now, scale] of [
      [NOW, 1],
      [NOW + 7 * 60_000, 1],
      [NOW + 2_600, 120],
    ] as const) {
      const { meta } = observe(1, now, scale);
      const query = ms(meta.query_time);
      const data = ms(meta.data_time);
      expect(query - data).toBeGreaterThanOrEqual(Math.floor(20_000 / scale / 1000) * 1000);
      expect(query - data).toBeLessThanOrEqual(240_000 / scale + 1000);
      for (const c of meta.collectors) {
        const live = ms(c.latest_realtime_ts);
        if (c.collector === STALE) {
          expect(query - live).toBeGreaterThan(3 * 86_400_000);
          continue;
        }
        // data_time is the most lagging live collector: every live one has reached it.
        expect(live).toBeGreaterThanOrEqual(data);
        expect(live).toBeLessThanOrEqual(query);
        expect(ms(c.latest_updates_ts) % 300_000).toBe(0);
        expect(ms(c.latest_updates_ts)).toBeLessThan(live);
        // RIPE RIS dumps RIBs every 8 hours.
        expect(ms(c.latest_rib_ts) % (8 * 3_600_000)).toBe(0);
        expect(live - ms(c.latest_rib_ts)).toBeLessThan(8 * 3_600_000);
      }
    }
    // The lag is drawn per collector and per window, not one constant.
    const lags = new Set(observe(1).meta.collectors.map((c) => c.latest_realtime_ts));
    expect(lags.size).toBeGreaterThan(2);
  });

  it('shows each collector what it knew at its own timestamp', () => {
    const live = observe(1).meta.collectors.filter((c) => c.collector !== STALE);
    const freshest = Math.max(...live.map((c) => ms(c.latest_realtime_ts)));
    // Advertised at the freshest collector's timestamp: only collectors that reached it see it.
    const r = simulateRealtime(prefix(), NOW, (at) => announced(at >= freshest ? 1 : 0), []);
    const reached = new Set(
      r.meta.collectors.filter((c) => ms(c.latest_realtime_ts) >= freshest).map((c) => c.collector),
    );
    expect(r.routes.length).toBeGreaterThan(0);
    for (const route of r.routes) expect(reached.has(route.collector)).toBe(true);
    expect(reached.size).toBeLessThan(live.length);
  });

  it('keeps a withdrawn route on a dead collector, which still shows the state of days ago', () => {
    const withdrawnAt = NOW - 3_600_000;
    const r = simulateRealtime(prefix(), NOW, (at) => announced(at < withdrawnAt ? 1 : 0), []);
    expect(r.routes.length).toBeGreaterThan(0);
    expect(new Set(r.routes.map((x) => x.collector))).toEqual(new Set([STALE]));
  });

  it('still shows a lingering route on a live collector while the dead one shows the old state', () => {
    const withdrawnAt = NOW - 3_600_000;
    const r = simulateRealtime(
      prefix(),
      NOW,
      (at) => announced(at < withdrawnAt ? 1 : LINGER_FRACTION),
      [],
    );
    const live = r.routes.filter((x) => x.collector !== STALE);
    expect(live).toHaveLength(1);
    expect(r.routes.length).toBeGreaterThan(1);
    expect(r.meta.prefix_origins[0]!.total_visible).toBe(r.routes.length);
  });
});
