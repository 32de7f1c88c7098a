/**
 * Turns thousands of neighbours into a graph a browser can draw and a person can read: per kind of
 * relationship, the best-ranked neighbours are drawn one by one and the rest are folded into group
 * nodes (per country when there are many), which open on click a page of members at a time.
 * Measured cost of drawing all 9.8k neighbours of AS6939: see bench/asn-graph.bench.ts.
 */
import type { Role } from '../../lib/relationships';
import { byRank, type Neighbour } from './neighbours';
import { placeNodes } from './layout';

export interface GraphNodeModel {
  id: string;
  kind: 'center' | 'as' | 'group';
  role: Role | 'self';
  label: string;
  asn?: number;
  /** For an `as` node, the neighbour it draws. */
  neighbour?: Neighbour;
  /** For a group: how many members it still folds, and its country ('' for all, '*' for the rest). */
  count?: number;
  country?: string;
  x: number;
  y: number;
}

interface GraphEdgeModel {
  id: string;
  source: string;
  target: string;
  role: Role;
  group: boolean;
}

export interface GraphModel {
  nodes: GraphNodeModel[];
  edges: GraphEdgeModel[];
  /** Neighbours drawn as their own node, and neighbours folded into groups. */
  drawn: number;
  folded: number;
}

/** Neighbours drawn individually per kind before grouping starts. */
export const DEFAULT_CAPS: Record<Role, number> = {
  provider: 10,
  peer: 16,
  customer: 20,
  other: 8,
};
/** Above this many folded neighbours of one kind, groups are split by country. */
export const COUNTRY_SPLIT = 100;
/** Countries with their own group; the others share one "other countries" group. */
export const TOP_COUNTRIES = 6;
/** Members a click on a group reveals. */
export const EXPAND_STEP = 20;

interface BuildOptions {
  center: { asn: number; name: string };
  /** Already filtered by the page's filters. */
  neighbours: readonly Neighbour[];
  /** Group id -> how many of its members are drawn individually. */
  expanded?: Readonly<Record<string, number>>;
  /** Always drawn individually (the compared and the selected AS), wherever their rank. */
  pinned?: readonly number[];
  caps?: Record<Role, number>;
}

export const asNodeId = (asn: number) => `as${asn}`;
export const CENTER_ID = 'center';

function shortName(name: string): string {
  return name.length > 18 ? `${name.slice(0, 17)}…` : name;
}

function noun(role: Role, n: number): string {
  if (role === 'other') return n === 1 ? 'other relationship' : 'other relationships';
  return n === 1 ? role : `${role}s`;
}

interface Group {
  id: string;
  country: string;
  members: Neighbour[];
}

function groupsOf(role: Role, rest: Neighbour[]): Group[] {
  if (rest.length <= COUNTRY_SPLIT) return [{ id: `g-${role}`, country: '', members: rest }];
  const byCountry = new Map<string, Neighbour[]>();
  for (const n of rest) {
    const list = byCountry.get(n.country) ?? [];
    list.push(n);
    byCountry.set(n.country, list);
  }
  const ranked = [...byCountry]
    .filter(([code]) => code !== '')
    .sort((a, b) => b[1].length - a[1].length);
  const own = ranked.slice(0, TOP_COUNTRIES);
  const groups = own.map(([code, members]) => ({
    id: `g-${role}-${code}`,
    country: code,
    members,
  }));
  const ownCodes = new Set(own.map(([code]) => code));
  const others = rest.filter((n) => !ownCodes.has(n.country));
  if (others.length > 0) groups.push({ id: `g-${role}-rest`, country: '*', members: others });
  return groups;
}

function asNode(n: Neighbour): Omit<GraphNodeModel, 'x' | 'y'> {
  return {
    id: asNodeId(n.asn),
    kind: 'as',
    role: n.role,
    label: `AS${n.asn}\n${shortName(n.name || '(no name)')}`,
    asn: n.asn,
    neighbour: n,
  };
}

function groupLabel(role: Role, count: number, country: string, opened: boolean): string {
  const where = country === '' ? '' : country === '*' ? '\nother countries' : `\nin ${country}`;
  const n = count.toLocaleString('en-US');
  return `${opened ? `+${n} more` : n} ${noun(role, count)}${where}`;
}

export function buildGraph(opts: BuildOptions): GraphModel {
  const caps = opts.caps ?? DEFAULT_CAPS;
  const expanded = opts.expanded ?? {};
  const pinned = new Set(opts.pinned ?? []);
  const byRole = new Map<Role, Neighbour[]>();
  for (const n of opts.neighbours) {
    const list = byRole.get(n.role) ?? [];
    list.push(n);
    byRole.set(n.role, list);
  }

  const placed: Omit<GraphNodeModel, 'x' | 'y'>[] = [];
  let drawn = 0;
  let folded = 0;
  for (const [role, list] of byRole) {
    list.sort(byRank);
    const cap = caps[role];
    const rest: Neighbour[] = [];
    list.forEach((n, i) => {
      if (i < cap || pinned.has(n.asn)) {
        placed.push(asNode(n));
        drawn += 1;
      } else rest.push(n);
    });
    if (rest.length === 0) continue;
    for (const g of groupsOf(role, rest)) {
      const shown = Math.min(expanded[g.id] ?? 0, g.members.length);
      for (const n of g.members.slice(0, shown)) placed.push(asNode(n));
      drawn += shown;
      const left = g.members.length - shown;
      if (left === 0) continue;
      folded += left;
      placed.push({
        id: g.id,
        kind: 'group',
        role,
        label: groupLabel(role, left, g.country, shown > 0),
        count: left,
        country: g.country,
      });
    }
  }

  const center: Omit<GraphNodeModel, 'x' | 'y'> = {
    id: CENTER_ID,
    kind: 'center',
    role: 'self',
    label: `AS${opts.center.asn}\n${shortName(opts.center.name)}`,
    asn: opts.center.asn,
  };
  const nodes = placeNodes(center, placed);
  const edges: GraphEdgeModel[] = placed.map((n) => {
    const role = n.role as Role;
    // Transit flows from provider to customer: the arrow points at the customer.
    const fromCenter = role !== 'provider';
    return {
      id: `e-${n.id}`,
      source: fromCenter ? CENTER_ID : n.id,
      target: fromCenter ? n.id : CENTER_ID,
      role,
      group: n.kind === 'group',
    };
  });
  return { nodes, edges, drawn, folded };
}
