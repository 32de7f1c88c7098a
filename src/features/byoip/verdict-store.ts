/**
 * Final verdicts this browser reached. Each is also recorded once in the server's journal
 * (shareVerdict), which is what the journal shows to everyone; the local copy covers the moment
 * before the journal is read again and a server that refused the record (read-only).
 */
import { useSyncExternalStore } from 'react';
import { postVerdict } from '../../api/audit';
import type { Phase } from '../../lib/verification';

const KEY = 'routedeck:verdicts';
const MAX = 200;
/** The journal logs the answer a moment after Cloudflare stamps the change. */
const SAME_CHANGE_MS = 60_000;

interface Recorded {
  bgpId: string;
  /** Which change the verdict is about; older records lack it. */
  kind?: 'advertise' | 'withdraw';
  at: number;
  phase: Phase;
  text: string;
}

function all(): Recorded[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(v) ? (v as Recorded[]) : [];
  } catch {
    return [];
  }
}

/** Bumped on every record, so a journal on screen re-reads when the verification beside it ends. */
let version = 0;
const listeners = new Set<() => void>();

export function recordVerdict(r: Recorded) {
  const list = all().filter((x) => !(x.bgpId === r.bgpId && x.at === r.at));
  try {
    localStorage.setItem(KEY, JSON.stringify([r, ...list].slice(0, MAX)));
  } catch {
    // storage unavailable: the journal then says the change was not followed here
  }
  version++;
  listeners.forEach((l) => l());
}

/** Re-renders the caller whenever a verdict is recorded. */
export function useVerdictVersion(): number {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => version,
  );
}

/**
 * The verdict of the change a journal entry logged: same BGP prefix, same kind, and of those the
 * closest in time. On a fast demo clock two changes can fall within a minute of each other, so
 * "first within the window" would hand an advertisement the withdrawal's verdict.
 */
export function recordedVerdict(
  bgpId: string,
  kind: 'advertise' | 'withdraw',
  at: number,
): Recorded | null {
  let best: Recorded | null = null;
  for (const x of all()) {
    if (x.bgpId !== bgpId || (x.kind !== undefined && x.kind !== kind)) continue;
    const d = Math.abs(x.at - at);
    if (d < SAME_CHANGE_MS && (!best || d < Math.abs(best.at - at))) best = x;
  }
  return best;
}

/** Verdicts already sent from this page: one record per change and outcome, not one per refresh. */
const shared = new Set<string>();

/**
 * Records a final verdict in the server's journal; resolves true once the server has it. A
 * failure (a network error) only leaves the journal without it: the page beside it still shows
 * the verdict.
 */
export function shareVerdict(v: {
  prefixId: string;
  bgpPrefixId: string;
  kind: 'advertise' | 'withdraw';
  at: number;
  phase: Exclude<Phase, 'waiting'>;
  text: string;
}): Promise<boolean> {
  const key = `${v.bgpPrefixId}|${v.kind}|${v.at}|${v.phase}`;
  if (shared.has(key)) return Promise.resolve(false);
  shared.add(key);
  const { at, ...rest } = v;
  return postVerdict({ ...rest, changeTime: new Date(at).toISOString() }).then(
    () => true,
    () => false,
  );
}
