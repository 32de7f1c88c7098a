/**
 * Test fixtures for the verification logic, shared by its own tests and the BYOIP drift tests:
 * observations on a fixed clock, so verdict texts and times are exact.
 */
import type { Observation } from './verification';

export const MIN = 60_000;
export const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);

/** An observation `minutes` after T0 with `peers` of 100 carrying the route from `origin`. */
export function obs(
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
