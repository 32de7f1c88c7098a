import { describe, expect, it } from 'vitest';
import { tickLabel, ticksFor } from './chart-ticks';

describe('visibility chart ticks', () => {
  // From a demo-clock advertisement (10 s) to a change checked a month later (the seeded ones).
  it.each([10, 95, 7 * 60, 22 * 60, 3 * 3600, 90 * 3600, 30 * 86_400])(
    'over %i s: at most 5 round ticks with distinct, short labels',
    (end) => {
      const ticks = ticksFor(end);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(5);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(end);
      const labels = ticks.map(tickLabel);
      expect(new Set(labels).size).toBe(labels.length);
      for (const l of labels) expect(l).toMatch(/^\d+ (s|min|h|d)$/);
    },
  );
});
