import { describe, expect, it } from 'vitest';
import {
  fieldOfPointer,
  validateCniAsn,
  validateExtraPrefixes,
  validateLoaName,
  validateMd5Key,
  validateMtu,
  validatePointToPoint,
} from './cni-validation';

const reason = (r: { ok: boolean; reason?: string }) => (r.ok ? null : r.reason);

describe('validateMd5Key', () => {
  it('accepts printable ASCII including spaces and symbols other than " and ?', () => {
    expect(validateMd5Key('s3cr3t key!#$%&*')).toEqual({ ok: true, value: 's3cr3t key!#$%&*' });
  });

  it.each([
    ['ab?c', 'Character 3 is a question mark (?)'],
    ['a"b', 'Character 2 is a double quote (")'],
    ['a\tb', 'Character 2 is a tab'],
    ['ab\n', 'Character 3 is a newline'],
    ['a\rb', 'a carriage return'],
    ['a\vb', 'a vertical tab'],
    ['a\fb', 'a form feed'],
  ])('refuses %j naming the character', (key, expected) => {
    expect(reason(validateMd5Key(key))).toContain(expected);
  });

  it('refuses non-ASCII and other control characters, and the empty key', () => {
    expect(reason(validateMd5Key('clé'))).toContain('U+00E9');
    expect(reason(validateMd5Key('a\u0001'))).toContain('not printable ASCII');
    expect(reason(validateMd5Key(''))).toContain('cannot be empty');
  });
});

describe('validatePointToPoint', () => {
  it('accepts the two ends of one /31 in either order', () => {
    expect(validatePointToPoint('192.0.2.0/31', '192.0.2.1/31')).toEqual({});
    expect(validatePointToPoint('192.0.2.7/31', '192.0.2.6/31')).toEqual({});
  });

  it('refuses a customer end outside the /31 and names the right partner', () => {
    expect(validatePointToPoint('192.0.2.0/31', '192.0.2.2/31')).toEqual({
      '/cust_ip':
        '192.0.2.2 is not in the same /31 as 192.0.2.0: the other end of that /31 is 192.0.2.1/31.',
    });
  });

  it('refuses the same address on both ends', () => {
    expect(validatePointToPoint('192.0.2.0/31', '192.0.2.0/31')['/cust_ip']).toContain(
      'already does',
    );
  });

  it('refuses other lengths, IPv6 and garbage on the field concerned', () => {
    expect(validatePointToPoint('192.0.2.0/30', '192.0.2.1/31')['/p2p_ip']).toContain('not /30');
    expect(validatePointToPoint('192.0.2.0/31', '2001:db8::1/127')['/cust_ip']).toContain('IPv4');
    expect(validatePointToPoint('192.0.2.0', '192.0.2.1/31')['/p2p_ip']).toContain('A.B.C.D/N');
    expect(validatePointToPoint('192.0.2.0/31', '192.0.2.1/33')['/cust_ip']).toContain(
      'at most /32',
    );
  });
});

describe('validateMtu', () => {
  it('accepts the bounds and refuses just outside them', () => {
    expect(validateMtu('576')).toEqual({ ok: true, value: 576 });
    expect(validateMtu('1500')).toEqual({ ok: true, value: 1500 });
    expect(reason(validateMtu('1501'))).toContain('out of range');
    expect(reason(validateMtu('575'))).toContain('out of range');
    expect(reason(validateMtu('1476.5'))).toContain('whole number');
  });
});

describe('validateCniAsn', () => {
  it('accepts AS-prefixed and bare numbers within int32', () => {
    expect(validateCniAsn('AS64512')).toEqual({ ok: true, value: 64512 });
    expect(validateCniAsn('2147483647')).toEqual({ ok: true, value: 2147483647 });
  });

  it('refuses 0, text and 4-byte ASNs beyond int32', () => {
    expect(reason(validateCniAsn('0'))).toContain('reserved');
    expect(reason(validateCniAsn('cloudflare'))).toContain('not an AS number');
    expect(reason(validateCniAsn('4200000000'))).toContain('int32');
  });
});

describe('validateExtraPrefixes', () => {
  it('splits on commas, spaces and newlines and canonicalises', () => {
    expect(validateExtraPrefixes('198.51.100.0/24,\n203.0.113.0/25  ')).toEqual({
      ok: true,
      value: ['198.51.100.0/24', '203.0.113.0/25'],
    });
    expect(validateExtraPrefixes('')).toEqual({ ok: true, value: [] });
  });

  it('refuses host bits, missing lengths, IPv6 and duplicates with the reason', () => {
    expect(reason(validateExtraPrefixes('198.51.100.1/24'))).toContain(
      'did you mean 198.51.100.0/24',
    );
    expect(reason(validateExtraPrefixes('198.51.100.0'))).toContain('no prefix length');
    expect(reason(validateExtraPrefixes('2001:db8::/32'))).toContain('IPv6');
    expect(reason(validateExtraPrefixes('198.51.100.0/24 198.51.100.0/24'))).toContain('twice');
  });
});

describe('validateLoaName', () => {
  it('treats blank as "use the account name" and caps the length at 200', () => {
    expect(validateLoaName('  ')).toEqual({ ok: true, value: undefined });
    expect(validateLoaName('x'.repeat(200))).toEqual({ ok: true, value: 'x'.repeat(200) });
    expect(reason(validateLoaName('x'.repeat(201)))).toContain('201 characters');
  });
});

describe('fieldOfPointer', () => {
  it('maps API pointers, including array items, to form fields', () => {
    expect(fieldOfPointer('/bgp/md5_key')).toBe('/bgp/md5_key');
    expect(fieldOfPointer('/bgp/extra_prefixes/1')).toBe('/bgp/extra_prefixes');
    expect(fieldOfPointer('/magic')).toBeUndefined();
    expect(fieldOfPointer(undefined)).toBeUndefined();
  });
});
