/**
 * How an advertisement change spreads through the simulated Internet. Cloudflare documents that
 * advertising takes about 2-7 minutes and withdrawing about 15 (byoip/concepts/dynamic-
 * advertisement, CONTRACT section 4), so the share of collector peers carrying the route follows
 * an S-curve over a duration drawn, deterministically, from the prefix and the change time: the
 * same change always converges the same way, and tests can compute what Radar must show.
 */
import { parseAddress, parsePrefix, prefixContains, type Prefix } from '../../../src/lib/prefix';
import type { ByoipObservation } from '../context';
import type { AdvertisementChange, BgpPrefixRecord } from './seed';

const MINUTE = 60_000;
const CLOUDFLARE_ASN = 13335;

/** A withdrawn route that some peer keeps (a stale session): reported as this share of peers.
 * Radar should show at least one route whenever the fraction is above 0. */
export const LINGER_FRACTION = 0.01;
/** How long, in simulated minutes after a withdrawal, a lingering route stays visible. */
export const LINGER_MINUTES = 90;

/** A number in [0, 1) from text (FNV-1a), stable across runs and platforms. */
export function hash01(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h / 2 ** 32;
}

/** Simulated minutes the change takes to reach every peer (advertise) or leave them (withdraw). */
export function convergenceMinutes(cidr: string, change: AdvertisementChange): number {
  const h = hash01(`${cidr}@${change.at}`);
  return change.advertised ? 2 + 5 * h : 12 + 6 * h;
}

/** Whether this withdrawal leaves one stale route behind: about one withdrawal in three. */
export function lingers(cidr: string, change: AdvertisementChange): boolean {
  return !change.advertised && hash01(`linger:${cidr}@${change.at}`) < 1 / 3;
}

const smoothstep = (x: number) => (x <= 0 ? 0 : x >= 1 ? 1 : x * x * (3 - 2 * x));

/** Share of collector peers (0 to 1) that carry the route at `now` (ms; `timeScale`x speed). */
export function advertisementFraction(
  cidr: string,
  change: AdvertisementChange,
  now: number,
  timeScale: number,
): number {
  const minutes = (Math.max(0, now - change.at) * timeScale) / MINUTE;
  const progress = smoothstep(minutes / convergenceMinutes(cidr, change));
  if (change.advertised) return change.from + (1 - change.from) * progress;
  const fraction = change.from * (1 - progress);
  if (change.from > 0 && lingers(cidr, change) && minutes < LINGER_MINUTES)
    return Math.max(fraction, LINGER_FRACTION);
  return fraction;
}

/** Simulated instant (ms) at which a change has fully converged, lingering routes included. */
export function settledAt(cidr: string, change: AdvertisementChange, timeScale: number): number {
  const minutes = lingers(cidr, change) ? LINGER_MINUTES : convergenceMinutes(cidr, change);
  return change.at + (minutes * MINUTE) / timeScale;
}

function parseQuery(cidr: string): Prefix | null {
  const p = parsePrefix(cidr);
  if (p.ok) return p.value;
  const a = parseAddress(cidr);
  if (!a.ok) return null;
  const length = a.value.family === 4 ? 32 : 128;
  return {
    cidr: `${a.value.address}/${length}`,
    family: a.value.family,
    length,
    network: a.value.value,
  };
}

/**
 * Observations of every demo BGP prefix that overlaps `cidr` (covers it or lies inside it),
 * including those nobody sees (fraction 0), so Radar knows the space is the demo account's.
 */
export function observeBgpPrefixes(
  records: BgpPrefixRecord[],
  cidr: string,
  now: number,
  timeScale: number,
): ByoipObservation[] {
  const query = parseQuery(cidr);
  if (!query) return [];
  const out: ByoipObservation[] = [];
  for (const r of records) {
    const p = parsePrefix(r.cidr);
    if (!p.ok || (!prefixContains(p.value, query) && !prefixContains(query, p.value))) continue;
    out.push({
      cidr: r.cidr,
      origin: r.asn ?? CLOUDFLARE_ASN,
      upstream: CLOUDFLARE_ASN,
      fraction: advertisementFraction(r.cidr, r.change, now, timeScale),
      prepend: r.asn_prepend_count,
    });
  }
  return out;
}
