/**
 * Counts of loaded slots per site and speed, free and occupied. Only the pages loaded so far are
 * counted: the slots API pages with a cursor and gives no total, so the table says so.
 */
export interface SlotLike {
  site: string;
  speed: string;
  occupied: boolean;
}

export interface SiteCount {
  site: string;
  /** Counts per speed, slowest first. */
  speeds: { speed: string; free: number; occupied: number }[];
  free: number;
  occupied: number;
}

/** Bits per second of a speed label such as `10G` or `500M`, for ordering; unknown labels last. */
function speedValue(speed: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([KMGT])?/i.exec(speed.trim());
  if (!m) return Number.POSITIVE_INFINITY;
  const unit = { K: 1e3, M: 1e6, G: 1e9, T: 1e12 }[(m[2] ?? '').toUpperCase() as 'K'] ?? 1;
  return Number(m[1]) * unit;
}

function compareSpeeds(a: string, b: string): number {
  return speedValue(a) - speedValue(b) || a.localeCompare(b);
}

export function countSlots(slots: readonly SlotLike[]): SiteCount[] {
  const bySite = new Map<string, Map<string, { free: number; occupied: number }>>();
  for (const s of slots) {
    const speeds = bySite.get(s.site) ?? new Map<string, { free: number; occupied: number }>();
    bySite.set(s.site, speeds);
    const c = speeds.get(s.speed) ?? { free: 0, occupied: 0 };
    speeds.set(s.speed, c);
    if (s.occupied) c.occupied++;
    else c.free++;
  }
  return [...bySite.entries()]
    .map(([site, speeds]) => {
      const list = [...speeds.entries()]
        .sort(([a], [b]) => compareSpeeds(a, b))
        .map(([speed, c]) => ({ speed, ...c }));
      return {
        site,
        speeds: list,
        free: list.reduce((n, s) => n + s.free, 0),
        occupied: list.reduce((n, s) => n + s.occupied, 0),
      };
    })
    .sort((a, b) => a.site.localeCompare(b.site));
}

/** Every speed seen, slowest first: the columns of the counts table. */
export function speedsOf(slots: readonly SlotLike[]): string[] {
  return [...new Set(slots.map((s) => s.speed))].sort(compareSpeeds);
}
