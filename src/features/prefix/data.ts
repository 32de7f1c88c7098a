/**
 * The queries behind the page, shared by the route loader (warms the cache) and the components
 * (read it with useSuspenseQuery), so both always ask for exactly the same thing.
 */
import type { QueryClient } from '@tanstack/react-query';
import { pfx2asQuery, realtimeQuery } from '../../api/radar-routes';
import { mostSpecific, type PrefixTarget } from './target';

/** Covering announced prefixes of a prefix, or of an address written as a host route (x/32, x/128). */
export const coveringQuery = (prefixOrAddress: string) => {
  const prefix = prefixOrAddress.includes('/')
    ? prefixOrAddress
    : `${prefixOrAddress}/${prefixOrAddress.includes(':') ? 128 : 32}`;
  return pfx2asQuery({ prefix, longestPrefixMatch: true });
};

/** Fetches what the first paint needs; failures are left in the cache for the panels to show with Retry. */
export async function warmPrefixPage(qc: QueryClient, target: PrefixTarget): Promise<void> {
  try {
    if (target.kind === 'prefix') await qc.ensureQueryData(realtimeQuery(target.cidr));
    if (target.kind === 'address') {
      const covering = await qc.ensureQueryData(coveringQuery(target.address));
      const best = mostSpecific(covering.prefix_origins);
      if (best) await qc.ensureQueryData(realtimeQuery(best.prefix));
    }
  } catch {
    // The page's panels read the same queries and show the error where it belongs.
  }
}

export function asnNames(
  asnInfo: ReadonlyArray<{ asn: number; as_name: string; country_code: string }>,
) {
  const names = new Map<number, string>();
  for (const a of asnInfo)
    names.set(a.asn, a.country_code ? `${a.as_name} (${a.country_code})` : a.as_name);
  return names;
}
