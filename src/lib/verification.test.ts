import { describe, expect, it } from 'vitest';
import { driftOf, formatDuration, verify, type Change, type Observation } from './verification';

const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);

/** An observation `minutes` after T0 with `peers` of 100 carrying the route from `origin`. */
function obs(
  minutes: number,
  peers: number,
  opts: { lagMs?: number; origin?: number; rpki?: string } = {},
): Observation {
  const at = T0 + minutes * MIN;
  return {
    at,
    dataTime: at - (opts.lagMs ?? 0),
    totalPeers: 100,
    origins: [{ asn: opts.origin ?? 64500, rpki: opts.rpki ?? 'valid', visiblePeers: peers }],
    carriers: Array.from({ length: peers }, (_, i) => ({
      collector: `rrc0${i % 3}`,
      peerAsn: 3000 + i,
      asPath: [3000 + i, 13335, 64500],
    })),
  };
}

const advertise: Change = { kind: 'advertise', at: T0, expectedOrigin: 64500 };
const withdraw: Change = { kind: 'withdraw', at: T0, expectedOrigin: 64500 };

describe('verify: advertise', () => {
  it('converges when every peer carries the route, with the time and the origin in words', () => {
    const v = verify(advertise, [obs(1, 0), obs(2, 40), obs(4 + 1 / 6, 100)], T0 + 5 * MIN);
    expect(v.phase).toBe('converged');
    expect(v.text).toBe('Visible to 100% of peers after 4 min 10 s, origin AS64500, RPKI valid.');
  });

  it('converges on a steady partial visibility after the documented minimum', () => {
    const v = verify(advertise, [obs(2, 94), obs(2.5, 94), obs(3, 94)], T0 + 3 * MIN);
    expect(v.phase).toBe('converged');
    expect(v.text).toContain('Visible to 94% of peers after 2 min');
  });

  it('does not call a steady partial visibility settled before the minimum window', () => {
    const v = verify(advertise, [obs(0.5, 10), obs(1, 10), obs(1.5, 10)], T0 + 1.5 * MIN);
    expect(v.phase).toBe('waiting');
  });

  it('keeps waiting until the window plus the collector lag, then reports the failure', () => {
    const lag = 3 * MIN;
    const series = [obs(2, 0, { lagMs: lag }), obs(8, 0, { lagMs: lag })];
    const before = verify(advertise, series, T0 + 9.9 * MIN);
    expect(before.phase).toBe('waiting');
    expect(before.deadline).toBe(T0 + 10 * MIN);
    // Past the deadline, but the newest data (minute 5) does not cover the 7-minute window yet.
    expect(verify(advertise, series, T0 + 10 * MIN).phase).toBe('waiting');
    const after = verify(advertise, [...series, obs(10, 0, { lagMs: lag })], T0 + 10 * MIN);
    expect(after.phase).toBe('not-converged');
    expect(after.text).toBe('Advertised, but no peer carries it after 10 min.');
  });

  it('ignores data collected before the change, however many peers it shows', () => {
    const v = verify(advertise, [obs(1, 100, { lagMs: 2 * MIN })], T0 + 1 * MIN);
    expect(v.phase).toBe('waiting');
    expect(v.visibility).toBeNull();
  });

  it('scales the windows with the stand-in time scale', () => {
    const series = [obs(0.01, 5), obs(0.05, 6), obs(0.13, 7)];
    const v = verify(advertise, series, T0 + 7.5 * MIN, 60);
    expect(v.phase).toBe('not-converged');
    expect(v.text).toContain('visible to only 7% of peers');
  });

  it('settles a partial visibility that held over the last two points past the window', () => {
    // Data in coarse steps: only two points agree, but they cover the whole window.
    const series = [obs(3, 40), obs(6, 85), obs(8, 85)];
    expect(verify(advertise, series.slice(0, 2), T0 + 7.5 * MIN).phase).toBe('waiting');
    const v = verify(advertise, series, T0 + 8 * MIN);
    expect(v.phase).toBe('converged');
    expect(v.text).toBe('Visible to 85% of peers after 6 min, origin AS64500, RPKI valid.');
  });

  it('reports a visibility still moving past the window as not converged', () => {
    const v = verify(advertise, [obs(3, 40), obs(6, 60), obs(8, 85)], T0 + 8 * MIN);
    expect(v.phase).toBe('not-converged');
    expect(v.text).toBe(
      'Advertised, but visible to only 85% of peers after 8 min, origin AS64500, RPKI valid.',
    );
  });
});

describe('verify: withdraw', () => {
  it('converges when no peer carries it any more', () => {
    const v = verify(withdraw, [obs(5, 60), obs(12, 0), obs(13, 0)], T0 + 13 * MIN);
    expect(v.phase).toBe('converged');
    expect(v.text).toBe('Withdrawn: no peer carries it after 12 min.');
  });

  it('names the peers that still carry a lingering route once the window has passed', () => {
    const series = [obs(10, 2), obs(16, 2)];
    expect(verify(withdraw, series, T0 + 14 * MIN).phase).toBe('waiting');
    const v = verify(withdraw, series, T0 + 16 * MIN);
    expect(v.phase).toBe('not-converged');
    expect(v.text).toBe(
      'Withdrawn, but 2 peers still carry it: rrc00 via AS3000, rrc01 via AS3001.',
    );
  });
});

describe('driftOf', () => {
  const now = T0 + 60 * MIN;
  it('labels configured versus observed state', () => {
    expect(driftOf({ advertised: true, asn: 64500, changedAt: null }, obs(59, 90), now)).toEqual([
      'in-sync',
    ]);
    expect(driftOf({ advertised: true, asn: 64500, changedAt: null }, obs(59, 0), now)).toEqual([
      'advertised-not-visible',
    ]);
    expect(driftOf({ advertised: false, asn: 64500, changedAt: null }, obs(59, 1), now)).toEqual([
      'withdrawn-still-visible',
    ]);
    expect(
      driftOf(
        { advertised: true, asn: 64511, changedAt: null },
        obs(59, 90, { rpki: 'invalid' }),
        now,
      ),
    ).toEqual(['unexpected-origin', 'rpki-invalid']);
    expect(driftOf({ advertised: true, asn: 64500, changedAt: null }, null, now)).toEqual([
      'no-data',
    ]);
  });

  it('does not call a change inside its window drift', () => {
    const c = { advertised: false, asn: 64500, changedAt: now - 10 * MIN };
    expect(driftOf(c, obs(59, 40), now)).toEqual(['converging']);
    expect(driftOf({ ...c, changedAt: now - 16 * MIN }, obs(59, 40), now)).toEqual([
      'withdrawn-still-visible',
    ]);
  });
});

it('formats durations the way an operator says them', () => {
  expect(formatDuration(45_000)).toBe('45 s');
  expect(formatDuration(250_000)).toBe('4 min 10 s');
  expect(formatDuration(63 * MIN)).toBe('1 h 3 min');
});
