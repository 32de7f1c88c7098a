/**
 * One change, written down at slightly different moments: Cloudflare stamps
 * `advertised_modified_at`, the server's journal logs the answer a moment later, and a browser
 * records its verdict with the time its verification knew. Records of the same BGP prefix and kind
 * within a minute of each other are taken to be about the same change.
 */
export const SAME_CHANGE_MS = 60_000;

/**
 * Of `items`, the one whose time is closest to `at` and within the window; the earliest in the
 * list on a tie. Closest, not first: on a fast demo clock two changes can fall within a minute of
 * each other, and "first within the window" would hand one change the other's verdict.
 */
export function closestChange<T>(items: Iterable<T>, at: number, timeOf: (x: T) => number) {
  let best: T | null = null;
  let bestD = SAME_CHANGE_MS;
  for (const x of items) {
    const d = Math.abs(timeOf(x) - at);
    if (d < bestD) {
      best = x;
      bestD = d;
    }
  }
  return best;
}
