/**
 * ASN parsing shared by the browser (search box, URL params) and the stand-in (path validation),
 * so both refuse the same input with the same reason.
 */
const MAX_ASN = 4294967295;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Accepts `13335`, `AS13335`, `as13335` and `AS 13335`; refuses 0, negatives, > 2^32-1 and text. */
export function parseAsn(input: string | number): ParseResult<number> {
  const raw = String(input).trim();
  if (raw === '') return { ok: false, reason: 'Enter an AS number, such as 13335 or AS13335.' };
  const digits = raw.replace(/^as\s*/i, '');
  if (/^-\d+$/.test(digits))
    return { ok: false, reason: `${raw} is negative: AS numbers run from 1 to ${MAX_ASN}.` };
  if (!/^\d+$/.test(digits)) {
    return {
      ok: false,
      reason: `"${raw}" is not an AS number: use digits only, such as 13335 or AS13335.`,
    };
  }
  // Compare as text length first so a 30-digit number does not lose precision.
  if (digits.replace(/^0+/, '').length > 10 || Number(digits) > MAX_ASN) {
    return { ok: false, reason: `${raw} is too large: AS numbers end at ${MAX_ASN} (32 bits).` };
  }
  const value = Number(digits);
  if (value === 0)
    return { ok: false, reason: 'AS0 is reserved (RFC 7607) and never a real network.' };
  return { ok: true, value };
}

/** RFC 5398 documentation, RFC 6996 private and other reserved ranges, for labelling only. */
export function asnKind(asn: number): 'public' | 'documentation' | 'private' | 'reserved' {
  if ((asn >= 64496 && asn <= 64511) || (asn >= 65536 && asn <= 65551)) return 'documentation';
  if ((asn >= 64512 && asn <= 65534) || (asn >= 4200000000 && asn <= 4294967294)) return 'private';
  if (asn === 23456 || asn === 65535 || asn === MAX_ASN) return 'reserved';
  return 'public';
}

export function formatAsn(asn: number): string {
  return `AS${asn}`;
}
