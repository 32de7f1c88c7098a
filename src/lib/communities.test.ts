import { describe, expect, it } from 'vitest';
import { communityLabel, communityMatches, communityTitle, parseCommunity } from './communities';

describe('parseCommunity', () => {
  it.each([
    ['65535:65281', 'NO_EXPORT'],
    ['65535:65282', 'NO_ADVERTISE'],
    ['65535:65283', 'NO_EXPORT_SUBCONFED'],
    ['65535:65284', 'NOPEER'],
    ['65535:666', 'BLACKHOLE'],
    ['65535:0', 'GRACEFUL_SHUTDOWN'],
    ['65535:1', 'ACCEPT_OWN'],
  ])('names %s %s', (raw, name) => {
    const c = parseCommunity(raw);
    expect(communityLabel(c)).toBe(name);
    expect(communityTitle(c)).toMatch(/RFC \d+/);
  });

  it('keeps an operator community raw and says who defines it', () => {
    const c = parseCommunity('13335:10025');
    expect(communityLabel(c)).toBe('13335:10025');
    expect(communityTitle(c)).toContain('AS13335');
  });

  it('does not claim an owner for 0:<asn>', () => {
    expect(communityTitle(parseCommunity('0:6939'))).toContain('AS0 is reserved');
  });

  it('reads large communities (RFC 8092) with 32-bit parts', () => {
    expect(parseCommunity('4200000000:1:2')).toEqual({
      kind: 'large',
      raw: '4200000000:1:2',
      asn: 4200000000,
      data1: 1,
      data2: 2,
    });
  });

  it.each(['70000:1', 'rt:1:2', '', '1:2:3:4', '4294967296:1:1'])('keeps %s as other', (raw) => {
    expect(parseCommunity(raw).kind).toBe('other');
  });

  it('matches by raw text or by well-known name', () => {
    const c = parseCommunity('65535:666');
    expect(communityMatches(c, 'blackhole')).toBe(true);
    expect(communityMatches(c, '65535:666')).toBe(true);
    expect(communityMatches(c, '65535:66')).toBe(false);
  });
});
