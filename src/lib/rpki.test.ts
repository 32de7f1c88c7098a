import { describe, expect, it } from 'vitest';
import { parsePrefix, type Prefix } from './prefix';
import { createVrpIndex, normalizeRpkiState, validateOrigin } from './rpki';

const p = (cidr: string): Prefix => {
  const r = parsePrefix(cidr);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

// Real LACNIC/AFRINIC-style VRPs shaped like the shipped Routinator export.
const index = createVrpIndex([
  { prefix: '200.7.84.0/23', maxLength: 24, asn: 27678 },
  { prefix: '196.216.2.0/23', maxLength: 23, asn: 37181 },
  { prefix: '2001:13c7:7000::/36', maxLength: 48, asn: 28000 },
  { prefix: '45.224.0.0/16', maxLength: 16, asn: 0 },
  { prefix: 'not a prefix', maxLength: 24, asn: 1 },
  { prefix: '10.0.0.0/24', maxLength: 16, asn: 1 },
]);

describe('validateOrigin (RFC 6811)', () => {
  it('is valid when a covering VRP has the origin and the length is within max length', () => {
    expect(validateOrigin(p('200.7.84.0/23'), 27678, index).state).toBe('valid');
    expect(validateOrigin(p('200.7.85.0/24'), 27678, index).state).toBe('valid');
    expect(validateOrigin(p('2001:13c7:7001::/48'), 28000, index).state).toBe('valid');
  });

  it('is invalid by ASN when covering VRPs name other origins', () => {
    const r = validateOrigin(p('200.7.84.0/24'), 64500, index);
    expect(r).toMatchObject({ state: 'invalid', reason: 'asn' });
    expect(r.covering.map((v) => v.asn)).toEqual([27678]);
  });

  it('is invalid by max length when the origin matches but the route is more specific', () => {
    expect(validateOrigin(p('196.216.2.0/24'), 37181, index)).toMatchObject({
      state: 'invalid',
      reason: 'max-length',
    });
    expect(validateOrigin(p('2001:13c7:7000::/49'), 28000, index).reason).toBe('max-length');
  });

  it('is not found ("unknown") when no VRP covers the prefix', () => {
    expect(validateOrigin(p('1.1.1.0/24'), 13335, index)).toMatchObject({
      state: 'unknown',
      covering: [],
    });
    // A less specific route is not covered by a more specific VRP.
    expect(validateOrigin(p('200.7.0.0/16'), 27678, index).state).toBe('unknown');
    // Families never mix.
    expect(validateOrigin(p('c807:5400::/23'), 27678, index).state).toBe('unknown');
  });

  it('never matches an AS0 VRP or an AS_SET origin', () => {
    expect(validateOrigin(p('45.224.0.0/16'), 0, index).state).toBe('invalid');
    expect(validateOrigin(p('45.224.0.0/16'), 65000, index).state).toBe('invalid');
    expect(validateOrigin(p('200.7.84.0/24'), null, index).state).toBe('invalid');
  });

  it('skips VRPs that do not parse or whose max length is shorter than the prefix', () => {
    expect(index.size).toBe(4);
    expect(index.rejected).toBe(2);
  });
});

describe('normalizeRpkiState', () => {
  it.each([
    ['VALID', 'valid'],
    ['invalid', 'invalid'],
    ['Unknown', 'unknown'],
    ['NotFound', 'unknown'],
    ['pending', null],
  ])('%s -> %s', (raw, state) => expect(normalizeRpkiState(raw)).toBe(state));
});
