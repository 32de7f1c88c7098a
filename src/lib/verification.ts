/**
 * Did an advertisement change take effect on the Internet? Pure logic over a series of
 * observations of Radar's realtime routes for one CIDR.
 *
 * Windows come from Cloudflare's documentation (byoip/concepts/dynamic-advertisement, CONTRACT
 * section 4): advertising takes about 2 to 7 minutes, withdrawing about 15. The route collectors
 * themselves lag behind the Internet, so no failure is declared before the window plus the
 * collectors' lag has passed, and an observation whose data predates the change never counts.
 * Likewise a collector whose own latest data predates the change (a dead one, days behind) says
 * nothing about it: its routes are set aside and named, never counted.
 *
 * This file decides the phase and what the verdict found; verification-text.ts puts it in words.
 */
import { verdictText } from './verification-text';

const MINUTE = 60_000;

const WINDOWS = {
  advertise: { minMs: 2 * MINUTE, maxMs: 7 * MINUTE },
  withdraw: { minMs: 0, maxMs: 15 * MINUTE },
} as const;

export type ChangeKind = keyof typeof WINDOWS;

/** How many fresh observations in a row must agree before a partial visibility counts as settled. */
const PLATEAU_OBSERVATIONS = 3;

interface OriginSeen {
  asn: number;
  /** Radar's `rpki_validation`, lower-cased: valid, invalid, unknown (or whatever it says). */
  rpki: string;
  visiblePeers: number;
}

interface Carrier {
  collector: string;
  /** First AS of the path: the collector's peer that carries the route. */
  peerAsn: number | null;
  asPath: number[];
}

interface CollectorSeen {
  collector: string;
  /** The collector's latest realtime data (ms), null when Radar's timestamp is unreadable. */
  dataTime: number | null;
  /** Its peers of the watched address family. */
  peers: number;
}

/** A collector set aside because its data is older than the change. */
export interface NotCounted {
  collector: string;
  dataTime: number;
  /** How many of its peers still show the route (from before the change). */
  carriers: number;
  /** Behind even the answer's data time: stopped (a dead collector), not catching up. */
  stalled: boolean;
}

/** One answer of the realtime routes endpoint, reduced to the exact CIDR under watch. */
export interface Observation {
  /** When the answer was produced (ms, server clock). */
  at: number;
  /** How fresh the collectors' data was (ms): `at - dataTime` is the lag. */
  dataTime: number;
  totalPeers: number;
  origins: OriginSeen[];
  carriers: Carrier[];
  /** Per-collector freshness; absent in series saved before it was recorded. */
  collectors?: CollectorSeen[];
}

export interface Change {
  kind: ChangeKind;
  /** When the server registered the change (ms), e.g. `on_demand.advertised_modified_at`. */
  at: number;
  /** The origin the BGP prefix is announced from, when known. */
  expectedOrigin: number | null;
}

export type Phase = 'waiting' | 'converged' | 'not-converged';

/** The latest fresh observation, reduced to what a verdict names. */
export interface Seen {
  peers: number;
  /** Share of peers carrying the route. */
  share: number;
  /** Origins some peer sees. */
  origins: OriginSeen[];
  /** One per collector and peer. */
  carriers: Carrier[];
}

/**
 * What a verdict found, before it is put in words. `afterMs` is how long after the change: until
 * now, or until it converged (withdrawn, visible). With `late`, the first data came long after the
 * window: `afterMs` is when it was first checked, and when it converged is unknown.
 */
export type Finding =
  | { is: 'reading' }
  | { is: 'no-fresh-data'; overdue: boolean; afterMs: number; lagMs: number }
  | { is: 'withdrawn' | 'unseen'; afterMs: number; late?: boolean }
  | { is: 'visible'; seen: Seen; afterMs: number; late?: boolean }
  | { is: 'lingering'; seen: Seen; overdue: boolean; afterMs: number; late?: boolean }
  /** Advertising, on time, slower than documented, or still moving a window past the deadline. */
  | { is: 'spreading'; seen: Seen; pace: 'on-time' | 'slow' | 'stuck'; afterMs: number };

export interface Verdict {
  phase: Phase;
  /** The verdict in words, for people and for screen readers. */
  text: string;
  /** Latest collector lag (ms). */
  lagMs: number;
  /** The earliest moment a failure may be declared (ms). */
  deadline: number;
  /** Share of peers carrying the route in the latest fresh observation, null before any. */
  visibility: number | null;
  /** Collectors whose data predates the change in the latest answer: not counted. */
  notCounted: NotCounted[];
  /** False when the first data after the change came in long after its window (an old change,
   * or a page opened late): when it converged is then unknown, only how it stands. */
  followed: boolean;
}

export function visiblePeers(o: Observation): number {
  const fromOrigins = o.origins.reduce((max, x) => Math.max(max, x.visiblePeers), 0);
  return Math.max(fromOrigins, new Set(o.carriers.map(carrierKey)).size);
}

const carrierKey = (c: Carrier) => `${c.collector}|${c.peerAsn ?? '?'}`;

/**
 * The observation without the collectors whose latest data predates `since`: their routes, peers
 * and share of each origin's count go. With `stalledOnly`, only those that are also behind the
 * answer's own data time (dead, not merely catching up) go: a screen showing the state now keeps
 * the last word of a collector that is seconds behind. Idempotent (what is kept passes again).
 */
export function counted(
  o: Observation,
  since: number,
  stalledOnly = false,
): { o: Observation; notCounted: NotCounted[] } {
  const old = (o.collectors ?? []).filter(
    (c) => c.dataTime !== null && c.dataTime < since && (!stalledOnly || c.dataTime < o.dataTime),
  );
  if (!old.length) return { o, notCounted: [] };
  const gone = new Set(old.map((c) => c.collector));
  const dropped = o.carriers.filter((c) => gone.has(c.collector));
  const notCounted = old.map((c) => ({
    collector: c.collector,
    dataTime: c.dataTime!,
    carriers: dropped.filter((d) => d.collector === c.collector).length,
    stalled: c.dataTime! < o.dataTime,
  }));
  const kept: Observation = {
    ...o,
    totalPeers: Math.max(0, o.totalPeers - old.reduce((n, c) => n + c.peers, 0)),
    origins: o.origins.map((x) => ({
      ...x,
      visiblePeers: Math.max(
        0,
        x.visiblePeers - dropped.filter((d) => d.asPath.at(-1) === x.asn).length,
      ),
    })),
    carriers: o.carriers.filter((c) => !gone.has(c.collector)),
    collectors: o.collectors?.filter((c) => !gone.has(c.collector)),
  };
  return { o: kept, notCounted };
}

export function visibilityOf(o: Observation): number {
  return o.totalPeers > 0 ? Math.min(1, visiblePeers(o) / o.totalPeers) : 0;
}

/** Windows shrink with the stand-in's STANDIN_TIME_SCALE (1 against the real API). */
export function windowFor(kind: ChangeKind, timeScale = 1) {
  const w = WINDOWS[kind];
  return { minMs: w.minMs / timeScale, maxMs: w.maxMs / timeScale };
}

function seenIn(o: Observation): Seen {
  const carriers = new Map<string, Carrier>();
  for (const c of o.carriers) carriers.set(carrierKey(c), c);
  return {
    peers: visiblePeers(o),
    share: visibilityOf(o),
    origins: o.origins.filter((x) => x.visiblePeers > 0),
    carriers: [...carriers.values()],
  };
}

/**
 * The verdict at `now` for `change`, from observations in any order. Converged means: withdrawn
 * and no peer carries it; advertised and either every peer carries it or the count of peers held
 * steady over several fresh observations after the documented minimum. Collectors whose data
 * predates the change are left out of every count (see `counted`).
 */
export function verify(change: Change, series: Observation[], now: number, timeScale = 1): Verdict {
  const window = windowFor(change.kind, timeScale);
  const sorted = [...series].sort((a, b) => a.at - b.at).map((o) => counted(o, change.at));
  const latestAny = sorted.at(-1);
  const lagMs = latestAny ? Math.max(0, latestAny.o.at - latestAny.o.dataTime) : 0;
  const deadline = change.at + window.maxMs + lagMs;
  // Only data gathered after the change says anything about it; one answer per data time.
  const fresh: Observation[] = [];
  for (const { o } of sorted) {
    if (o.dataTime < change.at) continue;
    if (fresh.at(-1)?.dataTime === o.dataTime) fresh[fresh.length - 1] = o;
    else fresh.push(o);
  }
  const latest = fresh.at(-1);
  const followed = fresh[0] ? fresh[0].dataTime - change.at <= window.maxMs : now < deadline;
  const afterMs = now - change.at;
  const say = (phase: Phase, finding: Finding): Verdict => ({
    lagMs,
    deadline,
    visibility: latest ? visibilityOf(latest) : null,
    notCounted: latestAny?.notCounted ?? [],
    followed,
    phase,
    text: verdictText(finding),
  });

  // Before the first answer the collectors' lag is unknown, so no deadline can have passed yet
  // (a page opened or reloaded long after the change must not record a failure while it loads).
  if (!latestAny) return say('waiting', { is: 'reading' });
  if (!latest) {
    const overdue = now >= deadline;
    return say(overdue ? 'not-converged' : 'waiting', {
      is: 'no-fresh-data',
      overdue,
      afterMs,
      lagMs,
    });
  }
  if (!followed) return say(...lateVerdict(change, latest, fresh[0]!));
  // A failure is judged on data that covers the whole window: collectors publish in steps (Radar's
  // realtime data every few minutes), so the clock passing the deadline is not enough.
  const judged = latest.dataTime - change.at >= window.maxMs;
  const overdue = now >= deadline && judged;
  const peers = visiblePeers(latest);
  const steadyOver = (n: number) =>
    fresh.length >= n && fresh.slice(-n).every((o) => visiblePeers(o) === peers);
  const seen = seenIn(latest);

  if (change.kind === 'withdraw') {
    if (peers === 0) {
      const first = fresh.find(
        (o, i) => visiblePeers(o) === 0 && fresh.slice(i).every((x) => visiblePeers(x) === 0),
      );
      const at = (first ?? latest).dataTime;
      return say('converged', { is: 'withdrawn', afterMs: at - change.at });
    }
    return say(overdue ? 'not-converged' : 'waiting', { is: 'lingering', seen, overdue, afterMs });
  }

  const elapsed = latest.dataTime - change.at;
  // Some peers never carry a given prefix (filters, partial feeds), so a share that stopped moving
  // after the minimum counts as settled; past the window two agreeing observations are enough.
  const steady = steadyOver(PLATEAU_OBSERVATIONS) || (judged && steadyOver(2));
  if (peers > 0 && (peers >= latest.totalPeers || (steady && elapsed >= window.minMs))) {
    const at = (fresh.find((o) => visiblePeers(o) === peers) ?? latest).dataTime;
    return say('converged', { is: 'visible', seen, afterMs: at - change.at });
  }
  if (overdue && peers === 0) return say('not-converged', { is: 'unseen', afterMs });
  // Still spreading past the window: slower than documented, but a share that then holds is
  // where it settles (see `steady`). Only when the data shows it moving through a second window
  // is it a failure: the clock alone passing it, between two data steps, proves nothing.
  const spreading = (pace: 'on-time' | 'slow' | 'stuck') =>
    ({ is: 'spreading', seen, pace, afterMs }) as const;
  if (overdue && now >= deadline + window.maxMs && elapsed >= 2 * window.maxMs) {
    return say('not-converged', spreading('stuck'));
  }
  return say('waiting', spreading(overdue ? 'slow' : 'on-time'));
}

/**
 * First data long after the window (an old change, or a page opened late): the state as it
 * stands is the verdict, with no waiting for a plateau, and no claim about when it converged.
 */
function lateVerdict(change: Change, latest: Observation, first: Observation): [Phase, Finding] {
  const late = { afterMs: first.dataTime - change.at, late: true };
  const seen = seenIn(latest);
  if (change.kind === 'withdraw') {
    return seen.peers === 0
      ? ['converged', { is: 'withdrawn', ...late }]
      : ['not-converged', { is: 'lingering', seen, overdue: true, ...late }];
  }
  return seen.peers === 0
    ? ['not-converged', { is: 'unseen', ...late }]
    : ['converged', { is: 'visible', seen, ...late }];
}
