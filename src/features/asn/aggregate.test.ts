import { describe, expect, it } from 'vitest';
import type { Role } from '../../lib/relationships';
import {
  CENTER_ID,
  COUNTRY_SPLIT,
  DEFAULT_CAPS,
  EXPAND_STEP,
  TOP_COUNTRIES,
  buildGraph,
} from './aggregate';
import type { Neighbour } from './neighbours';

const REL: Record<Role, string> = { provider: 'C2P', peer: 'P2P', customer: 'P2C', other: 'S2S' };
const COUNTRIES = ['US', 'DE', 'BR', 'GB', 'FR', 'JP', 'NL', 'IN', 'AU'];

function make(role: Role, count: number, from = 1): Neighbour[] {
  return Array.from({ length: count }, (_, i) => ({
    asn: from + i,
    name: `Net ${from + i}`,
    country: COUNTRIES[i % COUNTRIES.length] ?? 'US',
    rel: REL[role],
    role,
  }));
}

const center = { asn: 6939, name: 'Hurricane Electric' };

describe('buildGraph', () => {
  it('draws every neighbour of a small AS and no group', () => {
    const neighbours = [
      ...make('provider', 2),
      ...make('peer', 5, 100),
      ...make('customer', 3, 200),
    ];
    const g = buildGraph({ center, neighbours });
    expect(g.drawn).toBe(10);
    expect(g.folded).toBe(0);
    expect(g.nodes.filter((n) => n.kind === 'group')).toHaveLength(0);
    expect(g.nodes).toHaveLength(11);
    expect(g.edges).toHaveLength(10);
  });

  it('puts providers above, customers below, peers beside, and no two nodes on one spot', () => {
    const neighbours = [
      ...make('provider', 30),
      ...make('peer', 60, 100),
      ...make('customer', 60, 200),
    ];
    const g = buildGraph({ center, neighbours });
    const at = (role: string) => g.nodes.filter((n) => n.role === role);
    expect(at('provider').every((n) => n.y < 0)).toBe(true);
    expect(at('customer').every((n) => n.y > 0)).toBe(true);
    const provTop = Math.max(...at('provider').map((n) => n.y));
    const custTop = Math.min(...at('customer').map((n) => n.y));
    for (const p of at('peer')) {
      expect(Math.abs(p.x)).toBeGreaterThan(0);
      expect(p.y).toBeGreaterThan(provTop);
      expect(p.y).toBeLessThan(custTop);
    }
    const spots = new Set(g.nodes.map((n) => `${n.x},${n.y}`));
    expect(spots.size).toBe(g.nodes.length);
  });

  it('folds the long tail into per-country groups and accounts for every neighbour', () => {
    const total = DEFAULT_CAPS.peer + COUNTRY_SPLIT + 50;
    const g = buildGraph({ center, neighbours: make('peer', total) });
    expect(g.drawn + g.folded).toBe(total);
    expect(g.drawn).toBe(DEFAULT_CAPS.peer);
    const groups = g.nodes.filter((n) => n.kind === 'group');
    // TOP_COUNTRIES countries of their own, plus one for the rest.
    expect(groups).toHaveLength(TOP_COUNTRIES + 1);
    expect(groups.reduce((s, n) => s + (n.count ?? 0), 0)).toBe(g.folded);
    expect(groups.map((n) => n.label).join('|')).toMatch(/peers\nother countries/);
  });

  it('keeps one group per relationship when the tail is short', () => {
    const g = buildGraph({ center, neighbours: make('customer', DEFAULT_CAPS.customer + 7) });
    const groups = g.nodes.filter((n) => n.kind === 'group');
    expect(groups.map((n) => [n.id, n.count, n.label])).toEqual([['g-customer', 7, '7 customers']]);
  });

  it('opens a group a step at a time, leaving a "+N more" group', () => {
    const neighbours = make('customer', DEFAULT_CAPS.customer + EXPAND_STEP + 5);
    const g = buildGraph({ center, neighbours, expanded: { 'g-customer': EXPAND_STEP } });
    expect(g.drawn).toBe(DEFAULT_CAPS.customer + EXPAND_STEP);
    const group = g.nodes.find((n) => n.id === 'g-customer');
    expect(group?.label).toBe('+5 more customers');
  });

  it('always draws a pinned neighbour and points transit edges at the customer', () => {
    const neighbours = [...make('provider', 1, 7), ...make('customer', 200, 1000)];
    const g = buildGraph({ center, neighbours, pinned: [1199] });
    expect(g.nodes.some((n) => n.asn === 1199)).toBe(true);
    expect(g.edges.find((e) => e.id === 'e-as7')).toMatchObject({
      source: 'as7',
      target: CENTER_ID,
    });
    expect(g.edges.find((e) => e.id === 'e-as1199')).toMatchObject({
      source: CENTER_ID,
      target: 'as1199',
    });
  });
});
