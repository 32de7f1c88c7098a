/**
 * Drift: the configured advertisement of a BGP prefix against what the route collectors show. A
 * change still inside its documented window is not drift, and collectors whose data predates the
 * last change are not counted (see `counted`).
 */
import {
  counted,
  visiblePeers,
  windowFor,
  type ChangeKind,
  type Observation,
} from '../../lib/verification';

export type DriftLabel =
  | 'in-sync'
  | 'converging'
  | 'advertised-not-visible'
  | 'withdrawn-still-visible'
  | 'unexpected-origin'
  | 'rpki-invalid'
  | 'no-data';

export const DRIFT_TEXT: Record<DriftLabel, string> = {
  'in-sync': 'in sync',
  converging: 'change in progress',
  'advertised-not-visible': 'advertised but not visible',
  'withdrawn-still-visible': 'withdrawn but still visible',
  'unexpected-origin': 'unexpected origin',
  'rpki-invalid': 'RPKI invalid',
  'no-data': 'no route data',
};

export interface Configured {
  /** What Cloudflare is told to do; a prefix without on-demand is always advertised. */
  advertised: boolean;
  asn: number | null;
  /** Last advertisement change (ms), while its window may still be running. */
  changedAt: number | null;
}

/** Configured versus observed state, as labels; a change still inside its window is not drift. */
export function driftOf(
  c: Configured,
  raw: Observation | null,
  now: number,
  timeScale = 1,
): DriftLabel[] {
  if (!raw) return ['no-data'];
  const o = c.changedAt === null ? raw : counted(raw, c.changedAt, true).o;
  const labels: DriftLabel[] = [];
  const seen = o.origins.filter((x) => x.visiblePeers > 0);
  if (c.asn !== null && seen.some((x) => x.asn !== c.asn)) labels.push('unexpected-origin');
  if (seen.some((x) => x.rpki === 'invalid')) labels.push('rpki-invalid');
  const kind: ChangeKind = c.advertised ? 'advertise' : 'withdraw';
  const lag = Math.max(0, o.at - o.dataTime);
  // Judged at the moment of the answer, not of the clock: a cached answer from inside the window
  // shows a change on its way, whatever time it is now.
  const seenAt = Math.min(now, o.at);
  if (c.changedAt !== null && seenAt < c.changedAt + windowFor(kind, timeScale).maxMs + lag) {
    labels.unshift('converging');
  } else {
    const peers = visiblePeers(o);
    if (c.advertised && peers === 0) labels.unshift('advertised-not-visible');
    if (!c.advertised && peers > 0) labels.unshift('withdrawn-still-visible');
  }
  return labels.length ? labels : ['in-sync'];
}
