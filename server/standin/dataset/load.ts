/**
 * Parsers for each shipped file, producing the compact structures the simulations use. Each runs
 * once per process (see `dataset.ts`).
 */
import type { Family } from '../../../src/lib/prefix';
import type { VrpIndex } from '../../../src/lib/rpki';
import { wordsOf } from './addr';
import { eachLine, readGzBytes, Scanner } from './bytes';
import { dataLines, readCsv } from './files';
import { buildAsGraph, type AsGraph } from './graph';
import { buildBlockIndex, type BlockIndex } from './lpm';
import { createFastVrpIndex } from './vrps';

const FILES = {
  asRel: 'as-rel.20250901.caida-serial1.txt.gz',
  names: 'asn-names.ip-location-db.20260617.tsv.gz',
  origins: 'prefix-origins.ip-location-db.20260617.tsv.gz',
  vrps: 'rpki-vrps.afrinic-lacnic.20240101.csv.gz',
  updates: 'bgp-updates.samples.tsv.gz',
  colos: 'cloudflare-colos.20260820.csv',
  collectors: 'route-collectors.csv',
  peers: 'route-collector-peers.observed.csv',
} as const;

/** The CAIDA snapshot date, from the file name: what Radar calls `data_time` for relationships. */
export const AS_REL_DATE = '2025-09-01T00:00:00Z';

const MINUS = 45;

export function loadGraph(): AsGraph {
  const buf = readGzBytes(FILES.asRel);
  // Lines are at least 6 bytes ("1|2|0\n"), which bounds the link count for preallocation.
  const cap = Math.ceil(buf.length / 6);
  const a1 = new Uint32Array(cap);
  const a2 = new Uint32Array(cap);
  const rel = new Int8Array(cap);
  const sc = new Scanner(buf);
  let k = 0;
  eachLine(buf, 0, (start) => {
    sc.pos = start;
    a1[k] = sc.uint();
    sc.pos++;
    a2[k] = sc.uint();
    rel[k++] = buf[sc.pos + 1] === MINUS ? -1 : 0;
  });
  return buildAsGraph(a1.subarray(0, k), a2.subarray(0, k), rel.subarray(0, k));
}

export interface AsNames {
  /** Ascending ASNs that have a name row. */
  asns: Uint32Array;
  names: string[];
  countries: string[];
}

export function loadNames(): AsNames {
  const rows = dataLines(FILES.names, true).map((l) => l.split('\t'));
  rows.sort((a, b) => Number(a[0]) - Number(b[0]));
  return {
    asns: Uint32Array.from(rows, (r) => Number(r[0])),
    names: rows.map((r) => r[1] ?? ''),
    countries: rows.map((r) => (r[2] ?? '').trim()),
  };
}

const SLASH = 47;
const COLON = 58;

export function loadOrigins(): { v4: BlockIndex; v6: BlockIndex } {
  const buf = readGzBytes(FILES.origins);
  const cap = Math.ceil(buf.length / 12);
  const parts = { 4: newParts(cap, 1), 6: newParts(cap, 4) };
  const sc = new Scanner(buf);
  eachLine(buf, 1, (start, end) => {
    const slash = buf.indexOf(SLASH, start);
    if (slash < 0 || slash > end) return;
    let v6 = false;
    for (let i = start; i < slash && !v6; i++) v6 = buf[i] === COLON;
    const p = v6 ? parts[6] : parts[4];
    sc.pos = start;
    if (v6) {
      if (!sc.ipv6(slash, p.starts, p.n * 4)) return;
    } else {
      let word = 0;
      for (let octet = 0; octet < 4; octet++, sc.pos++) word = word * 256 + sc.uint();
      p.starts[p.n] = word;
    }
    sc.pos = slash + 1;
    p.lengths[p.n] = sc.uint();
    sc.pos++;
    p.origins[p.n++] = sc.uint();
  });
  const build = (family: Family) => {
    const p = parts[family];
    const w = wordsOf(family);
    return buildBlockIndex(
      family,
      p.starts.subarray(0, p.n * w),
      p.lengths.subarray(0, p.n),
      p.origins.subarray(0, p.n),
    );
  };
  return { v4: build(4), v6: build(6) };
}

function newParts(cap: number, w: number) {
  return {
    n: 0,
    starts: new Uint32Array(cap * w),
    lengths: new Uint8Array(cap),
    origins: new Uint32Array(cap),
  };
}

export function loadVrps(): VrpIndex {
  return createFastVrpIndex(
    dataLines(FILES.vrps, true).map((l) => {
      const [cidr = '', maxLength, asn] = l.split(',');
      return { cidr, maxLength: Number(maxLength), asn: Number(asn) };
    }),
  );
}

const MAX_COMMUNITIES_PER_AS = 16;

/**
 * Real community values per AS, from the update samples: only communities whose first field is an
 * AS on that update's path, because those are the ones that AS could have set.
 */
export function loadCommunities(): Map<number, string[]> {
  const byAs = new Map<number, Set<string>>();
  for (const line of dataLines(FILES.updates, true)) {
    const cut = line.lastIndexOf('\t');
    const communities = line.slice(cut + 1);
    if (communities === '' || !line.includes('\tA\t')) continue;
    const f = line.split('\t');
    const onPath = new Set((f[6] ?? '').split(' ').filter((t) => /^\d+$/.test(t)));
    for (const c of communities.split(' ')) {
      const first = c.slice(0, c.indexOf(':'));
      if (!onPath.has(first)) continue;
      const set = byAs.get(Number(first)) ?? new Set<string>();
      if (set.size < MAX_COMMUNITIES_PER_AS) set.add(c);
      byAs.set(Number(first), set);
    }
  }
  return new Map([...byAs].map(([asn, set]) => [asn, [...set].sort()]));
}

export interface CollectorPeer {
  asn: number;
  ip: string;
  family: Family;
}

export interface Collector {
  id: string;
  project: string;
  city: string;
  status: string;
  peers: CollectorPeer[];
}

/** Collectors that have at least one observed peer; the others cannot see anything. */
export function loadCollectors(): Collector[] {
  const meta = new Map(readCsv(FILES.collectors).map((r) => [r.collector ?? '', r]));
  const byId = new Map<string, Collector>();
  for (const r of readCsv(FILES.peers)) {
    const id = r.collector ?? '';
    const m = meta.get(id);
    const c = byId.get(id) ?? {
      id,
      project: m?.project ?? '',
      city: m?.city ?? '',
      status: m?.status ?? 'listed',
      peers: [],
    };
    const ip = r.peer_ip ?? '';
    c.peers.push({ asn: Number(r.peer_asn), ip, family: ip.includes(':') ? 6 : 4 });
    byId.set(id, c);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export interface Colo {
  name: string;
  city: string;
  countryCode: string;
  region: string;
  lat: number;
  lon: number;
}

export function loadColos(): Colo[] {
  return readCsv(FILES.colos).map((r) => ({
    name: r.colo ?? '',
    city: r.city ?? '',
    countryCode: r.country_code ?? '',
    region: r.region ?? '',
    lat: Number(r.lat),
    lon: Number(r.lon),
  }));
}
