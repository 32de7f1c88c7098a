/**
 * The neighbours of one AS as the page uses them: one row per relationship, with its role from
 * the queried AS's point of view, plus the filtering and sorting the table, the graph and the CSV
 * export share, so all three always agree on what is shown.
 */
import type { AsnRel } from '../../api/radar-asns';
import { roleOf, type Role } from '../../lib/relationships';

export interface Neighbour {
  asn: number;
  name: string;
  country: string;
  /** Radar's raw `rel`, shown as is when it is not one routedeck knows. */
  rel: string;
  role: Role;
}

export type RelFilter = Role | 'all';
export type SortKey = 'asn' | 'name' | 'country' | 'rel';
export type Sort = SortKey | `-${SortKey}`;

interface NeighbourFilter {
  rel: RelFilter;
  /** ISO alpha-2, or '' for every country. */
  country: string;
  /** Matches the ASN (with or without "AS") or a part of the name, case-insensitive. */
  q: string;
}

export function toNeighbours(rels: readonly AsnRel[]): Neighbour[] {
  return rels.map((r) => ({
    asn: r.asn2,
    name: r.asn2_name,
    country: r.asn2_country,
    rel: r.rel,
    role: roleOf(r.rel),
  }));
}

export type RoleCounts = Record<Role, number>;

export function countRoles(list: readonly Neighbour[]): RoleCounts {
  const counts: RoleCounts = { provider: 0, peer: 0, customer: 0, other: 0 };
  for (const n of list) counts[n.role] += 1;
  return counts;
}

/** Countries present, most neighbours first, for the country filter. */
export function countriesOf(list: readonly Neighbour[]): { code: string; count: number }[] {
  const byCode = new Map<string, number>();
  for (const n of list) if (n.country) byCode.set(n.country, (byCode.get(n.country) ?? 0) + 1);
  return [...byCode]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export function filterNeighbours(list: readonly Neighbour[], f: NeighbourFilter): Neighbour[] {
  const q = f.q.trim().toLowerCase();
  const qAsn = q.replace(/^as\s*/, '');
  return list.filter((n) => {
    if (f.rel !== 'all' && n.role !== f.rel) return false;
    if (f.country && n.country !== f.country) return false;
    if (!q) return true;
    return String(n.asn).startsWith(qAsn) || n.name.toLowerCase().includes(q);
  });
}

const ROLE_ORDER: Record<Role, number> = { provider: 0, peer: 1, customer: 2, other: 3 };

const compare: Record<SortKey, (a: Neighbour, b: Neighbour) => number> = {
  asn: (a, b) => a.asn - b.asn,
  name: (a, b) => a.name.localeCompare(b.name) || a.asn - b.asn,
  country: (a, b) => a.country.localeCompare(b.country) || a.asn - b.asn,
  rel: (a, b) =>
    ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.rel.localeCompare(b.rel) || a.asn - b.asn,
};

export function sortNeighbours(list: readonly Neighbour[], sort: Sort): Neighbour[] {
  const desc = sort.startsWith('-');
  const key = (desc ? sort.slice(1) : sort) as SortKey;
  const cmp = compare[key];
  return [...list].sort(desc ? (a, b) => cmp(b, a) : cmp);
}

/**
 * Which neighbours are drawn one by one. Radar's relationship answer says nothing about the size
 * of a neighbour, and fetching each neighbour's own relationships would cost thousands of calls,
 * so the rank is the AS number: lower numbers were registered earlier (16-bit ASNs before 2007),
 * and the long-established networks (tier-1s, large content and access networks) mostly hold them.
 */
export function byRank(a: Neighbour, b: Neighbour): number {
  return a.asn - b.asn;
}

export const RANK_EXPLANATION =
  'Drawn one by one: the lowest-numbered neighbours of each kind (registered earliest, a rough ' +
  'sign of an established network; Radar gives no size here). The rest are grouped: click a group to open it.';
