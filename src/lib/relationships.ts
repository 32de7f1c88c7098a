/**
 * What Radar's `rel` field means for the neighbour (`asn2`) of the queried AS (`asn1`). Radar
 * documents `rel` only as a string; routedeck follows CAIDA's convention (P2C: asn1 provides
 * transit to asn2, C2P: asn1 buys transit from asn2, P2P: settlement-free peers) and keeps any
 * other value as it came, so an unexpected answer is shown raw instead of being guessed at.
 */
export type Role = 'provider' | 'peer' | 'customer' | 'other';

/** The neighbour's role as seen from the queried AS. */
export function roleOf(rel: string): Role {
  switch (rel.trim().toUpperCase()) {
    case 'C2P':
      return 'provider';
    case 'P2C':
      return 'customer';
    case 'P2P':
      return 'peer';
    default:
      return 'other';
  }
}

/**
 * One sentence for the asn2 compare: what `b` is to `a`. `rel` is the answer for `a`'s
 * relationships, or undefined when Radar has none between them.
 */
export function describeRelationship(a: string, b: string, rel: string | undefined): string {
  if (rel === undefined) return `${b} has no known relationship with ${a}.`;
  const role = roleOf(rel);
  if (role === 'provider') return `${b} is a provider of ${a}: ${a} buys transit from ${b}.`;
  if (role === 'customer') return `${b} is a customer of ${a}: ${a} provides transit to ${b}.`;
  if (role === 'peer')
    return `${b} and ${a} are peers: they exchange their own and their customers' routes.`;
  return `${a} and ${b} have a relationship that Radar labels "${rel}".`;
}
