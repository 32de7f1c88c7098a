/** GET /radar/entities/asns and /radar/entities/asns/{asn}, from the AS names table. */
import type { Context } from 'hono';
import { data } from '../dataset/dataset';
import { asLabel, countryName, isKnownAsn } from '../dataset/names';
import { ok, radarFail } from '../envelope';
import { csvResponse } from './csv';
import { asnParam, formatParam, intParam } from './params';
import { rirOf } from './rir';

/**
 * One AS entity. The shipped data has names and countries only: no organisation ids, websites,
 * user estimates or related ASes, so those are empty rather than made up. `confidenceLevel`
 * (Radar: below 5 is low) is 5 when both name and country are known, 1 otherwise.
 */
function entityOf(asn: number) {
  const l = asLabel(asn);
  return {
    asn,
    name: l.name,
    country: l.country,
    countryName: countryName(l.country),
    confidenceLevel: l.name && l.country ? 5 : 1,
    orgName: l.name,
    website: '',
    source: rirOf(l.country),
    related: [],
    estimatedUsers: { locations: [] },
  };
}

export function entityHandler(c: Context) {
  const asn = asnParam(c, c.req.param('asn'), 'asn');
  if (!asn.ok) return asn.response;
  if (!isKnownAsn(asn.value)) return c.json({ error: 'Not Found.' }, 404);
  return ok(c, { asn: entityOf(asn.value) });
}

export function entityListHandler(c: Context) {
  const limit = intParam(c, 'limit', 5, 1, 100_000);
  if (!limit.ok) return limit.response;
  const offset = intParam(c, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  if (!offset.ok) return offset.response;
  const format = formatParam(c);
  if (!format.ok) return format.response;
  const location = c.req.query('location')?.trim().toUpperCase();
  if (location !== undefined && location !== '' && !/^[A-Z]{2}$/.test(location)) {
    return radarFail(
      c,
      400,
      `location: "${c.req.query('location')}" must be a 2-letter country code.`,
    );
  }
  const orderBy = (c.req.query('orderBy') ?? 'ASN').toUpperCase();
  if (orderBy !== 'ASN' && orderBy !== 'POPULATION')
    return radarFail(c, 400, 'orderBy: must be ASN or POPULATION.');

  let asns: number[];
  const list = c.req.query('asn');
  if (list !== undefined && list.trim() !== '') {
    const parsed = list.split(',').map((s) => asnParam(c, s, 'asn'));
    const badOne = parsed.find((p) => !p.ok);
    if (badOne && !badOne.ok) return badOne.response;
    asns = parsed.flatMap((p) => (p.ok && isKnownAsn(p.value) ? [p.value] : []));
  } else {
    asns = Array.from(data.names().asns);
  }
  if (location) asns = asns.filter((a) => asLabel(a).country === location);
  // No population data is shipped, so POPULATION ordering falls back to ASN order.
  asns = [...new Set(asns)].sort((a, b) => a - b).slice(offset.value, offset.value + limit.value);
  const rows = asns.map((asn) => {
    const e = entityOf(asn);
    return {
      asn,
      name: e.name,
      country: e.country,
      countryName: e.countryName,
      estimatedUsers: {},
      orgName: e.orgName,
      website: '',
    };
  });
  if (format.value === 'csv') return csvResponse(c, rows);
  return ok(c, { asns: rows });
}
