/**
 * Router addresses inside each AS's own address space: one pass over the prefix table keeps the
 * first few IPv4 blocks of every origin, so hop addresses are real addresses of that network.
 */
import type { Family } from '../../../src/lib/prefix';
import { formatWords } from '../dataset/addr';
import { data } from '../dataset/dataset';

const KEEP = 4;
const byFamily: { 4?: Map<number, number[]>; 6?: Map<number, number[]> } = {};

function blocks(asn: number, family: Family): number[] {
  let map = byFamily[family];
  if (!map) {
    map = new Map();
    const idx = data.origins()[family === 4 ? 'v4' : 'v6'];
    for (let i = 0; i < idx.size; i++) {
      const list = map.get(idx.origins[i]!);
      if (!list) map.set(idx.origins[i]!, [i]);
      else if (list.length < KEEP) list.push(i);
    }
    byFamily[family] = map;
  }
  return map.get(asn) ?? [];
}

/** A host address of `asn` chosen by `r` in [0, 1), or null if the AS announces no space of that family. */
export function routerAddress(asn: number, r: number, family: Family): string | null {
  const list = blocks(asn, family);
  if (list.length === 0) return null;
  const idx = data.origins()[family === 4 ? 'v4' : 'v6'];
  const i = list[Math.floor(r * list.length)]!;
  const hostBits = (family === 4 ? 32 : 128) - idx.block(i).length;
  // Skip the network address; routers sit low in the block, as loopbacks often do.
  const offset =
    hostBits <= 1
      ? 0
      : 1 + Math.floor(((r * 7919) % 1) * Math.min(2 ** Math.min(hostBits, 31) - 2, 254));
  const words = idx.startWords(i);
  words[words.length - 1] = words[words.length - 1]! + offset;
  return formatWords(words, 0, family);
}
