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
const observe = (fraction: number, now = NOW, timeScale = 1) =>
  simulateRealtime(
    prefix(),
    now,
    [{ cidr: CIDR, origin: 13335, upstream: 13335, fraction, prepend: 0 }],
    [],
    timeScale,
  );

describe('realtime routes for a BYOIP announcement', () => {
  it('shows the lingering route of a withdrawal: one peer carries a 1% share', () => {
    const r = observe(LINGER_FRACTION);
    expect(r.routes).toHaveLength(1);
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

  it('moves its data time every 5 minutes, or every 2.5 s on a demo clock 120 times faster', () => {
    const t = Date.parse('2026-11-21T12:05:00Z');
    expect(observe(1, t + 4 * 60_000).meta.data_time).toBe('2026-11-21T12:05:00');
    expect(observe(1, t + 2_600, 120).meta.data_time).toBe('2026-11-21T12:05:02');
    expect(observe(1, t + 5_100, 120).meta.query_time).toBe('2026-11-21T12:05:05');
  });
});
