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
 */

const MINUTE = 60_000;

export const WINDOWS = {
  advertise: { minMs: 2 * MINUTE, maxMs: 7 * MINUTE },
  withdraw: { minMs: 0, maxMs: 15 * MINUTE },
} as const;

export type ChangeKind = keyof typeof WINDOWS;

/** How many fresh observations in a row must agree before a partial visibility counts as settled. */
const PLATEAU_OBSERVATIONS = 3;
/** Carriers a verdict names before "and N more". */
const MAX_NAMED = 3;

export interface OriginSeen {
  asn: number;
  /** Radar's `rpki_validation`, lower-cased: valid, invalid, unknown (or whatever it says). */
  rpki: string;
  visiblePeers: number;
}

export interface Carrier {
  collector: string;
  /** First AS of the path: the collector's peer that carries the route. */
  peerAsn: number | null;
  asPath: number[];
}

export interface CollectorSeen {
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

/** "4 min 10 s", "45 s", "1 h 3 min": durations as an operator says them. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
  return h % 24 ? `${Math.floor(h / 24)} d ${h % 24} h` : `${Math.floor(h / 24)} d`;
}

export const formatPercent = (share: number) => `${Math.round(share * 100)}%`;

/** Windows shrink with the stand-in's STANDIN_TIME_SCALE (1 against the real API). */
export function windowFor(kind: ChangeKind, timeScale = 1) {
  const w = WINDOWS[kind];
  return { minMs: w.minMs / timeScale, maxMs: w.maxMs / timeScale };
}

function describeOrigins(o: Observation): string {
  return o.origins
    .filter((x) => x.visiblePeers > 0)
    .map((x) => `origin AS${x.asn}, RPKI ${x.rpki}`)
    .join('; ');
}

function describeCarriers(o: Observation): string {
  const seen = new Map<string, Carrier>();
  for (const c of o.carriers) seen.set(carrierKey(c), c);
  const names = [...seen.values()].map(
    (c) => `${c.collector} via ${c.peerAsn === null ? 'an unknown peer' : `AS${c.peerAsn}`}`,
  );
  // A verdict is read in one glance: the full list is beside it.
  const more = names.length - MAX_NAMED;
  return more > 0 ? `${names.slice(0, MAX_NAMED).join(', ')} and ${more} more` : names.join(', ');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

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
  const base = {
    lagMs,
    deadline,
    visibility: latest ? visibilityOf(latest) : null,
    notCounted: latestAny?.notCounted ?? [],
    followed,
  };

  // Before the first answer the collectors' lag is unknown, so no deadline can have passed yet
  // (a page opened or reloaded long after the change must not record a failure while it loads).
  if (!latestAny) {
    const text = 'Reading the realtime routes…';
    return { ...base, phase: 'waiting', text };
  }
  if (!latest) {
    const text =
      now >= deadline
        ? `No collector data newer than the change after ${formatDuration(now - change.at)}: cannot verify.`
        : `Waiting for collector data newer than the change (collectors lag ${formatDuration(lagMs)}).`;
    return { ...base, phase: now >= deadline ? 'not-converged' : 'waiting', text };
  }
  if (!followed) return { ...base, ...lateVerdict(change, latest, fresh[0]!) };
  // A failure is judged on data that covers the whole window: collectors publish in steps (Radar's
  // realtime data every few minutes), so the clock passing the deadline is not enough.
  const judged = latest.dataTime - change.at >= window.maxMs;
  const overdue = now >= deadline && judged;
  const peers = visiblePeers(latest);
  const steadyOver = (n: number) =>
    fresh.length >= n && fresh.slice(-n).every((o) => visiblePeers(o) === peers);
  const share = formatPercent(visibilityOf(latest));

  if (change.kind === 'withdraw') {
    if (peers === 0) {
      const first = fresh.find(
        (o, i) => visiblePeers(o) === 0 && fresh.slice(i).every((x) => visiblePeers(x) === 0),
      );
      const after = formatDuration((first ?? latest).dataTime - change.at);
      return { ...base, phase: 'converged', text: `Withdrawn: no peer carries it after ${after}.` };
    }
    const still = stillCarried(latest);
    if (overdue) return { ...base, phase: 'not-converged', text: `Withdrawn, but ${still}.` };
    return { ...base, phase: 'waiting', text: `Withdrawing: ${still} (${share} of peers).` };
  }

  const origins = describeOrigins(latest);
  const suffix = origins ? `, ${origins}` : '';
  const elapsed = latest.dataTime - change.at;
  // Some peers never carry a given prefix (filters, partial feeds), so a share that stopped moving
  // after the minimum counts as settled; past the window two agreeing observations are enough.
  const steady = steadyOver(PLATEAU_OBSERVATIONS) || (judged && steadyOver(2));
  if (peers > 0 && (peers >= latest.totalPeers || (steady && elapsed >= window.minMs))) {
    const first = fresh.find((o) => visiblePeers(o) === peers) ?? latest;
    const after = formatDuration(first.dataTime - change.at);
    return {
      ...base,
      phase: 'converged',
      text: `Visible to ${share} of peers after ${after}${suffix}.`,
    };
  }
  const after = formatDuration(now - change.at);
  if (overdue && peers === 0) {
    return {
      ...base,
      phase: 'not-converged',
      text: `Advertised, but no peer carries it after ${after}.`,
    };
  }
  // Still spreading past the window: slower than documented, but a share that then holds is
  // where it settles (see `steady`). Only when the data shows it moving through a second window
  // is it a failure: the clock alone passing it, between two data steps, proves nothing.
  if (overdue && now >= deadline + window.maxMs && elapsed >= 2 * window.maxMs) {
    const text = `Advertised, but visible to only ${share} of peers after ${after}, still changing${suffix}.`;
    return { ...base, phase: 'not-converged', text };
  }
  if (overdue) {
    const text = `Advertising, slower than documented: visible to ${share} of peers after ${after}${suffix}.`;
    return { ...base, phase: 'waiting', text };
  }
  return {
    ...base,
    phase: 'waiting',
    text: `Advertising: visible to ${share} of peers so far${suffix}.`,
  };
}

function stillCarried(o: Observation): string {
  const peers = visiblePeers(o);
  const who = describeCarriers(o);
  return `${plural(peers, 'peer')} still carr${peers === 1 ? 'ies' : 'y'} it${who ? `: ${who}` : ''}`;
}

/**
 * First data long after the window (an old change, or a page opened late): the state as it
 * stands is the verdict, with no waiting for a plateau, and no claim about when it converged.
 */
function lateVerdict(change: Change, latest: Observation, first: Observation) {
  const late = `first checked ${formatDuration(first.dataTime - change.at)} after the change`;
  const peers = visiblePeers(latest);
  if (change.kind === 'withdraw') {
    return peers === 0
      ? { phase: 'converged' as const, text: `Withdrawn: no peer carries it (${late}).` }
      : {
          phase: 'not-converged' as const,
          text: `Withdrawn, but ${stillCarried(latest)} (${late}).`,
        };
  }
  if (peers === 0)
    return {
      phase: 'not-converged' as const,
      text: `Advertised, but no peer carries it (${late}).`,
    };
  const origins = describeOrigins(latest);
  return {
    phase: 'converged' as const,
    text: `Visible to ${formatPercent(visibilityOf(latest))} of peers${origins ? `, ${origins}` : ''} (${late}; when it converged is not known).`,
  };
}
