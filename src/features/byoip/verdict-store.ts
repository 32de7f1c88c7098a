/**
 * Final verdicts this browser reached. Each is also recorded once in the server's journal
 * (shareVerdict), which is what the journal shows to everyone; the local copy covers the moment
 * before the journal is read again and a server that refused the record (read-only).
 */
import { useSyncExternalStore } from 'react';
import { postVerdict } from '../../api/audit';
import type { Phase } from '../../lib/verification';
import { closestChange } from './same-change';

const KEY = 'routedeck:verdicts';
const MAX = 200;

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

/** The verdict of the change a journal entry logged: same BGP prefix and kind, closest in time. */
export function recordedVerdict(
  bgpId: string,
  kind: 'advertise' | 'withdraw',
  at: number,
): Recorded | null {
  const mine = all().filter((x) => x.bgpId === bgpId && (x.kind === undefined || x.kind === kind));
  return closestChange(mine, at, (x) => x.at);
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
