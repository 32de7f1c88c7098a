/**
 * RFC 6811 route origin validation, shared by the stand-in (to label simulated routes) and the
 * browser (to explain a state). Terms follow the RFC: a VRP "covers" a route when its prefix
 * contains the route's prefix; it "matches" when it also has the route's origin AS and the route
 * is no longer than its max length. Valid = some VRP matches; Invalid = some VRP covers but none
 * matches; NotFound (Radar says "unknown") = no VRP covers.
 */
import { parsePrefix, type Family, type Prefix } from './prefix';

/** A Validated ROA Payload as relying-party software exports it; `prefix` is CIDR text. */
export interface VrpInput {
  prefix: string;
  maxLength: number;
  asn: number;
}

export interface Vrp {
  prefix: Prefix;
  maxLength: number;
  asn: number;
}

export type RpkiState = 'valid' | 'invalid' | 'unknown';

export interface RpkiResult {
  state: RpkiState;
  /** Why an invalid route is invalid: no covering VRP for its origin, or one for its origin that is too short. */
  reason: 'asn' | 'max-length' | null;
  /** The VRPs that cover the route, so a UI can show what was checked. */
  covering: Vrp[];
}

/** VRPs keyed by family, prefix length and network, so covering VRPs take at most 33 or 129 lookups. */
export interface VrpIndex {
  covering(route: Prefix): Vrp[];
  size: number;
}

const bitsOf = (family: Family) => (family === 4 ? 32 : 128);
const keyOf = (family: Family, length: number, network: bigint) => `${family}|${length}|${network}`;

/** Builds the index; VRPs whose prefix does not parse are skipped and counted in `rejected`. */
export function createVrpIndex(vrps: Iterable<VrpInput>): VrpIndex & { rejected: number } {
  const byKey = new Map<string, Vrp[]>();
  const lengths = { 4: new Set<number>(), 6: new Set<number>() };
  let size = 0;
  let rejected = 0;
  for (const v of vrps) {
    const p = parsePrefix(v.prefix);
    if (!p.ok || v.maxLength < p.value.length || v.maxLength > bitsOf(p.value.family)) {
      rejected++;
      continue;
    }
    const key = keyOf(p.value.family, p.value.length, p.value.network);
    const list = byKey.get(key) ?? [];
    list.push({ prefix: p.value, maxLength: v.maxLength, asn: v.asn });
    byKey.set(key, list);
    lengths[p.value.family].add(p.value.length);
    size++;
  }
  const sorted = {
    4: [...lengths[4]].sort((a, b) => a - b),
    6: [...lengths[6]].sort((a, b) => a - b),
  };
  return {
    size,
    rejected,
    covering(route) {
      const out: Vrp[] = [];
      const max = bitsOf(route.family);
      for (const len of sorted[route.family]) {
        if (len > route.length) break;
        const shift = BigInt(max - len);
        const hit = byKey.get(keyOf(route.family, len, (route.network >> shift) << shift));
        if (hit) out.push(...hit);
      }
      return out;
    },
  };
}

/**
 * Validates one route. `origin` is null when the path ends in an AS_SET: RFC 6811 section 2 says
 * such a route has origin NONE, which no VRP matches (so it is Invalid when covered).
 * A VRP for AS0 (RFC 6483 section 4) covers but can never match, because no route has origin AS0.
 */
export function validateOrigin(route: Prefix, origin: number | null, index: VrpIndex): RpkiResult {
  const covering = index.covering(route);
  if (covering.length === 0) return { state: 'unknown', reason: null, covering };
  const sameAsn = covering.filter((v) => origin !== null && v.asn !== 0 && v.asn === origin);
  if (sameAsn.some((v) => route.length <= v.maxLength))
    return { state: 'valid', reason: null, covering };
  return { state: 'invalid', reason: sameAsn.length > 0 ? 'max-length' : 'asn', covering };
}

/** Radar's `rpki_validation` is a free string (casing unspecified); anything unrecognised stays raw. */
export function normalizeRpkiState(raw: string): RpkiState | null {
  const s = raw.trim().toLowerCase();
  if (s === 'valid' || s === 'invalid' || s === 'unknown') return s;
  if (s === 'notfound' || s === 'not_found' || s === 'not-found') return 'unknown';
  return null;
}
