/**
 * A verification verdict in words, for people and for screen readers: the sentences the BYOIP
 * pages show for what verification.ts found.
 */
import type { Finding, Seen } from './verification';
import { plural } from './plural';

/** Carriers a verdict names before "and N more". */
const MAX_NAMED = 3;

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

/** ", origin AS64500, RPKI valid" (one per origin seen), or nothing when none is. */
function originsSuffix(seen: Seen): string {
  const origins = seen.origins.map((x) => `origin AS${x.asn}, RPKI ${x.rpki}`).join('; ');
  return origins ? `, ${origins}` : '';
}

function describeCarriers(seen: Seen): string {
  const names = seen.carriers.map(
    (c) => `${c.collector} via ${c.peerAsn === null ? 'an unknown peer' : `AS${c.peerAsn}`}`,
  );
  // A verdict is read in one glance: the full list is beside it.
  const more = names.length - MAX_NAMED;
  return more > 0 ? `${names.slice(0, MAX_NAMED).join(', ')} and ${more} more` : names.join(', ');
}

function stillCarried(seen: Seen): string {
  const who = describeCarriers(seen);
  const verb = seen.peers === 1 ? 'ies' : 'y';
  return `${plural(seen.peers, 'peer')} still carr${verb} it${who ? `: ${who}` : ''}`;
}

const firstChecked = (ms: number) => `first checked ${formatDuration(ms)} after the change`;

export function verdictText(f: Finding): string {
  switch (f.is) {
    case 'reading':
      return 'Reading the realtime routes…';
    case 'no-fresh-data':
      return f.overdue
        ? `No collector data newer than the change after ${formatDuration(f.afterMs)}: cannot verify.`
        : `Waiting for collector data newer than the change (collectors lag ${formatDuration(f.lagMs)}).`;
    case 'withdrawn':
      return f.late
        ? `Withdrawn: no peer carries it (${firstChecked(f.afterMs)}).`
        : `Withdrawn: no peer carries it after ${formatDuration(f.afterMs)}.`;
    case 'unseen':
      return f.late
        ? `Advertised, but no peer carries it (${firstChecked(f.afterMs)}).`
        : `Advertised, but no peer carries it after ${formatDuration(f.afterMs)}.`;
    case 'lingering': {
      const still = stillCarried(f.seen);
      if (f.late) return `Withdrawn, but ${still} (${firstChecked(f.afterMs)}).`;
      return f.overdue
        ? `Withdrawn, but ${still}.`
        : `Withdrawing: ${still} (${formatPercent(f.seen.share)} of peers).`;
    }
    case 'visible': {
      const share = formatPercent(f.seen.share);
      const origins = originsSuffix(f.seen);
      return f.late
        ? `Visible to ${share} of peers${origins} (${firstChecked(f.afterMs)}; when it converged is not known).`
        : `Visible to ${share} of peers after ${formatDuration(f.afterMs)}${origins}.`;
    }
    case 'spreading': {
      const share = formatPercent(f.seen.share);
      const origins = originsSuffix(f.seen);
      const after = formatDuration(f.afterMs);
      if (f.pace === 'stuck')
        return `Advertised, but visible to only ${share} of peers after ${after}, still changing${origins}.`;
      if (f.pace === 'slow')
        return `Advertising, slower than documented: visible to ${share} of peers after ${after}${origins}.`;
      return `Advertising: visible to ${share} of peers so far${origins}.`;
    }
  }
}
