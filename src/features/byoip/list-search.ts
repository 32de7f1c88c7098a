/**
 * The `/byoip` list's URL state (filters and sort) and the pure filtering behind it. Bad values fall
 * back to the defaults, so a mangled link still opens the page.
 */
import * as z from 'zod/mini';
import type { AdvertisementState } from '../../api/addressing';
import { comparePrefixes, parsePrefix } from '../../lib/prefix';
import { visibilityOf, type Observation } from '../../lib/verification';
import type { DriftLabel } from './drift';

export const listSearchSchema = z.object({
  state: z._default(
    z.catch(z.enum(['all', 'advertised', 'withdrawn', 'not-on-demand']), 'all'),
    'all',
  ),
  drift: z._default(z.catch(z.enum(['all', 'drift']), 'all'), 'all'),
  q: z._default(z.catch(z.string().check(z.maxLength(100)), ''), ''),
  sort: z._default(z.catch(z.enum(['cidr', 'state', 'visibility', 'drift']), 'cidr'), 'cidr'),
});

export type ListSearch = z.infer<typeof listSearchSchema>;

export interface ListItem {
  prefixId: string;
  prefixCidr: string;
  bgpId: string;
  cidr: string;
  asn: number | null;
  state: AdvertisementState;
  observation: Observation | null;
  drift: DriftLabel[];
}

const isDrift = (labels: DriftLabel[]) =>
  labels.some((l) => l !== 'in-sync' && l !== 'converging' && l !== 'no-data');

const prefixOrder = (a: string, b: string) => {
  const pa = parsePrefix(a);
  const pb = parsePrefix(b);
  return pa.ok && pb.ok ? comparePrefixes(pa.value, pb.value) : a.localeCompare(b);
};

const STATE_ORDER: Record<AdvertisementState, number> = {
  advertised: 0,
  withdrawn: 1,
  'not-on-demand': 2,
};

export function filterAndSort(items: ListItem[], s: ListSearch): ListItem[] {
  const q = s.q.trim().toLowerCase();
  const kept = items.filter(
    (i) =>
      (s.state === 'all' || i.state === s.state) &&
      (s.drift === 'all' || isDrift(i.drift)) &&
      (!q ||
        i.cidr.toLowerCase().includes(q) ||
        i.prefixCidr.toLowerCase().includes(q) ||
        `as${i.asn}`.includes(q.replace(/\s/g, ''))),
  );
  const by: Record<ListSearch['sort'], (a: ListItem, b: ListItem) => number> = {
    cidr: (a, b) => prefixOrder(a.cidr, b.cidr),
    state: (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || prefixOrder(a.cidr, b.cidr),
    visibility: (a, b) =>
      (b.observation ? visibilityOf(b.observation) : -1) -
      (a.observation ? visibilityOf(a.observation) : -1),
    // Drifting rows first: those are the ones someone has to look at.
    drift: (a, b) =>
      Number(isDrift(b.drift)) - Number(isDrift(a.drift)) || prefixOrder(a.cidr, b.cidr),
  };
  return [...kept].sort(by[s.sort]);
}
