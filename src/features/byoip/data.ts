/**
 * The BYOIP screens' data: the account's prefixes with their BGP prefixes, and what Radar's
 * realtime routes show of each, fetched a few at a time so a page of many prefixes does not fire
 * dozens of requests at once (Cloudflare allows 1200 per five minutes, CONTRACT 1.4).
 */
import { useEffect, useState } from 'react';
import { useQueries, useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import {
  bgpPrefixesQuery,
  prefixesQuery,
  type BgpPrefix,
  type IpPrefix,
} from '../../api/addressing';
import { auditQuery } from '../../api/audit';
import { realtimeQuery } from '../../api/radar-routes';
import { sessionQuery } from '../../api/session';
import { journalOf } from './edits';
import { toObservation } from './observe';

export interface Row {
  prefix: IpPrefix;
  bgp: BgpPrefix;
}

/** How many realtime queries start at once, and the gap before the next one. */
const STAGGER_BATCH = 3;
const STAGGER_MS = 400;
/** Enough history for every recent change; the server caps the reader at 1000. */
const JOURNAL_LIMIT = 500;

export const useSession = () => useSuspenseQuery(sessionQuery()).data;

export function useJournal() {
  const q = useSuspenseQuery(auditQuery(JOURNAL_LIMIT));
  return { journal: journalOf(q.data), query: q };
}

export function useAccountRows(accountId: string): Row[] {
  const prefixes = useSuspenseQuery(prefixesQuery(accountId)).data;
  const lists = useSuspenseQueries({
    queries: prefixes.map((p) => bgpPrefixesQuery(accountId, p.id)),
  });
  return prefixes.flatMap((prefix, i) => (lists[i]?.data ?? []).map((bgp) => ({ prefix, bgp })));
}

/** When Cloudflare last changed the BGP prefix's advertisement (ms), null when never stamped. */
function lastAdvertisementChange(bgp: BgpPrefix): number | null {
  const t = Date.parse(bgp.on_demand?.advertised_modified_at ?? '');
  return Number.isNaN(t) ? null : t;
}

/**
 * Realtime routes for each row's CIDR, released in small batches; answers are cached per CIDR.
 * Collectors whose data predates the row's last advertisement change are not counted.
 */
export function useStaggeredObservations(rows: Row[]) {
  const cidrs = rows.map((r) => r.bgp.cidr);
  const [released, setReleased] = useState(STAGGER_BATCH);
  useEffect(() => {
    if (released >= cidrs.length) return;
    const t = setTimeout(() => setReleased((n) => n + STAGGER_BATCH), STAGGER_MS);
    return () => clearTimeout(t);
  }, [released, cidrs.length]);
  const results = useQueries({
    queries: cidrs.map((cidr, i) => ({ ...realtimeQuery(cidr), enabled: i < released })),
  });
  return cidrs.map((cidr, i) => {
    const r = results[i];
    return {
      cidr,
      observation: r?.data
        ? toObservation(cidr, r.data, lastAdvertisementChange(rows[i]!.bgp))
        : null,
      data: r?.data ?? null,
      error: r?.error ?? null,
      pending: !r?.data && !r?.error,
    };
  });
}

/** A clock for countdowns and verdicts, ticking every `ms`. */
export function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}
