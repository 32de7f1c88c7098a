import { describe, expect, it } from 'vitest';
import {
  advertisementFraction,
  convergenceMinutes,
  LINGER_FRACTION,
  LINGER_MINUTES,
  lingers,
  observeBgpPrefixes,
  settledAt,
} from './timeline';
import { seedAddressing } from './seed';

const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 1);

describe('advertisement timeline', () => {
  it('spreads an advertisement from no peer to every peer in 2 to 7 minutes', () => {
    for (let i = 0; i < 40; i++) {
      const change = { advertised: true, at: T0 + i * 7919, from: 0 };
      const cidr = `203.0.113.${i}/32`;
      const d = convergenceMinutes(cidr, change);
      expect(d).toBeGreaterThanOrEqual(2);
      expect(d).toBeLessThanOrEqual(7);
      expect(advertisementFraction(cidr, change, T0 + i * 7919, 1)).toBe(0);
      const mid = advertisementFraction(cidr, change, change.at + (d / 2) * MIN, 1);
      expect(mid).toBeGreaterThan(0.2);
      expect(mid).toBeLessThan(0.8);
      expect(advertisementFraction(cidr, change, change.at + d * MIN + 1, 1)).toBe(1);
    }
  });

  it('never falls while spreading, nor rises while withdrawing', () => {
    const up = { advertised: true, at: T0, from: 0 };
    const down = { advertised: false, at: T0, from: 1 };
    let prevUp = -1;
    let prevDown = 2;
    for (let m = 0; m <= 30; m += 0.25) {
      const u = advertisementFraction('198.18.1.0/24', up, T0 + m * MIN, 1);
      const d = advertisementFraction('198.18.1.0/24', down, T0 + m * MIN, 1);
      expect(u).toBeGreaterThanOrEqual(prevUp);
      expect(d).toBeLessThanOrEqual(prevDown);
      prevUp = u;
      prevDown = d;
    }
  });

  it('takes about 15 minutes to withdraw, and some withdrawals leave one lingering route', () => {
    let lingering = 0;
    for (let i = 0; i < 60; i++) {
      const cidr = `198.51.100.${i}/32`;
      const change = { advertised: false, at: T0 + i * 104729, from: 1 };
      const d = convergenceMinutes(cidr, change);
      expect(d).toBeGreaterThanOrEqual(12);
      expect(d).toBeLessThanOrEqual(18);
      const after = advertisementFraction(cidr, change, change.at + (d + 1) * MIN, 1);
      if (lingers(cidr, change)) {
        lingering++;
        expect(after).toBe(LINGER_FRACTION);
        expect(advertisementFraction(cidr, change, change.at + (LINGER_MINUTES + 1) * MIN, 1)).toBe(
          0,
        );
      } else expect(after).toBe(0);
    }
    expect(lingering).toBeGreaterThan(5);
    expect(lingering).toBeLessThan(40);
  });

  it('runs timeScale times faster', () => {
    const change = { advertised: true, at: T0, from: 0 };
    const cidr = '203.0.113.0/24';
    const d = convergenceMinutes(cidr, change);
    expect(advertisementFraction(cidr, change, T0 + (d * MIN) / 60 + 1, 60)).toBe(1);
    expect(advertisementFraction(cidr, change, T0 + (d * MIN) / 120, 60)).toBeLessThan(1);
    expect(settledAt(cidr, change, 60)).toBe(T0 + (d * MIN) / 60);
  });

  it('starts a reversal from the share of peers that carried the route', () => {
    const change = { advertised: false, at: T0, from: 0.4 };
    expect(advertisementFraction('192.0.2.0/24', change, T0, 1)).toBeCloseTo(0.4);
  });

  it('observes the demo prefixes that cover or lie inside the query, with origin, upstream and prepends', () => {
    const state = seedAddressing(T0);
    const seen = observeBgpPrefixes(state.bgpPrefixes, '198.18.1.0/24', T0, 1);
    expect(seen).toEqual([
      { cidr: '198.18.0.0/23', origin: 64502, upstream: 13335, fraction: 1, prepend: 0 },
      { cidr: '198.18.1.0/24', origin: 64502, upstream: 13335, fraction: 0, prepend: 1 },
    ]);
    expect(
      observeBgpPrefixes(state.bgpPrefixes, '198.18.0.0/16', T0, 1).map((o) => o.cidr),
    ).toEqual(['198.18.0.0/23', '198.18.0.0/24', '198.18.1.0/24']);
    expect(observeBgpPrefixes(state.bgpPrefixes, '192.0.2.7', T0, 1)).toHaveLength(1);
    expect(observeBgpPrefixes(state.bgpPrefixes, '1.1.1.0/24', T0, 1)).toEqual([]);
    expect(observeBgpPrefixes(state.bgpPrefixes, 'not a prefix', T0, 1)).toEqual([]);
  });
});
