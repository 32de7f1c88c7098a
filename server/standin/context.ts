/**
 * What the stand-in's API areas share. Radar's realtime routes must reflect BYOIP advertisement
 * changes made through the addressing area, so addressing exposes what the Internet "sees" of
 * each demo prefix through `byoip`, and Radar asks it before simulating from the real data.
 */
import type { StandinOptions } from '../config';

/** What the simulated Internet sees of a BYOIP prefix at a moment. */
export interface ByoipObservation {
  /** The exact CIDR announced. */
  cidr: string;
  /** Origin AS of the announcement (the BGP prefix's `asn`). */
  origin: number;
  /** The AS that carries it upstream of the origin (Cloudflare, AS13335). */
  upstream: number;
  /** Share of collector peers that carry a route, 0 to 1; peers are picked deterministically. */
  fraction: number;
  /** `asn_prepend_count`: how many extra times the upstream appears in the path. */
  prepend: number;
}

export interface Vrp {
  prefix: string;
  maxLength: number;
  asn: number;
}

export interface ByoipView {
  /** Observations of demo BYOIP prefixes at `now` (ms since epoch) that overlap the query. */
  observe(cidr: string, now: number): ByoipObservation[];
  /** ROAs the demo account has published for its documentation prefixes. */
  vrps(): Vrp[];
}

export interface StandinContext {
  opts: StandinOptions;
  now: () => number;
  byoip: ByoipView;
}
