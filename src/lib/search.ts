/** Classifies what the user typed into the global search box, with the reason when it is neither. */
import { parseAsn, type ParseResult } from './asn';
import { isAddress, parseAddress, parsePrefix } from './prefix';

export type SearchTarget =
  | { kind: 'asn'; asn: number }
  | { kind: 'prefix'; cidr: string }
  | { kind: 'address'; address: string };

export function classifySearch(input: string): ParseResult<SearchTarget> {
  const raw = input.trim();
  if (raw === '')
    return {
      ok: false,
      reason: 'Type an AS number (AS13335), a prefix (1.1.1.0/24) or an IP address.',
    };
  if (/^(as)?\s*-?\d+$/i.test(raw)) {
    const asn = parseAsn(raw);
    return asn.ok ? { ok: true, value: { kind: 'asn', asn: asn.value } } : asn;
  }
  if (raw.includes('/')) {
    const p = parsePrefix(raw);
    return p.ok ? { ok: true, value: { kind: 'prefix', cidr: p.value.cidr } } : p;
  }
  if (isAddress(raw)) {
    const a = parseAddress(raw);
    return a.ok ? { ok: true, value: { kind: 'address', address: a.value.address } } : a;
  }
  return {
    ok: false,
    reason: `"${raw}" is not an AS number, a prefix or an IP address. Try AS13335, 1.1.1.0/24 or 2606:4700::/32.`,
  };
}
