/** X-axis ticks of the visibility chart: few, round, and short enough for a phone. */

/** Round tick steps (seconds), so labels read "2 min", "30 min", "2 h" and never crowd. */
const STEPS = [
  1,
  2,
  5,
  10,
  15,
  30,
  60,
  120,
  300,
  600,
  900,
  1800,
  3600,
  7200,
  4 * 3600,
  6 * 3600,
  12 * 3600,
];
const MAX_TICKS = 5;

/** Ticks from 0 to the first round step at or past `endSec`; the last one is the axis's end. */
export function ticksFor(endSec: number): number[] {
  const fits = (s: number) => Math.ceil(endSec / s) <= MAX_TICKS - 1;
  const step = STEPS.find(fits) ?? 86_400 * Math.ceil(endSec / 86_400 / (MAX_TICKS - 1));
  const n = Math.max(1, Math.ceil(endSec / step));
  return Array.from({ length: n + 1 }, (_, i) => i * step);
}

/** Short axis labels: one unit each, so five of them fit a 375 px screen. */
export function tickLabel(sec: number): string {
  if (sec < 120) return `${Math.round(sec)} s`;
  if (sec < 7200) return `${Math.round(sec / 60)} min`;
  if (sec < 86_400 || sec % 86_400) return `${Math.round(sec / 3600)} h`;
  return `${sec / 86_400} d`;
}
