import { describe, expect, it } from 'vitest';
import {
  checkValleyFree,
  collapsePrepends,
  originUpstreams,
  pathRuns,
  type Relationship,
  type RelationshipLookup,
} from './valley-free';

/** Builds a lookup from `provider > customer` and `a = b` pairs, answering both directions. */
function rels(...links: string[]): RelationshipLookup {
  const m = new Map<string, Relationship>();
  for (const l of links) {
    const [a, op, b] = l.split(' ');
    if (op === '>') {
      m.set(`${a}|${b}`, 'provider');
      m.set(`${b}|${a}`, 'customer');
    } else {
      m.set(`${a}|${b}`, 'peer');
      m.set(`${b}|${a}`, 'peer');
    }
  }
  return (a, b) => m.get(`${a}|${b}`);
}

// 1 and 2 are tier-1 peers; 10 and 20 are their customers; 100 is a customer of 10 and 20.
const graph = rels('1 = 2', '1 > 10', '2 > 20', '10 > 100', '20 > 100', '10 = 20');

describe('checkValleyFree', () => {
  it('accepts up, across, down (collector peer first, origin last)', () => {
    // Route from origin 100 up to 10, up to 1, across to 2, down to 20: peer 20 reports 20 2 1 10 100.
    expect(checkValleyFree([20, 2, 1, 10, 100], graph)).toEqual({
      verdict: 'valley-free',
      violations: [],
      unknownLinks: [],
    });
  });

  it('ignores prepending', () => {
    expect(checkValleyFree([1, 10, 10, 10, 100, 100], graph).verdict).toBe('valley-free');
  });

  it('flags provider -> customer -> provider and names the leaker and segment', () => {
    // Multihomed 100 learns the route from provider 10 and passes it to its other provider 20.
    const r = checkValleyFree([20, 100, 10, 1], graph);
    expect(r.verdict).toBe('violation');
    expect(r.violations).toEqual([
      { leaker: 100, segment: [20, 100, 10], learnedFrom: 'provider', sentTo: 'provider' },
    ]);
  });

  it('flags a route learned from a peer and sent to another peer', () => {
    // 10 learns from its peer 20 and sends to provider 1: peer-to-provider leak.
    const r = checkValleyFree([1, 10, 20, 100], graph);
    expect(r.violations).toEqual([
      { leaker: 10, segment: [1, 10, 20], learnedFrom: 'peer', sentTo: 'provider' },
    ]);
  });

  it('says unknown, not valley-free, when a link has no known relationship', () => {
    const r = checkValleyFree([999, 1, 10, 100], graph);
    expect(r.verdict).toBe('unknown');
    expect(r.unknownLinks).toEqual([[999, 1]]);
  });

  it('treats a path of one AS as valley-free', () => {
    expect(checkValleyFree([100, 100], graph).verdict).toBe('valley-free');
  });
});

describe('path helpers', () => {
  it('collapses prepends and counts runs', () => {
    expect(collapsePrepends([1, 1, 2, 3, 3, 3])).toEqual([1, 2, 3]);
    expect(pathRuns([174, 13335, 13335, 13335])).toEqual([
      { asn: 174, count: 1 },
      { asn: 13335, count: 3 },
    ]);
  });

  it('shares routes among the upstreams of the origin', () => {
    const ups = originUpstreams([[1, 10, 100], [2, 10, 100, 100], [3, 20, 100], [100]]);
    expect(ups).toEqual([
      { asn: 10, routes: 2, share: 2 / 3 },
      { asn: 20, routes: 1, share: 1 / 3 },
    ]);
  });
});
