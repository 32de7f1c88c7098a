/**
 * Radar timestamps and how old they are. Radar writes them as ISO 8601, sometimes without a zone
 * (e.g. `2024-08-05T10:00:00`); those are UTC, so a missing zone is read as UTC rather than as the
 * browser's local time.
 */

export function parseRadarTime(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const zoned = /([zZ]|[+-]\d\d:?\d\d)$/.test(t) ? t : `${t.replace(' ', 'T')}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * When collector data counts as stale. RouteViews writes an updates file every 15 minutes and RIS
 * every 5, so an updates or realtime timestamp more than two RouteViews intervals old means the
 * feed has stalled. RIS dumps RIBs every 8 hours and RouteViews every 2, so a RIB older than two
 * RIS intervals is overdue.
 */
export const STALE_UPDATES_MS = 30 * 60_000;
export const STALE_RIB_MS = 16 * 3_600_000;

/** Null when either time is missing or unreadable, so the UI says "unknown" rather than guessing. */
export function ageMs(ts: string, now: number | null): number | null {
  const t = parseRadarTime(ts);
  return t === null || now === null ? null : Math.max(0, now - t);
}

/** "just now", "12 min ago", "3 h ago", "5 d ago". */
export function formatAge(ms: number | null): string {
  if (ms === null) return 'unknown';
  const min = Math.floor(ms / 60_000);
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h ago`;
  return `${Math.floor(h / 24)} d ago`;
}

/** `2025-09-01 12:00 UTC`: the same text in every time zone, as operators compare with collectors. */
export function formatUtc(ts: string): string {
  const t = parseRadarTime(ts);
  if (t === null) return ts || 'unknown';
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
