import { describe, expect, it } from 'vitest';
import { parseAsn } from './asn';
import { parsePrefix, prefixContains, prefixOfAddress } from './prefix';
import { classifySearch } from './search';

describe('parseAsn', () => {
  it.each([
    ['13335', 13335],
    ['AS13335', 13335],
    ['as 174', 174],
    ['4294967295', 4294967295],
  ])('accepts %s', (input, asn) => expect(parseAsn(input)).toEqual({ ok: true, value: asn }));
  it.each(['0', '-1', '4294967296', 'abc', '', '1.5', '99999999999999999999'])(
    'refuses %s with a reason',
    (input) => {
      const r = parseAsn(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(10);
    },
  );
});

describe('parsePrefix', () => {
  it('canonicalises IPv6', () => {
    const r = parsePrefix('2606:4700:0000::/32');
    expect(r.ok && r.value.cidr).toBe('2606:4700::/32');
  });
  it.each(['1.2.3.0/33', '::/129', '10.0.0.1/8', 'garbage', '1.2.3.0', '1.2.3.0/x', '1.1/16'])(
    'refuses %s',
    (input) => {
      expect(parsePrefix(input).ok).toBe(false);
    },
  );
  it('suggests the network for host bits', () => {
    const r = parsePrefix('10.0.0.1/8');
    expect(!r.ok && r.reason).toContain('10.0.0.0/8');
  });
  it('tests containment', () => {
    const a = parsePrefix('1.1.0.0/16');
    const b = parsePrefix('1.1.1.0/24');
    if (!a.ok || !b.ok) throw new Error('parse');
    expect(prefixContains(a.value, b.value)).toBe(true);
    expect(prefixContains(b.value, a.value)).toBe(false);
  });
  it('finds the prefix of an address', () => {
    expect(prefixOfAddress('8.8.8.8', 24)?.cidr).toBe('8.8.8.0/24');
  });
});

describe('classifySearch', () => {
  it('classifies each kind', () => {
    expect(classifySearch('AS13335')).toEqual({ ok: true, value: { kind: 'asn', asn: 13335 } });
    expect(classifySearch('1.1.1.0/24')).toEqual({
      ok: true,
      value: { kind: 'prefix', cidr: '1.1.1.0/24' },
    });
    expect(classifySearch('2606:4700::/32')).toEqual({
      ok: true,
      value: { kind: 'prefix', cidr: '2606:4700::/32' },
    });
    expect(classifySearch('8.8.8.8')).toEqual({
      ok: true,
      value: { kind: 'address', address: '8.8.8.8' },
    });
  });
  it('rejects anything else with a reason', () => {
    const r = classifySearch('hello world');
    expect(r.ok).toBe(false);
  });
});
