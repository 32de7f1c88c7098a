/**
 * Addresses as 32-bit words (one for IPv4, four for IPv6), so 732k prefixes fit in typed arrays
 * and compare without bigint. Bigint appears only where a parsed `Prefix` from src/lib/prefix.ts
 * meets the index.
 */
import ipaddr from 'ipaddr.js';
import type { Family, Prefix } from '../../../src/lib/prefix';

export const wordsOf = (family: Family) => (family === 4 ? 1 : 4);

/** Parses dotted-quad or IPv6 text into `out` at `at`; returns false on malformed text. */
export function parseWords(text: string, family: Family, out: Uint32Array, at: number): boolean {
  if (family === 4) {
    const p = text.split('.');
    if (p.length !== 4) return false;
    out[at] =
      ((Number(p[0]) << 24) | (Number(p[1]) << 16) | (Number(p[2]) << 8) | Number(p[3])) >>> 0;
    return true;
  }
  if (text.includes('.')) {
    if (!ipaddr.IPv6.isValid(text)) return false;
    const bytes = ipaddr.IPv6.parse(text).toByteArray();
    for (let w = 0; w < 4; w++) {
      out[at + w] =
        ((bytes[w * 4]! << 24) |
          (bytes[w * 4 + 1]! << 16) |
          (bytes[w * 4 + 2]! << 8) |
          bytes[w * 4 + 3]!) >>>
        0;
    }
    return true;
  }
  const [head = '', tail] = text.split('::');
  const h = head === '' ? [] : head.split(':');
  const t = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined ? h : [...h, ...new Array<string>(8 - h.length - t.length).fill('0'), ...t];
  if (groups.length !== 8) return false;
  for (let w = 0; w < 4; w++) {
    out[at + w] = ((parseInt(groups[w * 2]!, 16) << 16) | parseInt(groups[w * 2 + 1]!, 16)) >>> 0;
  }
  return true;
}

export function prefixWords(p: Prefix): Uint32Array {
  const out = new Uint32Array(wordsOf(p.family));
  let n = p.network;
  for (let w = out.length - 1; w >= 0; w--) {
    out[w] = Number(n & 0xffffffffn);
    n >>= 32n;
  }
  return out;
}

export function formatWords(words: ArrayLike<number>, at: number, family: Family): string {
  if (family === 4) {
    const v = words[at]!;
    return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
  }
  const bytes: number[] = [];
  for (let w = 0; w < 4; w++) {
    const v = words[at + w]!;
    bytes.push(v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);
  }
  return ipaddr.fromByteArray(bytes).toString();
}

/** Unsigned comparison of two addresses of `n` words. */
export function compareWords(
  a: ArrayLike<number>,
  ai: number,
  b: ArrayLike<number>,
  bi: number,
  n: number,
): number {
  for (let w = 0; w < n; w++) {
    const d = a[ai + w]! - b[bi + w]!;
    if (d !== 0) return d;
  }
  return 0;
}

/** True when the first `len` bits of both addresses agree. */
export function samePrefixBits(
  a: ArrayLike<number>,
  ai: number,
  b: ArrayLike<number>,
  bi: number,
  len: number,
): boolean {
  for (let w = 0; len > 0; w++, len -= 32) {
    const x = a[ai + w]!;
    const y = b[bi + w]!;
    if (len >= 32) {
      if (x !== y) return false;
    } else if (x >>> (32 - len) !== y >>> (32 - len)) return false;
  }
  return true;
}
