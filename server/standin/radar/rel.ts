/** GET /radar/entities/asns/{asn}/rel: CAIDA relationships of one AS. */
import type { Context } from 'hono';
import type { StandinContext } from '../context';
import { AsGraph } from '../dataset/graph';
import { data } from '../dataset/dataset';
import { AS_REL_DATE } from '../dataset/load';
import { asLabel } from '../dataset/names';
import { ok } from '../envelope';
import { radarTime } from '../sim/clock';
import { csvResponse } from './csv';
import { asnParam, formatParam } from './params';

export interface Rel {
  asn1: number;
  asn1_country: string;
  asn1_name: string;
  asn2: number;
  asn2_country: string;
  asn2_name: string;
  rel: string;
}

/** Relationships with asn1 = the queried AS: P2C when it provides transit, C2P when it buys it. */
function relsOf(asn: number): Rel[] {
  const g = data.graph();
  const i = g.indexOf(asn);
  if (i < 0) return [];
  const me = asLabel(asn);
  const out: Rel[] = [];
  const add = (list: Int32Array, rel: string) => {
    for (const j of list) {
      const asn2 = g.asns[j]!;
      const l = asLabel(asn2);
      out.push({
        asn1: asn,
        asn1_country: me.country,
        asn1_name: me.name,
        asn2,
        asn2_country: l.country,
        asn2_name: l.name,
        rel,
      });
    }
  };
  add(AsGraph.neighbours(g.providers, i), 'C2P');
  add(AsGraph.neighbours(g.peers, i), 'P2P');
  add(AsGraph.neighbours(g.customers, i), 'P2C');
  return out.sort((a, b) => a.asn2 - b.asn2);
}

const REL_COLUMNS = [
  'asn1',
  'asn1_country',
  'asn1_name',
  'asn2',
  'asn2_country',
  'asn2_name',
  'rel',
];

export function relHandler(ctx: StandinContext) {
  return (c: Context) => {
    const asn = asnParam(c, c.req.param('asn'), 'asn');
    if (!asn.ok) return asn.response;
    const raw2 = c.req.query('asn2');
    const asn2 = raw2 === undefined ? null : asnParam(c, raw2, 'asn2');
    if (asn2 && !asn2.ok) return asn2.response;
    const format = formatParam(c);
    if (!format.ok) return format.response;
    let rels = relsOf(asn.value);
    if (asn2) rels = rels.filter((r) => r.asn2 === asn2.value);
    if (format.value === 'csv')
      return csvResponse(c, rels as unknown as Record<string, unknown>[], REL_COLUMNS);
    return ok(c, {
      meta: {
        data_time: radarTime(Date.parse(AS_REL_DATE)),
        query_time: radarTime(ctx.now()),
        total_peers: rels.length,
      },
      rels,
    });
  };
}
