/**
 * AS relationships for the links on the paths, and nothing more: one `asn2` query per distinct
 * link (small answers, shared through the query cache with every later visit), a few at a time so
 * a prefix with hundreds of links does not burst into Cloudflare's rate limit.
 */
import { useQueries } from '@tanstack/react-query';
import { asnRelsQuery, type AsnRels } from '../../api/radar-asns';
import { roleOf } from '../../lib/relationships';
import { collapsePrepends, invertRelationship, type Relationship } from '../../lib/valley-free';

const MAX_IN_FLIGHT = 4;
let inFlight = 0;
const waiting: Array<() => void> = [];

/** Runs `task` when fewer than MAX_IN_FLIGHT others are running. */
async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((go) => waiting.push(go));
  inFlight++;
  try {
    return await task();
  } finally {
    inFlight--;
    waiting.shift()?.();
  }
}

const linkKey = (a: number, b: number) => `${a}|${b}`;

/** Distinct links on the paths, each as [lower ASN, higher ASN]. */
export function pathLinks(paths: ReadonlyArray<readonly number[]>): Array<[number, number]> {
  const seen = new Map<string, [number, number]>();
  for (const path of paths) {
    const p = collapsePrepends(path);
    for (let i = 0; i + 1 < p.length; i++) {
      const a = Math.min(p[i]!, p[i + 1]!);
      const b = Math.max(p[i]!, p[i + 1]!);
      seen.set(linkKey(a, b), [a, b]);
    }
  }
  return [...seen.values()];
}

export interface RelationshipState {
  lookup: (a: number, b: number) => Relationship | undefined;
  total: number;
  done: number;
  failed: number;
}

export function useLinkRelationships(
  links: ReadonlyArray<[number, number]>,
  enabled: boolean,
): RelationshipState {
  return useQueries({
    queries: links.map(([a, b]) => {
      const base = asnRelsQuery(a, b);
      return {
        ...base,
        queryFn: (ctx: Parameters<NonNullable<typeof base.queryFn>>[0]) =>
          limited(() => (base.queryFn as (c: typeof ctx) => Promise<AsnRels>)(ctx)),
        enabled,
        // Inferred relationships change monthly at most; no need to refetch during a session.
        staleTime: Infinity,
      };
    }),
    combine: (results) => {
      const map = new Map<string, Relationship>();
      let done = 0;
      let failed = 0;
      results.forEach((r, i) => {
        if (r.isError) failed++;
        if (!r.data) return;
        done++;
        const [a, b] = links[i]!;
        const rel = r.data.rels.find((x) => x.asn1 === a && x.asn2 === b);
        if (!rel) return;
        const role = roleOf(rel.rel); // what b is to a
        if (role === 'other') return;
        const aToB = invertRelationship(role);
        map.set(linkKey(a, b), aToB);
        map.set(linkKey(b, a), role);
      });
      return {
        lookup: (x: number, y: number) => map.get(linkKey(x, y)),
        total: links.length,
        done,
        failed,
      };
    },
  });
}
