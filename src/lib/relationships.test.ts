import { describe, expect, it } from 'vitest';
import { describeRelationship, roleOf } from './relationships';

describe('relationships', () => {
  it('maps CAIDA-style rel values from the queried AS point of view', () => {
    expect(roleOf('C2P')).toBe('provider');
    expect(roleOf('p2c')).toBe('customer');
    expect(roleOf('P2P')).toBe('peer');
    expect(roleOf('S2S')).toBe('other');
  });

  it('says in one sentence what asn2 is to asn', () => {
    expect(describeRelationship('AS13335', 'AS174', 'C2P')).toMatch(
      /^AS174 is a provider of AS13335/,
    );
    expect(describeRelationship('AS174', 'AS13335', 'P2C')).toMatch(
      /^AS13335 is a customer of AS174/,
    );
    expect(describeRelationship('AS1', 'AS2', 'P2P')).toMatch(/^AS2 and AS1 are peers/);
    expect(describeRelationship('AS1', 'AS2', undefined)).toBe(
      'AS2 has no known relationship with AS1.',
    );
    expect(describeRelationship('AS1', 'AS2', 'S2S')).toContain('"S2S"');
  });
});
