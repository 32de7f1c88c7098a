import { describe, expect, it } from 'vitest';
import { parsePrefix } from '../../../src/lib/prefix';
import { parseWords } from './addr';
import { buildBlockIndex } from './lpm';

const P = (s: string) => {
  const p = parsePrefix(s);
  if (!p.ok) throw new Error(p.reason);
  return p.value;
};

function index(rows: [string, number][], family: 4 | 6) {
  const w = family === 4 ? 1 : 4;
  const starts = new Uint32Array(rows.length * w);
  rows.forEach(([cidr], i) => parseWords(cidr.split('/')[0]!, family, starts, i * w));
  return buildBlockIndex(
    family,
    starts,
    Uint8Array.from(rows, ([c]) => Number(c.split('/')[1])),
    Uint32Array.from(rows, ([, o]) => o),
  );
}

describe('prefix-origin blocks', () => {
  // Out of order on purpose, as in the shipped file.
  const v4 = index(
    [
      ['1.0.224.0/19', 1],
      ['1.0.208.0/20', 2],
      ['1.1.1.0/24', 13335],
      ['8.8.8.0/24', 15169],
    ],
    4,
  );

  it('finds the covering block for an exact or more specific prefix', () => {
    expect(v4.block(v4.covering(P('1.1.1.0/24'))).origin).toBe(13335);
    expect(v4.block(v4.covering(P('1.0.230.0/24'))).cidr).toBe('1.0.224.0/19');
    expect(v4.block(v4.covering(P('8.8.8.8/32'))).origin).toBe(15169);
  });

  it('finds nothing for a prefix no block covers, or one less specific than the blocks', () => {
    expect(v4.covering(P('9.9.9.0/24'))).toBe(-1);
    expect(v4.covering(P('1.0.0.0/16'))).toBe(-1);
  });

  it('lists blocks inside a less specific prefix in address order', () => {
    expect(v4.inside(P('1.0.0.0/16'), 10).map((i) => v4.block(i).cidr)).toEqual([
      '1.0.208.0/20',
      '1.0.224.0/19',
    ]);
  });

  it('handles IPv6 without bigint arithmetic', () => {
    const v6 = index(
      [
        ['2606:4700::/32', 13335],
        ['2001:4860::/32', 15169],
      ],
      6,
    );
    expect(v6.block(v6.covering(P('2606:4700:4700::/48'))).origin).toBe(13335);
    expect(v6.block(v6.covering(P('2001:4860::/32'))).cidr).toBe('2001:4860::/32');
    expect(v6.covering(P('2a00::/16'))).toBe(-1);
  });
});
