import { describe, expect, it } from 'vitest';
import { counted, verify, type Change, type Observation } from './verification';
import { MIN, T0, obs } from './verification.fixtures';

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
    const series = [obs(0.01, 5), obs(0.05, 6), obs(0.13, 7), obs(0.25, 8)];
    const v = verify(advertise, series, T0 + 7.5 * MIN, 60);
    expect(v.phase).toBe('not-converged');
    expect(v.text).toContain('visible to only 8% of peers');
  });

  it('settles a partial visibility that held over the last two points past the window', () => {
    // Data in coarse steps: only two points agree, but they cover the whole window.
    const series = [obs(3, 40), obs(6, 85), obs(8, 85)];
    expect(verify(advertise, series.slice(0, 2), T0 + 7.5 * MIN).phase).toBe('waiting');
    const v = verify(advertise, series, T0 + 8 * MIN);
    expect(v.phase).toBe('converged');
    expect(v.text).toBe('Visible to 85% of peers after 6 min, origin AS64500, RPKI valid.');
  });

  it('waits on a visibility still moving just past the window, and settles when it holds', () => {
    const series = [obs(3, 40), obs(6, 60), obs(8, 85)];
    const slow = verify(advertise, series, T0 + 8 * MIN);
    expect(slow.phase).toBe('waiting');
    expect(slow.text).toBe(
      'Advertising, slower than documented: visible to 85% of peers after 8 min, origin AS64500, RPKI valid.',
    );
    const held = verify(advertise, [...series, obs(9, 85)], T0 + 9 * MIN);
    expect(held.phase).toBe('converged');
    expect(held.text).toBe('Visible to 85% of peers after 8 min, origin AS64500, RPKI valid.');
  });

  it('does not fail a moving share while the data has not reached a second window', () => {
    // Data steps are coarse: the clock passes deadline + window before the next step arrives.
    const v = verify(advertise, [obs(3, 40), obs(6, 60), obs(10, 85)], T0 + 15 * MIN);
    expect(v.phase).toBe('waiting');
    expect(v.text).toContain('slower than documented');
  });

  it('reports a visibility still moving a whole window past the deadline as not converged', () => {
    const series = [obs(3, 40), obs(6, 60), obs(8, 85), obs(14, 90)];
    const v = verify(advertise, series, T0 + 14 * MIN);
    expect(v.phase).toBe('not-converged');
    expect(v.text).toBe(
      'Advertised, but visible to only 90% of peers after 14 min, still changing, origin AS64500, RPKI valid.',
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

const HOUR = 60 * MIN;

/** `obs` plus a dead collector, 83 h behind, whose 3 peers still show the route from before. */
function withDeadCollector(o: Observation): Observation {
  const dead = 'route-views.jinx';
  return {
    ...o,
    totalPeers: o.totalPeers + 4,
    origins: o.origins.map((x) => ({ ...x, visiblePeers: x.visiblePeers + 3 })),
    carriers: [
      ...o.carriers,
      ...[1, 2, 3].map((i) => ({
        collector: dead,
        peerAsn: 7000 + i,
        asPath: [7000 + i, 13335, 64500],
      })),
    ],
    collectors: [
      { collector: 'rrc00', dataTime: o.dataTime, peers: 100 },
      { collector: dead, dataTime: o.at - 83 * HOUR, peers: 4 },
    ],
  };
}

describe('collectors whose data predates the change', () => {
  it('are not counted, so a dead collector does not make a withdrawal linger', () => {
    const series = [obs(10, 0), obs(13, 0)].map(withDeadCollector);
    const v = verify(withdraw, series, T0 + 13 * MIN);
    expect(v.phase).toBe('converged');
    expect(v.text).toBe('Withdrawn: no peer carries it after 10 min.');
    expect(v.notCounted).toEqual([
      {
        collector: 'route-views.jinx',
        dataTime: T0 + 13 * MIN - 83 * HOUR,
        carriers: 3,
        stalled: true,
      },
    ]);
  });

  it('still leave a lingering route on a live collector reported', () => {
    const series = [obs(10, 1), obs(16, 1)].map(withDeadCollector);
    const v = verify(withdraw, series, T0 + 16 * MIN);
    expect(v.phase).toBe('not-converged');
    expect(v.text).toBe('Withdrawn, but 1 peer still carries it: rrc00 via AS3000.');
  });

  it('count again once their data is newer than the change', () => {
    const o = withDeadCollector(obs(10, 50));
    expect(counted(o, T0).o.carriers).toHaveLength(50);
    expect(counted(o, T0 - 90 * HOUR).o.carriers).toHaveLength(53);
    // Idempotent: what is left all passes again.
    const once = counted(o, T0).o;
    expect(counted(once, T0).o).toEqual(once);
    expect(once.totalPeers).toBe(100);
  });

  it('tell a dead collector from one still catching up with the change', () => {
    // Answer at minute 1 with data of minute 0.5; rrc00 is at minute 0.5, the change at minute 0.75.
    const o = withDeadCollector(obs(1, 10, { lagMs: 0.5 * MIN }));
    const since = T0 + 0.75 * MIN;
    const all = counted(o, since);
    expect(all.notCounted.map((n) => [n.collector, n.stalled])).toEqual([
      ['rrc00', false],
      ['route-views.jinx', true],
    ]);
    // A screen of the state now keeps the collector that is only seconds behind.
    const now = counted(o, since, true);
    expect(now.notCounted.map((n) => n.collector)).toEqual(['route-views.jinx']);
    expect(now.o.carriers).toHaveLength(10);
  });
});

describe('collector lag', () => {
  it('moves the deadline by the lag measured in the latest answer, and the verdict waits for it', () => {
    // The answer at minute 8 carries data of minute 5: collectors 3 minutes behind.
    const series = [obs(6, 0, { lagMs: 3 * MIN }), obs(8, 0, { lagMs: 3 * MIN })];
    const v = verify(advertise, series, T0 + 8 * MIN);
    expect(v.lagMs).toBe(3 * MIN);
    expect(v.deadline).toBe(T0 + 7 * MIN + 3 * MIN);
    expect(v.phase).toBe('waiting');
    // Without lag the same clock and the same peer counts would already be a failure.
    expect(verify(advertise, [obs(6, 0), obs(8, 0)], T0 + 8 * MIN).phase).toBe('not-converged');
  });
});

describe('a change checked long after its window', () => {
  it('is judged on the state as it stands, without claiming when it converged', () => {
    const v = verify(advertise, [obs(30 * 24 * 60, 94)], T0 + 30 * 24 * HOUR);
    expect(v.followed).toBe(false);
    expect(v.phase).toBe('converged');
    expect(v.text).toBe(
      'Visible to 94% of peers, origin AS64500, RPKI valid (first checked 30 d after the change; when it converged is not known).',
    );
  });

  it('reports an old withdrawal that is still carried, and one that is gone', () => {
    const late = verify(withdraw, [obs(3 * 60, 2)], T0 + 3 * HOUR);
    expect(late.phase).toBe('not-converged');
    expect(late.text).toBe(
      'Withdrawn, but 2 peers still carry it: rrc00 via AS3000, rrc01 via AS3001 (first checked 3 h after the change).',
    );
    expect(verify(withdraw, [obs(3 * 60, 0)], T0 + 3 * HOUR).text).toBe(
      'Withdrawn: no peer carries it (first checked 3 h after the change).',
    );
  });

  it('keeps the time it converged when the page followed it through the window', () => {
    const v = verify(advertise, [obs(1, 10), obs(4, 100), obs(600, 100)], T0 + 10 * HOUR);
    expect(v.followed).toBe(true);
    expect(v.text).toBe('Visible to 100% of peers after 4 min, origin AS64500, RPKI valid.');
  });
});

it('declares nothing before the first answer, however late the page was opened', () => {
  const v = verify(advertise, [], T0 + 30 * MIN);
  expect(v.phase).toBe('waiting');
  expect(v.text).toBe('Reading the realtime routes…');
  // With an answer whose data still predates the change, past the window plus its lag: a failure.
  const stale = verify(advertise, [obs(8, 0, { lagMs: 9 * MIN })], T0 + 20 * MIN);
  expect(stale.phase).toBe('not-converged');
});
