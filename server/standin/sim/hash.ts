/**
 * Deterministic choices for the simulations: FNV-1a over the inputs, so the same query picks the
 * same communities, peers and losses on every run and every machine.
 */
export function hash32(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  const s = parts.join('\u0001');
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A number in [0, 1) derived from the inputs. */
export const unit = (...parts: (string | number)[]) => hash32(...parts) / 2 ** 32;
