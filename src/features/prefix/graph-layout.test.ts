import { describe, expect, it } from 'vitest';
import { layeredPositions } from './graph-layout';
import { mergePaths } from './graph-model';

const SPACING = { column: 132, row: 84 };
// The shape of 1.1.1.0/24: about thirty collector peers, most of them one hop from the origin.
const PEERS = Array.from({ length: 29 }, (_, i) => 64500 + i);
const paths = [
  ...PEERS.slice(0, 25).map((p) => [p, 13335]),
  ...PEERS.slice(25).map((p) => [p, 174, 13335]),
];

describe('layeredPositions', () => {
  it('wraps a wide layer so no row holds more nodes than fit and none overlap', () => {
    const g = mergePaths(paths);
    const perRow = 9;
    const { positions, rows } = layeredPositions(g, perRow, SPACING);
    expect(positions.size).toBe(g.nodes.length);
    const byRow = new Map<number, number[]>();
    for (const { x, y } of positions.values()) byRow.set(y, [...(byRow.get(y) ?? []), x]);
    expect(byRow.size).toBe(rows);
    for (const xs of byRow.values()) {
      expect(xs.length).toBeLessThanOrEqual(perRow);
      const sorted = [...xs].sort((a, b) => a - b);
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(SPACING.column);
      }
    }
    // 1 origin row, 25 + 1 ASes one hop away over 3 rows, 4 peers behind AS174 on one row.
    expect(rows).toBe(5);
  });

  it('puts the origin on top and every AS below the one it reaches the origin through', () => {
    const g = mergePaths(paths);
    const { positions } = layeredPositions(g, 9, SPACING);
    const y = (asn: number) => positions.get(asn)!.y;
    expect(y(13335)).toBe(0);
    expect(y(174)).toBeGreaterThan(y(13335));
    for (const p of PEERS.slice(25)) expect(y(p)).toBeGreaterThan(y(174));
  });

  it('keeps a narrow layer on one row', () => {
    const { rows } = layeredPositions(mergePaths([[3356, 13335]]), 9, SPACING);
    expect(rows).toBe(2);
  });
});
