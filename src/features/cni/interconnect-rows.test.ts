import { describe, expect, it } from 'vitest';
import { filterOptions, filterRows, needingAttention, toRows } from './interconnect-rows';

const list = [
  { name: 'lhr-1', type: 'direct', site: 'lhr' },
  { name: 'iad-1', type: 'direct', site: 'iad' },
  { name: 'gcp-1', type: 'gcp_partner', region: 'us-east4' },
  { name: 'fra-1', type: 'direct', site: 'fra' },
];
const rows = toRows(list, [
  { state: 'Healthy' },
  { state: 'Down', reason: 'no light' },
  undefined,
  { state: 'Unhealthy', reason: 'errors' },
]);

describe('interconnect rows', () => {
  it('sorts the ones that need attention first and keeps unchecked ones last', () => {
    expect(filterRows(rows, {}).map((r) => r.name)).toEqual(['iad-1', 'fra-1', 'lhr-1', 'gcp-1']);
  });

  it('filters by site (any case), type and status together', () => {
    expect(filterRows(rows, { site: 'LHR' }).map((r) => r.name)).toEqual(['lhr-1']);
    expect(filterRows(rows, { type: 'gcp_partner' }).map((r) => r.name)).toEqual(['gcp-1']);
    expect(filterRows(rows, { type: 'direct', status: 'Down' }).map((r) => r.name)).toEqual([
      'iad-1',
    ]);
    expect(filterRows(rows, { site: 'lhr', status: 'Down' })).toEqual([]);
  });

  it('offers the sites with their city and the types the account has', () => {
    const o = filterOptions(list);
    expect(o.sites.map((s) => s.label)).toEqual([
      'FRA: Frankfurt, Germany',
      'IAD: Ashburn, VA, United States',
      'LHR: London, United Kingdom',
    ]);
    expect(o.types.map((t) => t.value)).toEqual(['direct', 'gcp_partner']);
  });

  it('names the down and unhealthy ones, down first', () => {
    expect(needingAttention(rows).map((r) => [r.name, r.reason])).toEqual([
      ['iad-1', 'no light'],
      ['fra-1', 'errors'],
    ]);
  });
});
