/**
 * Prefix-to-origin blocks with longest-prefix match. The shipped blocks come from splitting
 * disjoint address ranges into CIDRs, so they never nest: the block holding an address is the
 * last one starting at or before it, found by binary search over sorted typed arrays.
 */
import type { Family, Prefix } from '../../../src/lib/prefix';
import { compareWords, formatWords, prefixWords, samePrefixBits, wordsOf } from './addr';

export interface Block {
  cidr: string;
  length: number;
  origin: number;
}

export class BlockIndex {
  private readonly w: number;

  /** Arrays must already be sorted by address (see `buildBlockIndex`). */
  constructor(
    readonly family: Family,
    private readonly starts: Uint32Array,
    private readonly lengths: Uint8Array,
    readonly origins: Uint32Array,
  ) {
    this.w = wordsOf(family);
  }

  get size(): number {
    return this.lengths.length;
  }

  block(i: number): Block {
    const length = this.lengths[i]!;
    return {
      cidr: `${formatWords(this.starts, i * this.w, this.family)}/${length}`,
      length,
      origin: this.origins[i]!,
    };
  }

  /** Index of the last block starting at or before `addr`, or -1. */
  private floor(addr: Uint32Array): number {
    let lo = 0;
    let hi = this.size - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (compareWords(this.starts, mid * this.w, addr, 0, this.w) <= 0) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  /** The block that covers `p` (equal or less specific), or -1 when no block holds it whole. */
  covering(p: Prefix): number {
    if (p.family !== this.family) return -1;
    const addr = prefixWords(p);
    const i = this.floor(addr);
    if (i < 0) return -1;
    const len = this.lengths[i]!;
    return len <= p.length && samePrefixBits(this.starts, i * this.w, addr, 0, len) ? i : -1;
  }

  /** Blocks equal to or inside `p`, in address order, at most `limit`. */
  inside(p: Prefix, limit: number): number[] {
    if (p.family !== this.family) return [];
    const addr = prefixWords(p);
    let i = this.floor(addr);
    if (i < 0 || compareWords(this.starts, i * this.w, addr, 0, this.w) < 0) i++;
    const out: number[] = [];
    for (; i < this.size && out.length < limit; i++) {
      if (!samePrefixBits(this.starts, i * this.w, addr, 0, p.length)) break;
      if (this.lengths[i]! >= p.length) out.push(i);
    }
    return out;
  }

  /** Blocks originated by `asn`, in address order, at most `limit` (a linear scan of a typed array). */
  byOrigin(asn: number, limit: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.size && out.length < limit; i++)
      if (this.origins[i] === asn) out.push(i);
    return out;
  }

  /** Start address of block `i` as words, for picking host addresses inside it. */
  startWords(i: number): Uint32Array {
    return this.starts.slice(i * this.w, (i + 1) * this.w);
  }
}

/** Sorts unsorted parallel arrays by address and wraps them. */
export function buildBlockIndex(
  family: Family,
  starts: Uint32Array,
  lengths: Uint8Array,
  origins: Uint32Array,
): BlockIndex {
  const w = wordsOf(family);
  const n = lengths.length;
  const cmp = (a: number, b: number) =>
    compareWords(starts, a * w, starts, b * w, w) || lengths[a]! - lengths[b]!;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (!insertionSort(order, cmp, 64 * n)) order.sort(cmp);
  const s = new Uint32Array(n * w);
  const l = new Uint8Array(n);
  const o = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    for (let j = 0; j < w; j++) s[k * w + j] = starts[i * w + j]!;
    l[k] = lengths[i]!;
    o[k] = origins[i]!;
  }
  return new BlockIndex(family, s, l, o);
}

/**
 * The shipped file is sorted by range, and only the CIDRs split from one range are out of order,
 * so insertion sort is linear here (a general sort took 10 times longer). Gives up, returning
 * false, after `budget` moves so unsorted input falls back to a general sort.
 */
function insertionSort(
  a: Uint32Array,
  cmp: (x: number, y: number) => number,
  budget: number,
): boolean {
  for (let i = 1; i < a.length; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && cmp(a[j]!, v) > 0) {
      a[j + 1] = a[j]!;
      j--;
      if (--budget < 0) return false;
    }
    a[j + 1] = v;
  }
  return true;
}
