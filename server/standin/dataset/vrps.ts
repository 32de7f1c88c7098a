/**
 * A VRP index over the shipped file, implementing src/lib/rpki.ts's `VrpIndex`. The shared
 * `createVrpIndex` parses every VRP through ipaddr.js, which costs most of a second for 40k rows
 * at start-up; this one keys VRPs by their address words and builds `Prefix` objects only for
 * the VRPs a lookup returns.
 */
import { parsePrefix, type Family, type Prefix } from '../../../src/lib/prefix';
import type { Vrp, VrpIndex } from '../../../src/lib/rpki';
import { parseWords, prefixWords, wordsOf } from './addr';

interface RawVrp {
  cidr: string;
  maxLength: number;
  asn: number;
}

const keyOf = (family: Family, len: number, words: ArrayLike<number>) => {
  let key = `${family}/${len}`;
  for (let w = 0; w < wordsOf(family); w++) key += `:${words[w]}`;
  return key;
};

/** Masks `words` in place to the first `len` bits. */
function mask(words: Uint32Array, len: number): Uint32Array {
  for (let w = 0; w < words.length; w++) {
    const keep = Math.max(0, Math.min(32, len - 32 * w));
    words[w] =
      keep === 0 ? 0 : keep === 32 ? words[w]! : ((words[w]! >>> (32 - keep)) << (32 - keep)) >>> 0;
  }
  return words;
}

export function createFastVrpIndex(rows: RawVrp[]): VrpIndex {
  const byKey = new Map<string, RawVrp[]>();
  const lengths = { 4: new Set<number>(), 6: new Set<number>() };
  const tmp = new Uint32Array(4);
  for (const r of rows) {
    const slash = r.cidr.indexOf('/');
    const family: Family = r.cidr.includes(':') ? 6 : 4;
    const len = Number(r.cidr.slice(slash + 1));
    if (!parseWords(r.cidr.slice(0, slash), family, tmp, 0)) continue;
    const key = keyOf(family, len, tmp);
    const list = byKey.get(key) ?? [];
    list.push(r);
    byKey.set(key, list);
    lengths[family].add(len);
  }
  const sorted = {
    4: [...lengths[4]].sort((a, b) => a - b),
    6: [...lengths[6]].sort((a, b) => a - b),
  };
  return {
    size: rows.length,
    covering(route: Prefix): Vrp[] {
      const out: Vrp[] = [];
      for (const len of sorted[route.family]) {
        if (len > route.length) break;
        const hit = byKey.get(keyOf(route.family, len, mask(prefixWords(route), len)));
        for (const v of hit ?? []) {
          const p = parsePrefix(v.cidr);
          if (p.ok) out.push({ prefix: p.value, maxLength: v.maxLength, asn: v.asn });
        }
      }
      return out;
    },
  };
}

/** Both indexes' covering VRPs: the shipped ones and the demo account's own ROAs. */
export function combineVrpIndexes(a: VrpIndex, b: VrpIndex): VrpIndex {
  return {
    size: a.size + b.size,
    covering: (route) => [...a.covering(route), ...b.covering(route)],
  };
}
