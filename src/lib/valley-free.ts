/**
 * Path checks on AS paths from route collectors, given inferred AS relationships. Everything here
 * is a hint: relationships are inferred (CAIDA, Radar) and can be wrong or missing, so a link with
 * no known relationship is never judged.
 *
 * Paths are written as BGP carries them: collector peer first, origin last. The route travels the
 * other way, from the origin to the peer, so each link is a step from path[i+1] to path[i].
 */

/** How `a` relates to `b`: provider of b, customer of b, peer, or something unrecognised. */
export type Relationship = 'provider' | 'customer' | 'peer';

/** Looks up the relationship of `a` to `b`; undefined when nothing is known. */
export type RelationshipLookup = (a: number, b: number) => Relationship | undefined;

export function invertRelationship(r: Relationship): Relationship {
  return r === 'provider' ? 'customer' : r === 'customer' ? 'provider' : 'peer';
}

/** Removes prepending (consecutive repeats), which says nothing about relationships. */
export function collapsePrepends(path: readonly number[]): number[] {
  return path.filter((asn, i) => i === 0 || path[i - 1] !== asn);
}

/** A run of one AS in a path, for showing `13335 ×3` instead of three copies. */
export interface PathRun {
  asn: number;
  count: number;
}

export function pathRuns(path: readonly number[]): PathRun[] {
  const runs: PathRun[] = [];
  for (const asn of path) {
    const last = runs[runs.length - 1];
    if (last && last.asn === asn) last.count++;
    else runs.push({ asn, count: 1 });
  }
  return runs;
}

type Step = 'up' | 'flat' | 'down';

/** The step a route takes from `from` to `to`: up to a provider, across to a peer, down to a customer. */
function stepOf(from: number, to: number, rel: RelationshipLookup): Step | undefined {
  const r = rel(from, to);
  if (r === 'customer') return 'up';
  if (r === 'peer') return 'flat';
  if (r === 'provider') return 'down';
  return undefined;
}

interface ValleyViolation {
  /** The AS that passed on a route learned from a provider or peer to another provider or peer. */
  leaker: number;
  /** The three ASes in path order (collector side first): receiver, leaker, the AS it learned from. */
  segment: [number, number, number];
  /** What the AS the leaker learned the route from is to it, and what the receiver is to it. */
  learnedFrom: 'provider' | 'peer';
  sentTo: 'provider' | 'peer';
}

export interface ValleyFreeResult {
  /** `valley-free` only when every link is known; `unknown` when no violation was found but some links were not known. */
  verdict: 'valley-free' | 'violation' | 'unknown';
  violations: ValleyViolation[];
  unknownLinks: Array<[number, number]>;
}

/**
 * A valley-free path climbs customer-to-provider links, crosses at most one peer link, then only
 * descends (Gao, "On Inferring Autonomous System Relationships in the Internet", 2001). With every
 * link known, that is the same as saying no AS sends on a route learned from a provider or peer to
 * another provider or peer, which is what RFC 7908 calls a route leak; checking each triple lets a
 * path with some unknown links still show the violations among its known ones.
 */
export function checkValleyFree(
  path: readonly number[],
  rel: RelationshipLookup,
): ValleyFreeResult {
  const p = collapsePrepends(path);
  const violations: ValleyViolation[] = [];
  const unknownLinks: Array<[number, number]> = [];
  const steps: Array<Step | undefined> = [];
  // steps[i] is the step from p[i + 1] to p[i].
  for (let i = 0; i + 1 < p.length; i++) {
    const from = p[i + 1] as number;
    const to = p[i] as number;
    const s = stepOf(from, to, rel);
    if (s === undefined) unknownLinks.push([to, from]);
    steps.push(s);
  }
  for (let i = 0; i + 2 < p.length; i++) {
    const inbound = steps[i + 1]; // p[i+2] -> p[i+1]
    const outbound = steps[i]; // p[i+1] -> p[i]
    if ((inbound === 'flat' || inbound === 'down') && (outbound === 'up' || outbound === 'flat')) {
      const receiver = p[i] as number;
      const leaker = p[i + 1] as number;
      const source = p[i + 2] as number;
      violations.push({
        leaker,
        segment: [receiver, leaker, source],
        learnedFrom: inbound === 'flat' ? 'peer' : 'provider',
        sentTo: outbound === 'flat' ? 'peer' : 'provider',
      });
    }
  }
  const verdict =
    violations.length > 0 ? 'violation' : unknownLinks.length > 0 ? 'unknown' : 'valley-free';
  return { verdict, violations, unknownLinks };
}

export interface UpstreamShare {
  asn: number;
  routes: number;
  share: number;
}

/**
 * The ASes that hand the origin's routes to the rest of the Internet, as seen on these paths (the
 * AS just before the origin once prepends are removed), with their share of routes. A single
 * upstream means one failure or one mistake there takes the prefix off the Internet.
 */
export function originUpstreams(paths: ReadonlyArray<readonly number[]>): UpstreamShare[] {
  const counts = new Map<number, number>();
  let total = 0;
  for (const path of paths) {
    const p = collapsePrepends(path);
    const up = p[p.length - 2];
    if (up === undefined) continue;
    counts.set(up, (counts.get(up) ?? 0) + 1);
    total++;
  }
  return [...counts]
    .map(([asn, routes]) => ({ asn, routes, share: routes / total }))
    .sort((a, b) => b.routes - a.routes || a.asn - b.asn);
}
