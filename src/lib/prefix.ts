/**
 * Prefix and address parsing on top of ipaddr.js, shared by the browser and the stand-in.
 * Strict on purpose: a prefix with host bits set (10.0.0.1/8) is refused with the prefix it
 * probably meant, because silently masking it would show data for a different network.
 */
import ipaddr from 'ipaddr.js';
import type { ParseResult } from './asn';

export type Family = 4 | 6;

export interface Prefix {
  /** Canonical text form, e.g. `1.1.1.0/24` or `2606:4700::/32`. */
  cidr: string;
  family: Family;
  length: number;
  /** Network address as a bigint, for containment tests and sorting. */
  network: bigint;
}

const bitsOf = (family: Family) => (family === 4 ? 32 : 128);

function addressToBigInt(addr: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  let n = 0n;
  for (const b of addr.toByteArray()) n = (n << 8n) | BigInt(b);
  return n;
}

function bigIntToAddress(n: bigint, family: Family): string {
  const bytes: number[] = [];
  for (let i = 0; i < (family === 4 ? 4 : 16); i++) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  return ipaddr.fromByteArray(bytes).toString();
}

export function isAddress(input: string): boolean {
  return ipaddr.isValid(input.trim()) && !input.includes('/');
}

/** Parses an IPv4 or IPv6 address; IPv4-mapped IPv6 stays IPv6 (that is how it is routed). */
export function parseAddress(
  input: string,
): ParseResult<{ address: string; family: Family; value: bigint }> {
  const raw = input.trim();
  if (!ipaddr.isValid(raw) || raw.includes('/')) {
    return { ok: false, reason: `"${raw}" is not an IPv4 or IPv6 address.` };
  }
  const addr = ipaddr.parse(raw);
  const family: Family = addr.kind() === 'ipv4' ? 4 : 6;
  if (family === 4 && !/^\d{1,3}(\.\d{1,3}){3}$/.test(raw)) {
    // ipaddr.js also accepts shorthand such as "1.1" or hex octets; operators never mean those.
    return { ok: false, reason: `"${raw}" is not a dotted-quad IPv4 address.` };
  }
  return { ok: true, value: { address: addr.toString(), family, value: addressToBigInt(addr) } };
}

export function parsePrefix(input: string): ParseResult<Prefix> {
  const raw = input.trim();
  const slash = raw.indexOf('/');
  if (slash < 0)
    return {
      ok: false,
      reason: `"${raw}" has no prefix length: write it as address/length, such as 1.1.1.0/24.`,
    };
  const addrPart = raw.slice(0, slash);
  const lenPart = raw.slice(slash + 1);
  const addr = parseAddress(addrPart);
  if (!addr.ok) return { ok: false, reason: `"${raw}" is not a prefix: ${addr.reason}` };
  const { family, value } = addr.value;
  const max = bitsOf(family);
  if (!/^\d{1,3}$/.test(lenPart))
    return { ok: false, reason: `"${lenPart}" is not a prefix length (0 to ${max}).` };
  const length = Number(lenPart);
  if (length > max) {
    return {
      ok: false,
      reason: `/${length} is longer than an IPv${family} address: the length must be 0 to ${max}.`,
    };
  }
  const hostBits = BigInt(max - length);
  const network = (value >> hostBits) << hostBits;
  if (network !== value) {
    const meant = `${bigIntToAddress(network, family)}/${length}`;
    return { ok: false, reason: `${raw} has host bits set: did you mean ${meant}?` };
  }
  return {
    ok: true,
    value: { cidr: `${bigIntToAddress(network, family)}/${length}`, family, length, network },
  };
}

/** True when `outer` covers `inner` (equal prefixes count). */
export function prefixContains(outer: Prefix, inner: Prefix): boolean {
  if (outer.family !== inner.family || outer.length > inner.length) return false;
  const shift = BigInt(bitsOf(outer.family) - outer.length);
  return inner.network >> shift === outer.network >> shift;
}

/** The smallest prefix of `length` that holds the address, e.g. 8.8.8.8 and 24 -> 8.8.8.0/24. */
export function prefixOfAddress(address: string, length: number): Prefix | null {
  const a = parseAddress(address);
  if (!a.ok) return null;
  const max = bitsOf(a.value.family);
  const l = Math.min(length, max);
  const shift = BigInt(max - l);
  const network = (a.value.value >> shift) << shift;
  return {
    cidr: `${bigIntToAddress(network, a.value.family)}/${l}`,
    family: a.value.family,
    length: l,
    network,
  };
}

export function comparePrefixes(a: Prefix, b: Prefix): number {
  if (a.family !== b.family) return a.family - b.family;
  if (a.network !== b.network) return a.network < b.network ? -1 : 1;
  return a.length - b.length;
}
