import { describe, expect, it } from 'vitest';
import type { AsnRel } from '../../api/radar-asns';
import {
  countRoles,
  countriesOf,
  filterNeighbours,
  sortNeighbours,
  toNeighbours,
} from './neighbours';

const rel = (asn2: number, r: string, name: string, country: string): AsnRel => ({
  asn1: 13335,
  asn1_country: 'US',
  asn1_name: 'Cloudflare',
  asn2,
  asn2_country: country,
  asn2_name: name,
  rel: r,
});

const list = toNeighbours([
  rel(174, 'C2P', 'Cogent', 'US'),
  rel(6939, 'P2P', 'Hurricane Electric', 'US'),
  rel(3320, 'P2P', 'Deutsche Telekom', 'DE'),
  rel(64500, 'P2C', 'Example customer', 'DE'),
  rel(65000, 'SIBLING', 'Sibling net', 'NL'),
]);

describe('neighbours', () => {
  it('reads the role from rel and keeps an unknown rel raw', () => {
    expect(list.map((n) => n.role)).toEqual(['provider', 'peer', 'peer', 'customer', 'other']);
    expect(list[4]?.rel).toBe('SIBLING');
    expect(countRoles(list)).toEqual({ provider: 1, peer: 2, customer: 1, other: 1 });
  });

  it('lists countries by how many neighbours they hold', () => {
    expect(countriesOf(list).map((c) => c.code)).toEqual(['DE', 'US', 'NL']);
  });

  it('filters by relationship, country and text (ASN prefix or name)', () => {
    const all = { rel: 'all' as const, country: '', q: '' };
    expect(filterNeighbours(list, { ...all, rel: 'peer' }).map((n) => n.asn)).toEqual([6939, 3320]);
    expect(filterNeighbours(list, { ...all, country: 'DE' }).map((n) => n.asn)).toEqual([
      3320, 64500,
    ]);
    expect(filterNeighbours(list, { ...all, q: 'AS69' }).map((n) => n.asn)).toEqual([6939]);
    expect(filterNeighbours(list, { ...all, q: 'telekom' }).map((n) => n.asn)).toEqual([3320]);
    expect(filterNeighbours(list, { rel: 'customer', country: 'US', q: '' })).toEqual([]);
  });

  it('sorts both ways on each column', () => {
    expect(sortNeighbours(list, 'asn').map((n) => n.asn)).toEqual([174, 3320, 6939, 64500, 65000]);
    expect(sortNeighbours(list, '-name')[0]?.name).toBe('Sibling net');
    expect(sortNeighbours(list, 'rel').map((n) => n.role)).toEqual([
      'provider',
      'peer',
      'peer',
      'customer',
      'other',
    ]);
    expect(sortNeighbours(list, '-country')[0]?.country).toBe('US');
  });
});
