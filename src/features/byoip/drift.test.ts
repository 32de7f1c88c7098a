import { describe, expect, it } from 'vitest';
import type { Observation } from '../../lib/verification';
import { MIN, T0, obs } from '../../lib/verification.fixtures';
import { driftOf } from './drift';

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

it('does not count a dead collector whose data predates the last change', () => {
  const now = T0 + 3 * 60 * MIN;
  const o: Observation = {
    ...obs(179, 0),
    totalPeers: 104,
    origins: [{ asn: 64500, rpki: 'valid', visiblePeers: 3 }],
    carriers: [1, 2, 3].map((i) => ({
      collector: 'route-views.jinx',
      peerAsn: 7000 + i,
      asPath: [7000 + i, 13335, 64500],
    })),
    collectors: [
      { collector: 'rrc00', dataTime: now - MIN, peers: 100 },
      { collector: 'route-views.jinx', dataTime: now - 83 * 60 * MIN, peers: 4 },
    ],
  };
  const c = { advertised: false, asn: 64500, changedAt: now - 2 * 60 * MIN };
  expect(driftOf(c, o, now)).toEqual(['in-sync']);
  // A change older than the collector's last data: its routes count, and they are drift.
  expect(driftOf({ ...c, changedAt: now - 90 * 60 * MIN }, o, now)).toEqual([
    'withdrawn-still-visible',
  ]);
});

it('judges drift at the time of the answer: a cached answer from inside the window is no drift', () => {
  const changedAt = T0;
  const c = { advertised: false, asn: 64500, changedAt };
  // Taken 5 minutes into a 15-minute withdrawal, looked at 30 minutes later.
  expect(driftOf(c, obs(5, 40), T0 + 30 * MIN)).toEqual(['converging']);
  expect(driftOf(c, obs(29, 40), T0 + 30 * MIN)).toEqual(['withdrawn-still-visible']);
});
