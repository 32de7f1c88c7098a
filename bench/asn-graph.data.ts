/**
 * AS6939's relationships in Radar's `rel` response shape, read straight from the CAIDA file and the
 * AS names shipped for the stand-in, so the graph benchmark runs on the real 9.8k neighbours even
 * without a running server. Same convention as the stand-in: asn1 is the queried AS.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AsnRels } from '../src/api/radar-asns';
import { ROOT } from './lib/server';

const DATA = path.join(ROOT, 'server/standin/data');
const lines = (file: string) =>
  gunzipSync(readFileSync(path.join(DATA, file)))
    .toString('utf8')
    .split('\n');

export function loadRels(asn: number): AsnRels {
  const names = new Map<number, { name: string; country: string }>();
  for (const line of lines('asn-names.ip-location-db.20260617.tsv.gz').slice(1)) {
    const [a, name = '', country = ''] = line.split('\t');
    if (a) names.set(Number(a), { name, country });
  }
  const me = names.get(asn) ?? { name: '', country: '' };
  const rels: AsnRels['rels'] = [];
  const add = (other: number, rel: string) => {
    const o = names.get(other) ?? { name: '', country: '' };
    rels.push({
      asn1: asn,
      asn1_name: me.name,
      asn1_country: me.country,
      asn2: other,
      asn2_name: o.name,
      asn2_country: o.country,
      rel,
    });
  };
  for (const line of lines('as-rel.20250901.caida-serial1.txt.gz')) {
    if (line.startsWith('#') || line === '') continue;
    const [a, b, r] = line.split('|');
    const x = Number(a);
    const y = Number(b);
    if (x === asn) add(y, r === '0' ? 'P2P' : 'P2C');
    else if (y === asn) add(x, r === '0' ? 'P2P' : 'C2P');
  }
  return {
    meta: {
      data_time: '2025-09-01T00:00:00Z',
      query_time: new Date().toISOString(),
      total_peers: 0,
    },
    rels,
  };
}
