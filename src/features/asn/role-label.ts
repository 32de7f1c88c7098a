import type { Role } from '../../lib/relationships';
import type { Tone } from '../../components/ui/Badge';

/** Short name of a relationship; a value Radar sends that routedeck does not know is shown raw. */
export function roleName(n: { role: Role; rel: string }): string {
  return n.role === 'other' ? n.rel : n.role;
}

/** One line for the hover card: what the neighbour does for the AS of the page. */
export function roleLabel(n: { role: Role; rel: string }): string {
  switch (n.role) {
    case 'provider':
      return 'Provider: sells transit to this AS';
    case 'customer':
      return 'Customer: buys transit from this AS';
    case 'peer':
      return 'Peer: exchanges its own routes with this AS';
    default:
      return `Relationship "${n.rel}" (as Radar labels it)`;
  }
}

export const ROLE_TONE: Record<Role, Tone> = {
  provider: 'provider',
  peer: 'peer',
  customer: 'customer',
  other: 'neutral',
};
