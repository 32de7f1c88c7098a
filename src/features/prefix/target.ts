/**
 * What `/prefix/<splat>` names: a prefix, an address (shown through its covering announced prefix)
 * or input to refuse before any request is sent.
 */
import { isAddress, parseAddress, parsePrefix } from '../../lib/prefix';

export type PrefixTarget =
  | { kind: 'prefix'; cidr: string }
  | { kind: 'address'; address: string }
  | { kind: 'invalid'; input: string; reason: string };

export function resolveTarget(splat: string): PrefixTarget {
  const input = splat.trim();
  if (input === '') {
    return {
      kind: 'invalid',
      input,
      reason: 'Add a prefix or an address to the URL, such as /prefix/1.1.1.0/24.',
    };
  }
  if (input.includes('/')) {
    const p = parsePrefix(input);
    return p.ok
      ? { kind: 'prefix', cidr: p.value.cidr }
      : { kind: 'invalid', input, reason: p.reason };
  }
  if (isAddress(input)) {
    const a = parseAddress(input);
    return a.ok
      ? { kind: 'address', address: a.value.address }
      : { kind: 'invalid', input, reason: a.reason };
  }
  return {
    kind: 'invalid',
    input,
    reason: `"${input}" is not a prefix or an IP address. Try 1.1.1.0/24, 2606:4700::/32 or 8.8.8.8.`,
  };
}

/** The most specific of the covering prefixes pfx2as answered (longest-prefix match). */
export function mostSpecific<T extends { prefix: string }>(origins: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestLen = -1;
  for (const o of origins) {
    const p = parsePrefix(o.prefix);
    if (p.ok && p.value.length > bestLen) {
      best = o;
      bestLen = p.value.length;
    }
  }
  return best;
}
