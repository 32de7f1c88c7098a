import { describe, expect, it } from 'vitest';
import { buildAsGraph } from '../dataset/graph';
import { bestRoutes, pathFrom } from './valley-free';

// Links as CAIDA writes them: [a, b, -1] = a provides transit to b, [a, b, 0] = peers.
function graph(links: [number, number, number][]) {
  return buildAsGraph(
    Uint32Array.from(links, (l) => l[0]),
    Uint32Array.from(links, (l) => l[1]),
    Int8Array.from(links, (l) => l[2]),
  );
}

describe('best valley-free routes', () => {
  //      1 --peer-- 2
  //     / \          \
  //    10  11         20      (10, 11, 20 customers; 100 is a customer of 10 and of 20)
  //    |
  //   100
  const g = graph([
    [1, 2, 0],
    [1, 10, -1],
    [1, 11, -1],
    [2, 20, -1],
    [10, 100, -1],
    [20, 100, -1],
  ]);

  it('prefers a customer route over a shorter peer or provider route', () => {
    const t = bestRoutes(g, 100);
    // AS2 reaches 100 through its customer 20, not through its peer 1.
    expect(pathFrom(g, t, 2)).toEqual([2, 20, 100]);
    expect(pathFrom(g, t, 1)).toEqual([1, 10, 100]);
  });

  it('never goes down and back up (no valleys) and uses at most one peer link', () => {
    const t = bestRoutes(g, 11);
    expect(pathFrom(g, t, 2)).toEqual([2, 1, 11]);
    expect(pathFrom(g, t, 20)).toEqual([20, 2, 1, 11]);
    // 100 can go up through either provider; the shorter one wins.
    expect(pathFrom(g, t, 100)).toEqual([100, 10, 1, 11]);
  });

  it('breaks equal-length ties by the lower next-hop ASN, whatever the link order', () => {
    const g2 = graph([
      [7, 5, -1],
      [3, 5, -1],
      [9, 7, -1],
      [9, 3, -1],
    ]);
    expect(pathFrom(g2, bestRoutes(g2, 5), 9)).toEqual([9, 3, 5]);
  });

  it('has no route to or from unknown ASes', () => {
    expect(pathFrom(g, bestRoutes(g, 999), 1)).toBeNull();
    expect(pathFrom(g, bestRoutes(g, 100), 999)).toBeNull();
  });

  it('leaves a peer of a peer without a route (peer routes are not re-exported to peers)', () => {
    const g3 = graph([
      [1, 2, 0],
      [2, 3, 0],
    ]);
    expect(pathFrom(g3, bestRoutes(g3, 1), 3)).toBeNull();
  });
});
