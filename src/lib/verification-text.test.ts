import { expect, it } from 'vitest';
import { verify, type Change } from './verification';
import { formatDuration } from './verification-text';
import { MIN, T0, obs } from './verification.fixtures';

it('formats durations the way an operator says them', () => {
  expect(formatDuration(45_000)).toBe('45 s');
  expect(formatDuration(250_000)).toBe('4 min 10 s');
  expect(formatDuration(63 * MIN)).toBe('1 h 3 min');
  expect(formatDuration(47 * 60 * MIN)).toBe('47 h');
  expect(formatDuration((30 * 24 + 2) * 60 * MIN)).toBe('30 d 2 h');
});

const withdraw: Change = { kind: 'withdraw', at: T0, expectedOrigin: 64500 };

it('names three carriers in a verdict, then says how many more', () => {
  const v = verify(withdraw, [obs(5, 20)], T0 + 5 * MIN);
  expect(v.text).toBe(
    'Withdrawing: 20 peers still carry it: rrc00 via AS3000, rrc01 via AS3001, rrc02 via AS3002 and 17 more (20% of peers).',
  );
});
