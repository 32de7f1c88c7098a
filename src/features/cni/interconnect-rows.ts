/**
 * The interconnect list as rows: each interconnect with its latest status, filtered by the URL's
 * site, type and status, the ones that need attention first.
 */
import type { Interconnect, InterconnectStatus } from '../../api/cni';
import { describeSite } from '../../lib/colos';
import type { InterconnectsSearch } from './search';
import { byStatusThenName } from './status';

export interface InterconnectRow {
  interconnect: Interconnect;
  name: string;
  /** Undefined while the first status check is in flight or when it failed. */
  state: string | undefined;
  reason: string | null;
}

export function toRows(
  list: readonly Interconnect[],
  statuses: readonly (InterconnectStatus | undefined)[],
) {
  return list.map((interconnect, i): InterconnectRow => ({
    interconnect,
    name: interconnect.name,
    state: statuses[i]?.state,
    reason: statuses[i]?.reason ?? null,
  }));
}

export function filterRows(
  rows: readonly InterconnectRow[],
  search: InterconnectsSearch,
): InterconnectRow[] {
  const site = search.site?.toLowerCase();
  return rows
    .filter(
      (r) =>
        (!site || r.interconnect.site?.toLowerCase() === site) &&
        (!search.type || r.interconnect.type === search.type) &&
        (!search.status || r.state === search.status),
    )
    .sort(byStatusThenName);
}

export interface Option {
  value: string;
  label: string;
}

/** Filter choices from what the account has: sites with their city, types, and known states. */
export function filterOptions(list: readonly Interconnect[]): { sites: Option[]; types: Option[] } {
  const sites = [...new Set(list.map((i) => i.site).filter((s): s is string => Boolean(s)))].sort();
  const types = [...new Set(list.map((i) => i.type))].sort();
  return {
    sites: sites.map((s) => ({ value: s, label: `${s.toUpperCase()}: ${describeSite(s)}` })),
    types: types.map((t) => ({ value: t, label: typeLabel(t) })),
  };
}

/** Down and Unhealthy rows: what the banner at the top names. */
export function needingAttention(rows: readonly InterconnectRow[]): InterconnectRow[] {
  return rows.filter((r) => r.state === 'Down' || r.state === 'Unhealthy').sort(byStatusThenName);
}

const TYPE_LABELS: Record<string, string> = {
  direct: 'Direct (physical port)',
  gcp_partner: 'Google Cloud partner',
};

/** The API's `type` in words where routedeck knows it, raw otherwise. */
export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type;
}
