import { describe, expect, it } from 'vitest';
import { filterRows, sortRows, toRows } from './routes-model';

const route = (collector: string, as_path: number[], communities: string[], timestamp: string) => ({
  collector,
  as_path,
  communities,
  timestamp,
  prefix: '1.1.1.0/24',
});

const rows = toRows([
  route('rrc00', [3333, 174, 13335], ['174:21000', '65535:65281'], '2026-11-22T01:00:00'),
  route('rrc01', [6939, 13335, 13335], ['6939:1000'], '2026-11-22T02:00:00'),
  route('route-views2', [3356, 174, 13335], [], '2026-11-22T00:30:00'),
]);

describe('routes table model', () => {
  it('filters by an AS anywhere in the path, by collector and by community name', () => {
    expect(filterRows(rows, { as: 174 }).map((r) => r.collector)).toEqual([
      'rrc00',
      'route-views2',
    ]);
    expect(filterRows(rows, { as: 13335, collector: 'rrc01' })).toHaveLength(1);
    expect(filterRows(rows, { as: 64512 })).toHaveLength(0);
    expect(filterRows(rows, { community: 'NO_EXPORT' }).map((r) => r.collector)).toEqual(['rrc00']);
  });

  it('parses a community shared by routes once, with the same meaning on each', () => {
    const shared = toRows([
      route('a', [1, 2], ['65535:65281'], '2026-11-22T00:00:00'),
      route('b', [3, 2], ['65535:65281'], '2026-11-22T00:00:00'),
    ]);
    expect(shared[0]!.communities[0]).toBe(shared[1]!.communities[0]);
    expect(shared[1]!.communities[0]).toMatchObject({ kind: 'standard', asn: 65535, value: 65281 });
  });

  it('keeps the sort order when a filter is applied to sorted rows', () => {
    const byTime = sortRows(rows, 'time', 'desc');
    expect(byTime.map((r) => r.collector)).toEqual(['rrc01', 'rrc00', 'route-views2']);
    expect(filterRows(byTime, { as: 174 }).map((r) => r.collector)).toEqual([
      'rrc00',
      'route-views2',
    ]);
  });
});
