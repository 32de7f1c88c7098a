/**
 * The status history of this browser session: every successful status check of an interconnect,
 * wherever the page that made it (list, detail or home summary), recorded from the query cache.
 * Kept in memory only: the API has no status history, so this is what this tab has seen.
 */
import { useSyncExternalStore } from 'react';
import type { Query, QueryCache } from '@tanstack/react-query';
import type { InterconnectStatus } from '../../api/cni';

export interface Observation {
  at: number;
  state: string;
  reason: string | null;
}

/** A run of identical answers: "Unhealthy (reason) from 10:01 to 10:05, 9 checks". */
export interface Span {
  state: string;
  reason: string | null;
  from: number;
  to: number;
  checks: number;
}

const history = new Map<string, Observation[]>();
const listeners = new Set<() => void>();
const watched = new WeakSet<QueryCache>();
const EMPTY: Observation[] = [];
/** Enough for hours of 30-second checks; older ones are dropped first. */
const MAX_PER_INTERCONNECT = 1000;

const keyOf = (accountId: string, name: string) => `${accountId}\u0000${name}`;

function record(query: Query) {
  const [area, resource, params] = query.queryKey as [
    string,
    string,
    { accountId?: string; name?: string }?,
  ];
  if (area !== 'cni' || resource !== 'interconnect-status' || !params?.accountId || !params.name)
    return;
  const data = query.state.data as InterconnectStatus | undefined;
  const at = query.state.dataUpdatedAt;
  if (!data || !at) return;
  const key = keyOf(params.accountId, params.name);
  const list = history.get(key) ?? EMPTY;
  if (list.length > 0 && (list[list.length - 1] as Observation).at >= at) return;
  history.set(
    key,
    [...list, { at, state: data.state, reason: data.reason ?? null }].slice(-MAX_PER_INTERCONNECT),
  );
  for (const l of listeners) l();
}

/** Starts recording (once per cache), including checks already in the cache. */
export function watchStatusHistory(cache: QueryCache) {
  if (watched.has(cache)) return;
  watched.add(cache);
  for (const q of cache.findAll({ queryKey: ['cni', 'interconnect-status'] })) record(q);
  cache.subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success') record(event.query);
  });
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function statusHistory(accountId: string, name: string): Observation[] {
  return history.get(keyOf(accountId, name)) ?? EMPTY;
}

export function useStatusHistory(accountId: string, name: string): Observation[] {
  return useSyncExternalStore(subscribe, () => statusHistory(accountId, name));
}

/** Consecutive identical answers merged, newest span first. */
export function toSpans(observations: readonly Observation[]): Span[] {
  const spans: Span[] = [];
  for (const o of observations) {
    const last = spans[spans.length - 1];
    if (last && last.state === o.state && last.reason === o.reason) {
      last.to = o.at;
      last.checks++;
    } else spans.push({ state: o.state, reason: o.reason, from: o.at, to: o.at, checks: 1 });
  }
  return spans.reverse();
}
